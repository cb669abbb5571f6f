import pino from 'pino';
import { LANGUAGE_IDS, imageRef } from '../languages/language.schema';
import { LanguageRegistry } from '../languages/registry';
import { RunJobSchema, type RunReport } from '../run/job.schema';
import { FakeDocker } from '../test-support/fake-docker';
import { BENCH_CASES, benchCaseCosts, benchJob, perCase, sandboxMs } from './case-cost-bench';

describe('bench cases', () => {
  it('has a valid trivial submission for each of the six languages, in function mode where the language has it', () => {
    for (const language of LANGUAGE_IDS) {
      const job = benchJob(language, BENCH_CASES);
      expect(RunJobSchema.safeParse(job).success).toBe(true);
      expect(job.cases).toHaveLength(BENCH_CASES);
      expect(job.mode).toBe(['python', 'javascript', 'typescript'].includes(language) ? 'function' : 'stdio');
    }
  });

  it('counts sandbox time without the compile step, and the per-case cost as the slope from 1 to 10 cases', () => {
    const report = { timeMs: 900, compile: { ok: true, output: '', timeMs: 600 } } as RunReport;
    expect(sandboxMs(report)).toBe(300);
    expect(sandboxMs({ ...report, compile: null })).toBe(900);
    expect(perCase(30, 120)).toBe(10);
  });

  it('measures sandboxes of the runtime it is given (ASSAY_RUNTIME for the CLI)', async () => {
    const docker = new FakeDocker();
    docker.runtimes = { runc: {}, runsc: {} };
    const registry = LanguageRegistry.load();
    docker.images.add(imageRef(registry.get('cpp')));
    await benchCaseCosts({ docker: docker as never, logger: pino({ level: 'silent' }), registry, runs: 1, languages: ['cpp'], runtime: 'runsc' });
    expect(docker.containers.length).toBeGreaterThan(0);
    for (const c of docker.containers) expect(c.spec.HostConfig?.Runtime).toBe('runsc');
  });
});
