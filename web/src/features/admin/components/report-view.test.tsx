import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { AttemptReportSchema, type AttemptReport } from '@assay/contract';
import { COMPARE_VIEW } from '../../../components/objective/objective-fixtures';
import { segmentsOf } from './report-highlight';
import { ReportView } from './report-page';

const EXPLANATION = 'It adds a and b. Negative numbers work too.';
const span = (criterion: string, start: number, end: number, reviewer: string) => ({ criterion, start, end, reviewerId: reviewer.toLowerCase(), reviewer });

/** A report as the server sends it: one challenge, two reviews, a span each (overlapping on "Negative"). */
const REPORT: AttemptReport = AttemptReportSchema.parse({
  attempt: {
    id: 'att-1',
    assessmentId: 'asm-1',
    assessmentTitle: 'Backend screen',
    email: 'cand@example.test',
    startedAt: '2026-01-05T09:00:00.000Z',
    deadlineAt: '2026-01-05T10:00:00.000Z',
    finishedAt: '2026-01-05T09:40:00.000Z',
    finishReason: 'candidate',
    finalAt: '2026-01-05T12:00:00.000Z',
  },
  status: 'final',
  score: {
    status: 'final',
    score: 0.95,
    exact: '19/20',
    challenges: [{ challengeId: 'add', share: 1, status: 'final', score: 0.95, contribution: 0.95 }],
    missing: [],
    steps: ['add: 0.95 × 1 = 0.95', 'attempt = 0.95 = 0.95 (final)'],
  },
  challenges: [
    {
      challengeId: 'add',
      title: 'Add two numbers',
      kind: 'implement',
      version: 1,
      submission: {
        id: 's1',
        language: 'javascript',
        code: 'module.exports = (a, b) => a + b;',
        explanation: EXPLANATION,
        status: 'done',
        submittedAt: '2026-01-05T09:39:00.000Z',
      },
      tests: { compile: null, passed: 3, total: 3, groups: [{ name: 'basic', passed: 2, total: 2 }], verdicts: { ok: 3 } },
      criteria: [
        { id: 'why', title: 'Why', weight: 1, levels: [0, 1, 2].map((p) => ({ points: p, descriptor: `why ${p}` })) },
        { id: 'edge', title: 'Edges', weight: 1, levels: [0, 2].map((p) => ({ points: p, descriptor: `edge ${p}` })) },
      ],
      review: {
        itemId: 'i1',
        status: 'final',
        rubricVersion: 1,
        required: 2,
        reviews: [
          {
            reviewerId: 'ada',
            reviewer: 'Ada',
            role: 'reviewer',
            paused: false,
            submittedAt: null,
            levels: { why: 2, edge: 1 },
            comments: { edge: 'names negatives' },
            comment: 'Clear.',
            reason: null,
            spans: [],
          },
          {
            reviewerId: 'grace',
            reviewer: 'Grace',
            role: 'reviewer',
            paused: true,
            submittedAt: null,
            levels: { why: 1, edge: 1 },
            comments: {},
            comment: '',
            reason: null,
            spans: [],
          },
        ],
        adjudication: null,
      },
      spans: [span('why', 0, 25, 'Grace'), span('edge', 17, 43, 'Ada')],
      objective: null,
      positionBias: null,
      score: {
        challengeId: 'add',
        status: 'final',
        score: 0.95,
        exact: '19/20',
        components: [],
        rubric: null,
        missing: [],
        steps: ['  reviewer ada: why level 2 (2 pts) × 1 = 2; edge level 1 (2 pts) × 1 = 2; total 4 of 4', 'add = 0.6 + 0 + 0.35 = 0.95 (final)'],
      },
    },
  ],
  reviewers: { ada: 'Ada', grace: 'Grace' },
  generatedAt: '2026-01-05T12:30:00.000Z',
});

const render = (report: AttemptReport) =>
  renderToStaticMarkup(
    <MemoryRouter>
      <ReportView report={report} />
    </MemoryRouter>,
  );

