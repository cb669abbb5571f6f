import { runCli } from '../test-support/run-cli';

describe('assay worker', () => {
  const saved = { REDIS_URL: process.env.REDIS_URL, DATABASE_URL: process.env.DATABASE_URL };
  afterEach(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('refuses to start without REDIS_URL, naming it', async () => {
    delete process.env.REDIS_URL;
    const result = await runCli('worker');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('REDIS_URL: required');
  });

  it('refuses to start on the embedded database, naming DATABASE_URL', async () => {
    process.env.REDIS_URL = 'redis://127.0.0.1:6390';
    delete process.env.DATABASE_URL;
    const result = await runCli('worker');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('DATABASE_URL: required');
  });
});
