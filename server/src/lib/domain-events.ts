import type { Logger } from 'pino';

/** What happened to an attempt, as other domains (webhooks, exports) hear it. */
export interface AttemptEvent {
  attemptId: string;
  assessmentId: string;
  at: Date;
}

/** The events between domains, by name. */
export interface DomainEventMap {
  /** The candidate finished (or the deadline did); the final submits are queued. */
  'attempt.submitted': AttemptEvent;
  /** The attempt's score became final: every counted part there, every review final. Emitted once per attempt. */
  'attempt.final': AttemptEvent;
}
export type DomainEventName = keyof DomainEventMap;
type Handler<K extends DomainEventName> = (event: DomainEventMap[K]) => Promise<void> | void;

/**
 * In-process notifications between domains, so the domain that decides
 * (grading sets `attempts.final_at`) need not know who listens (webhooks).
 * Not durable on its own: a listener that must not miss an event also
 * sweeps storage on start for what it missed (the row is the truth).
 * A listener's failure is logged and never reaches the emitter.
 */
export class DomainEvents {
  private readonly handlers = new Map<DomainEventName, Handler<DomainEventName>[]>();

  constructor(private readonly logger: Pick<Logger, 'error'>) {}

  on<K extends DomainEventName>(name: K, handler: Handler<K>): void {
    const list = this.handlers.get(name) ?? [];
    list.push(handler as Handler<DomainEventName>);
    this.handlers.set(name, list);
  }

  /** Calls every listener in turn; resolves when all have settled. */
  async emit<K extends DomainEventName>(name: K, event: DomainEventMap[K]): Promise<void> {
    for (const handler of this.handlers.get(name) ?? []) {
      try {
        await handler(event);
      } catch (error) {
        this.logger.error({ err: error, event: name, attemptId: event.attemptId }, 'a domain event listener failed');
      }
    }
  }
}
