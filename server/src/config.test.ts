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

describe('ASSAY_TRUST_PROXY and ASSAY_METRICS_TOKEN', () => {
  it.each([
    [undefined, false],
    ['false', false],
    ['true', true],
    ['1', 1],
    ['loopback, 10.0.0.0/8,fd00::/8, 192.0.2.1', ['loopback', '10.0.0.0/8', 'fd00::/8', '192.0.2.1']],
  ])('reads %j as %j', (value, trustProxy) => {
    expect(loadConfig(value === undefined ? {} : { ASSAY_TRUST_PROXY: value }).trustProxy).toEqual(trustProxy);
  });

  it.each(['yes please', '10.0.0.0/33', '300.1.1.1', 'loopback,,nope'])('refuses %j naming the variable', (value) => {
    expect(() => loadConfig({ ASSAY_TRUST_PROXY: value })).toThrow(/ASSAY_TRUST_PROXY: expected true, false, a hop count/);
  });

  it('takes a metrics token of 16 characters or more, and never prints a bad one', () => {
    expect(loadConfig({ ASSAY_METRICS_TOKEN: 'a'.repeat(16) }).metricsToken).toBe('a'.repeat(16));
    expect(() => loadConfig({ ASSAY_METRICS_TOKEN: 'short-secret' })).toThrow(/ASSAY_METRICS_TOKEN: at least 16 characters \(got 12 characters\)/);
    expect(() => loadConfig({ ASSAY_METRICS_TOKEN: 'short-secret' })).not.toThrow(/short-secret/);
  });
});

describe('ASSAY_SMTP_URL and ASSAY_MAIL_FROM', () => {
  it('leaves SMTP off by default (emails wait in the outbox) and reads a sender address', () => {
    expect(loadConfig({}).smtpUrl).toBeUndefined();
    expect(loadConfig({})).toMatchObject({ mailFrom: 'assay@localhost' });
    const config = loadConfig({ ASSAY_SMTP_URL: 'smtps://hiring:pw@mail.example.test:465', ASSAY_MAIL_FROM: 'hiring@example.test' });
    expect(config).toMatchObject({ smtpUrl: 'smtps://hiring:pw@mail.example.test:465', mailFrom: 'hiring@example.test' });
  });

  it('refuses a URL of another scheme without printing it (it holds a password)', () => {
    const run = () => loadConfig({ ASSAY_SMTP_URL: 'https://user:hunter2@mail.example.test' });
    expect(run).toThrow(/ASSAY_SMTP_URL: expected an smtp:\/\/ or smtps:\/\/ URL \(got 38 characters\)/);
    expect(run).not.toThrow(/hunter2/);
    expect(() => loadConfig({ ASSAY_MAIL_FROM: 'Hiring <hiring@example.test>' })).toThrow(/ASSAY_MAIL_FROM: /);
  });
});
