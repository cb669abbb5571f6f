import os from 'node:os';
import type { Logger } from 'pino';
import { OWNER_LABEL, SANDBOX_LABEL } from './container-spec';
import type { SandboxDocker } from './docker-api';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes sandbox containers nobody will use again: those that have exited,
 * and those whose owning process on this host is gone (a crash mid-run).
 * Containers of live processes, here or on other hosts, are left alone.
 * Returns how many were removed.
 */
export async function removeOrphans(docker: SandboxDocker, logger: Logger): Promise<number> {
  const host = os.hostname();
  const containers = await docker.listContainers({ all: true, filters: { label: [SANDBOX_LABEL] } });
  const orphans = containers.filter((c) => {
    if (c.State !== 'running' && c.State !== 'created') return true;
    const [ownerHost, pid] = (c.Labels[OWNER_LABEL] ?? '').split(':');
    return ownerHost === host && Number(pid) !== process.pid && !alive(Number(pid));
  });
  await Promise.allSettled(orphans.map((c) => docker.getContainer(c.Id).remove({ force: true, v: true })));
  if (orphans.length) logger.info({ removed: orphans.length }, 'removed orphaned sandbox containers');
  return orphans.length;
}
