import request from 'supertest';
import { buildHttpApp } from '../main';
import { loginAs, testApp, type TestApp } from '../test-support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

/** The label sets of the HTTP latency histogram, one line per series. */
async function httpSeries(app = t.app, auth?: string): Promise<string[]> {
  const call = request(app).get('/metrics');
  const res = await (auth ? call.set('Authorization', auth) : call).expect(200);
  return res.text
    .split('\n')
    .filter((line) => line.startsWith('assay_http_request_duration_seconds_count{'))
    .map((line) => line.replace(/ \d+$/, ''));
}

describe('GET /metrics', () => {
  it('adds no series for made-up URLs: whatever no route matched is labelled "other"', async () => {
    // Like the built web app, which answers every unknown path with index.html (200).
    const spa = (_req: unknown, res: { send(body: string): void }) => res.send('<!doctype html>');
    const app = buildHttpApp(t.services, { extra: [spa as never] });
    await request(app).get('/made-up-warm-up').expect(200);
    await request(app).get('/api/v1/made-up-warm-up').expect(404);
    const before = await httpSeries(app);
    for (let i = 0; i < 50; i++) {
      await request(app).get(i % 2 ? `/made-up-${i}` : `/api/v1/made-up/${i}?x=${i}`);
    }
    const after = await httpSeries(app);
    expect(after.filter((s) => !s.includes('route="/metrics"'))).toEqual(before.filter((s) => !s.includes('route="/metrics"')));
    expect(after.join('\n')).not.toMatch(/made-up/);
    expect(after.join('\n')).toMatch(/route="other",status="200"/);
    expect(after.join('\n')).toMatch(/route="other",status="404"/);
  });

  it('labels a matched request with its route template, never its raw path', async () => {
    const admin = await loginAs(t, 'admin');
    await admin.agent.get('/api/v1/assessments/some-id-7f3e').expect(404);
    const series = (await httpSeries()).join('\n');
    expect(series).toMatch(/method="GET",route="\/api\/v1\/assessments\/:id",status="404"/);
    expect(series).not.toMatch(/some-id-7f3e/);
  });

  it('keeps odd HTTP methods out of the labels too', async () => {
    await request(t.app).propfind('/made-up-dav');
    expect((await httpSeries()).join('\n')).toMatch(/method="OTHER",route="other"/);
  });

  it('needs the Bearer token when ASSAY_METRICS_TOKEN is set', async () => {
    const token = 'metrics-token-0123456789';
    const app = buildHttpApp({ ...t.services, config: { ...t.services.config, metricsToken: token } });
    const refused = await request(app).get('/metrics').expect(401);
    expect(refused.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(refused.body.error.code).toBe('unauthorized');
    await request(app).get('/metrics').set('Authorization', 'Bearer not-the-token').expect(401);
    expect(await httpSeries(app, `Bearer ${token}`)).not.toHaveLength(0);
    await request(app).get('/healthz').expect(200);
  });
});
