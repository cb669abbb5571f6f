import { EventEmitter } from 'node:events';
import type { SubmissionRow } from './submission.repo';

/**
 * Status changes of submissions in this process: the worker (or, with
 * BullMQ, `announce` for a job that ran elsewhere) emits, SSE streams listen.
 * Built first in the wiring, so neither side needs the other.
 */
export class SubmissionEvents {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0); // one listener per open SSE stream
  }

  /** Tells every listener of this submission its new row. */
  emit(row: SubmissionRow): void {
    this.emitter.emit(row.id, row);
  }

  /** Listens to one submission's changes; returns the function that stops listening. */
  subscribe(id: string, listener: (row: SubmissionRow) => void): () => void {
    this.emitter.on(id, listener);
    return () => this.emitter.off(id, listener);
  }
}
