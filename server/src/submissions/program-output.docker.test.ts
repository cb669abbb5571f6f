import Docker from 'dockerode';
import pino from 'pino';
import { LanguageRegistry, createRunner } from '@assay/runners';
import { ChallengeMetaSchema, type Challenge } from '../challenges/challenge.schema';
import { addChallenge, assessmentWithInvite, startAttempt } from '../test-support/factories';
import { testApp, type TestApp } from '../test-support/test-app';

jest.setTimeout(180_000);

const runner = createRunner({ docker: new Docker(), logger: pino({ level: 'silent' }), registry: LanguageRegistry.load(), warm: { python: 1 } });
let t: TestApp;
beforeAll(async () => {
  t = await testApp({ runner });
});
afterAll(async () => {
  await t.close();
  await runner.close();
});

function stdioChallenge(): Challenge {
  const base = addChallenge();
  const meta = ChallengeMetaSchema.parse({ id: `nul-${base.id}`, title: 'Bytes', kind: 'implement', languages: ['python'], mode: 'stdio' });
  return { ...base, id: meta.id, meta, tests: { public: [{ name: 'p1', stdin: '', stdout: 'a\u0000b\n' }], hidden: [{ name: 'h1', stdin: '', stdout: 'a\u0000b\n' }] } };
}

describe('a real Python program writing NUL bytes', () => {
  it('gets its verdicts on Run and Submit, with the bytes stored as written', async () => {
    const challenge = stdioChallenge();
    const { token } = await assessmentWithInvite(t, { challenges: [challenge] });
    const { agent, csrf } = await startAttempt(t, token);
    const code = 'import sys\nsys.stdout.write("a\\x00b\\n")\n';
    const views = [];
    for (const kind of ['run', 'submit'] as const) {
      const posted = await agent.post(`/api/v1/attempt/challenges/${challenge.id}/${kind}`).set('X-CSRF-Token', csrf).send({ language: 'python', code }).expect(202);
      await t.services.queue.idle();
      views.push((await agent.get(`/api/v1/attempt/submissions/${posted.body.id}`).expect(200)).body);
    }
    expect(views[0]).toMatchObject({ status: 'done', cases: [{ verdict: 'ok', stdout: 'a\u0000b\n' }] });
    expect(views[1]).toMatchObject({ status: 'done', passed: 1, total: 1 });
  });
});
