import path from 'node:path';
import { FUNCTION_TARGETS } from '@assay/runners';
import { loadChallenge } from './challenge.loader';
import { loginAs, testApp, type TestApp } from '../test-support/test-app';
import { MINIMAL_CHALLENGE, SIGNED_CHALLENGE } from './test-support/challenge-fixture';

let t: TestApp;
let admin: Awaited<ReturnType<typeof loginAs>>;
const seed = loadChallenge(path.resolve(__dirname, '../../../challenges/two-sum')).challenge!;
const files = () => ({ ...seed.files });

beforeAll(async () => {
  t = await testApp();
  admin = await loginAs(t, 'admin');
});
afterAll(() => t.close());

const post = (body: unknown) => admin.agent.post('/api/v1/challenges').set('X-CSRF-Token', admin.csrf).send(body);
const put = (id: string, body: unknown) => admin.agent.put(`/api/v1/challenges/${id}`).set('X-CSRF-Token', admin.csrf).send(body);

describe('POST /api/v1/challenges', () => {
  it('creates a challenge from its files as version 1', async () => {
    const res = await post({ files: files() }).expect(201);
    expect(res.body).toEqual({ id: 'two-sum', version: 1, created: true });
    const list = await admin.agent.get('/api/v1/challenges').expect(200);
    expect(list.body).toEqual([expect.objectContaining({ id: 'two-sum', kind: 'implement', version: 1 })]);
  });

  it('refuses a second challenge with the same id', async () => {
    const res = await post({ files: files() }).expect(400);
    expect(res.body.error.message).toMatch(/exists/);
  });

  it('names the file, line and field of a problem', async () => {
    const broken = { ...files(), 'challenge.yaml': seed.files['challenge.yaml']!.replace('id: two-sum', 'id: other-sum').replace(/^mode: .*$/m, 'mode: sideways') };
    const res = await post({ files: broken }).expect(400);
    expect(res.body.error.message).toMatch(/^files: other-sum\/challenge\.yaml:\d+: mode: /);
    expect(res.body.error.details.problems[0]).toMatchObject({ file: 'other-sum/challenge.yaml', field: 'mode' });
  });

  it('refuses files without challenge.yaml, naming it', async () => {
    const res = await post({ files: { 'prompt.md': '# hi' } }).expect(400);
    expect(res.body.error.message).toBe('files["challenge.yaml"]: missing');
  });

  it('is for admins only', async () => {
    const reviewer = await loginAs(t, 'reviewer');
    await reviewer.agent.post('/api/v1/challenges').set('X-CSRF-Token', reviewer.csrf).send({ files: files() }).expect(403);
    await reviewer.agent.get('/api/v1/challenges/two-sum').expect(403);
  });
});

describe('PUT /api/v1/challenges/:id', () => {
  it('makes a new version only when the content changes, and attempts keep theirs', async () => {
    const same = await put('two-sum', { files: files() }).expect(200);
    expect(same.body).toEqual({ id: 'two-sum', version: 1, created: false });
    const edited = { ...files(), 'prompt.md': `${seed.prompt}\nOne more line.\n` };
    const changed = await put('two-sum', { files: edited }).expect(200);
    expect(changed.body).toEqual({ id: 'two-sum', version: 2, created: true });
    const doc = await admin.agent.get('/api/v1/challenges/two-sum').expect(200);
    expect(doc.body.version).toBe(2);
    expect(doc.body.history.map((h: { version: number }) => h.version)).toEqual([2, 1]);
    expect((await t.services.challenges.version('two-sum', 1))!.challenge.prompt).toBe(seed.prompt);
  });

  it('refuses files whose id is not the path’s', async () => {
    const res = await put('two-sum', { files: { ...files(), 'challenge.yaml': seed.files['challenge.yaml']!.replace('id: two-sum', 'id: three-sum') } }).expect(400);
    expect(res.body.error.message).toMatch(/challenge\.yaml.*id/);
  });
});

describe('GET /api/v1/challenges/:id/export', () => {
  it('gives back the same files, which import again unchanged', async () => {
    const res = await admin.agent.get('/api/v1/challenges/two-sum/export').expect(200);
    expect(res.headers['content-disposition']).toMatch(/two-sum-v2\.json/);
    expect(Object.keys(res.body.files).sort()).toEqual(Object.keys(seed.files).sort());
    const again = await put('two-sum', { files: res.body.files }).expect(200);
    expect(again.body.created).toBe(false);
  });
});

describe('GET /api/v1/challenges/:id with a signature', () => {
  afterEach(() => jest.restoreAllMocks());

  it('gives the starters generated for the languages without a starter file, and leaves out one whose generator fails', async () => {
    const signed = Object.fromEntries(Object.entries({ ...MINIMAL_CHALLENGE, ...SIGNED_CHALLENGE, 'starter/go.go': 'func spanTotal() {}\n' }).filter((e): e is [string, string] => e[1] !== null));
    await post({ files: signed }).expect(201);
    jest.spyOn(FUNCTION_TARGETS.python, 'stub').mockReturnValue('def span_total(spans: list[Span], scale: int) -> int:\n    pass\n');
    jest.spyOn(FUNCTION_TARGETS.java, 'stub').mockImplementation(() => {
      throw new Error('not written yet');
    });
    const doc = await admin.agent.get('/api/v1/challenges/span-total').expect(200);
    expect(doc.body.generatedStarters).toEqual({ python: 'def span_total(spans: list[Span], scale: int) -> int:\n    pass\n' });
    expect(doc.body.files['starter/go.go']).toBe('func spanTotal() {}\n');
    // A function challenge without a signature (add-two) has nothing generated.
    await post({ files: { ...MINIMAL_CHALLENGE } }).expect(201);
    const plain = await admin.agent.get('/api/v1/challenges/add-two').expect(200);
    expect(plain.body.generatedStarters).toEqual({});
  });
});
