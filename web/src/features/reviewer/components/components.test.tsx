import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { REVIEW_VIEW } from '../../../components/objective/objective-fixtures';
import type { ReviewItem, ReviewRubric } from '../api/reviews';
import { initialDraft } from '../logic/score-draft';
import { minutesLeft } from './claim-timer';
import { ExplanationCard } from './explanation-card';
import { ExplanationText } from './explanation-text';
import { ObjectiveCard } from './objective-card';
import { missingReason, ScoringForm } from './scoring-form';
import { SetsCompare } from './sets-compare';

const rubric: ReviewRubric = {
  version: 1,
  revision: 1,
  scoring: 'positive',
  fullMarks: 8,
  floor: 0,
  criteria: [
    { id: 'cause', title: 'Cause', description: 'Names the bug', weight: 2, points: 3, levels: [0, 1, 3].map((p) => ({ points: p, descriptor: `cause ${p}` })), notes: null },
    { id: 'fix', title: 'Fix', description: '', weight: 1, points: 2, levels: [0, 2].map((p) => ({ points: p, descriptor: `fix ${p}` })), notes: null },
  ],
  gates: [{ criterion: 'cause', minPoints: 1 }],
};

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('ScoringForm', () => {
  it('totals with weights as "x of y points" and shows the gates', () => {
    const html = renderToStaticMarkup(
      <ScoringForm idPrefix="t" title="Your scores" rubric={rubric} draft={initialDraft({ levels: { cause: 1 } })} dispatch={() => undefined} readOnly={false} explanation="" />,
    );
    expect(text(html)).toContain('2 of 8 points so far');
    expect(text(html)).toContain('Cause must reach 1 pt: 1 pt, passed');
    expect(html.match(/type="radio"/g)).toHaveLength(5);
    expect(html).toContain('<input type="radio" name="t-cause" checked="" value="1"/>');
  });

  it('is complete once every criterion has a level, and disables inputs read-only', () => {
    const html = renderToStaticMarkup(
      <ScoringForm idPrefix="t" title="Your scores" rubric={rubric} draft={initialDraft({ levels: { cause: 2, fix: 1 } })} dispatch={() => undefined} readOnly explanation="" />,
    );
    expect(text(html)).toContain('8 of 8 points');
    expect(text(html)).not.toContain('so far');
    expect(html.match(/disabled=""/g)).toHaveLength(5);
  });

  it('lists each attached span under its criterion, quoted', () => {
    const explanation = 'The loop stops one early.';
    const draft = initialDraft({ levels: {}, spans: [{ criterion: 'fix', start: 4, end: 8 }] });
    const html = renderToStaticMarkup(<ScoringForm idPrefix="t" title="S" rubric={rubric} draft={draft} dispatch={() => undefined} readOnly={false} explanation={explanation} />);
    expect(html).toContain('aria-label="Spans for Fix"');
    expect(html).toContain('<q>loop</q>');
  });

  it('leaves the overall comment out for adjudicators (they give a reason instead)', () => {
    const form = (overallComment?: boolean) =>
      renderToStaticMarkup(
        <ScoringForm idPrefix="t" title="S" rubric={rubric} draft={initialDraft()} dispatch={() => undefined} readOnly={false} explanation="" overallComment={overallComment} />,
      );
    expect(form()).toContain('Overall comment');
    expect(form(false)).not.toContain('Overall comment');
  });

  it('says why Submit is disabled', () => {
    expect(missingReason(rubric, {})).toBe('Pick a level for Cause and Fix to submit.');
    expect(missingReason(rubric, { fix: 0 })).toBe('Pick a level for Cause to submit.');
    expect(missingReason(rubric, { cause: 0, fix: 0 })).toBeNull();
  });
});

