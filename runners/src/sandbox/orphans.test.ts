import os from 'node:os';
import pino from 'pino';
import { FakeDocker } from '../test-support/fake-docker';
import { OWNER_LABEL, SANDBOX_LABEL } from './container-spec';
import { removeOrphans } from './orphans';

const host = os.hostname();
const GONE_PID = 2 ** 22 + 1; // above pid_max's usual ceiling: no such process
const box = (Id: string, State: string, owner: string) => ({ Id, State, Labels: { [SANDBOX_LABEL]: '1', [OWNER_LABEL]: owner } });

describe('removeOrphans', () => {
  it('removes exited containers and running ones whose owner on this host is gone, and nothing else', async () => {
    const docker = new FakeDocker();
    docker.listed = [
      box('exited', 'exited', `${host}:${process.pid}`),
      box('dead-owner', 'running', `${host}:${GONE_PID}`),
      box('mine', 'running', `${host}:${process.pid}`),
      box('live-owner', 'created', `${host}:${process.ppid}`),
      box('other-host', 'running', `elsewhere:${GONE_PID}`),
    ];
    expect(await removeOrphans(docker, pino({ level: 'silent' }))).toBe(2);
    expect(docker.removedIds.sort()).toEqual(['dead-owner', 'exited']);
  });
});
