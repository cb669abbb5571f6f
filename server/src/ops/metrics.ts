import type { NextFunction, Request, Response } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

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

  /** Middleware timing every request by its route pattern (not the raw URL, to keep labels bounded). */
  httpTimer() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const end = this.httpDuration.startTimer();
      res.on('finish', () => {
        const route = (req.route?.path as string | undefined) ?? (res.statusCode === 404 ? 'unmatched' : req.path);
        end({ method: req.method, route, status: String(res.statusCode) });
      });
      next();
    };
  }
}
