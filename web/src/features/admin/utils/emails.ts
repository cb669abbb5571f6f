/** A pragmatic email check (the server validates again): something@host.tld, no spaces. */
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** Emails pasted one per line or separated by commas, semicolons or spaces: the valid ones (deduplicated, lowercase) and the rest. */
export function parseEmails(text: string): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const raw of text.split(/[\s,;]+/)) {
    const token = raw.trim().replace(/^<|>$/g, '');
    if (!token) continue;
    if (!EMAIL.test(token)) invalid.push(token);
    else if (!valid.includes(token.toLowerCase())) valid.push(token.toLowerCase());
  }
  return { valid, invalid };
}
