import { describe, expect, it } from '@jest/globals';
import type { ReviewRubric } from '../api/reviews';
import { keyCommand, isTextField } from './review-keys';
import { runningTotal } from './running-total';
import { draftBody, draftReducer, initialDraft } from './score-draft';
import { segments, trimSelection } from './spans';

const criterion = (id: string, weight: number, points: number[]) => ({
  id,
  title: id[0]!.toUpperCase() + id.slice(1),
  description: '',
  weight,
  points: Math.max(...points.map(Math.abs)),
  levels: points.map((p) => ({ points: p, descriptor: `${p} points` })),
  notes: null,
});

const rubric = (over: Partial<ReviewRubric> = {}): ReviewRubric => ({
  version: 1,
  revision: 1,
  scoring: 'positive',
  fullMarks: 8,
  floor: 0,
  criteria: [criterion('cause', 2, [0, 1, 3]), criterion('fix', 1, [0, 2])],
  gates: [],
  ...over,
});

describe('runningTotal: the total the server will compute', () => {
  it('weights each criterion (today’s form added raw points)', () => {
    expect(runningTotal(rubric(), { cause: 1, fix: 1 })).toMatchObject({ total: 4, fullMarks: 8, complete: true, value: 0.5, missing: [] });
  });

  it('is a partial sum, marked incomplete, naming what is missing', () => {
    expect(runningTotal(rubric(), { cause: 2 })).toMatchObject({ total: 6, complete: false, value: null, missing: ['Fix'] });
    expect(runningTotal(rubric(), {})).toMatchObject({ total: 0, missing: ['Cause', 'Fix'] });
  });

  it('deducts from full marks down to the floor with negative scoring', () => {
    const negative = rubric({ scoring: 'negative', fullMarks: 10, floor: 3, criteria: [criterion('errors', 3, [-3, -1, 0]), criterion('style', 1, [-2, 0])] });
    expect(runningTotal(negative, { errors: 1 })).toMatchObject({ total: 7, complete: false });
    expect(runningTotal(negative, { errors: 0 })).toMatchObject({ total: 3, complete: false });
    expect(runningTotal(negative, { errors: 0, style: 0 })).toMatchObject({ total: 3, complete: true, value: 0.3 });
  });

  it('shows each gate: not yet, passed, failed (the value drops to 0)', () => {
    const gated = rubric({
      gates: [
        { criterion: 'cause', minPoints: 1 },
        { criterion: null, minPoints: 5 },
      ],
    });
    expect(runningTotal(gated, {}).gates).toEqual([
      { label: 'Cause', minPoints: 1, reached: null, passed: null },
      { label: 'Total', minPoints: 5, reached: null, passed: null },
    ]);
    const failed = runningTotal(gated, { cause: 0, fix: 1 });
    expect(failed.gates.map((g) => g.passed)).toEqual([false, false]);
    expect(failed).toMatchObject({ total: 2, gatesPassed: false, value: 0 });
    expect(runningTotal(gated, { cause: 2, fix: 0 }).gates.map((g) => g.passed)).toEqual([true, true]);
  });
});

