import { isDeepStrictEqual } from 'node:util';
import request from 'supertest';
import { apiRoutes } from '../main';
import { testApp, type TestApp } from '../test-support/test-app';
import type { RouteDef } from './route-registry';

let t: TestApp;
let routes: RouteDef[];
beforeAll(async () => {
  t = await testApp();
  routes = apiRoutes(t.services).routes;
});
afterAll(() => t.close());

const name = (r: RouteDef) => `${r.method.toUpperCase()} ${r.path}`;

// Examples are what /api/docs shows and what "try it" starts from; a route merged without one fails here.
describe('the examples of every API route', () => {
  it('exist for every request body and every JSON response', () => {
    const missing = routes.flatMap((r) => [
      ...(r.body && r.example?.body === undefined ? [`${name(r)}: request body`] : []),
      ...(r.response && r.example?.response === undefined ? [`${name(r)}: response`] : []),
    ]);
    expect(missing).toEqual([]);
  });

  it('are accepted by the route’s own request body schema', () => {
    const rejected = routes.flatMap((r) => {
      if (!r.body || r.example?.body === undefined) return [];
      const parsed = r.body.safeParse(r.example.body);
      return parsed.success ? [] : [`${name(r)}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`];
    });
    expect(rejected).toEqual([]);
  });

  it('are exactly what the response schema lets out, so nothing shown is stripped or missing', () => {
    const wrong = routes.flatMap((r) => {
      if (!r.response || r.example?.response === undefined) return [];
      const parsed = r.response.safeParse(r.example.response);
      if (!parsed.success) return [`${name(r)}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`];
      return isDeepStrictEqual(JSON.parse(JSON.stringify(parsed.data)), r.example.response) ? [] : [`${name(r)}: the schema changes the example`];
    });
    expect(wrong).toEqual([]);
  });

  it('are shown in the OpenAPI document on the request and the success response', async () => {
    const spec = (await request(t.app).get('/api/openapi.json').expect(200)).body;
    const login = spec.paths['/api/v1/auth/login'].post;
    expect(login.requestBody.content['application/json'].example).toEqual(routes.find((r) => r.path === '/api/v1/auth/login')!.example!.body);
    expect(login.responses['200'].content['application/json'].example.csrfToken).toEqual(expect.any(String));
  });
});

describe('the OpenAPI document’s security', () => {
  it('declares the API token, the session cookies and the CSRF header', async () => {
    const spec = (await request(t.app).get('/api/openapi.json').expect(200)).body;
    expect(spec.components.securitySchemes.apiToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(spec.components.securitySchemes.staffSession).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'assay_session' });
    expect(spec.components.securitySchemes.csrfToken).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token' });
  });

  it('asks writes with a session for the CSRF token, reads not, and public routes for nothing', async () => {
    const spec = (await request(t.app).get('/api/openapi.json').expect(200)).body;
    expect(spec.paths['/api/v1/assessments'].post.security).toEqual([{ apiToken: [] }, { staffSession: [], csrfToken: [] }]);
    expect(spec.paths['/api/v1/assessments'].get.security).toEqual([{ apiToken: [] }, { staffSession: [] }]);
    expect(spec.paths['/api/v1/attempt/finish'].post.security).toEqual([{ candidateSession: [], csrfToken: [] }]);
    expect(spec.paths['/api/v1/auth/login'].post.security).toBeUndefined();
  });
});
