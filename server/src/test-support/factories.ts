import type { LanguageId } from '@assay/runners';
import { ChallengeMetaSchema, RubricSchema, type Challenge, type TestCase } from '../challenges/challenge.schema';
import type { TestApp } from './test-app';

let n = 0;

/**
 * A function-mode `add(a, b)` challenge with public and hidden tests in two
 * groups; hidden values are distinctive numbers so a leak is easy to spot.
 */
export function addChallenge(overrides: { id?: string; hidden?: TestCase[]; kind?: Challenge['meta']['kind'] } = {}): Challenge {
  n += 1;
  const id = overrides.id ?? `add-${n}`;
  const meta = ChallengeMetaSchema.parse({
    id,
    title: 'Add two numbers',
    kind: overrides.kind ?? 'implement',
    languages: ['python', 'javascript', 'typescript'],
    mode: 'function',
    entry: 'add',
    scoring: { weights: { tests: 1 }, groups: { basic: 1, edge: 2 } },
  });
  const hidden: TestCase[] = overrides.hidden ?? [
    { name: 'h1', args: [7001, 7002], expected: 14003, group: 'basic' },
    { name: 'h2', args: [-9001, 1], expected: -9000, group: 'basic' },
    { name: 'h3', args: [123456789, 987654321], expected: 1111111110, group: 'edge' },
  ];
  const reference = 'def add(a, b):\n    return a + b  # REFERENCE-SECRET\n';
  return {
    id,
    dir: '',
    meta,
    prompt: '# Add\nReturn a + b.',
    starter: { python: 'def add(a, b):\n    pass\n', javascript: 'function add(a, b) {\n}\n' },
    reference: { python: reference },
    responses: [],
    tests: { public: [{ name: 'p1', args: [1, 2], expected: 3 }], hidden },
    rubric: null,
    key: null,
    files: { 'challenge.yaml': JSON.stringify(meta), 'reference/python.py': reference, 'tests/hidden.yaml': JSON.stringify(hidden) },
  };
}

/** JavaScript the FakeRunner evaluates: a correct `add`. */
export const CORRECT_ADD = 'module.exports = (a, b) => a + b;';
/** A wrong `add` that passes only the public example. */
export const WRONG_ADD = 'module.exports = (a, b) => (a === 1 && b === 2 ? 3 : 0);';

/** Saves a challenge and creates an assessment over it, with one invite; returns the invite token. */
export async function assessmentWithInvite(t: TestApp, opts: { challenges?: Challenge[]; durationMinutes?: number; extraMinutes?: number; languages?: LanguageId[] } = {}) {
  const challenges = opts.challenges ?? [addChallenge()];
  for (const c of challenges) await t.services.challenges.save(c);
  const assessment = await t.services.assessments.create(
    {
      title: 'Backend screen',
      description: 'Two tasks',
      durationMinutes: opts.durationMinutes ?? 60,
      languages: opts.languages ?? ['python', 'javascript'],
      challengeIds: challenges.map((c) => c.id),
      opensAt: null,
      closesAt: null,
    },
    null,
  );
  n += 1;
  const [invite] = await t.services.assessments.invite(assessment.id, { emails: [`cand${n}@example.test`], extraMinutes: opts.extraMinutes ?? 0, expiresInDays: 14 });
  const token = invite!.url!.split('/invite/')[1]!;
  return { assessment, invite: invite!, token, challenges };
}

/** Opens an invite as a candidate would: an agent holding the attempt cookie, and its CSRF token. */
export async function startAttempt(t: TestApp, token: string) {
  const agent = (await import('supertest')).default.agent(t.app);
  const res = await agent.post(`/api/v1/invites/${token}/start`).expect(200);
  return { agent, csrf: res.body.csrfToken as string, attempt: res.body.attempt as { id: string; deadlineAt: string; challenges: { id: string }[] } };
}

/** `add` scored 0.6 on tests and 0.4 on a required explanation, its rubric: why (0/1/2) and edge (0/2), full marks 4. */
export function explainedChallenge(id?: string): Challenge {
  const base = addChallenge({ id });
  const meta = ChallengeMetaSchema.parse({ ...base.meta, scoring: { weights: { tests: 0.6, rubric: 0.4 }, groups: { basic: 1, edge: 2 } }, explanation: { required: true } });
  const levels = (...points: number[]) => points.map((p) => ({ points: p, descriptor: `${p} points` }));
  const rubric = RubricSchema.parse({
    criteria: [
      { id: 'why', title: 'Why', description: 'Says why.', levels: levels(0, 1, 2) },
      { id: 'edge', title: 'Edges', description: 'Names the edge cases.', levels: levels(0, 2) },
    ],
  });
  return { ...base, meta, rubric };
}
