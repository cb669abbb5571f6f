import type { AttemptRow, FinalDraft } from '../attempts/attempt.service';
import { FinishAttempt } from './finish-attempt';

const attempt = { id: 'a1', assessmentId: 's1', versions: { c1: 1, c2: 1 }, finishedAt: new Date(5) } as unknown as AttemptRow;
const draft = (code: string): FinalDraft => ({ language: 'python', code, explanation: null, answers: null });

/** Fakes of the two services, recording what the command asks of them. */
function fakes(opts: { closed: boolean; expired?: string[] }) {
  const calls: string[] = [];
  const submitted: [string, string][] = [];
  const attempts = {
    async close(id: string, reason: 'candidate' | 'deadline') {
      calls.push(`close ${id} ${reason}`);
      return { attempt: { ...attempt, id }, closed: opts.closed };
    },
    async latestDrafts() {
      calls.push('latestDrafts');
      return [
        { challengeId: 'c1', draft: draft('one'), savedAt: new Date(1) },
        { challengeId: 'c2', draft: draft('two'), savedAt: new Date(2) },
      ];
    },
    async expired() {
      return opts.expired ?? [];
    },
  };
  const submissions = {
    async submitFinal(row: AttemptRow, challengeId: string, d: FinalDraft) {
      calls.push(`submit ${row.id} ${challengeId}`);
      submitted.push([challengeId, d.code]);
    },
  };
  const events = {
    async emit(name: string, event: { attemptId: string; assessmentId: string; at: Date }) {
      calls.push(`emit ${name} ${event.attemptId} ${event.assessmentId} ${event.at.getTime()}`);
    },
  };
  const refreshScore = async (id: string) => void calls.push(`refresh ${id}`);
  return { command: new FinishAttempt({ attempts, submissions, events, refreshScore }), calls, submitted };
}

describe('FinishAttempt', () => {
  it('closes the attempt, then submits each challenge’s latest draft', async () => {
    const { command, calls, submitted } = fakes({ closed: true });
    const row = await command.run('a1', 'candidate');
    expect(row.id).toBe('a1');
    expect(calls[0]).toBe('close a1 candidate');
    expect(submitted).toEqual([
      ['c1', 'one'],
      ['c2', 'two'],
    ]);
  });

  it('emits attempt.submitted once the final submits are queued, then refreshes the score', async () => {
    const { command, calls } = fakes({ closed: true });
    await command.run('a1', 'candidate');
    expect(calls.slice(-4)).toEqual(['submit a1 c1', 'submit a1 c2', 'emit attempt.submitted a1 s1 5', 'refresh a1']);
  });

  it('submits, emits and refreshes nothing when the attempt was already finished (a second call, or a lost race)', async () => {
    const { command, submitted, calls } = fakes({ closed: false });
    await command.run('a1', 'deadline');
    expect(submitted).toEqual([]);
    expect(calls).toEqual(['close a1 deadline']);
  });

  it('sweeps every expired attempt as a deadline finish', async () => {
    const { command, calls } = fakes({ closed: true, expired: ['x', 'y'] });
    expect(await command.sweep()).toBe(2);
    expect(calls.filter((c) => c.startsWith('close'))).toEqual(['close x deadline', 'close y deadline']);
  });
});
