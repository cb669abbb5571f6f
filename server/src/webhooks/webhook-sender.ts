/** What one POST to an endpoint came to. */
export interface SendOutcome {
  /** A 2xx answer. */
  ok: boolean;
  /** The answer's status, or null when none came (refused, timed out). */
  statusCode: number | null;
  /** Why it was not ok, with the start of the answer's body; null when ok. */
  error: string | null;
}

/** Posts one signed body; injected into the dispatcher so its tests can fake the network when the network is not the point. */
export type WebhookSender = (url: string, headers: Record<string, string>, body: string) => Promise<SendOutcome>;

/** Bounds of one POST: its whole time, and how much of the answer is read. */
export interface SendLimits {
  timeoutMs: number;
  maxResponseBytes: number;
}

export const DEFAULT_SEND_LIMITS: SendLimits = { timeoutMs: 10_000, maxResponseBytes: 4096 };

/**
 * POSTs with fetch: a redirect is an answer, not followed (the endpoint
 * registered is where results go); the whole exchange is bounded by
 * `timeoutMs`, and at most `maxResponseBytes` of the answer are read
 * (only to show in the delivery log), the rest discarded unread.
 */
export function httpSender(limits: SendLimits = DEFAULT_SEND_LIMITS): WebhookSender {
  return async (url, headers, body) => {
    const signal = AbortSignal.timeout(limits.timeoutMs);
    try {
      const res = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal });
      const text = await readBounded(res, limits.maxResponseBytes);
      if (res.status >= 200 && res.status < 300) return { ok: true, statusCode: res.status, error: null };
      const snippet = text.replace(/\s+/g, ' ').trim().slice(0, 200);
      return { ok: false, statusCode: res.status, error: `HTTP ${res.status}${snippet ? `: ${snippet}` : ''}` };
    } catch (error) {
      if (signal.aborted) return { ok: false, statusCode: null, error: `no answer within ${limits.timeoutMs / 1000} s` };
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      return { ok: false, statusCode: null, error: cause?.code ?? cause?.message ?? (error as Error).message };
    }
  };
}

async function readBounded(res: Response, maxBytes: number): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < maxBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8');
}
