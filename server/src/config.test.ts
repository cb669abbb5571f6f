import path from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('applies the defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', runConcurrency: 2, graceSeconds: 15, secureCookies: false });
    expect(config.dataDir).toBe(path.resolve('./data'));
  });

  it('reads the environment and lets CLI flags win', () => {
    const config = loadConfig({ PORT: '8080', ASSAY_DATA_DIR: '/srv/a', ASSAY_SECURE_COOKIES: 'true' }, { port: '9090' });
    expect(config).toMatchObject({ port: 9090, dataDir: '/srv/a', secureCookies: true });
  });

  it('lists every bad value by its variable name', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT: .*"eighty"/);
    expect(message).toMatch(/DATABASE_URL: /);
    expect(message).toMatch(/LOG_LEVEL: /);
  });

  it('takes the sandbox runtime from ASSAY_RUNTIME: runc by default, runsc on request, nothing else', () => {
    expect(loadConfig({}).runtime).toBe('runc');
    expect(loadConfig({ ASSAY_RUNTIME: 'runsc' }).runtime).toBe('runsc');
    expect(() => loadConfig({ ASSAY_RUNTIME: 'kata' })).toThrow(/ASSAY_RUNTIME: .*"kata"/);
  });
});
