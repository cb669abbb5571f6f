import { z } from 'zod';
import { ChallengeSummarySchema, SavedChallengeSchema, type SavedChallenge } from '../challenges/challenge-api.schema';
import { SlugSchema } from '../challenges/slug';
import { CliError, EXIT } from './cli-error';

/** The flags every command that talks to a server takes. */
export interface ServerOptions {
  server?: string;
  token?: string;
}

/**
 * A relative path that stays inside the challenge folder it is written to:
 * no empty, `.` or `..` segment and no dot-file (the loader skips those
 * anyway). The server's own rule is looser; `pull` writes what it gets, so
 * it checks again.
 */
const SafePathSchema = z.string().regex(/^[A-Za-z0-9_-][A-Za-z0-9_.-]*(\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*$/, 'a relative path inside the challenge folder');

/** What the client reads of `GET /api/v1/challenges/:id`: the current files (more fields are ignored, so a newer server still answers). */
const ChallengeFilesSchema = z.object({ id: SlugSchema, version: z.number().int().positive(), files: z.record(SafePathSchema, z.string()) });
export type ChallengeFiles = z.infer<typeof ChallengeFilesSchema>;

const SummariesSchema = z.array(ChallengeSummarySchema.pick({ id: true, version: true }).extend({ id: SlugSchema }));

/** How long one request may take, ms: a whole catalog's files in one body on a slow link. */
const TIMEOUT_MS = 60_000;

/**
 * The admin challenge API as the CLI uses it, over HTTP with an API token.
 * Every failure is a CliError with exit 3 naming the method, the URL and the
 * server's own message; the token never appears in one.
 */
export class ApiClient {
  private readonly base: URL;

  constructor(
    server: string,
    private readonly token: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    // A trailing slash makes routes resolve under a path prefix (https://host/assay/api/v1/…).
    this.base = new URL(server.endsWith('/') ? server : `${server}/`);
  }

  /** The challenges on the server (id and current version), archived ones included. */
  list(): Promise<{ id: string; version: number }[]> {
    return this.call('GET', 'api/v1/challenges', SummariesSchema);
  }

  /** One challenge's current files. */
  files(id: string): Promise<ChallengeFiles> {
    return this.call('GET', `api/v1/challenges/${encodeURIComponent(id)}`, ChallengeFilesSchema);
  }

  /** Creates a challenge from its files (the id comes from challenge.yaml). */
  create(files: Record<string, string>): Promise<SavedChallenge> {
    return this.call('POST', 'api/v1/challenges', SavedChallengeSchema, { files });
  }

  /** Replaces a challenge's files; the server makes a new version only when they differ. */
  update(id: string, files: Record<string, string>): Promise<SavedChallenge> {
    return this.call('PUT', `api/v1/challenges/${encodeURIComponent(id)}`, SavedChallengeSchema, { files });
  }

  private async call<S extends z.ZodType>(method: string, route: string, schema: S, body?: unknown): Promise<z.output<S>> {
    const url = new URL(route, this.base);
    const where = `${method} ${url.href}`;
    let status: number;
    let text: string;
    try {
      const res = await this.fetchImpl(url, {
        method,
        headers: { authorization: `Bearer ${this.token}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      status = res.status;
      text = await res.text();
    } catch (error) {
      throw new CliError(`${where}: cannot reach the server (${networkReason(error)})`, EXIT.server);
    }
    if (status < 200 || status > 299) throw new CliError(`${where}: the server answered ${status}: ${serverMessage(text)}`, EXIT.server);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new CliError(`${where}: the answer is not JSON; is ${this.base.href} an Assay server?`, EXIT.server);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CliError(`${where}: unexpected answer at ${issue?.path.join('.') || 'the top'}: ${issue?.message ?? 'invalid'}`, EXIT.server);
    }
    return parsed.data;
  }
}

/**
 * The client for `--server` and `--token` (or env ASSAY_TOKEN, which keeps
 * the token out of the process list and CI logs). A missing or malformed
 * option is a usage error naming it.
 */
export function apiClientFor(options: ServerOptions, env: NodeJS.ProcessEnv = process.env): ApiClient {
  if (!options.server) throw new CliError('--server: required, the Assay server URL (e.g. https://assay.example.com)');
  let url: URL;
  try {
    url = new URL(options.server);
  } catch {
    throw new CliError(`--server: not a URL: "${options.server}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CliError(`--server: expected an http:// or https:// URL, got "${url.href}"`);
  // fetch refuses such URLs, and they would be printed in messages; the token is what authenticates.
  if (url.username || url.password) throw new CliError('--server: give the URL without a user name or password');
  const token = options.token || env.ASSAY_TOKEN;
  if (!token) throw new CliError('--token: required (or set ASSAY_TOKEN), an API token of an admin');
  // Checked here, because fetch's own complaint about a header value quotes the value.
  if (!/^[\x21-\x7e]+$/.test(token)) throw new CliError('--token: has characters an API token cannot have (spaces, line breaks, non-ASCII)');
  return new ApiClient(url.href, token);
}

/** Why fetch failed: undici hides the socket's error (ECONNREFUSED, ENOTFOUND) in `cause`. */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { message?: unknown } }).cause;
  if (typeof cause?.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/** The server's `{ error: { message } }`, or the start of whatever else it sent (a proxy's page). */
function serverMessage(text: string): string {
  try {
    const message = (JSON.parse(text) as { error?: { message?: unknown } }).error?.message;
    if (typeof message === 'string') return message;
  } catch {
    // not JSON: shown as text below
  }
  const start = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  return start || '(no message)';
}
