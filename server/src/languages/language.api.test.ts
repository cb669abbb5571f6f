import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { DOCKER_DIR } from '@assay/runners';
import { testApp, type TestApp } from '../test-support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('GET /api/v1/languages', () => {
  it('lists every docker/<id>/language.json as the editor needs it, without a session', async () => {
    const res = await request(t.app).get('/api/v1/languages').expect(200);
    const onDisk = fs.readdirSync(DOCKER_DIR).filter((d) => fs.existsSync(path.join(DOCKER_DIR, d, 'language.json')));
    expect(res.body.map((l: { id: string }) => l.id).sort()).toEqual(onDisk.sort());
    for (const view of res.body) {
      const spec = JSON.parse(fs.readFileSync(path.join(DOCKER_DIR, view.id, 'language.json'), 'utf8'));
      expect(view).toEqual({
        id: spec.id,
        name: spec.name,
        sourceFile: spec.sourceFile,
        extension: expect.any(String),
        compiled: spec.compile !== null,
        functionMode: spec.function !== null,
      });
    }
  });

  it('keeps the image and its commands on the server', async () => {
    const res = await request(t.app).get('/api/v1/languages').expect(200);
    expect(JSON.stringify(res.body)).not.toMatch(/assay\/|python3 |"run"|"env"/);
  });
});
