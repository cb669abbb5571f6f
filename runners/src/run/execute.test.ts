import { InvalidJobError } from '../errors';
import { LanguageRegistry } from '../languages/registry';
import type { AgentJob, AgentMessage } from '../sandbox/agent-protocol';
import type { Box, NextResult } from '../sandbox/box';
import { agentJob, checkMode, executeInBox } from './execute';
import type { RunJob } from './job.schema';
import { DEFAULT_LIMITS } from './limits';

/**
 * A box whose "agent" follows the protocol and records, at each moment a
 * case runs, every input the host had sent so far.
 */
class FakeBox {
  job: AgentJob | null = null;
  readonly inputs: { index: number; text: string }[] = [];
  /** Inputs the host had sent when each case started. */
  readonly seenAtCase: string[][] = [];
  private readonly queue: NextResult[] = [];
  readonly container = { inspect: async () => ({ State: { OOMKilled: false } }) };

  constructor(private readonly loseBeforeCase = -1) {}

  send(job: AgentJob): void {
    this.job = job;
    if (job.compile) this.queue.push({ type: 'compile', nonce: job.nonce, ok: true, output: '', exitCode: 0, signal: null, timeMs: 1 });
    this.queue.push(this.await(0));
  }

  sendInput(index: number, input: Buffer): void {
    this.inputs.push({ index, text: input.toString('utf8') });
    const nonce = this.job!.nonce;
    this.queue.push({ type: 'case', nonce, index, status: 'ok', stdout: input.toString('utf8'), stderr: '', exitCode: 0, signal: null, timeMs: 1, memoryKb: 1 });
    if (index + 1 < this.job!.caseCount) this.queue.push(index + 1 === this.loseBeforeCase ? { type: 'closed' } : this.await(index + 1));
  }

  /** A case runs until the host reads its report: what the host had sent by then is what it could have seen. */
  async next(): Promise<NextResult> {
    const message = this.queue.shift() ?? { type: 'timeout' };
    if (message.type === 'case') this.seenAtCase.push(this.inputs.map((i) => i.text));
    return message;
  }

  private await(index: number): AgentMessage {
    return { type: 'await', nonce: this.job!.nonce, index };
  }
}

const python = LanguageRegistry.load().get('python');
const job: RunJob = {
  language: 'python',
  mode: 'stdio',
  code: 'print(input())',
  cases: [
    { name: 'a', stdin: 'alpha' },
    { name: 'b', stdin: 'bravo' },
    { name: 'c', stdin: 'charlie' },
  ],
};

describe('executeInBox: each case gets its input only when it starts', () => {
  it('sends no input in the job line', async () => {
    const box = new FakeBox();
    await executeInBox(box as unknown as Box, { job, language: python, limits: DEFAULT_LIMITS, offset: 0 });
    expect(JSON.stringify(box.job)).not.toMatch(/alpha|bravo|charlie/);
    expect(box.job!.caseCount).toBe(3);
  });

  it('sends case i+1 only after case i reported (its processes are gone), so no case can see a later input', async () => {
    const box = new FakeBox();
    const pass = await executeInBox(box as unknown as Box, { job, language: python, limits: DEFAULT_LIMITS, offset: 0 });
    expect(pass.cases.map((c) => [c.name, c.stdout])).toEqual([
      ['a', 'alpha'],
      ['b', 'bravo'],
      ['c', 'charlie'],
    ]);
    expect(box.seenAtCase).toEqual([['alpha'], ['alpha', 'bravo'], ['alpha', 'bravo', 'charlie']]);
  });

  it('sends function-mode args as their JSON text', async () => {
    const box = new FakeBox();
    const fnJob: RunJob = { ...job, mode: 'function', entry: 'f', cases: [{ name: 'a', args: [[1, 2], 'x'] }] };
    await executeInBox(box as unknown as Box, { job: fnJob, language: python, limits: DEFAULT_LIMITS, offset: 0 });
    expect(box.inputs).toEqual([{ index: 0, text: '[[1,2],"x"]' }]);
  });

  it('ends the pass when the container is lost while resetting, keeping the cases done', async () => {
    const box = new FakeBox(1);
    const pass = await executeInBox(box as unknown as Box, { job, language: python, limits: DEFAULT_LIMITS, offset: 0 });
    expect(pass.cases.map((c) => c.name)).toEqual(['a']);
    // bravo went out with a's report and died with the container; the caller reruns it in a fresh one
    expect(box.inputs.map((i) => i.text)).toEqual(['alpha', 'bravo']);
  });

  it('charges the first case of a pass when the container is lost before it starts, so every pass progresses', async () => {
    const lostFirst = new FakeBox();
    lostFirst.send = (sent: AgentJob) => {
      lostFirst.job = sent;
      (lostFirst as unknown as { queue: NextResult[] }).queue.push({ type: 'closed' });
    };
    const lost = await executeInBox(lostFirst as unknown as Box, { job, language: python, limits: DEFAULT_LIMITS, offset: 2 });
    expect(lost.cases).toMatchObject([{ name: 'c', status: 'runtime_error', stderr: expect.stringContaining('lost before this case started') }]);
  });
});

describe('agentJob: what a zygote runs', () => {
  const registry = LanguageRegistry.load();
  const plan = (language: 'python' | 'javascript' | 'typescript') => ({ job: { ...job, language, entry: 'solve' }, language: registry.get(language), limits: DEFAULT_LIMITS });

  it('names the source file for interpreted languages', () => {
    expect(agentJob(plan('python'), 0).run.zygote).toEqual({ file: 'main.py', entry: 'solve' });
    expect(agentJob(plan('javascript'), 0).run.zygote).toEqual({ file: 'main.js', entry: 'solve' });
  });

  it('names the compiled JavaScript for TypeScript, never the .ts source', () => {
    expect(agentJob(plan('typescript'), 0).run.zygote).toEqual({ file: 'main.js', entry: 'solve' });
  });
});

describe('checkMode', () => {
  const fnJob = { language: 'python', mode: 'function', entry: 'f', code: '', cases: [{ name: 'a', args: [] }] } as const;

  it('refuses function mode in a language declared stdio-only (function: null), naming mode', () => {
    const stdioOnly = { ...LanguageRegistry.load().get('python'), function: null };
    const error = (() => {
      try {
        checkMode(fnJob, stdioOnly);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InvalidJobError);
    expect((error as InvalidJobError).field).toBe('mode');
  });
});
