import fs from 'node:fs';
import path from 'node:path';
import { DOCKER_TIMEOUT_MS, TEST_RUNTIME, realRunner } from '../test-support/real-runner';

jest.setTimeout(DOCKER_TIMEOUT_MS);
const { runner } = realRunner();
afterAll(() => runner.close());

const code = fs.readFileSync(path.join(__dirname, '__fixtures__', 'hostile', 'kernel-surface.py'), 'utf8');

/** Under runc the project's seccomp profile and the pty mask close these; under runsc gVisor's own kernel does. */
describe('hostile programs: kernel interfaces a judged program never needs', () => {
  let outputs: Record<string, string>;

  beforeAll(async () => {
    const probes = ['io_uring', 'ptmx', 'userns', 'af_alg'];
    const report = await runner.run({ language: 'python', mode: 'stdio', code, cases: probes.map((p) => ({ name: p, stdin: p })) });
    outputs = Object.fromEntries(report.cases.map((c) => [c.name, `${c.status} ${c.stdout.trim()}`]));
  });

  // Under gVisor these two reach gVisor's own implementations (runsc applies no seccomp profile
  // inside its Sentry), never the host kernel's: the README lists the difference.
  it('cannot set up an io_uring of the host kernel', () => {
    expect(outputs.io_uring).toMatch(TEST_RUNTIME === 'runc' ? /^ok io_uring: denied (ENOSYS|EPERM)$/ : /^ok io_uring: /);
  });

  it('cannot open /dev/ptmx, so it cannot drain the host pty pool', () => {
    expect(outputs.ptmx).toMatch(/^ok ptmx: denied (ENOENT|EROFS|EACCES|EPERM)$/);
  });

  it('cannot make a user namespace in the host kernel', () => {
    expect(outputs.userns).toMatch(TEST_RUNTIME === 'runc' ? /^ok userns: denied E/ : /^ok userns: /);
  });

  it('cannot open an AF_ALG socket', () => {
    // This host's kernel has no AF_ALG (EAFNOSUPPORT): under runc the profile must refuse it first.
    expect(outputs.af_alg).toMatch(TEST_RUNTIME === 'runc' ? /^ok af_alg: denied EPERM$/ : /^ok af_alg: denied E/);
  });
});
