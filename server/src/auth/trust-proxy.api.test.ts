import request from 'supertest';
import { buildHttpApp } from '../main';
import { testApp, type TestApp } from '../test-support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

/** Ten wrong passwords for one email from `from`, then one more from `from` and one from `other`: their statuses. */
async function lockOut(trustProxy: boolean | number | string[], from: string, other: string) {
  const app = buildHttpApp({ ...t.services, config: { ...t.services.config, trustProxy } });
  const login = (address: string) => request(app).post('/api/v1/auth/login').set('X-Forwarded-For', address).send({ email: 'staff@example.test', password: 'wrong password' });
  for (let i = 0; i < 10; i++) expect((await login(from)).status).toBe(401);
  return [(await login(from)).status, (await login(other)).status];
}

describe('the login limit behind a proxy (ASSAY_TRUST_PROXY)', () => {
  it('counts by the address in X-Forwarded-For when the proxy is trusted', async () => {
    expect(await lockOut(['loopback'], '203.0.113.7', '203.0.113.8')).toEqual([429, 401]);
  });

  it('ignores X-Forwarded-For by default: a client cannot pick a fresh address per try', async () => {
    expect(await lockOut(false, '203.0.113.7', '203.0.113.8')).toEqual([429, 429]);
  });
});
