import type { Logger } from 'pino';
import type { AssessmentService } from '../assessments/assessment.service';
import type { Rubric } from '../challenges/rubric.schema';
import type { Clock } from '../lib/clock';
import type { RubricStore } from '../rubrics/rubric.store';
import type { AttemptResult, AttemptResults } from './attempt-results';
import type { ExportRepo } from './export.repo';
import { attemptColumns, attemptCsvRecord, attemptExport, LABEL_COLUMNS, labelExports, type AttemptExport, type LabelExport } from './export-rows';
import { fileSlug, type ExportBody } from './export-stream';

/** Rows read per query (the most an export holds at once, besides the streams' buffers). */
export const EXPORT_PAGE_SIZE = 200;

/**
 * Per assessment exports, built lazily: the assessment is checked (a 404
 * before any byte is written), then rows are read page by page while the
 * caller writes them (`writeExport`).
 */
export class ExportService {
  private readonly pageSize: number;

  constructor(
    private readonly deps: {
      repo: Pick<ExportRepo, 'attemptPage' | 'labelPage'>;
      results: AttemptResults;
      rubrics: Pick<RubricStore, 'at'>;
      assessments: Pick<AssessmentService, 'view'>;
      clock: Clock;
      logger: Pick<Logger, 'warn'>;
      pageSize?: number;
    },
  ) {
    this.pageSize = deps.pageSize ?? EXPORT_PAGE_SIZE;
  }

  /** Every attempt of the assessment with its score, per challenge its score and parts. */
  async attempts(assessmentId: string): Promise<ExportBody<AttemptExport>> {
    const assessment = await this.deps.assessments.view(assessmentId);
    const challengeIds = assessment.challenges.map((c) => c.id);
    return {
      basename: this.basename(assessment.title, 'attempts'),
      columns: attemptColumns(challengeIds),
      rows: this.attemptRows(assessmentId, challengeIds),
      csvRecord: attemptCsvRecord,
    };
  }

  /** Every submitted review of the assessment's items as reviewer × item × criterion rows. */
  async labels(assessmentId: string): Promise<ExportBody<LabelExport>> {
    const assessment = await this.deps.assessments.view(assessmentId);
    return {
      basename: this.basename(assessment.title, 'labels'),
      columns: LABEL_COLUMNS,
      rows: this.labelRows(assessmentId),
      csvRecord: (row) => LABEL_COLUMNS.map((k) => row[k]),
    };
  }

  private async *attemptRows(assessmentId: string, challengeIds: string[]): AsyncGenerator<AttemptExport> {
    let page = await this.deps.repo.attemptPage(assessmentId, null, this.pageSize);
    while (page.length) {
      const results = await this.results(page.map((record) => record.id));
      for (const record of page) yield attemptExport(record, results.get(record.id) ?? null, challengeIds);
      const last = page[page.length - 1]!;
      if (page.length < this.pageSize) return;
      page = await this.deps.repo.attemptPage(assessmentId, { startedAt: last.startedAt, id: last.id }, this.pageSize);
    }
  }

  private async *labelRows(assessmentId: string): AsyncGenerator<LabelExport> {
    const rubrics = new Map<string, Promise<Rubric | null>>(); // one read per (challenge, version) per export
    const rubricOf = (challengeId: string, version: number) => {
      const key = `${challengeId}\u0000${version}`;
      if (!rubrics.has(key))
        rubrics.set(
          key,
          this.deps.rubrics.at(challengeId, version).then(
            (r) => r.rubric,
            () => null,
          ),
        );
      return rubrics.get(key)!;
    };
    let page = await this.deps.repo.labelPage(assessmentId, null, this.pageSize);
    while (page.length) {
      for (const review of page) yield* labelExports(assessmentId, review, await rubricOf(review.challengeId, review.rubricVersion));
      const last = page[page.length - 1]!;
      if (page.length < this.pageSize) return;
      page = await this.deps.repo.labelPage(assessmentId, { itemId: last.itemId, reviewId: last.reviewId }, this.pageSize);
    }
  }

  /**
   * A page's results, scored together (a few queries for the page). When
   * grading cannot score the page, each attempt is tried alone, and one it
   * cannot score is an empty score in the export, logged, never a broken file.
   */
  private async results(attemptIds: string[]): Promise<Map<string, AttemptResult>> {
    try {
      return new Map((await this.deps.results.forAttempts(attemptIds)).map((r) => [r.attemptId, r]));
    } catch {
      const found = new Map<string, AttemptResult>();
      for (const attemptId of attemptIds) {
        try {
          const [result] = await this.deps.results.forAttempts([attemptId]);
          if (result) found.set(attemptId, result);
        } catch (error) {
          this.deps.logger.warn({ err: error, attemptId }, 'no result for an exported attempt');
        }
      }
      return found;
    }
  }

  private basename(title: string, what: string): string {
    return `${fileSlug(title)}-${what}-${this.deps.clock.now().toISOString().slice(0, 10)}`;
  }
}
