import type { NextFunction, Request, Response } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** HTTP methods kept as they are in labels. */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Prometheus metrics of one server, on their own registry (no global state). */
export class Metrics {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'assay_http_request_duration_seconds',
    help: 'HTTP request latency by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly queueDepth = new Gauge({
    name: 'assay_queue_depth',
    help: 'Submissions waiting or running in this process',
    labelNames: ['state'] as const,
    registers: [this.registry],
  });
  readonly runs = new Counter({
    name: 'assay_runs_total',
    help: 'Sandbox case verdicts by language and verdict',
    labelNames: ['language', 'verdict'] as const,
    registers: [this.registry],
  });
  readonly runDuration = new Histogram({
    name: 'assay_run_duration_seconds',
    help: 'Time from a submission starting to run until its report, by language',
    labelNames: ['language', 'kind'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'assay_process_' });
  }

  /**
   * Middleware timing every request by the template of the route that
   * answered it (`/api/v1/assessments/:id`), and `other` for everything no
   * route matched (404s, the web app, static files): a label never holds
   * anything the client wrote, so made-up URLs add no series. Methods
   * outside the usual few are `OTHER` for the same reason.
   */
  httpTimer() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const end = this.httpDuration.startTimer();
      res.on('finish', () => {
        const template = req.route?.path as unknown;
        const route = typeof template === 'string' ? `${req.baseUrl}${template}` : 'other';
        const method = METHODS.has(req.method) ? req.method : 'OTHER';
        end({ method, route, status: String(res.statusCode) });
      });
      next();
    };
  }
}
