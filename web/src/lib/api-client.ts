import type { z } from 'zod';

/** Which cookie session a request rides on; each has its own CSRF token. */
export type SessionScope = 'candidate' | 'staff';

/** A failed API call: the server's `{ error: { code, message, details? } }`, or `network` when it was never answered. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The request never reached the server (offline, DNS, connection reset). */
  get offline(): boolean {
    return this.status === 0;
  }
}

export interface RequestOptions<T> {
  body?: unknown;
  /** Parses the response; the server's own zod schema where one exists. */
  schema?: z.ZodType<T>;
  /** Adds that session's X-CSRF-Token to a state-changing request. */
  scope?: SessionScope;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

const STAFF_CSRF_KEY = 'assay.staff.csrf';

/**
 * The browser's API client: JSON in and out, the CSRF header on writes,
 * every failure as an ApiError. One instance per app, held in React context.
 * The candidate's token lives in memory (recovered from
 * GET /api/v1/attempt/session after a reload); the staff token in
 * sessionStorage, since staff have no such route.
 */
export class ApiClient {
  private readonly csrf = new Map<SessionScope, string>();

  constructor(
    private readonly baseUrl = '',
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined = globalThis.sessionStorage,
  ) {
    const staff = storage?.getItem(STAFF_CSRF_KEY);
    if (staff) this.csrf.set('staff', staff);
  }

  setCsrf(scope: SessionScope, token: string | undefined): void {
    if (token) this.csrf.set(scope, token);
    else this.csrf.delete(scope);
    if (scope === 'staff') {
      if (token) this.storage?.setItem(STAFF_CSRF_KEY, token);
      else this.storage?.removeItem(STAFF_CSRF_KEY);
    }
  }

  hasCsrf(scope: SessionScope): boolean {
    return this.csrf.has(scope);
  }

  get<T>(path: string, opts: RequestOptions<T> = {}): Promise<T> {
    return this.request('GET', path, opts);
  }

  post<T>(path: string, opts: RequestOptions<T> = {}): Promise<T> {
    return this.request('POST', path, opts);
  }

  put<T>(path: string, opts: RequestOptions<T> = {}): Promise<T> {
    return this.request('PUT', path, opts);
  }

  async request<T>(method: string, path: string, opts: RequestOptions<T> = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
    if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
    const token = opts.scope ? this.csrf.get(opts.scope) : undefined;
    if (token && method !== 'GET') headers['X-CSRF-Token'] = token;
    let res: Response;
    try {
      res = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        credentials: 'same-origin',
        signal: opts.signal,
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError(0, 'network', 'The server could not be reached. Check your connection.');
    }
    if (res.status === 204) return undefined as T;
    const data: unknown = await res.json().catch(() => undefined);
    if (!res.ok) throw toApiError(res.status, data);
    return opts.schema ? opts.schema.parse(data) : (data as T);
  }
}

function toApiError(status: number, data: unknown): ApiError {
  const error = (data as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') return new ApiError(status, error.code, error.message, error.details);
  return new ApiError(status, `http_${status}`, status >= 500 ? 'The server had a problem. Try again in a moment.' : `The request failed (${status}).`);
}

/** A short human sentence for any error thrown by an API call. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return sentence(error.message);
  if (error instanceof Error) return sentence(error.message);
  return 'Something went wrong.';
}

function sentence(text: string): string {
  const t = text.trim();
  if (!t) return 'Something went wrong.';
  return `${t[0]!.toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
}
