import pino from 'pino';
import { EngineError, ImageMissingError } from '../errors';
import { LanguageRegistry } from '../languages/registry';
import { imageRef } from '../languages/language.schema';
import { DEFAULT_LIMITS } from '../run/limits';
import { FakeDocker } from '../test-support/fake-docker';
import { BoxFactory } from './box-factory';
import { profileOf } from './container-spec';

const registry = LanguageRegistry.load();
const python = registry.get('python');
const profile = profileOf(DEFAULT_LIMITS, python);
const logger = pino({ level: 'silent' });

function setup(runtime?: 'runc' | 'runsc') {
  const docker = new FakeDocker();
  docker.images.add(imageRef(python));
  const factory = new BoxFactory({ docker, logger, owner: 'host:1', seccomp: '{"defaultAction":"SCMP_ACT_ERRNO"}', runtime });
  return { docker, factory };
}

describe('BoxFactory.create', () => {
  it('creates, attaches before starting, starts, and waits for the agent to say ready', async () => {
    const { docker, factory } = setup();
    const box = await factory.create(python, profile);
    expect(docker.containers[0]!.events).toEqual(['create', 'attach', 'start']);
    expect(box.ready).toBe(true);
    expect(box.imageId).toBe(`sha256:${imageRef(python)}`);
  });

  it('does not wait for ready on a cold start: the job waits in stdin', async () => {
    const { docker, factory } = setup();
    docker.agentSaysReady = false;
    const box = await factory.create(python, profile, { waitReady: false });
    expect(box.ready).toBe(false);
  });

  it('puts the seccomp profile, the runtime and the pty mask on the container', async () => {
    const { docker, factory } = setup('runsc');
    await factory.create(python, profile);
    const host = docker.containers[0]!.spec.HostConfig!;
    expect(host.SecurityOpt).toEqual(['no-new-privileges', 'seccomp={"defaultAction":"SCMP_ACT_ERRNO"}']);
    expect(host.Runtime).toBe('runsc');
    expect(host.Tmpfs?.['/dev/pts']).toMatch(/^ro,/);
  });

  it('leaves the runtime to the engine default under runc', async () => {
    const { docker, factory } = setup('runc');
    await factory.create(python, profile);
    expect(docker.containers[0]!.spec.HostConfig!.Runtime).toBeUndefined();
  });

  it('removes a container that failed to start and throws a retryable EngineError', async () => {
    const { docker, factory } = setup();
    docker.failStart = true;
    const failure = factory.create(python, profile);
    await expect(failure).rejects.toThrow(EngineError);
    await expect(failure).rejects.toMatchObject({ retryable: true });
    await new Promise((r) => setImmediate(r));
    expect(docker.containers[0]!.events).toContain('remove');
  });

  it('throws a non-retryable ImageMissingError when the image is not built, creating nothing', async () => {
    const { docker, factory } = setup();
    docker.images.clear();
    await expect(factory.create(python, profile)).rejects.toMatchObject({ constructor: ImageMissingError, retryable: false, code: 'image_missing' });
    expect(docker.containers).toHaveLength(0);
  });

  it('throws a retryable EngineError when the engine does not answer', async () => {
    const { docker, factory } = setup();
    docker.reachable = false;
    await expect(factory.create(python, profile)).rejects.toMatchObject({ constructor: EngineError, retryable: true });
  });
});