describe('segmentsOf (the explanation cut at every span edge)', () => {
  it('splits overlapping spans into runs that know every span over them', () => {
    const segments = segmentsOf(EXPLANATION, REPORT.challenges[0]!.spans);
    expect(segments.map((s) => [s.text, s.spans.map((x) => x.criterion)])).toEqual([
      ['It adds a and b. ', ['why']],
      ['Negative', ['why', 'edge']],
      [' numbers work too.', ['edge']],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(EXPLANATION);
  });

  it('clips a span past the end and drops an empty one', () => {
    expect(segmentsOf('abc', [span('why', 1, 99, 'Ada'), span('edge', 2, 2, 'Ada')]).map((s) => [s.text, s.spans.length])).toEqual([
      ['a', 0],
      ['bc', 1],
    ]);
  });
});

describe('ReportView (the candidate report page)', () => {
  const html = render(REPORT);

  it('shows who, the final score and the attempt’s steps', () => {
    expect(html).toContain('cand@example.test: 95%');
    expect(html).toContain('Final score');
    expect(html).toContain('attempt = 0.95 = 0.95 (final)');
  });

  it('highlights each span with a mark a screen reader announces, by criterion and reviewer', () => {
    expect(html).toContain('<span class="visually-hidden">[Why, marked by Grace: </span>It adds a and b. ');
    expect(html).toContain('[Why, marked by Grace; Edges, marked by Ada: </span>Negative');
    expect(html.match(/<mark /g)!.length).toBe(3 + 2); // three marked runs, and the key's two criteria
  });

  it('names each reviewer’s level and comment per criterion (a paused reviewer marked), and names reviewers in the steps', () => {
    expect(html).toContain('<th scope="col">Ada</th><th scope="col">Grace (paused)</th>');
    expect(html).toContain('2 pts: why 2');
    expect(html).toContain('“names negatives”');
    expect(html).toContain('<strong>Ada</strong>: Clear.');
    expect(html).toContain('reviewer Ada: why level 2');
    expect(html).not.toContain('reviewer ada:');
  });

  it('shows test counts and the final code as text (readable in print)', () => {
    expect(html).toContain('3 of 3 passed');
    expect(html).toContain('<pre class="report-code"><code>module.exports = (a, b) =&gt; a + b;</code></pre>');
    expect(html).toContain('class="card panel report-challenge"');
  });

  it('marks a provisional score and lists what it waits for', () => {
    const provisional = AttemptReportSchema.parse({
      ...REPORT,
      status: 'provisional',
      attempt: { ...REPORT.attempt, finalAt: null },
      score: { ...REPORT.score, status: 'provisional', missing: [{ challengeId: 'add', part: 'rubric', reason: '1 of 2 reviews final' }] },
    });
    const out = render(provisional);
    expect(out).toContain('Provisional score');
    expect(out).toContain('Add two numbers, rubric: 1 of 2 reviews final');
  });
});

describe('ReportView: a compare challenge and its swapped probe', () => {
  const [base] = REPORT.challenges;
  const compare = {
    ...base!,
    challengeId: 'cmp',
    title: 'Compare two adds',
    kind: 'compare',
    submission: { ...base!.submission!, code: '' },
    tests: null,
    objective: COMPARE_VIEW,
  };
  const probe = {
    ...compare,
    challengeId: 'cmp-swap',
    title: 'Compare again',
    positionBias: {
      outcome: 'followed_answer' as const,
      original: { challengeId: 'cmp', title: 'Compare two adds', choice: COMPARE_VIEW.preference },
      probe: { challengeId: 'cmp-swap', title: 'Compare again', choice: { choice: 'B' as const, strength: 'much' as const, responseId: 'resp-slow' } },
    },
  };
  const html = render(AttemptReportSchema.parse({ ...REPORT, challenges: [compare, probe] }));
  const plain = html.replace(/<[^>]+>/g, '');

  it('shows the objective results instead of an empty final code', () => {
    expect(html.match(/aria-label="Objective results"/g)).toHaveLength(2);
    expect(html).not.toContain('aria-label="Final code"');
    expect(plain).toContain('candidate A (resp-slow), much better · key resp-fast (B), clearly better');
  });

  it('gives the probe the position-bias line', () => {
    expect(plain.match(/Position bias:/g)).toHaveLength(1);
    expect(plain).toContain('Position bias: followed the answer. Picked A (resp-slow), much better in “Compare two adds”, then B (resp-slow), much better in “Compare again”.');
  });
});
