import Docker from 'dockerode';
import pino from 'pino';
import request from 'supertest';
import { LanguageRegistry, createRunner } from '@assay/runners';
import { ChallengeMetaSchema, KeySchema, type Challenge } from '../challenges/challenge.schema';
import { critiqueChallenge } from '../test-support/critique-factories';
import { testApp, type TestApp } from '../test-support/test-app';

jest.setTimeout(180_000);

const runner = createRunner({ docker: new Docker(), logger: pino({ level: 'silent' }), registry: LanguageRegistry.load(), warm: { python: 2 } });
let t: TestApp;

/**
 * Python whose every trace is a marker: the reference returns or prints
 * REFMARK-…, writes REFERR-SECRET to stderr, crashes on a negative input
 * and loops on zero (a time limit); the AI answers print AI-….
 */
const REVIEW_REFERENCE = [
  'import sys',
  'def label(n):',
  '    print("REFOUT-SECRET")',
  '    sys.stderr.write("REFERR-SECRET")',
  '    if n < 0:',
  '        raise ValueError("REFERR-SECRET negative")',
  '    while n == 0:',
  '        pass',
  '    return "REFMARK-" + str(n * 7919)',
  '',
].join('\n');
const STDIO_REFERENCE = [
  'import sys',
  'n = int(sys.stdin.read())',
  'sys.stderr.write("REFERR-SECRET")',
  'if n < 0:',
  '    raise SystemExit("REFERR-SECRET " + str(n))',
  'print("REFMARK-" + str(n * 7919))',
  '',
].join('\n');

function review(): Challenge {
  const base = critiqueChallenge('review', {
    id: 'secret-review',
    code: { responses: { 'resp-hidden-alpha': 'def label(n):\n    print("AI-OUT")\n    return "AI-" + str(n)\n' }, reference: REVIEW_REFERENCE },
  });
  return {
    ...base,
    meta: ChallengeMetaSchema.parse({ ...base.meta, entry: 'label', limits: { timeMs: 1000 } }),
    key: KeySchema.parse({ verdict: 'incorrect', buggyLines: [3], notes: 'KEYNOTE-SECRET review' }),
  };
}

function compare(): Challenge {
  const base = critiqueChallenge('compare', {
    id: 'secret-compare',
    mode: 'stdio',
    code: {
      responses: { 'resp-secret-one': 'print("AI-ONE-" + input())\n', 'resp-secret-two': 'print("AI-TWO-" + input())\n' },
      reference: STDIO_REFERENCE,
    },
  });
  return { ...base, key: KeySchema.parse({ preferred: 'resp-secret-two', strength: 'much', notes: 'KEYNOTE-SECRET compare' }) };
}

beforeAll(async () => {
  t = await testApp({ runner });
});
afterAll(async () => {
  await t.close();
  await runner.close();
});

