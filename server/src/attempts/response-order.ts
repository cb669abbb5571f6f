import { randomInt } from 'node:crypto';
import { z } from 'zod';
import type { Challenge } from '../challenges/challenge.schema';
import { parseColumn } from '../db/parse-column';

/** Challenge id → its response ids in the order the candidate is shown them (labels A, B): `attempts.response_orders`. */
export const ResponseOrdersSchema = z.record(z.string(), z.array(z.string()));
export type ResponseOrders = z.infer<typeof ResponseOrdersSchema>;

/** `attempts.response_orders` as read (empty for attempts started before orders were recorded); a value that does not match throws, naming the column. */
export function parseResponseOrders(value: unknown): ResponseOrders {
  return parseColumn(ResponseOrdersSchema, value ?? {}, 'attempts.response_orders');
}

/** A random integer in [0, n): crypto's by default, a fixed sequence in tests. */
export type RandomInt = (n: number) => number;

/** A uniformly random permutation (Fisher-Yates). */
function shuffled<T>(items: readonly T[], random: RandomInt): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/**
 * The order each compare challenge of an attempt shows its responses in,
 * fixed when the attempt starts: random, except that a challenge with
 * `swapOf: X`, when X is in the attempt too and shows the same responses,
 * gets X's order reversed (the consistency probe: the same pair, the other
 * way round). Other kinds are left out: they show one response, or none.
 */
export function responseOrdersFor(challenges: readonly Challenge[], random: RandomInt = randomInt): ResponseOrders {
  const compare = challenges.filter((c) => c.meta.kind === 'compare' && c.responses.length > 1);
  const orders: ResponseOrders = {};
  for (const c of compare)
    if (!c.meta.swapOf)
      orders[c.id] = shuffled(
        c.responses.map((r) => r.id),
        random,
      );
  for (const c of compare) {
    if (!c.meta.swapOf) continue;
    const ids = c.responses.map((r) => r.id);
    const original = Object.hasOwn(orders, c.meta.swapOf) ? orders[c.meta.swapOf]! : undefined;
    orders[c.id] = original && sameSet(original, ids) ? [...original].reverse() : shuffled(ids, random);
  }
  return orders;
}
