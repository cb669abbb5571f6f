/** An error with an HTTP meaning. The error middleware turns it into `{ error: { code, message, details? } }`. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** 400: the request is malformed; `details` lists the fields. */
export class ValidationError extends AppError {
  constructor(message: string, details?: unknown) {
    super(400, 'validation_failed', message, details);
  }
}

/** 401: no valid credentials. `code` tells apart why (e.g. `session_replaced`). */
export class UnauthorizedError extends AppError {
  constructor(message = 'log in first', code = 'unauthorized') {
    super(401, code, message);
  }
}

/** 403: authenticated, but not allowed. */
export class ForbiddenError extends AppError {
  constructor(message = 'you may not do this') {
    super(403, 'forbidden', message);
  }
}

/** 404: no such thing (or not visible to this caller). */
export class NotFoundError extends AppError {
  constructor(what: string) {
    super(404, 'not_found', `${what} not found`);
  }
}

/** 409: the request conflicts with the current state (e.g. the attempt's time is up). */
export class ConflictError extends AppError {
  constructor(message: string, code = 'conflict') {
    super(409, code, message);
  }
}

/** 429: slow down. */
export class TooManyRequestsError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(429, 'too_many_requests', message);
  }
}

/** 503: a dependency (Docker, the database) is not available. */
export class UnavailableError extends AppError {
  constructor(message: string) {
    super(503, 'unavailable', message);
  }
}
