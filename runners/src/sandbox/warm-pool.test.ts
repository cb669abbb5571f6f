import pino from 'pino';
import { LanguageRegistry } from '../languages/registry';
import { imageRef } from '../languages/language.schema';
import { DEFAULT_LIMITS } from '../run/limits';
import { FakeDocker } from '../test-support/fake-docker';
import { BoxFactory } from './box-factory';
import { profileKey, profileOf } from './container-spec';
import { WarmPool } from './warm-pool';

const registry = LanguageRegistry.load();
const python = registry.get('python');
const profile = profileOf(DEFAULT_LIMITS, python);
const key = profileKey('python', profile);
const logger = pino({ level: 'silent' });
const settle = () => new Promise((r) => setTimeout(r, 10));

function setup(refillDelayMs?: number) {
  const docker = new FakeDocker();
  docker.images.add(imageRef(python));
  const pool = new WarmPool(new BoxFactory({ docker, logger, owner: 'host:1', seccomp: '{}' }), logger, refillDelayMs);
  return { docker, pool };
}

describe('WarmPool', () => {
  it('keeps the asked number of started, ready boxes', async () => {
    const { docker, pool } = setup();
    pool.keep(python, profile, 2);
    await pool.ready(1_000);
    expect(docker.live().length).toBe(2);
    expect(docker.containers.every((c) => c.events.join() === 'create,attach,start')).toBe(true);
  });

  it('hands a box out once and starts its replacement when the job is over, not beside it', async () => {
    const { docker, pool } = setup();
    pool.keep(python, profile, 1);
    await pool.ready(1_000);
    const first = pool.take(key);
    expect(first?.ready).toBe(true);
    await settle();
    expect(docker.containers.length).toBe(1); // the job runs alone
    pool.refill(key); // the job is over
    await pool.ready(1_000);
    const second = pool.take(key);
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    pool.refill(key);
    await pool.ready(1_000);
    expect(docker.containers.length).toBe(3);
  });

  it('starts the replacement beside a job that runs longer than the refill delay', async () => {
    const { docker, pool } = setup(200);
    pool.keep(python, profile, 1);
    await pool.ready(1_000);
    pool.take(key);
    await settle();
    expect(docker.containers.length).toBe(1);
    await pool.ready(2_000); // the job still runs: the delay passes and the replacement starts
    expect(docker.containers.length).toBe(2);
    await pool.stop();
  });

  it('answers undefined for a profile it does not keep (the caller starts one cold)', () => {
    const { pool } = setup();
    expect(pool.take(profileKey('python', { ...profile, memoryMb: 512 }))).toBeUndefined();
  });

  it('drops a box that died while waiting and hands out a live one', async () => {
    const { docker, pool } = setup();
    pool.keep(python, profile, 2);
    await pool.ready(1_000);
    docker.containers[0]!.die();
    await settle();
    const box = pool.take(key);
    expect(box?.closed).toBe(false);
    expect(box?.container).toBe(docker.containers[1]);
    await settle();
    expect(docker.containers[0]!.removed).toBe(true);
  });

  it('stops trying after a box cannot start, instead of spinning on a broken image', async () => {
    const { docker, pool } = setup();
    docker.failStart = true;
    pool.keep(python, profile, 3);
    await settle();
    const created = docker.containers.length;
    expect(pool.take(key)).toBeUndefined();
    await settle();
    expect(docker.containers.length).toBe(created);
  });

  it('removes every waiting box on stop and starts no more', async () => {
    const { docker, pool } = setup();
    pool.keep(python, profile, 2);
    await pool.ready(1_000);
    await pool.stop();
    expect(docker.live().length).toBe(0);
    pool.take(key);
    await settle();
    expect(docker.containers.length).toBe(2);
  });
});
