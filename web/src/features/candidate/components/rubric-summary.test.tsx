import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { RubricSummary } from './rubric-summary';

describe('RubricSummary ("How it is scored")', () => {
  it('adds up what each criterion is worth with its weight applied, as the server sends it', () => {
    // bug: top level 3 × weight 2 = 6; fix: 4 × 0.5 = 2. The unweighted sum (3 + 4 = 7) was shown before.
    const html = renderToStaticMarkup(
      <RubricSummary
        rubric={[
          { id: 'bug', title: 'Finds the bug', description: 'Names it.', points: 6, weight: 2 },
          { id: 'fix', title: 'Fix', description: 'Fixes it.', points: 2, weight: 0.5 },
        ]}
        fullMarks={8}
      />,
    );
    expect(html).toContain('How it is scored (8 points)');
    expect(html).toContain('<strong>Finds the bug</strong> (6 points, weight 2)');
    expect(html).toContain('<strong>Fix</strong> (2 points, weight 0.5)');
  });

  it('takes the full marks of a negative rubric from the server, not the sum of its deductions', () => {
    const html = renderToStaticMarkup(<RubricSummary rubric={[{ id: 'clarity', title: 'Clarity', description: 'Clear.', points: 4, weight: 1 }]} fullMarks={10} />);
    expect(html).toContain('How it is scored (10 points)');
    expect(html).toContain('<strong>Clarity</strong> (4 points)');
  });
});