describe('secrecy of the critique kinds: a whole attempt through the API, with real Python', () => {
  it('never sends the reference’s output, the key, response ids or objective results to the candidate', async () => {
    const challenges = [review(), compare()];
    for (const c of challenges) await t.services.challenges.save(c);
    const assessment = await t.services.assessments.create(
      { title: 'Critique', description: '', durationMinutes: 60, languages: ['python'], challengeIds: challenges.map((c) => c.id), opensAt: null, closesAt: null },
      null,
    );
    const [invite] = await t.services.assessments.invite(assessment.id, { emails: ['critic@example.test'], extraMinutes: 0, expiresInDays: 1 });
    const token = invite!.url!.split('/invite/')[1]!;
    const agent = request.agent(t.app);
    const seen: string[] = [];
    const record = <T extends { text?: string; body?: unknown }>(res: T): T => {
      seen.push(typeof res.text === 'string' && res.text ? res.text : JSON.stringify(res.body));
      return res;
    };
    record(await agent.get(`/api/v1/invites/${token}`).expect(200));
    const started = record(await agent.post(`/api/v1/invites/${token}/start`).expect(200));
    const csrf = started.body.csrfToken as string;

    const answersFor = (c: Challenge) =>
      c.meta.mode === 'function'
        ? {
            verdict: 'incorrect',
            flags: [{ line: 3, comment: 'wrong label' }],
            tests: [
              { id: 'guess', args: [1], expected: 'a guess', claim: 'labels wrongly' },
              { id: 'crash', args: [-1], expected: 'x' },
              { id: 'slow', args: [0], expected: 'y' },
              { id: 'bare', args: [2] },
            ],
          }
        : {
            preference: { choice: 'B', strength: 'much' },
            ratings: { A: { correctness: 2 }, B: { correctness: 4 } },
            tests: [
              { id: 'guess', stdin: '1', expected: 'a guess' },
              { id: 'crash', stdin: '-5', expected: 'x' },
            ],
          };
    const probes: Record<string, { cases: { id: string; outputs: { actual: string }[]; reference: { status: string; why: string | null } }[] }> = {};
    for (const c of challenges) {
      const base = `/api/v1/attempt/challenges/${c.id}`;
      record(await agent.get(base).expect(200));
      const body = { language: 'python', code: '', explanation: 'my review', answers: answersFor(c) };
      record(await agent.put(`${base}/draft`).set('X-CSRF-Token', csrf).send(body).expect(200));
      for (const kind of ['run', 'submit'] as const) {
        const posted = record(await agent.post(`${base}/${kind}`).set('X-CSRF-Token', csrf).send(body).expect(202));
        const events = await agent
          .get(`/api/v1/attempt/submissions/${posted.body.id}/events`)
          .buffer(true)
          .parse((res, done) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString()));
            res.on('end', () => done(null, text));
          });
        seen.push(String(events.body));
        const final = record(await agent.get(`/api/v1/attempt/submissions/${posted.body.id}`).expect(200));
        expect(final.body.status).toBe('done');
        if (kind === 'run') probes[c.id] = final.body;
        else expect(final.body).toMatchObject({ kind: 'submit', passed: null, total: 0, groups: [], verdicts: {} });
      }
      record(await agent.get(base).expect(200)); // the draft view too
      record(await agent.get('/api/v1/attempt').expect(200));
    }
    record(await agent.post('/api/v1/attempt/finish').set('X-CSRF-Token', csrf).expect(200));
    await t.services.queue.idle();
    record(await agent.get('/api/v1/attempt').expect(200));

    // The probe ran for real: the AI answers' outputs are there, the reference's verdicts say why without its words.
    const reviewProbe = Object.fromEntries(probes['secret-review']!.cases.map((c) => [c.id, c]));
    expect(reviewProbe.guess).toMatchObject({ outputs: [{ actual: '"AI-1"' }], reference: { status: 'differs', why: null } });
    expect(reviewProbe.crash!.reference).toEqual({ status: 'failed', why: expect.stringContaining('crashed') });
    expect(reviewProbe.slow!.reference).toEqual({ status: 'failed', why: expect.stringContaining('out of time') });
    expect(reviewProbe.bare!.reference).toEqual({ status: 'not_checked', why: 'no expected value given' });
    const compareProbe = probes['secret-compare']!.cases;
    expect(compareProbe[0]!.outputs.map((o) => o.actual.trim()).sort()).toEqual(['AI-ONE-1', 'AI-TWO-1']);
    expect(compareProbe[1]!.reference.status).toBe('failed');

    // Staff have everything: the scan below has something to find.
    const rows = await t.services.submissionRepo.forAttempt(started.body.attempt.id);
    const staff = JSON.stringify(rows.map((r) => [r.probe, r.objective]));
    for (const marker of ['REFMARK-7919', 'REFOUT-SECRET', 'REFERR-SECRET', 'resp-hidden-alpha', 'resp-secret-two', '"pieces"']) expect(staff).toContain(marker);
    expect(rows.filter((r) => r.kind === 'submit').every((r) => r.objectiveScore !== null)).toBe(true);

    const everything = seen.join('\n');
    const secrets = [
      'REFMARK',
      'REFOUT-SECRET',
      'REFERR-SECRET',
      'KEYNOTE-SECRET',
      'resp-hidden-alpha',
      'resp-secret-one',
      'resp-secret-two',
      'objective',
      'pieces',
      'exposing',
      '7919',
    ];
    expect(secrets.filter((s) => everything.includes(s))).toEqual([]);
  });
});
