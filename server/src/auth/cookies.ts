import type { Request, Response } from 'express';

/** Staff session cookie. */
export const STAFF_COOKIE = 'assay_session';
/** Candidate (attempt) session cookie; separate so staff can try an invite in the same browser. */
export const CANDIDATE_COOKIE = 'assay_attempt';

/** Cookies of a request (no dependency needed for a handful of names); a null-prototype object, so a cookie named `__proto__` is just a cookie. */
export function readCookies(req: Request): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    try {
      out[name] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      // a malformed cookie value is simply ignored
    }
  }
  return out;
}

/** Sets an httpOnly, SameSite=Lax session cookie living `maxAgeMs` (relative, so the browser's clock does not matter). */
export function setSessionCookie(res: Response, name: string, token: string, maxAgeMs: number, secure: boolean): void {
  res.cookie(name, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeMs });
}

export function clearSessionCookie(res: Response, name: string, secure: boolean): void {
  res.clearCookie(name, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