describe('ExplanationText', () => {
  it('marks spans with a visible label after them, keeping the text whole in data-start segments', () => {
    const explanation = 'I sort, then sweep.';
    const html = renderToStaticMarkup(<ExplanationText text={explanation} label="Explanation" marks={[{ start: 2, end: 6, label: 'Reviewer 1: Cause', tone: 0 }]} />);
    expect(html).toContain('<mark data-start="2" class="span-mark tone-0" title="Reviewer 1: Cause">sort</mark>');
    expect(text(html)).toContain('sort(highlighted for Reviewer 1: Cause)');
    const segments = [...html.matchAll(/data-start="\d+"[^>]*>([^<]*)</g)].map((m) => m[1]).join('');
    expect(segments).toBe(explanation);
  });
});

describe('SetsCompare', () => {
  it('puts sets side by side and says in words where they differ', () => {
    const set = (label: string, cause: number, total: number) => ({
      label,
      levels: { cause, fix: 1 },
      comments: { cause: `${label} on cause` },
      comment: '',
      total,
      gatesPassed: true,
    });
    const html = renderToStaticMarkup(<SetsCompare rubric={rubric} caption="Sets" sets={[set('You', 2, 8), set('Reviewer 2', 0, 2)]} />);
    expect(text(html)).toContain('Cause differs');
    expect(text(html)).not.toContain('Fix differs');
    expect(text(html)).toContain('8 of 8 points');
    expect(text(html)).toContain('2 of 8 points');
    expect(text(html)).toContain('“Reviewer 2 on cause”');
  });
});

describe('minutesLeft: the claim countdown', () => {
  const at = Date.parse('2026-01-01T10:00:00Z');
  it('rounds up, so "1 minute" still has seconds in it, and stops at 0', () => {
    expect(minutesLeft('2026-01-01T10:20:00Z', at)).toBe(20);
    expect(minutesLeft('2026-01-01T10:00:30Z', at)).toBe(1);
    expect(minutesLeft('2026-01-01T10:00:00Z', at)).toBe(0);
    expect(minutesLeft('2026-01-01T09:59:00Z', at)).toBe(0);
  });
});

describe('the objective results beside the rubric', () => {
  const item = {
    itemId: 'i1',
    challenge: { id: 'rev', title: 'Review an add', kind: 'review', prompt: '# Review', explanationPrompt: null, keyNotes: null },
    rubric,
    language: 'python',
    code: '',
    starter: null,
    explanation: 'It adds one.',
    answers: { verdict: 'incorrect' },
    tests: { compile: null, passed: null, total: 0, groups: [], verdicts: {} },
    objective: REVIEW_VIEW,
    submittedAt: '2026-01-05T09:00:00.000Z',
  } satisfies ReviewItem;

  it('shows a review item’s verdicts, lines and exposing cases in a card', () => {
    const out = text(renderToStaticMarkup(<ObjectiveCard item={item} />));
    expect(out).toContain('Objective results');
    expect(out).toContain('Verdict wrong');
    expect(out).toContain('1 of 2 exposed the bug');
  });

  it('shows nothing for the code kinds, whose items carry no objective results', () => {
    expect(renderToStaticMarkup(<ObjectiveCard item={{ ...item, objective: null }} />)).toBe('');
  });

  it('leaves the raw answers out of the explanation card when the objective card shows them', () => {
    const card = (i: ReviewItem) =>
      renderToStaticMarkup(
        <ExplanationCard item={i} words={3}>
          text
        </ExplanationCard>,
      );
    expect(card(item)).not.toContain('aria-label="Answers"');
    expect(card({ ...item, objective: null })).toContain('aria-label="Answers"');
  });

  it('folds the answer key’s notes into the explanation card, and shows none when the key has none', () => {
    const card = (i: ReviewItem) =>
      text(
        renderToStaticMarkup(
          <ExplanationCard item={i} words={3}>
            text
          </ExplanationCard>,
        ),
      );
    expect(card({ ...item, challenge: { ...item.challenge, keyNotes: 'hi must start at len(nums).' } })).toContain('Answer key noteshi must start at len(nums).');
    expect(card(item)).not.toContain('Answer key notes');
  });
});
