import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { AppError, TooManyRequestsError } from './errors';

/**
 * The one place errors become HTTP: AppErrors keep their status and code;
 * malformed JSON is a 400; anything else is logged and answered with a
 * 500 that reveals nothing.
 */
export function errorMiddleware(logger: Logger) {
  // Express recognises error middleware by its four parameters.
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const log = (req as Request & { log?: Logger }).log ?? logger;
    if (error instanceof AppError) {
      if (error instanceof TooManyRequestsError && error.retryAfterSeconds) res.setHeader('Retry-After', String(error.retryAfterSeconds));
      res.status(error.status).json({ error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } });
      return;
    }
    const err = error as { type?: string; status?: number; message?: string };
    if (err?.type === 'entity.parse.failed') {
      res.status(400).json({ error: { code: 'invalid_json', message: `body: malformed JSON (${err.message})` } });
      return;
    }
    if (err?.type === 'entity.too.large') {
      res.status(413).json({ error: { code: 'payload_too_large', message: 'body: request body is too large' } });
      return;
    }
    log.error({ err: error }, 'unhandled error');
    res.status(500).json({ error: { code: 'internal', message: 'internal server error' } });
  };
}
