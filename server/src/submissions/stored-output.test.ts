import type { Judgement as SubmissionResult } from '../grading/judge';
import type { ProbeJudgement, ProbeRun } from '../grading/probe.schema';
import { HIDDEN_OUTPUT_BYTES, boundForStorage, boundProbeForStorage, capText, truncationMarker } from './stored-output';

const result = (stdout: string, stderr = '', value?: unknown): SubmissionResult => ({
  image: 'assay/python:latest',
  imageId: 'sha256:x',
  compile: null,
  runTimeMs: 1,
  score: null,
  cases: [{ name: 'h1', status: 'ok', stdout, stderr, exitCode: 0, timeMs: 1, pass: false, ...(value === undefined ? {} : { valueJson: JSON.stringify(value) }) }],
});

describe('capText', () => {
  it('keeps text that fits as it is', () => {
    expect(capText('hello', 10)).toBe('hello');
  });

  it('cuts at the byte cap, never inside a character, and says how large the whole was', () => {
    const text = 'é'.repeat(10); // 20 bytes
    expect(capText(text, 5)).toBe('éé' + truncationMarker(20));
  });
});

describe('boundForStorage', () => {
  it('caps stdout and stderr of hidden cases (submit) with a marker', () => {
    const [c] = boundForStorage(result('o'.repeat(70_000), 'e'.repeat(20_000)), 'submit').cases;
    expect(c!.stdout.startsWith('o'.repeat(HIDDEN_OUTPUT_BYTES))).toBe(true);
    expect(c!.stdout.endsWith(truncationMarker(70_000))).toBe(true);
    expect(c!.stderr.endsWith(truncationMarker(20_000))).toBe(true);
  });

  it('drops a hidden case’s returned value too large to keep, recording its size; keeps a small one', () => {
    expect(boundForStorage(result('', '', 'v'.repeat(10_000)), 'submit').cases[0]).toMatchObject({ valueBytes: 10_002 });
    expect(boundForStorage(result('', '', 'v'.repeat(10_000)), 'submit').cases[0]!.valueJson).toBeUndefined();
    expect(boundForStorage(result('', '', [1, 2]), 'submit').cases[0]!.valueJson).toBe('[1,2]');
  });

  it('keeps a Run’s public cases whole', () => {
    expect(boundForStorage(result('o'.repeat(70_000)), 'run').cases[0]!.stdout).toHaveLength(70_000);
  });
});

describe('boundProbeForStorage', () => {
  const run = (stdout: string, valueJson?: string): ProbeRun => ({ status: 'ok', stdout, stderr: 'e'.repeat(20_000), exitCode: 0, timeMs: 1, ...(valueJson ? { valueJson } : {}) });
  const probe = (): ProbeJudgement => ({
    kind: 'probe',
    mode: 'function',
    comparison: 'exact',
    programs: [],
    cases: [
      {
        id: 'c',
        input: { args: [] },
        expected: null,
        claim: null,
        answers: [{ label: 'A', responseId: 'r', run: run('o'.repeat(70_000), JSON.stringify('v'.repeat(10_000))), matchesExpected: null, reason: null }],
        reference: { run: run('o'.repeat(70_000), JSON.stringify('v'.repeat(10_000))), status: 'not_checked', why: 'no expected value given' },
        exposes: null,
      },
    ],
  });

  it('bounds the reference’s run always, the answers’ only on a Submit (the candidate reads a Run’s whole)', () => {
    const ran = boundProbeForStorage(probe(), 'run').cases[0]!;
    expect(ran.answers[0]!.run.stdout).toHaveLength(70_000);
    expect(ran.reference.run).toMatchObject({
      valueBytes: 10_002,
      stdout: expect.stringMatching(/truncated: 70000 bytes/),
      stderr: expect.stringMatching(/truncated: 20000 bytes/),
    });
    expect(ran.reference.run!.valueJson).toBeUndefined();
    const submitted = boundProbeForStorage(probe(), 'submit').cases[0]!;
    expect(submitted.answers[0]!.run).toMatchObject({ valueBytes: 10_002, stdout: expect.stringMatching(/truncated: 70000 bytes/) });
  });
});
