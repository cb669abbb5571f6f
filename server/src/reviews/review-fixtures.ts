import type { Challenge } from '../challenges/challenge.schema';
import type { Rubric } from '../challenges/rubric.schema';
import { CORRECT_ADD, addChallenge, assessmentWithInvite, startAttempt } from '../test-support/factories';
import type { TestApp } from '../test-support/test-app';

/**
 * Two criteria, 6 points in all: clarity 0/1/2 and correctness 0/2/4, with
 * a gate (correctness must reach 2 points or the rubric part scores 0).
 */
export const TWO_CRITERIA: Rubric = {
  scoring: 'positive',
  floor: 0,
  criteria: [
    {
      id: 'clarity',
      title: 'Clarity',
      description: 'Easy to follow.',
      weight: 1,
      levels: [
        { points: 0, descriptor: 'Unclear.' },
        { points: 1, descriptor: 'Partly clear.' },
        { points: 2, descriptor: 'Clear.' },
      ],
    },
    {
      id: 'correctness',
      title: 'Correctness',
      description: 'Says why the code works.',
      weight: 1,
      levels: [
        { points: 0, descriptor: 'Wrong.' },
        { points: 2, descriptor: 'Mostly right.' },
        { points: 4, descriptor: 'Right.' },
      ],
      notes: 'Reviewer-only note.',
    },
  ],
  gates: [{ criterion: 'correctness', minPoints: 2 }],
};

/** The add challenge with an explanation part and the rubric above. */
export function explainedChallenge(): Challenge {
  const base = addChallenge();
  return {
    ...base,
    meta: { ...base.meta, explanation: { required: true, prompt: 'Why does it work?' } },
    rubric: TWO_CRITERIA,
    key: { notes: 'A good answer says it adds.', strengthTolerance: 1 },
  };
}

/**
 * An assessment over `challenge` with `candidates` finished attempts, each
 * having submitted a judged answer with an explanation; returns their emails.
 */
export async function finishedAttempts(
  t: TestApp,
  opts: { challenge?: Challenge; candidates?: number; settings?: { reviewsPerItem?: number; disagreementPoints?: number; claimMinutes?: number } } = {},
) {
  const challenge = opts.challenge ?? explainedChallenge();
  const emails: string[] = [];
  const { assessment, invite, token } = await assessmentWithInvite(t, { challenges: [challenge] });
  if (opts.settings) {
    const row = await t.services.assessments.row(assessment.id);
    await t.services.assessments.update(assessment.id, {
      title: row.title,
      description: row.description,
      durationMinutes: row.durationMinutes,
      languages: row.languages as never,
      challengeIds: [challenge.id],
      opensAt: null,
      closesAt: null,
      ...opts.settings,
    });
  }
  const tokens = [token];
  emails.push(invite.email);
  for (let i = 1; i < (opts.candidates ?? 1); i += 1) {
    const [more] = await t.services.assessments.invite(assessment.id, { emails: [`more${i}-${assessment.id}@example.test`], extraMinutes: 0, expiresInDays: 14 });
    tokens.push(more!.url!.split('/invite/')[1]!);
    emails.push(more!.email);
  }
  for (const [i, tok] of tokens.entries()) {
    const { agent, csrf } = await startAttempt(t, tok);
    const explanation = `It returns a + b, candidate ${i}.`;
    await agent.post(`/api/v1/attempt/challenges/${challenge.id}/submit`).set('X-CSRF-Token', csrf).send({ language: 'javascript', code: CORRECT_ADD, explanation }).expect(202);
    await t.services.queue.idle();
    await agent.post('/api/v1/attempt/finish').set('X-CSRF-Token', csrf).send({}).expect(200);
    t.clock.advance(1_000);
  }
  return { assessment, challenge, emails };
}
