import type { z } from 'zod';

/** A stored JSON value that does not match its schema: a bug or a hand edit, never the client's fault (500). */
export class StoredValueError extends Error {
  constructor(
    readonly column: string,
    message: string,
  ) {
    super(message);
    this.name = 'StoredValueError';
  }
}

/**
 * A JSON column's value as its schema says it is, checked when read (the
 * type drizzle gives a jsonb column is only a promise). `where` names the
 * column as `table.column`, so a corrupt row is found at once.
 */
export function parseColumn<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = innermost(parsed.error.issues[0]);
  const path = issue?.path.length ? `.${issue.path.join('.')}` : '';
  throw new StoredValueError(where, `stored ${where}${path} does not match its schema: ${issue?.message ?? 'invalid'}`);
}

/**
 * A union that matched no option says only "Invalid input"; when the
 * option with the fewest issues got inside the value (its issue has a
 * path), that issue names the field that is wrong, so it is reported.
 */
function innermost(issue: z.core.$ZodIssue | undefined): { path: PropertyKey[]; message: string } | undefined {
  if (issue?.code !== 'invalid_union' || !issue.errors.length) return issue;
  const nearest = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
  const inner = innermost(nearest[0]);
  return inner?.path.length ? { path: [...issue.path, ...inner.path], message: inner.message } : issue;
}
