import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { ReviewSettingsFieldset, checkReviewDraft, reviewBody, reviewDraft } from './review-settings';

describe('review settings of the assessment form', () => {
  it('start from the server’s defaults and become the numbers the API takes', () => {
    const draft = reviewDraft(undefined);
    expect(draft).toEqual({ reviewsPerItem: '2', disagreementPoints: '2', reviewerThreshold: '0.7', claimMinutes: '20' });
    expect(checkReviewDraft(draft)).toEqual({});
    expect(reviewBody({ ...draft, disagreementPoints: '1.5' })).toEqual({ reviewsPerItem: 2, disagreementPoints: 1.5, reviewerThreshold: 0.7, claimMinutes: 20 });
  });

  it.each([
    ['reviewsPerItem', '0'],
    ['reviewsPerItem', '2.5'],
    ['disagreementPoints', '-1'],
    ['reviewerThreshold', '1.2'],
    ['claimMinutes', '241'],
    ['claimMinutes', ''],
  ] as const)('name %s = %j as wrong', (key, value) => {
    expect(Object.keys(checkReviewDraft({ ...reviewDraft(undefined), [key]: value }))).toEqual([key]);
  });

  it('render four labelled inputs, an error in place of its field’s hint', () => {
    const html = renderToStaticMarkup(
      <ReviewSettingsFieldset draft={reviewDraft(undefined)} errors={{ claimMinutes: 'Whole minutes from 1 to 240.' }} idPrefix="f" onChange={() => {}} />,
    );
    expect(html).toContain('<legend>Review</legend>');
    for (const label of ['Reviews per explanation', 'Disagreement (points)', 'Reviewer threshold', 'Claim lock (minutes)']) expect(html).toContain(label);
    expect(html).toMatch(/id="f-claimMinutes"[^>]*aria-invalid="true"[^>]*aria-describedby="f-claimMinutes-error"/);
    expect(html).toContain('id="f-claimMinutes-error"');
    expect(html).toContain('aria-describedby="f-reviewsPerItem-hint"');
  });
});
