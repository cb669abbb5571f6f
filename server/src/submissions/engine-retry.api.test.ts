import { EngineError, ImageMissingError, type RunJob, type RunReport } from '@assay/runners';
import { CORRECT_ADD, assessmentWithInvite, startAttempt } from '../test-support/factories';
import { FakeRunner } from '../test-support/fake-runner';
import { testApp, type TestApp } from '../test-support/test-app';

// Engine faults are retried by the queue's own policy (attempts + backoff),
// decided by the runner's typed `retryable` flag; the final try records `error`.
jest.setTimeout(60_000);

/** Fails its first `failures` runs with `fault`, then runs like the FakeRunner. */
class FlakyRunner extends FakeRunner {
  calls = 0;
  constructor(
    private readonly failures: number,
    private readonly fault: () => Error,
  ) {
    super();
  }
  override async run(job: RunJob): Promise<RunReport> {
    this.calls += 1;
    if (this.calls <= this.failures) throw this.fault();
    return super.run(job);
  }
}

let t: TestApp;
afterEach(() => t.close());

async function submitWith(runner: FlakyRunner) {
  t = await testApp({ runner, config: { retry: { attempts: 3, backoffMs: 1 } } });
  const { token, challenges } = await assessmentWithInvite(t);
  const { agent, csrf } = await startAttempt(t, token);
  const posted = await agent
    .post(`/api/v1/attempt/challenges/${challenges[0]!.id}/submit`)
    .set('X-CSRF-Token', csrf)
    .send({ language: 'javascript', code: CORRECT_ADD })
    .expect(202);
  await t.services.queue.idle();
  return (await t.services.submissionRepo.byId(posted.body.id))!;
}

describe('engine faults', () => {
  it('retries a retryable fault and the submission gets its verdict', async () => {
    const runner = new FlakyRunner(2, () => new EngineError('docker went away'));
    const row = await submitWith(runner);
    expect(runner.calls).toBe(3);
    expect(row).toMatchObject({ status: 'done', testsScore: 1, attempts: 3 });
  });

  it('records `error` after the last try', async () => {
    const runner = new FlakyRunner(99, () => new EngineError('docker is down'));
    const row = await submitWith(runner);
    expect(runner.calls).toBe(3);
    expect(row).toMatchObject({ status: 'error', error: 'docker is down' });
  });

  it('does not retry a fault that will not pass by itself (a missing image)', async () => {
    const runner = new FlakyRunner(99, () => new ImageMissingError('assay/javascript:latest', 'javascript'));
    const row = await submitWith(runner);
    expect(runner.calls).toBe(1);
    expect(row.status).toBe('error');
  });
});
