import path from 'node:path';
import Docker from 'dockerode';
import pino from 'pino';
import { LanguageRegistry, createRunner } from '@assay/runners';
import { loadChallenge } from './challenge.loader';
import { loginAs, testApp, type TestApp } from '../test-support/test-app';

jest.setTimeout(120_000);

const runner = createRunner({ docker: new Docker(), logger: pino({ level: 'silent' }), registry: LanguageRegistry.load(), warm: { python: 1 } });
const seed = loadChallenge(path.resolve(__dirname, '../../../challenges/two-sum')).challenge!;
let t: TestApp;
let admin: Awaited<ReturnType<typeof loginAs>>;

beforeAll(async () => {
  t = await testApp({ runner });
  admin = await loginAs(t, 'admin');
  await admin.agent.post('/api/v1/challenges').set('X-CSRF-Token', admin.csrf).send({ files: seed.files }).expect(201);
});
afterAll(async () => {
  await t.close();
  await runner.close();
});

describe('POST /api/v1/challenges/:id/validate', () => {
  it('runs every reference against every test and reports each result', async () => {
    const res = await admin.agent.post('/api/v1/challenges/two-sum/validate').set('X-CSRF-Token', admin.csrf).expect(200);
    expect(res.body).toMatchObject({ id: 'two-sum', valid: true, problems: [] });
    const tests = seed.tests.public.length + seed.tests.hidden.length;
    expect(res.body.results).toHaveLength(tests * seed.meta.languages.length);
    expect(res.body.results.every((r: { passes: number; runs: number }) => r.passes === r.runs)).toBe(true);
  });
});

describe('POST /api/v1/challenges/validate (unsaved files)', () => {
  it('names the language and test a broken reference fails', async () => {
    const broken = { ...seed.files, 'reference/python.py': 'def two_sum(nums, target):\n    return [0, 1]\n' };
    const res = await admin.agent.post('/api/v1/challenges/validate').set('X-CSRF-Token', admin.csrf).send({ files: broken }).expect(200);
    expect(res.body.valid).toBe(false);
    const failing = res.body.results.filter((r: { language: string; passes: number }) => r.language === 'python' && r.passes === 0);
    expect(failing.length).toBeGreaterThan(0);
    expect(res.body.problems[0]).toMatchObject({ language: 'python', file: 'two-sum/reference/python.py', test: failing[0].test });
  });
});
