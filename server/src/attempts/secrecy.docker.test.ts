import path from 'node:path';
import Docker from 'dockerode';
import pino from 'pino';
import request from 'supertest';
import { LanguageRegistry, createRunner, type LanguageId } from '@assay/runners';
import { loadCatalog } from '../challenges/challenge.loader';
import type { Challenge } from '../challenges/challenge.schema';
import { entryNameFor } from '../challenges/entry-name';
import { candidateView } from '../challenges/challenge.presenter';
import { testApp, type TestApp } from '../test-support/test-app';

jest.setTimeout(180_000);

const CATALOG = path.resolve(__dirname, '../../../challenges');
const runner = createRunner({ docker: new Docker(), logger: pino({ level: 'silent' }), registry: LanguageRegistry.load(), warm: { python: 2 } });
let t: TestApp;
const seen: string[] = [];
let catalog: Challenge[] = [];

/** Every body a candidate receives goes through here. */
function record<T extends { text?: string; body?: unknown }>(res: T): T {
  seen.push(typeof res.text === 'string' && res.text ? res.text : JSON.stringify(res.body));
  return res;
}

/** Hostile code: echoes whatever input it gets to stdout and stderr, in either mode. */
function echoProgram(challenge: Challenge): string {
  if (challenge.meta.mode === 'function') {
    const entry = entryNameFor(challenge.meta, 'python');
    return `import sys, json\ndef ${entry}(*args):\n    print(json.dumps(args))\n    sys.stderr.write(json.dumps(args))\n    return list(args)\n`;
  }
  return 'import sys\ndata = sys.stdin.read()\nprint(data)\nsys.stderr.write(data)\n';
}

const CRITIQUE: readonly string[] = ['review', 'compare'];

/** What a candidate posts for a challenge: code kinds run and submit hostile code and the reference; review and compare probe their cases (their code is empty); explain only submits. */
function postsFor(c: Challenge, hostile: string, reference: string): (readonly ['run' | 'submit', string])[] {
  if (c.meta.kind === 'explain') return [['submit', '']];
  if (CRITIQUE.includes(c.meta.kind))
    return [
      ['run', ''],
      ['submit', ''],
    ];
  return [
    ['run', hostile],
    ['submit', hostile],
    ['submit', reference],
  ];
}

/** Review and compare: the candidate's own cases (the public examples' inputs, with guessed expected values), a verdict, flags and a preference. */
function critiqueAnswers(c: Challenge) {
  if (!CRITIQUE.includes(c.meta.kind)) return undefined;
  const inputs = c.tests.public.length ? c.tests.public : [c.meta.mode === 'function' ? { name: 'x', args: [], expected: null } : { name: 'x', stdin: '', stdout: '' }];
  const tests = inputs.slice(0, 5).map((t, i) => ('args' in t ? { id: `c${i}`, args: t.args, expected: 'guess' } : { id: `c${i}`, stdin: t.stdin, expected: 'guess' }));
  return { verdict: 'incorrect', flags: [{ line: 1, comment: 'here' }], preference: { choice: 'A', strength: 'slightly' }, tests };
}

/** Strings that would be a leak if a candidate saw them: secret, and not also public (in any challenge's candidate view). */
function secretsOf(c: Challenge): string[] {
  const pub = JSON.stringify(catalog.map((each) => candidateView(each)));
  const secrets: string[] = [];
  for (const test of c.tests.hidden) {
    const parts = 'args' in test ? [JSON.stringify(test.args), JSON.stringify(test.expected)] : [test.stdin, test.stdout];
    for (const part of parts) {
      for (const piece of [part, ...part.split('\n')]) if (piece.trim().length >= 8 && !pub.includes(piece)) secrets.push(piece);
    }
    if (test.name.length >= 8 && !pub.includes(test.name)) secrets.push(test.name);
  }
  for (const code of Object.values(c.reference)) {
    for (const line of code!.split('\n')) if (line.trim().length >= 24 && !pub.includes(line.trim())) secrets.push(line.trim());
  }
  if (c.key?.notes) secrets.push(c.key.notes);
  // Response ids are the key's vocabulary (long enough not to occur by chance in public text).
  for (const r of c.responses) if (r.id.length >= 6 && !pub.includes(r.id)) secrets.push(r.id);
  return [...new Set(secrets)];
}

beforeAll(async () => {
  t = await testApp({ runner });
  catalog = loadCatalog(CATALOG).flatMap((l) => (l.challenge && l.challenge.meta.languages.includes('python') ? [l.challenge] : []));
  for (const c of catalog) await t.services.challenges.save(c);
});
afterAll(async () => {
  await t.close();
  await runner.close();
});

describe('secrecy: a whole candidate attempt through the API', () => {
  it('never sends hidden inputs, expected values, reference code or keys to the candidate', async () => {
    expect(catalog.length).toBeGreaterThanOrEqual(4);
    const assessment = await t.services.assessments.create(
      { title: 'Secrecy', description: '', durationMinutes: 120, languages: ['python'], challengeIds: catalog.map((c) => c.id), opensAt: null, closesAt: null },
      null,
    );
    const [invite] = await t.services.assessments.invite(assessment.id, { emails: ['spy@example.test'], extraMinutes: 0, expiresInDays: 1 });
    const token = invite!.url!.split('/invite/')[1]!;
    const agent = request.agent(t.app);
    record(await agent.get(`/api/v1/invites/${token}`).expect(200));
    const started = record(await agent.post(`/api/v1/invites/${token}/start`).expect(200));
    const csrf = started.body.csrfToken as string;
    const language: LanguageId = 'python';

    for (const c of catalog) {
      t.clock.advance(61_000); // a new minute of the rate limits (10 runs per attempt per minute) for each challenge of a large catalog
      const base = `/api/v1/attempt/challenges/${c.id}`;
      record(await agent.get(base).expect(200));
      const hostile = echoProgram(c);
      const reference = c.reference.python!;
      const answers = critiqueAnswers(c);
      record(await agent.put(`${base}/draft`).set('X-CSRF-Token', csrf).send({ language, code: hostile, explanation: 'echo', answers }).expect(200));
      for (const [kind, code] of postsFor(c, hostile, reference)) {
        const posted = record(await agent.post(`${base}/${kind}`).set('X-CSRF-Token', csrf).send({ language, code, explanation: 'echo', answers }).expect(202));
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
        if (kind === 'submit' && code === reference && !CRITIQUE.includes(c.meta.kind)) expect(final.body.passed).toBe(final.body.total);
      }
      record(await agent.get(base).expect(200));
      record(await agent.get('/api/v1/attempt').expect(200));
    }
    record(await agent.post('/api/v1/attempt/finish').set('X-CSRF-Token', csrf).expect(200));
    await t.services.queue.idle();
    record(await agent.get('/api/v1/attempt').expect(200));

    const everything = seen.join('\n');
    const leaks = catalog.flatMap((c) =>
      secretsOf(c)
        .filter((s) => everything.includes(s))
        .map((s) => `${c.id}: ${s.slice(0, 80)}`),
    );
    expect(catalog.reduce((n, c) => n + secretsOf(c).length, 0)).toBeGreaterThan(20); // the scan has something to find
    expect(leaks).toEqual([]);
  });
});
