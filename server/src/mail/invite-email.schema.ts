import { z } from 'zod';

/** The placeholders an invite email may use; `{{link}}` must be in the body (and only there). */
export const PLACEHOLDERS = ['title', 'description', 'duration', 'languages', 'window', 'expires', 'recorded', 'link'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PLACEHOLDER_RE = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Names in `{{…}}` that are not placeholders. */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_RE)].map((m) => m[1]!).filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name));
}

/** True when `text` uses `{{name}}`. */
export function usesPlaceholder(text: string, name: Placeholder): boolean {
  return [...text.matchAll(PLACEHOLDER_RE)].some((m) => m[1] === name);
}

const known = (text: string, ctx: z.RefinementCtx) => {
  const bad = unknownPlaceholders(text);
  if (bad.length)
    ctx.addIssue({ code: 'custom', message: `unknown placeholder ${bad.map((b) => `{{${b}}}`).join(', ')}; expected ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}` });
};

/** Body of PUT /api/v1/assessments/:id/invite-email: the assessment's invite email. */
export const InviteEmailTemplateSchema = z.strictObject({
  /** Display name on the From line, e.g. "Acme Hiring" (the address is the server's ASSAY_MAIL_FROM). */
  senderName: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .refine((s) => !/[<>"\r\n]/.test(s), 'no <, >, " or line breaks'),
  /** Where candidates' replies go; null sends them to the From address. */
  replyTo: z.email().max(254).nullable().default(null),
  /** One line; placeholders except {{link}}. */
  subject: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((s) => !/[\r\n]/.test(s), 'one line')
    .refine((s) => !usesPlaceholder(s, 'link'), 'the link is a credential: keep {{link}} in the body')
    .superRefine(known),
  /** Plain text with placeholders; paragraphs are separated by a blank line. The HTML body is made from it. */
  body: z
    .string()
    .min(1)
    .max(20_000)
    .refine((s) => usesPlaceholder(s, 'link'), 'must contain {{link}}')
    .superRefine(known),
});
export type InviteEmailTemplate = z.infer<typeof InviteEmailTemplateSchema>;

/** GET/PUT /api/v1/assessments/:id/invite-email: the template in force and a preview with a sample link. */
export const InviteEmailViewSchema = z.object({
  template: InviteEmailTemplateSchema,
  /** False while the assessment uses the default template. */
  custom: z.boolean(),
  /** The From line mail goes out with. */
  from: z.string(),
  /** Whether ASSAY_SMTP_URL is set: without it emails wait in the outbox for the admin to copy. */
  smtp: z.boolean(),
  placeholders: z.array(z.string()),
  preview: z.object({ subject: z.string(), text: z.string(), html: z.string() }),
});
export type InviteEmailView = z.infer<typeof InviteEmailViewSchema>;

/** An invite email's states (see the invite_emails table). */
export const DELIVERY_STATUSES = ['queued', 'sent', 'failed', 'outbox', 'superseded'] as const;

/** An invite's latest email, as the invites table shows it. */
export const InviteDeliverySchema = z.object({
  status: z.enum(DELIVERY_STATUSES),
  tries: z.number(),
  /** The SMTP server's answer to the last try. */
  lastResponse: z.string().nullable(),
  /** When a failed email is tried again; null once sent or given up. */
  nextAttemptAt: z.string().nullable(),
  sentAt: z.string().nullable(),
});
export type InviteDelivery = z.infer<typeof InviteDeliverySchema>;

/** One email of GET /api/v1/assessments/:id/outbox (admins): the text to copy while it is kept. */
export const OutboxEmailSchema = InviteDeliverySchema.extend({
  id: z.string(),
  inviteId: z.string(),
  to: z.string(),
  from: z.string(),
  replyTo: z.string().nullable(),
  subject: z.string(),
  /** The plain-text body with the link; null once sent or superseded (the link is a credential and is not kept). */
  text: z.string().nullable(),
  createdAt: z.string(),
});
export type OutboxEmail = z.infer<typeof OutboxEmailSchema>;
