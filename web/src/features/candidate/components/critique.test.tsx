import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ProbeView, SubmitView } from '../api/submissions';
import { PreferencePicker } from './preference-picker';
import { ProbeResults, referenceText } from './probe-results';
import { SubmitResults } from './submit-results';
import { VerdictPicker } from './verdict-picker';

// Rendered to HTML in Node (the web project has no DOM): what the critique pieces say.

const common = {
  id: 's1',
  challengeId: 'c1',
  language: 'python',
  status: 'done' as const,
  queuedAhead: null,
  error: null,
  createdAt: '2026-01-01T10:00:00Z',
  finishedAt: null,
  compile: null,
};

const output = (label: 'A' | 'B', actual: string, matchesExpected: boolean | null) => ({
  label,
  verdict: 'ok' as const,
  actual,
  stdout: '',
  stderr: '',
  timeMs: 3,
  matchesExpected,
});

const probe: ProbeView = {
  ...common,
  kind: 'probe',
  answers: [{ label: 'A', compile: null }],
  cases: [
    {
      id: 't1',
      input: { args: [[], 3] },
      expected: '0',
      claim: 'fails on an empty list',
      outputs: [output('A', '-1', false)],
      reference: { status: 'matches', why: null },
      exposes: true,
    },
    { id: 't2', input: { args: [[1], 1] }, expected: '5', claim: null, outputs: [output('A', '0', false)], reference: { status: 'differs', why: null }, exposes: false },
    {
      id: 't3',
      input: { args: [[1], 2] },
      expected: null,
      claim: null,
      outputs: [output('A', '1', null)],
      reference: { status: 'not_checked', why: 'no expected value given' },
      exposes: null,
    },
  ],
};

describe('ProbeResults ("Run my tests")', () => {
  it('shows per case the AI answer’s output, whether it matched, the reference check and whether it exposes a bug', () => {
    const html = renderToStaticMarkup(<ProbeResults probe={probe} />);
    expect(html).toContain('1 of 3 test cases expose a bug');
    expect(html).toContain('Exposes a bug');
    expect(html).toContain('Your claim: fails on an empty list');
    expect(html).toContain('The correct program returns your expected value.');
    expect(html).toContain('The correct program does not return your expected value.');
    expect(html).toContain('Could not check: no expected value given.');
    expect(html).toContain('Differs from expected');
    expect(html).toContain('No expected value');
    expect(html).toContain('<code class="cell-code">-1</code>');
  });

  it('says why a case could not be checked when the reference failed on it', () => {
    expect(referenceText({ status: 'failed', why: 'the correct program ran out of time' })).toBe('Could not check: the correct program ran out of time.');
  });
});

describe('SubmitResults of a critique challenge', () => {
  it('says the answers are graded after the assessment instead of hidden-test counts', () => {
    const submit: SubmitView = { ...common, kind: 'submit', feedback: 'full', passed: null, total: 0, groups: [], verdicts: {} };
    const html = renderToStaticMarkup(<SubmitResults submit={submit} />);
    expect(html).toContain('Submitted; your answers are graded after the assessment');
    expect(html).not.toContain('hidden tests passed');
  });
});

describe('the answer pickers', () => {
  it('the verdict is one radio group of the three verdicts, the saved one checked', () => {
    const html = renderToStaticMarkup(<VerdictPicker value="partially_correct" onChange={() => undefined} />);
    expect(html.match(/type="radio"/g)).toHaveLength(3);
    expect(html).toMatch(/checked="" value="partially_correct"/);
    expect(html).toContain('<legend>Your verdict on answer A</legend>');
  });

  it('the preference is one radio group of seven steps, the saved preference checked', () => {
    const html = renderToStaticMarkup(<PreferencePicker value={{ choice: 'B', strength: 'clearly' }} onChange={() => undefined} />);
    expect(html.match(/type="radio"/g)).toHaveLength(7);
    expect(html).toMatch(/checked="" value="2"/);
    expect(html.match(/checked=""/g)).toHaveLength(1);
  });
});
