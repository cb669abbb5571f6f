import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { ObjectiveViewSchema } from '@assay/contract';
import { COMPARE_VIEW, REVIEW_VIEW } from './objective-fixtures';
import { ObjectivePanel } from './objective-panel';

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('ObjectivePanel: a review answer', () => {
  const html = renderToStaticMarkup(<ObjectivePanel objective={REVIEW_VIEW} />);

  it('says whether the verdict was right, with both verdicts', () => {
    expect(text(html)).toContain('Verdict wrong candidate: incorrect · key: partially correct');
    expect(text(html)).toContain('score 0.6');
  });

  it('says which key lines were found, which were missed, and which flags were off the key', () => {
    expect(text(html)).toContain('key lines found 2 of 2, 5 · key lines missed 5 · flags off the key 9');
    expect(text(html)).toContain('line 9 (off the key): naming');
  });

  it('lists the cases that exposed the bug first, with the claim and what the reference and the answer returned', () => {
    const t = text(html);
    expect(t).toContain('1 of 2 exposed the bug');
    expect(t.indexOf('neg')).toBeLessThan(t.indexOf('slow'));
    expect(t).toContain('Claim: “fails on negatives”');
    expect(html).toMatch(/<th scope="row">Reference<\/th><td><code>-1<\/code><\/td><td>matches<\/td>/);
    expect(html).toMatch(/<th scope="row">Answer A \(resp-buggy\)<\/th><td><code>0<\/code><\/td><td>differs<\/td>/);
    expect(t).toContain('not counted: time limit on the reference');
  });

  it('says when the answer is not graded yet, and still shows the flags', () => {
    const ungraded = ObjectiveViewSchema.parse({ ...REVIEW_VIEW, result: null, flags: [{ line: 4, comment: 'here', onKey: null }], cases: [] });
    const t = text(renderToStaticMarkup(<ObjectivePanel objective={ungraded} />));
    expect(t).toContain('not graded yet');
    expect(t).toContain('line 4: here');
    expect(t).not.toContain('Verdict');
  });
});

describe('ObjectivePanel: a compare answer', () => {
  const html = renderToStaticMarkup(
    <ObjectivePanel
      objective={COMPARE_VIEW}
      positionBias={{
        outcome: 'followed_position',
        original: { challengeId: 'c1', title: 'Compare', choice: COMPARE_VIEW.preference },
        probe: { challengeId: 'c2', title: 'Compare again', choice: { choice: 'A', strength: 'clearly', responseId: 'resp-fast' } },
      }}
    />,
  );

  it('puts the preference against the key in the order shown, with the distance on the scale', () => {
    const t = text(html);
    expect(t).toContain('Answers as the candidate saw them: A = resp-slow · B = resp-fast');
    expect(t).toContain('candidate A (resp-slow), much better · key resp-fast (B), clearly better');
    expect(t).toContain('5 steps apart on the scale (tolerance 1) outside tolerance');
  });

  it('shows the ratings of each answer by response', () => {
    expect(html).toContain('<th scope="row">A (resp-slow)</th><td class="num">5</td><td class="num">4</td><td class="num">—</td>');
  });

  it('says whether the pick followed the answer or the position', () => {
    expect(text(html)).toContain('Position bias: followed the position. Picked A (resp-slow), much better in “Compare”, then A (resp-fast), clearly better in “Compare again”.');
  });
});
