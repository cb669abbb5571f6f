import type { Response } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { RouteRegistry } from '../http/route-registry';
import type { ExportService } from './export.service';
import { writeExport, type ExportBody, type ExportFormat } from './export-stream';

const Params = z.object({ id: z.string().min(1) });
const FORMATS: readonly ExportFormat[] = ['csv', 'jsonl'];

/**
 * Admin downloads of an assessment's results: attempts with scores, and
 * reviewers' raw labels, each as CSV or JSONL, streamed as read. Admin
 * only: they name candidates and reviewers.
 */
export function registerExportRoutes(routes: RouteRegistry, deps: { exports: ExportService; logger: Pick<Logger, 'warn'> }): void {
  for (const format of FORMATS) {
    routes.add({
      method: 'get',
      path: `/api/v1/assessments/:id/exports/attempts.${format}`,
      tag: 'exports',
      summary: `Attempts and scores as ${format.toUpperCase()}: per attempt its status and score, per challenge its score and parts`,
      access: 'admin',
      status: 200, // a file, written by the handler (OpenAPI would say 204 for a route without a JSON body)
      params: Params,
      handler: async ({ params, res }) => {
        await send(res, format, await deps.exports.attempts(params.id), deps.logger);
        return undefined;
      },
    });
    routes.add({
      method: 'get',
      path: `/api/v1/assessments/:id/exports/labels.${format}`,
      tag: 'exports',
      summary: `Reviewers' raw labels as ${format.toUpperCase()}: one row per reviewer × item × criterion`,
      access: 'admin',
      status: 200, // a file, written by the handler (OpenAPI would say 204 for a route without a JSON body)
      params: Params,
      handler: async ({ params, res }) => {
        await send(res, format, await deps.exports.labels(params.id), deps.logger);
        return undefined;
      },
    });
  }
}

/** Once bytes are out, a failure (or the client leaving) can only cut the download short: logged, never answered with a JSON error. */
async function send<T>(res: Response, format: ExportFormat, body: ExportBody<T>, logger: Pick<Logger, 'warn'>): Promise<void> {
  try {
    await writeExport(res, format, body);
  } catch (error) {
    if (!res.headersSent) throw error;
    logger.warn({ err: error, export: body.basename }, 'export stopped before its end');
  }
}
