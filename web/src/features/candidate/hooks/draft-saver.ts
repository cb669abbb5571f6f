import { ApiError } from '../../../lib/api-client';
import type { Answers } from '@assay/contract';
import type { DraftBody } from '../api/challenge';

/** What the autosave indicator shows. */
export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'offline'; retryInMs: number }
  | { kind: 'error'; message: string }
  | { kind: 'closed'; message: string }
  /** 401: this browser's session ended (e.g. the attempt continued in another browser); `code` says why. */
  | { kind: 'signed_out'; code: string; message: string };

interface Entry {
  challengeId: string;
  body: DraftBody;
  version: number;
}

export interface DraftSaverDeps {
  save(challengeId: string, body: DraftBody): Promise<unknown>;
  onStatus(status: SaveStatus): void;
  /** Where unsaved text survives a reload or a crash; cleared once the server has it. */
  backup: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;
  attemptId: string;
  debounceMs?: number;
}

const MAX_BACKOFF_MS = 30_000;

/**
 * Autosave for one attempt. Each (challenge, language) keeps only its
 * latest text; edits are debounced, saved one at a time, and an entry is
 * dropped only once the server has exactly that version. A network failure
 * keeps everything (also in localStorage) and retries with backoff and on
 * the browser's `online` event; 409 (time is up) and 401 (this browser was
 * signed out) stop saving, keeping the local backup.
 */
export class DraftSaver {
  private readonly pending = new Map<string, Entry>();
  private version = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private backoffMs = 1000;
  private closed = false;
  private lastKind: SaveStatus['kind'] | undefined;
  private readonly onOnline = () => {
    this.backoffMs = 1000;
    void this.flush();
  };

  constructor(private readonly deps: DraftSaverDeps) {
    globalThis.addEventListener?.('online', this.onOnline);
  }

  /** Records the latest text and schedules a save after the debounce. */
  update(challengeId: string, body: DraftBody): void {
    if (this.closed) return;
    const key = `${challengeId}\u0000${body.language}`;
    this.version += 1;
    this.pending.set(key, { challengeId, body, version: this.version });
    this.writeBackup(challengeId, body);
    if (!this.running) this.report({ kind: 'pending' });
    this.schedule(this.deps.debounceMs ?? 800);
  }

  /** Saves everything pending now; resolves when the queue is empty or saving failed. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  get hasPending(): boolean {
    return this.pending.size > 0;
  }

  /** A backup newer than the server's draft, if a save never reached it. */
  readBackup(challengeId: string, language: string): { code: string; explanation?: string; answers?: Answers } | undefined {
    try {
      const raw = this.deps.backup?.getItem(this.backupKey(challengeId, language));
      return raw ? (JSON.parse(raw) as { code: string; explanation?: string; answers?: Answers }) : undefined;
    } catch {
      return undefined;
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    globalThis.removeEventListener?.('online', this.onOnline);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  /**
   * Saves what is pending now, one request at a time. Text typed while a
   * save is in flight waits for the next debounce instead of following
   * back-to-back, so fast typing never hammers the server.
   */
  private async drain(): Promise<void> {
    for (const key of [...this.pending.keys()]) {
      const entry = this.pending.get(key);
      if (!entry || this.closed) continue;
      this.report({ kind: 'saving' });
      try {
        await this.deps.save(entry.challengeId, entry.body);
      } catch (error) {
        this.fail(error);
        return;
      }
      this.backoffMs = 1000;
      if (this.pending.get(key)?.version === entry.version) {
        this.pending.delete(key);
        this.clearBackup(entry.challengeId, entry.body.language);
      }
    }
    if (this.closed) return;
    if (this.pending.size) {
      this.report({ kind: 'pending' });
      this.schedule(this.deps.debounceMs ?? 800);
    } else {
      this.report({ kind: 'saved', at: new Date() });
    }
  }

  private fail(error: unknown): void {
    if (error instanceof ApiError && error.status === 401) {
      this.closed = true;
      this.report({ kind: 'signed_out', code: error.code, message: error.message });
      return;
    }
    if (error instanceof ApiError && error.status === 409) {
      this.closed = true;
      this.report({ kind: 'closed', message: error.message });
      return;
    }
    if (error instanceof ApiError && (error.offline || error.status >= 500 || error.status === 429)) {
      const wait = this.backoffMs;
      this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
      this.report({ kind: 'offline', retryInMs: wait });
      this.schedule(wait);
      return;
    }
    // A request the server refuses (too large, a language not offered): say so; the next edit tries again.
    this.report({ kind: 'error', message: error instanceof Error ? error.message : 'not saved' });
  }

  /** Tells the indicator, once per change of state (typing does not re-render the page per key). */
  private report(status: SaveStatus): void {
    if (status.kind === this.lastKind && status.kind !== 'saved' && status.kind !== 'offline') return;
    this.lastKind = status.kind;
    this.deps.onStatus(status);
  }

  private backupKey(challengeId: string, language: string): string {
    return `assay.draft.${this.deps.attemptId}.${challengeId}.${language}`;
  }

  private writeBackup(challengeId: string, body: DraftBody): void {
    try {
      this.deps.backup?.setItem(this.backupKey(challengeId, body.language), JSON.stringify({ code: body.code, explanation: body.explanation, answers: body.answers }));
    } catch {
      // storage full or disabled: the server copy is still on its way
    }
  }

  private clearBackup(challengeId: string, language: string): void {
    try {
      this.deps.backup?.removeItem(this.backupKey(challengeId, language));
    } catch {
      // nothing to clear
    }
  }
}
