/** Just enough of the admin API to set up assessments a suite needs: log in, create, invite. */
export interface AdminSession {
  createAssessment(body: {
    title: string;
    durationMinutes: number;
    languages: string[];
    challengeIds: string[];
    opensAt?: string | null;
    closesAt?: string | null;
  }): Promise<string>;
  /** Invites one email; returns the invite link. */
  invite(assessmentId: string, email: string): Promise<string>;
  /** Creates a challenge from its files (challenge.yaml, prompt.md, …); returns its id. */
  createChallenge(files: Record<string, string>): Promise<string>;
}

/** Logs in as the demo admin (`assay serve --demo`). */
export async function loginAdmin(serverUrl: string, email = 'admin@assay.local', password = 'assay-admin-demo'): Promise<AdminSession> {
  const res = await fetch(`${serverUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!res.ok) throw new Error(`login: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const post = async (path: string, body: unknown) => {
    const r = await fetch(`${serverUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrfToken },
      body: JSON.stringify(body),
    });
    const data = (await r.json()) as Record<string, unknown>;
    if (!r.ok) throw new Error(`POST ${path}: ${r.status} ${JSON.stringify(data)}`);
    return data;
  };
  return {
    async createAssessment(body) {
      const created = await post('/api/v1/assessments', { description: '', ...body });
      return created.id as string;
    },
    async invite(assessmentId, email) {
      const created = (await post(`/api/v1/assessments/${assessmentId}/invites`, { emails: [email] })) as { invites: { url: string }[] };
      return created.invites[0]!.url;
    },
    async createChallenge(files) {
      const created = await post('/api/v1/challenges', { files });
      return created.id as string;
    },
  };
}
