import { sql } from 'drizzle-orm';
import { bigserial, boolean, doublePrecision, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { jsonb } from './json-column';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const created = () => ts('created_at').notNull().defaultNow();

/** Admins and reviewers (candidates have no account). */
export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ['admin', 'reviewer'] }).notNull(),
    passwordHash: text('password_hash').notNull(),
    createdAt: created(),
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`)],
);

/** Logged-in browser sessions; the cookie holds the token, the table its hash. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    attemptId: text('attempt_id'),
    csrfToken: text('csrf_token').notNull(),
    expiresAt: ts('expires_at').notNull(),
    /** Set when a newer session of the same attempt took over (a new start from the invite link). */
    endedAt: ts('ended_at'),
    createdAt: created(),
  },
  (t) => [index('sessions_attempt_idx').on(t.attemptId)],
);

/** API tokens for automation, stored hashed. */
export const apiTokens = pgTable('api_tokens', {
  id: text('id').primaryKey(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  lastUsedAt: ts('last_used_at'),
  revokedAt: ts('revoked_at'),
  createdAt: created(),
});

/** A challenge's identity; its content lives in versions. */
export const challenges = pgTable('challenges', {
  id: text('id').primaryKey(),
  currentVersion: integer('current_version').notNull(),
  archived: boolean('archived').notNull().default(false),
  createdAt: created(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** Immutable challenge content; an attempt keeps the version it started with. */
export const challengeVersions = pgTable(
  'challenge_versions',
  {
    challengeId: text('challenge_id')
      .notNull()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    hash: text('hash').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** The whole challenge, secrets included; only presenters decide what leaves. */
    content: jsonb('content').notNull(),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.challengeId, t.version] })],
);

export const assessments = pgTable('assessments', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  durationMinutes: integer('duration_minutes').notNull(),
  languages: jsonb('languages').$type<string[]>().notNull(),
  opensAt: ts('opens_at'),
  closesAt: ts('closes_at'),
  /** What a candidate learns from a Submit: `full` counts, a `summary` (passed / total), or `none` until the attempt ends. */
  feedback: text('feedback', { enum: ['full', 'summary', 'none'] })
    .notNull()
    .default('full'),
  /** Reviews each explanation needs before its scores can be final (issue 9's default: 2). */
  reviewsPerItem: integer('reviews_per_item').notNull().default(2),
  /** Reviewers' rubric totals further apart than this (in rubric points), or a gate decided differently, send an item to adjudication. */
  disagreementPoints: doublePrecision('disagreement_points').notNull().default(2),
  /** A reviewer's accuracy against gold items (and agreement with peers) below this, in [0, 1], flags them. */
  reviewerThreshold: doublePrecision('reviewer_threshold').notNull().default(0.7),
  /** How long "next item" locks an item for its reviewer before the claim returns to the queue. */
  claimMinutes: integer('claim_minutes').notNull().default(20),
  createdBy: text('created_by').references(() => users.id),
  createdAt: created(),
});

export const assessmentChallenges = pgTable(
  'assessment_challenges',
  {
    assessmentId: text('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    challengeId: text('challenge_id')
      .notNull()
      .references(() => challenges.id),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.position] })],
);

/** A single-use link for one email to one assessment. */
export const invites = pgTable(
  'invites',
  {
    id: text('id').primaryKey(),
    assessmentId: text('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    extraMinutes: integer('extra_minutes').notNull().default(0),
    expiresAt: ts('expires_at').notNull(),
    usedAt: ts('used_at'),
    createdAt: created(),
  },
  (t) => [index('invites_assessment_idx').on(t.assessmentId)],
);

/** An assessment's invite email as its admin edited it; without a row the default template is used. */
export const inviteEmailTemplates = pgTable('invite_email_templates', {
  assessmentId: text('assessment_id')
    .primaryKey()
    .references(() => assessments.id, { onDelete: 'cascade' }),
  /** Display name on the From line (the address is the server's ASSAY_MAIL_FROM, which its SMTP server may send as). */
  senderName: text('sender_name').notNull(),
  /** Where candidates' replies go; null: to the From address. */
  replyTo: text('reply_to'),
  subject: text('subject').notNull(),
  /** The plain-text body with {{placeholders}}; the HTML body is made from it. */
  body: text('body').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

/**
 * One invite email (the outbox): `queued` until the worker sends it, `sent`,
 * `failed` (with the server's answer; tried again at `next_attempt_at`
 * unless given up), `outbox` (no SMTP configured: the admin copies it) or
 * `superseded` (a reissue made a newer one). Its bodies hold the invite
 * link, a credential: they are cleared once it is sent or superseded.
 */
export const inviteEmails = pgTable(
  'invite_emails',
  {
    id: text('id').primaryKey(),
    inviteId: text('invite_id')
      .notNull()
      .references(() => invites.id, { onDelete: 'cascade' }),
    assessmentId: text('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    to: text('to_address').notNull(),
    from: text('from_address').notNull(),
    replyTo: text('reply_to'),
    subject: text('subject').notNull(),
    text: text('text_body'),
    html: text('html_body'),
    status: text('status', { enum: ['queued', 'sent', 'failed', 'outbox', 'superseded'] }).notNull(),
    tries: integer('tries').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at'),
    /** The SMTP server's answer to the last try (its refusal, or its acceptance line). */
    lastResponse: text('last_response'),
    messageId: text('message_id'),
    sentAt: ts('sent_at'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    index('invite_emails_invite_idx').on(t.inviteId, t.createdAt),
    index('invite_emails_assessment_idx').on(t.assessmentId, t.createdAt),
    index('invite_emails_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`status in ('queued', 'failed')`),
  ],
);

/** One candidate's timed run through an assessment. The deadline is fixed at start. */
export const attempts = pgTable(
  'attempts',
  {
    id: text('id').primaryKey(),
    assessmentId: text('assessment_id')
      .notNull()
      .references(() => assessments.id),
    inviteId: text('invite_id')
      .notNull()
      .unique()
      .references(() => invites.id),
    email: text('email').notNull(),
    /** challenge id → version pinned at start. */
    versions: jsonb('versions').$type<Record<string, number>>().notNull(),
    startedAt: ts('started_at').notNull(),
    deadlineAt: ts('deadline_at').notNull(),
    finishedAt: ts('finished_at'),
    finishReason: text('finish_reason', { enum: ['candidate', 'deadline'] }),
    /** Compare kind: challenge id → its response ids in the order this candidate is shown them (labels A, B), fixed at the first view. */
    responseOrders: jsonb('response_orders').notNull().default({}),
    /** When the attempt's score became final (every counted part there, every review final); set once, it fires `attempt.final`. */
    finalAt: ts('final_at'),
  },
  (t) => [
    index('attempts_open_idx')
      .on(t.deadlineAt)
      .where(sql`finished_at is null`),
  ],
);

/** Each browser session an attempt was worked in, kept for admins after the session itself is gone. */
export const attemptSessions = pgTable(
  'attempt_sessions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    attemptId: text('attempt_id')
      .notNull()
      .references(() => attempts.id, { onDelete: 'cascade' }),
    startedAt: ts('started_at').notNull(),
    /** When a newer start from the invite link ended this session; null while it is the live one. */
    endedAt: ts('ended_at'),
    userAgent: text('user_agent').notNull(),
    address: text('address'),
  },
  (t) => [index('attempt_sessions_attempt_idx').on(t.attemptId, t.id)],
);

/** Every autosave, kept as history for replay; the latest per (attempt, challenge) counts. */
export const drafts = pgTable(
  'drafts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    attemptId: text('attempt_id')
      .notNull()
      .references(() => attempts.id, { onDelete: 'cascade' }),
    challengeId: text('challenge_id').notNull(),
    language: text('language').notNull(),
    code: text('code').notNull(),
    explanation: text('explanation'),
    answers: jsonb('answers'),
    savedAt: ts('saved_at').notNull(),
  },
  (t) => [index('drafts_latest_idx').on(t.attemptId, t.challengeId, t.id)],
);

/** Runs (public tests) and submissions (hidden tests). Written before they are queued. */
export const submissions = pgTable(
  'submissions',
  {
    id: text('id').primaryKey(),
    attemptId: text('attempt_id').references(() => attempts.id, { onDelete: 'cascade' }),
    challengeId: text('challenge_id').notNull(),
    challengeVersion: integer('challenge_version').notNull(),
    kind: text('kind', { enum: ['run', 'submit', 'validate'] }).notNull(),
    language: text('language').notNull(),
    code: text('code').notNull(),
    explanation: text('explanation'),
    answers: jsonb('answers'),
    status: text('status', { enum: ['queued', 'running', 'done', 'error'] }).notNull(),
    idempotencyKey: text('idempotency_key'),
    /** Server-side only: the runner's report with comparisons. */
    result: jsonb('result'),
    testsScore: doublePrecision('tests_score'),
    /** Review and compare kinds, submits: the objective part as graded (grading/objective.schema.ts); server and staff only. */
    objective: jsonb('objective'),
    /** `objective.score`, for the score query. */
    objectiveScore: doublePrecision('objective_score'),
    error: text('error'),
    attempts: integer('run_attempts').notNull().default(0),
    createdAt: created(),
    finishedAt: ts('finished_at'),
  },
  (t) => [
    index('submissions_attempt_idx').on(t.attemptId, t.challengeId),
    index('submissions_unfinished_idx')
      .on(t.status)
      .where(sql`status in ('queued', 'running')`),
    uniqueIndex('submissions_idempotency_key').on(t.attemptId, t.idempotencyKey),
  ],
);

/**
 * A challenge's rubric as it is now and was: `version` changes when the
 * structure changes (a criterion or a level added or removed), `revision`
 * when only points, weights, descriptors or gates change. Reviews keep
 * their `version` and are scored with its latest revision (so an edit
 * re-scores them); reviews of an older version are flagged.
 */
export const rubricRevisions = pgTable(
  'rubric_revisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    challengeId: text('challenge_id')
      .notNull()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    revision: integer('revision').notNull(),
    /** The rubric (challenges/rubric.schema.ts `Rubric`), parsed with RubricSchema on read. */
    content: jsonb('content').notNull(),
    /** The challenge version whose rubric.yaml this revision was taken from. */
    challengeVersion: integer('challenge_version').notNull(),
    /** Who changed it (null: the challenge was saved from files or the CLI). */
    editedBy: text('edited_by').references(() => users.id),
    note: text('note').notNull().default(''),
    createdAt: created(),
  },
  (t) => [uniqueIndex('rubric_revisions_key').on(t.challengeId, t.version, t.revision)],
);

/**
 * One explanation to review: the final submit of a finished attempt for a
 * challenge with a rubric (`purpose: score`), or a copy an admin marked as
 * calibration with reference levels (`purpose: gold`), served to reviewers
 * exactly like any other and never counted in a candidate's score.
 */
export const reviewItems = pgTable(
  'review_items',
  {
    id: text('id').primaryKey(),
    purpose: text('purpose', { enum: ['score', 'gold'] }).notNull(),
    submissionId: text('submission_id')
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    attemptId: text('attempt_id')
      .notNull()
      .references(() => attempts.id, { onDelete: 'cascade' }),
    assessmentId: text('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    challengeId: text('challenge_id').notNull(),
    rubricVersion: integer('rubric_version').notNull(),
    /** Reviews needed (the assessment's `reviewsPerItem` when the item was made). */
    required: integer('required').notNull(),
    /** `open` takes reviews; `adjudication` waits for one; `final` has its final scores. Gold items stay `open`. */
    status: text('status', { enum: ['open', 'adjudication', 'final'] }).notNull(),
    /** Gold only: criterion id → reference level index. */
    goldLevels: jsonb('gold_levels').$type<Record<string, number>>(),
    createdBy: text('created_by').references(() => users.id),
    createdAt: created(),
    finalAt: ts('final_at'),
  },
  (t) => [
    uniqueIndex('review_items_score_key')
      .on(t.submissionId)
      .where(sql`purpose = 'score'`),
    // One live gold copy per explanation: two would be served to one reviewer as two items.
    uniqueIndex('review_items_gold_key')
      .on(t.submissionId)
      .where(sql`purpose = 'gold' and status = 'open'`),
    index('review_items_queue_idx').on(t.status, t.createdAt),
    index('review_items_attempt_idx').on(t.attemptId),
  ],
);

/**
 * One reviewer's work on one item: a claim (locked until `expiresAt`),
 * then scores. `role: adjudicator` records the final scores of a disputed
 * item with a reason. One row per (item, reviewer): nobody gets an item twice.
 */
export const reviews = pgTable(
  'reviews',
  {
    id: text('id').primaryKey(),
    itemId: text('item_id')
      .notNull()
      .references(() => reviewItems.id, { onDelete: 'cascade' }),
    reviewerId: text('reviewer_id')
      .notNull()
      .references(() => users.id),
    role: text('role', { enum: ['reviewer', 'adjudicator'] }).notNull(),
    /** `claimed` (working, locked), `submitted` (scores in), `released` (given back or expired unsubmitted). */
    status: text('status', { enum: ['claimed', 'submitted', 'released'] }).notNull(),
    rubricVersion: integer('rubric_version').notNull(),
    claimedAt: ts('claimed_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    /** criterion id → picked level index (0 = lowest); a draft may lack criteria, a submitted set has all. */
    levels: jsonb('levels').$type<Record<string, number>>().notNull(),
    /** [{ criterion, start, end }]: UTF-16 offsets into the explanation that earned or lost a criterion's points. */
    spans: jsonb('spans').$type<{ criterion: string; start: number; end: number }[]>().notNull(),
    /** criterion id → comment. */
    comments: jsonb('comments').$type<Record<string, string>>().notNull(),
    comment: text('comment').notNull().default(''),
    /** Adjudicators say why they settled on the final scores. */
    reason: text('reason'),
    submittedAt: ts('submitted_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('reviews_item_reviewer_key').on(t.itemId, t.reviewerId), index('reviews_reviewer_idx').on(t.reviewerId, t.status)],
);

/** Reviewers an admin paused from taking new items (their scores stay, marked). */
export const reviewerPauses = pgTable('reviewer_pauses', {
  reviewerId: text('reviewer_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  pausedBy: text('paused_by').references(() => users.id),
  reason: text('reason').notNull().default(''),
  pausedAt: ts('paused_at').notNull(),
});

/** Where an assessment's results are POSTed, signed with `secret` (HMAC-SHA256). */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: text('id').primaryKey(),
    assessmentId: text('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    secret: text('secret').notNull(),
    /** Events sent: `attempt.final` always, `attempt.submitted` when asked for. */
    events: jsonb('events').$type<string[]>().notNull(),
    active: boolean('active').notNull().default(true),
    createdBy: text('created_by').references(() => users.id),
    createdAt: created(),
  },
  (t) => [index('webhook_endpoints_assessment_idx').on(t.assessmentId)],
);

/** One event for one endpoint, kept until delivered or given up (a day of retries); the retry schedule survives restarts. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    endpointId: text('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    attemptId: text('attempt_id').references(() => attempts.id, { onDelete: 'set null' }),
    /** The exact body sent (signed as is). */
    body: text('body').notNull(),
    status: text('status', { enum: ['pending', 'delivered', 'failed'] }).notNull(),
    tries: integer('tries').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at'),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    createdAt: created(),
    deliveredAt: ts('delivered_at'),
    /** An admin's "redeliver" sends the body again as a new delivery pointing at the first. */
    redeliveryOf: text('redelivery_of'),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_key')
      .on(t.endpointId, t.event, t.attemptId)
      .where(sql`redelivery_of is null`),
    index('webhook_deliveries_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`status = 'pending'`),
  ],
);

export const schema = {
  users,
  sessions,
  apiTokens,
  challenges,
  challengeVersions,
  assessments,
  assessmentChallenges,
  invites,
  inviteEmailTemplates,
  inviteEmails,
  attempts,
  attemptSessions,
  drafts,
  submissions,
  rubricRevisions,
  reviewItems,
  reviews,
  reviewerPauses,
  webhookEndpoints,
  webhookDeliveries,
};
