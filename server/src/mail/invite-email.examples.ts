import type { z } from 'zod';
import type { InviteEmailTemplateSchema, InviteEmailViewSchema, OutboxEmailSchema } from './invite-email.schema';

/**
 * Example bodies of the invite email routes.
 * route-examples.test.ts checks each against its schema.
 */

/** GET /api/v1/assessments/:id/invite-email (the default template). */
export const inviteEmailView: z.output<typeof InviteEmailViewSchema> = {
  template: {
    senderName: 'Assay',
    replyTo: null,
    subject: 'Your coding assessment: {{title}}',
    body: 'Hello,\n\nYou are invited to take “{{title}}”, a timed coding assessment.\n\nTime: {{duration}}, counted from when you press Start.\nLanguages: {{languages}}\nWhen: {{window}}\n\nStart here (the link is for you alone and works until {{expires}}):\n{{link}}\n\nWhat is recorded: {{recorded}}\n\nGood luck!',
  },
  custom: false,
  from: '"Assay" <assay@localhost>',
  smtp: false,
  placeholders: ['title', 'description'],
  preview: {
    subject: 'Your coding assessment: Demo: explanations to review',
    text: 'Hello,\n\nYou are invited to take “Demo: explanations to review”, a timed coding assessment.\n\nTime: 1 hour, counted from when you press Start.\nLanguages: Python 3\nWhen: start any time while the link works\n\nStart here (the link is for you alone and works until 2026-12-16 16:06 UTC):\n…\n',
    html: '<!doctype html>\n<html><head><meta charset="utf-8"><title>Your coding assessment: Demo: explanations to review</title></head>\n<body style="font-family: sans-serif; line-height: 1.5">\n<p>Hello,</p>\n<p>You are invited to take “Demo: explanations to review”, a timed coding assessment.</p>\n…\n',
  },
};

/** PUT /api/v1/assessments/:id/invite-email */
export const inviteEmailTemplate: z.input<typeof InviteEmailTemplateSchema> = {
  senderName: 'Acme Hiring',
  replyTo: 'jobs@acme.example',
  subject: '{{title}} at Acme',
  body: 'Hi! {{duration}} in {{languages}}.\n\nStart: {{link}}',
};

/** The saved template with its preview. */
export const customInviteEmail: z.output<typeof InviteEmailViewSchema> = {
  template: {
    senderName: 'Acme Hiring',
    replyTo: 'jobs@acme.example',
    subject: '{{title}} at Acme',
    body: 'Hi! {{duration}} in {{languages}}.\n\nStart: {{link}}',
  },
  custom: true,
  from: '"Acme Hiring" <assay@localhost>',
  smtp: false,
  placeholders: ['title', 'description'],
  preview: {
    subject: 'Backend screen at Acme',
    text: 'Hi! 1 hour in Python 3, JavaScript (Node.js 22).\n\nStart: https://assay.example.com/invite/SAMPLE-LINK',
    html: '<!doctype html>\n<html><head><meta charset="utf-8"><title>Backend screen at Acme</title></head>\n<body style="font-family: sans-serif; line-height: 1.5">\n<p>Hi! 1 hour in Python 3, JavaScript (Node.js 22).</p>\n<p>Start: <a href="https://assay.example.com/invite/SAMPLE-LINK">https://assay.example.com/invite/SAMPLE-LINK</a></p>\n</body></html>\n',
  },
};

/** GET /api/v1/assessments/:id/outbox */
export const outbox: z.output<typeof OutboxEmailSchema>[] = [
  {
    status: 'outbox',
    tries: 0,
    lastResponse: null,
    nextAttemptAt: null,
    sentAt: null,
    id: 'f990e638-8a33-4541-9be1-f400af2b7f02',
    inviteId: '0e58697c-8ba9-48db-9661-e5fd09c6cbb5',
    to: 'grace.hopper@example.com',
    from: '"Assay" <assay@localhost>',
    replyTo: null,
    subject: 'Your coding assessment: Generalist screen',
    text: 'Hello,\n\nYou are invited to take “Generalist screen”, a timed coding assessment.\n\nTime: 1 h 30 min, counted from when you press Start.\nLanguages: Python 3, JavaScript (Node.js 22), TypeScript (Node.js 22, types stripped)\nWhen: start any time while the link works\n\n…\n',
    createdAt: '2026-12-02T16:06:17.320Z',
  },
  {
    status: 'outbox',
    tries: 0,
    lastResponse: null,
    nextAttemptAt: null,
    sentAt: null,
    id: '7b61cb8a-6429-4831-b13c-7f76d9e49182',
    inviteId: 'd2e22fec-1c5d-43e9-afc1-7cd8e6f08f58',
    to: 'alan.turing@example.com',
    from: '"Assay" <assay@localhost>',
    replyTo: null,
    subject: 'Your coding assessment: Generalist screen',
    text: 'Hello,\n\nYou are invited to take “Generalist screen”, a timed coding assessment.\n\nTime: 1 h 30 min, counted from when you press Start.\nLanguages: Python 3, JavaScript (Node.js 22), TypeScript (Node.js 22, types stripped)\nWhen: start any time while the link works\n\n…\n',
    createdAt: '2026-12-02T16:06:17.320Z',
  },
];
