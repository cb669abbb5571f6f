import Docker from 'dockerode';
import { EngineError } from '../errors';

/**
 * A dockerode client for DOCKER_HOST (or the local socket), checked with a
 * ping so that a missing engine is a clear error, not a hang later.
 */
export async function connectDocker(): Promise<Docker> {
  const docker = new Docker();
  try {
    await docker.ping();
  } catch (error) {
    throw new EngineError(`no Docker engine answers (${(error as Error).message}); run scripts/ensure-docker.sh (as root on Debian it installs and starts one)`, { cause: error });
  }
  return docker;
}
