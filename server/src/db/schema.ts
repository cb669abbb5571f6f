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

export const schema = { users, sessions, apiTokens, challenges, challengeVersions, assessments, assessmentChallenges, invites, attempts, attemptSessions, drafts, submissions };
