import { PLACEHOLDERS, type InviteEmailTemplate, type Placeholder } from './invite-email.schema';

/** What an invite email tells its candidate; everything but `link` is known before the invite exists. */
export interface InviteFacts {
  title: string;
  description: string;
  durationMinutes: number;
  extraMinutes: number;
  /** Display names, in the assessment's order. */
  languages: string[];
  opensAt: Date | null;
  closesAt: Date | null;
  expiresAt: Date;
  /** The invite link: a credential, only ever in the body. */
  link: string;
}

/** What the attempt keeps, as the README's "The API" describes it; candidates are told before they start. */
export const RECORDED =
  'your code and written answers, saved as you type and kept as history; every Run and Submit with its results; ' +
  'the start, end, browser and network address of each session you work in.';

/** The invite email of an assessment whose admin has not written one. */
export const DEFAULT_TEMPLATE: InviteEmailTemplate = {
  senderName: 'Assay',
  replyTo: null,
  subject: 'Your coding assessment: {{title}}',
  body: [
    'Hello,',
    'You are invited to take “{{title}}”, a timed coding assessment.',
    'Time: {{duration}}, counted from when you press Start.\nLanguages: {{languages}}\nWhen: {{window}}',
    'Start here (the link is for you alone and works until {{expires}}):\n{{link}}',
    'What is recorded: {{recorded}}',
    'Good luck!',
  ].join('\n\n'),
};

/** A time as people read it in any zone: `2026-12-03 09:00 UTC`. */
const utc = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function duration(total: number, extra: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  const text = h && m ? `${h} h ${m} min` : h ? `${h} hour${h === 1 ? '' : 's'}` : `${m} minutes`;
  return extra ? `${text} (including ${extra} extra minutes for you)` : text;
}

function window(opensAt: Date | null, closesAt: Date | null): string {
  if (opensAt && closesAt) return `start between ${utc(opensAt)} and ${utc(closesAt)}`;
  if (opensAt) return `start from ${utc(opensAt)}`;
  if (closesAt) return `start any time before ${utc(closesAt)}`;
  return 'start any time while the link works';
}

/** Each placeholder's text for these facts. */
export function placeholderValues(f: InviteFacts): Record<Placeholder, string> {
  return {
    title: f.title,
    description: f.description,
    duration: duration(f.durationMinutes + f.extraMinutes, f.extraMinutes),
    languages: f.languages.join(', '),
    window: window(f.opensAt, f.closesAt),
    expires: utc(f.expiresAt),
    recorded: RECORDED,
    link: f.link,
  };
}

const TOKEN_RE = new RegExp(`\\{\\{\\s*(${PLACEHOLDERS.join('|')})\\s*\\}\\}`, 'g');

/** Replaces each placeholder of `text` with `value(name)`, and each stretch between them with `literal(stretch)`. */
function fill(text: string, literal: (s: string) => string, value: (name: Placeholder) => string): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    out += literal(text.slice(at, m.index)) + value(m[1] as Placeholder);
    at = m.index + m[0].length;
  }
  return out + literal(text.slice(at));
}

/** HTML-escapes text for element content and double-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const htmlLines = (s: string) => escapeHtml(s).replace(/\r?\n/g, '<br>\n');

/**
 * The subject, the plain-text body and the HTML body of one invite email.
 * The HTML is made from the same text: every character of the template and
 * of the facts is escaped (an assessment titled `<b>` reads `<b>`), blank
 * lines make paragraphs, and the link becomes the one anchor.
 */
export function renderInviteEmail(template: Pick<InviteEmailTemplate, 'subject' | 'body'>, facts: InviteFacts): { subject: string; text: string; html: string } {
  const values = placeholderValues(facts);
  const subject = fill(
    template.subject,
    (s) => s,
    (n) => values[n],
  )
    .replace(/\s+/g, ' ')
    .trim();
  const text = fill(
    template.body,
    (s) => s,
    (n) => values[n],
  );
  const paragraphs = template.body
    .split(/\r?\n\s*\r?\n/)
    .filter((p) => p.trim())
    .map((p) => `<p>${fill(p, htmlLines, (n) => (n === 'link' ? `<a href="${escapeHtml(facts.link)}">${escapeHtml(facts.link)}</a>` : htmlLines(values[n])))}</p>`);
  const html = `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n<body style="font-family: sans-serif; line-height: 1.5">\n${paragraphs.join('\n')}\n</body></html>\n`;
  return { subject, text, html };
}
