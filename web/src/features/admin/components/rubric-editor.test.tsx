import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { RubricFileSchema, type RubricDocument } from '@assay/contract';
import { checkDraft, draftOf, rubricReducer } from './rubric-draft';
import { RubricEditor } from './rubric-editor';
import { RubricForm } from './rubric-form';

// Rendered to HTML in Node (the web project has no DOM): what the editor shows, and how labels, fields and problems are tied together.

const rubric = RubricFileSchema.parse({
  criteria: [
    {
      id: 'approach',
      title: 'Approach',
      description: 'Describes the method',
      levels: [
        { points: 0, descriptor: 'none' },
        { points: 3, descriptor: 'clear' },
      ],
    },
    {
      id: 'complexity',
      title: 'Complexity',
      description: 'Time and space',
      weight: 2,
      levels: [
        { points: 0, descriptor: 'missing' },
        { points: 2, descriptor: 'both' },
      ],
    },
  ],
});

const revision = (version: number, rev: number, editedBy: RubricDocument['history'][number]['editedBy'], note: string) => ({
  version,
  revision: rev,
  challengeVersion: version + rev,
  rubric,
  editedBy,
  note,
  createdAt: '2026-12-01T10:00:00.000Z',
});

const doc: RubricDocument = {
  challengeId: 'merge-intervals',
  challengeTitle: 'Merge Intervals',
  challengeVersion: 4,
  current: revision(2, 1, { id: 'u1', name: 'Ada Admin' }, 'a level between'),
  history: [revision(2, 1, { id: 'u1', name: 'Ada Admin' }, 'a level between'), revision(1, 1, null, 'from challenge version 1')],
  versions: [
    { version: 2, revision: 1, reviews: 0, current: true },
    { version: 1, revision: 1, reviews: 3, current: false },
  ],
};

/** The attributes of the element with this id, as rendered. */
function element(html: string, id: string): string {
  const match = new RegExp(`<[a-z]+[^>]*\\bid="${id}"[^>]*>`).exec(html);
  if (!match) throw new Error(`no element with id ${id}`);
  return match[0];
}

describe('RubricEditor', () => {
  const html = renderToStaticMarkup(<RubricEditor doc={doc} onSave={async () => undefined} />);

  it('shows every criterion and level in labelled fields', () => {
    expect(html).toContain('value="Approach"');
    expect(html).toContain('>Describes the method</textarea>');
    expect(html).toContain('Levels of Complexity, from the lowest points to the highest');
    for (const [, id] of html.matchAll(/<label for="([^"]+)"/g)) expect(element(html, id!)).toMatch(/^<(input|textarea|select)/);
    expect(html.match(/<label for="[^"]+-criteria-1-levels-\d-points"/g)).toHaveLength(2);
  });

  it('previews full marks live: 3 + 2 × 2', () => {
    expect(html).toMatch(/Full marks<\/span> <strong>7<\/strong>/);
    expect(html).toContain('+4');
  });

  it('lists the versions with their reviews, and every revision with who, why and which is current', () => {
    expect(html).toMatch(/v1 <span class="muted">rev\. 1<\/span><\/th><td>3<\/td><td><span class="badge badge-warning">Outdated/);
    expect(html).toContain('by Ada Admin');
    expect(html).toContain('a level between');
    expect(html).toContain('from the challenge files');
    expect(html).toContain('<span class="badge badge-brand">v2.1</span>');
  });

  it('offers no warning and no problems before anything changed', () => {
    expect(html).not.toContain('alert-warning');
    expect(html).not.toContain('field-error');
  });
});

describe('RubricForm', () => {
  const draft = rubricReducer(draftOf(rubric), { type: 'level', c: 1, l: 1, field: 'points', value: '-1' });
  const { errors } = checkDraft(draft);
  const html = renderToStaticMarkup(<RubricForm prefix="r" draft={draft} errors={errors} dispatch={() => undefined} focus={() => undefined} />);

  it('shows a problem beside its field, as the field’s description, and marks the field invalid', () => {
    const input = element(html, 'r-criteria-1-levels-1-points');
    expect(input).toContain('aria-invalid="true"');
    expect(input).toContain('aria-describedby="r-criteria-1-levels-1-points-error"');
    expect(element(html, 'r-criteria-1-levels-1-points-error')).toContain('class="field-error"');
    expect(html).toContain(errors['criteria.1.levels.1.points']);
    expect(element(html, 'r-criteria-0-levels-1-points')).not.toContain('aria-invalid');
  });

  it('names every move and remove button after its level or criterion, for screen readers', () => {
    expect(html).toContain('aria-label="Move level 2 of Complexity up"');
    expect(html).toContain('aria-label="Remove level 1 of Approach"');
    expect(html).toContain('aria-label="Move Approach down"');
    // Two levels are the least a criterion has: its remove buttons are disabled.
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*aria-label="Remove level 1 of Approach"/);
  });
});
