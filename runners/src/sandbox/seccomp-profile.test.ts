import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSeccompProfile } from './seccomp-profile';

interface Rule {
  names: string[];
  action: string;
  errnoRet?: number;
  args?: unknown[];
}
const profile = JSON.parse(loadSeccompProfile()) as { defaultAction: string; syscalls: Rule[] };
const allowed = new Set(profile.syscalls.filter((r) => r.action === 'SCMP_ACT_ALLOW' && !r.args).flatMap((r) => r.names));
const ruleFor = (name: string) => profile.syscalls.filter((r) => r.names.includes(name));

describe('the sandbox seccomp profile', () => {
  it('denies what is not listed', () => {
    expect(profile.defaultAction).toBe('SCMP_ACT_ERRNO');
  });

  it.each(['io_uring_setup', 'io_uring_enter', 'io_uring_register', 'io_submit'])('answers %s with ENOSYS, so runtimes fall back', (name) => {
    expect(ruleFor(name)).toEqual([expect.objectContaining({ action: 'SCMP_ACT_ERRNO', errnoRet: 38 })]);
  });

  it.each(['ptrace', 'unshare', 'setns', 'mount', 'bpf', 'perf_event_open', 'userfaultfd', 'keyctl', 'process_vm_readv', 'modify_ldt', 'vmsplice'])('does not allow %s', (name) => {
    expect(ruleFor(name)).toEqual([]);
  });

  it('allows clone only without namespace flags, and sends clone3 to the clone fallback', () => {
    expect(ruleFor('clone')).toEqual([expect.objectContaining({ args: [expect.objectContaining({ op: 'SCMP_CMP_MASKED_EQ', valueTwo: 0 })] })]);
    expect(ruleFor('clone3')).toEqual([expect.objectContaining({ errnoRet: 38 })]);
    expect(allowed.has('clone')).toBe(false);
  });

  it('allows what the runtimes need (threads, epoll, pidfds, rseq)', () => {
    for (const name of ['futex', 'epoll_pwait', 'eventfd2', 'sched_getaffinity', 'rseq', 'membarrier', 'pidfd_open', 'close_range', 'getrandom']) {
      expect(allowed.has(name)).toBe(true);
    }
  });

  it('names the file and the problem when the profile is broken', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seccomp-')), 'seccomp.json');
    fs.writeFileSync(file, '{"defaultAction": "SCMP_ACT_ALLOW", "syscalls": []}');
    expect(() => loadSeccompProfile(file)).toThrow(`${file}: defaultAction`);
  });
});
