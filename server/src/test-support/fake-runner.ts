import vm from 'node:vm';
import type { CaseReport, RunJob, RunReport, Runner } from '@assay/runners';

/**
 * A Runner for API tests that need no Docker: it evaluates the submitted
 * code as JavaScript in a vm context, whatever the language says.
 * `module.exports` is the entry function (function mode: called with the
 * args; stdio mode: called with stdin, returns stdout). Code containing
 * `COMPILE_ERROR` fails to compile; a thrown error is a runtime_error.
 * Every job is recorded, so tests can check what would reach a sandbox.
 */
export class FakeRunner implements Runner {
  readonly jobs: RunJob[] = [];
  /** When set, run() waits for this before answering (to hold a job "running"). */
  gate: Promise<void> | null = null;

  async run(job: RunJob): Promise<RunReport> {
    this.jobs.push(structuredClone(job));
    if (this.gate) await this.gate;
    const base = { language: job.language, image: `assay/${job.language}:latest`, imageId: 'sha256:fake', timeMs: 1, containers: 0, compiles: 0 };
    if (job.code.includes('COMPILE_ERROR')) {
      return { ...base, compile: { ok: false, output: 'main: error: COMPILE_ERROR here', timeMs: 1 }, cases: [] };
    }
    const sandbox = { module: { exports: undefined as unknown } };
    let entry: unknown;
    try {
      vm.runInNewContext(job.code, sandbox, { timeout: 1000 });
      entry = sandbox.module.exports;
    } catch (error) {
      entry = error;
    }
    const cases = job.cases.map((c): CaseReport => {
      const common = { name: c.name, stderr: '', exitCode: 0, timeMs: 1 };
      try {
        if (typeof entry !== 'function') throw entry instanceof Error ? entry : new Error('module.exports is not a function');
        const args = 'args' in c ? c.args : 'argsJson' in c ? (JSON.parse(c.argsJson) as unknown[]) : undefined;
        const out = args ? (entry as (...a: unknown[]) => unknown)(...args) : (entry as (s: string) => unknown)('stdin' in c ? c.stdin : '');
        return args ? { ...common, status: 'ok', stdout: '', valueJson: JSON.stringify(out ?? null) } : { ...common, status: 'ok', stdout: String(out) };
      } catch (error) {
        return { ...common, status: 'runtime_error', stdout: '', stderr: String((error as Error).message), exitCode: 1 };
      }
    });
    return { ...base, compile: null, cases };
  }

  async warmed(): Promise<void> {}
  async settled(): Promise<void> {}
  async close(): Promise<void> {}
}
