import pino, { type Logger } from 'pino';

/**
 * The one root logger. Level from LOG_LEVEL (default `info`; the CLI passes
 * `warn` so its own output stays readable). Modules take `logger.child({ module })`.
 */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { pid: process.pid } }, pino.destination(2));
}