describe('keyCommand: 1-9 and J/K', () => {
  const criteria = rubric().criteria;
  const press = (key: string, extra: Partial<Parameters<typeof keyCommand>[0]> = {}) => keyCommand({ key, inTextField: false, ...extra }, criteria, 1);

  it('picks a level of the focused criterion, 1 being the lowest', () => {
    expect(press('1')).toEqual({ type: 'pick', criterion: 1, level: 0 });
    expect(press('2')).toEqual({ type: 'pick', criterion: 1, level: 1 });
    expect(keyCommand({ key: '3', inTextField: false }, criteria, 0)).toEqual({ type: 'pick', criterion: 0, level: 2 });
  });

  it('ignores a level the criterion does not have, and 0', () => {
    expect(press('3')).toBeNull();
    expect(press('0')).toBeNull();
  });

  it('moves with J and K, stopping at the ends', () => {
    expect(press('j')).toEqual({ type: 'focus', criterion: 1 });
    expect(press('K')).toEqual({ type: 'focus', criterion: 0 });
    expect(keyCommand({ key: 'k', inTextField: false }, criteria, 0)).toEqual({ type: 'focus', criterion: 0 });
  });

  it('stays out of typing and of browser shortcuts', () => {
    expect(press('1', { inTextField: true })).toBeNull();
    expect(press('j', { inTextField: true })).toBeNull();
    expect(press('1', { ctrlKey: true })).toBeNull();
    expect(press('k', { metaKey: true })).toBeNull();
  });

  it('knows text fields from radios', () => {
    const el = (tagName: string, type?: string) => ({ tagName, getAttribute: () => type ?? null }) as unknown as EventTarget;
    expect(isTextField(el('TEXTAREA'))).toBe(true);
    expect(isTextField(el('INPUT'))).toBe(true);
    expect(isTextField(el('INPUT', 'search'))).toBe(true);
    expect(isTextField(el('INPUT', 'radio'))).toBe(false);
    expect(isTextField(el('DIV'))).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});

describe('draftReducer', () => {
  it('counts picks, comments and spans as edits, not focus moves or repeated picks', () => {
    let d = initialDraft({ levels: { cause: 1 } });
    d = draftReducer(d, { type: 'pick', criterion: 'cause', level: 1 });
    d = draftReducer(d, { type: 'focus', index: 1 });
    expect(d.edits).toBe(0);
    d = draftReducer(d, { type: 'pick', criterion: 'fix', level: 0 });
    d = draftReducer(d, { type: 'criterionComment', criterion: 'fix', text: 'ok' });
    expect(d).toMatchObject({ levels: { cause: 1, fix: 0 }, comments: { fix: 'ok' }, focused: 1, edits: 2 });
  });

  it('keeps spans sorted and unique, and removes one', () => {
    let d = initialDraft();
    d = draftReducer(d, { type: 'addSpan', span: { criterion: 'fix', start: 10, end: 20 } });
    d = draftReducer(d, { type: 'addSpan', span: { criterion: 'cause', start: 0, end: 5 } });
    d = draftReducer(d, { type: 'addSpan', span: { criterion: 'cause', start: 0, end: 5 } });
    expect(d.spans.map((s) => s.start)).toEqual([0, 10]);
    d = draftReducer(d, { type: 'removeSpan', span: { criterion: 'fix', start: 10, end: 20 } });
    expect(d.spans).toEqual([{ criterion: 'cause', start: 0, end: 5 }]);
  });

  it('leaves blank comments out of the body', () => {
    const d = draftReducer(initialDraft({ comments: { cause: 'good' } }), { type: 'criterionComment', criterion: 'fix', text: '  ' });
    expect(draftBody(d).comments).toEqual({ cause: 'good' });
  });
});

describe('segments: the explanation cut at span boundaries', () => {
  const text = 'I sort first, then sweep once.';

  it('joins back into the text, each piece with the marks over it', () => {
    const out = segments(text, [
      { start: 2, end: 12, label: 'Approach', tone: 0 },
      { start: 7, end: 18, label: 'Why', tone: 1 },
    ]);
    expect(out.map((s) => s.text).join('')).toBe(text);
    expect(out.map((s) => [s.text, s.marks.map((m) => m.label)])).toEqual([
      ['I ', []],
      ['sort ', ['Approach']],
      ['first', ['Approach', 'Why']],
      [', then', ['Why']],
      [' sweep once.', []],
    ]);
  });

  it('clips marks past the end and drops empty ones', () => {
    const out = segments('abc', [
      { start: 1, end: 99, label: 'x', tone: 0 },
      { start: 5, end: 9, label: 'y', tone: 0 },
    ]);
    expect(out.map((s) => [s.text, s.marks.length])).toEqual([
      ['a', 0],
      ['bc', 1],
    ]);
  });

  it('trims whitespace off a selection', () => {
    expect(trimSelection(text, 1, 14)).toEqual({ start: 2, end: 13 });
    expect(trimSelection(text, 14, 1)).toEqual({ start: 2, end: 13 });
    expect(trimSelection(text, 1, 2)).toBeNull();
  });
});
