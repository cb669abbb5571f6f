/**
 * A candidate driven over HTTP, for suites that need finished work without
 * clicking through the candidate pages: open an invite, submit code with an
 * explanation, wait for the verdict, finish.
 */
export interface CandidateSession {
  attemptId: string;
  /** Submits against the hidden tests and waits until the submission is judged; returns its id. */
  submit(challengeId: string, body: { language: string; code: string; explanation?: string }): Promise<string>;
  finish(): Promise<void>;
}

async function json(res: Response, what: string): Promise<any> {
  const body = await res.json().catch(() => undefined);
  if (!res.ok) throw new Error(`${what}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

/** Starts the attempt behind an invite link (`<server>/invite/<token>`). */
export async function startAttempt(inviteUrl: string): Promise<CandidateSession> {
  const url = new URL(inviteUrl);
  const token = url.pathname.split('/').pop()!;
  const res = await fetch(`${url.origin}/api/v1/invites/${token}/start`, { method: 'POST', headers: { Accept: 'application/json' } });
  const started = await json(res, 'start');
  const cookie = (res.headers.getSetCookie?.() ?? [res.headers.get('set-cookie') ?? '']).map((c) => c.split(';')[0]).join('; ');
  const headers = { Cookie: cookie, 'X-CSRF-Token': started.csrfToken as string, 'Content-Type': 'application/json', Accept: 'application/json' };
  const api = (path: string, init: RequestInit = {}) => fetch(`${url.origin}${path}`, { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } });
  return {
    attemptId: started.attempt.id,
    async submit(challengeId, body) {
      const created = await json(await api(`/api/v1/attempt/challenges/${challengeId}/submit`, { method: 'POST', body: JSON.stringify(body) }), 'submit');
      for (let i = 0; i < 240; i++) {
        const view = await json(await api(`/api/v1/attempt/submissions/${created.id}`), 'poll');
        if (view.status === 'done') return created.id as string;
        if (view.status === 'error') throw new Error(`submission failed: ${view.error}`);
        await new Promise((r) => setTimeout(r, 500));
      }
      throw new Error('submission not judged within 2 minutes');
    },
    async finish() {
      await json(await api('/api/v1/attempt/finish', { method: 'POST' }), 'finish');
    },
  };
}
