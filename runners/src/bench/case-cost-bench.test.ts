import pino from 'pino';
import { LANGUAGE_IDS, imageRef } from '../languages/language.schema';
import { LanguageRegistry } from '../languages/registry';
import { RunJobSchema, type RunReport } from '../run/job.schema';
import { FakeDocker } from '../test-support/fake-docker';
import { BENCH_CASES, benchCaseCosts, perCase, sandboxMs } from './case-cost-bench';
import { ADD_SIGNATURE, BENCH_PROGRAMS, benchJob } from './case-programs';

describe('bench cases', () => {
  it('has a valid trivial submission per row: stdio and typed function mode in all six languages, untyped beside them where the harness is shared', () => {
    for (const program of BENCH_PROGRAMS) {
      const job = benchJob(program, BENCH_CASES);
      expect(RunJobSchema.safeParse(job).success).toBe(true);
      expect(job.cases).toHaveLength(BENCH_CASES);
      expect(job.mode).toBe(program.variant === 'stdio' ? 'stdio' : 'function');
      expect(job.signature).toEqual(program.variant === 'typed' ? ADD_SIGNATURE : undefined);
    }
    const rows = (variant: string) => BENCH_PROGRAMS.filter((p) => p.variant === variant).map((p) => p.language);
    expect(rows('stdio')).toEqual([...LANGUAGE_IDS]);
    expect(rows('typed')).toEqual([...LANGUAGE_IDS]);
    expect(rows('function')).toEqual(['python', 'javascript', 'typescript']);
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
    await benchCaseCosts({ docker: docker as never, logger: pino({ level: 'silent' }), registry, runs: 1, languages: ['cpp'], variants: ['stdio'], runtime: 'runsc' });
    expect(docker.containers.length).toBeGreaterThan(0);
    for (const c of docker.containers) expect(c.spec.HostConfig?.Runtime).toBe('runsc');
  });

  it('skips the function rows of a language without function mode in this checkout, and says so', async () => {
    const registry = LanguageRegistry.load();
    const spec = registry.get('cpp');
    const said: string[] = [];
    jest.spyOn(registry, 'get').mockImplementation((id) => (id === 'cpp' ? { ...spec, function: null } : spec));
    const docker = new FakeDocker();
    docker.images.add(imageRef(spec));
    const costs = await benchCaseCosts({
      docker: docker as never,
      logger: pino({ level: 'silent' }),
      registry,
      runs: 1,
      languages: ['cpp'],
      onProgress: (line) => said.push(line),
    });
    expect(costs.map((c) => c.variant)).toEqual(['stdio']);
    expect(said).toContain('cpp: no function mode in this checkout; its typed row is skipped');
  });
});
