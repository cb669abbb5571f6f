import { SubmissionViewSchema, type ProbeView, type RunView, type SubmissionView, type SubmitView } from '@assay/contract';
import type { ApiClient } from '../../../lib/api-client';
import { randomId } from '../../../lib/ids';
import { followEvents } from '../../../lib/sse';
import type { DraftBody } from './challenge';

export type { ProbeView, RunView, SubmissionView, SubmitView };

const isDone = (v: SubmissionView) => v.status === 'done' || v.status === 'error';

/** Queues a run (public examples) or a submission (hidden tests); 202 with the queued view. */
export function createSubmission(api: ApiClient, challengeId: string, kind: 'run' | 'submit', body: DraftBody): Promise<SubmissionView> {
  return api.post(`/api/v1/attempt/challenges/${encodeURIComponent(challengeId)}/${kind}`, {
    scope: 'candidate',
    body,
    schema: SubmissionViewSchema,
    headers: { 'Idempotency-Key': randomId() },
  });
}

/** One run or submission of this attempt. */
export function getSubmission(api: ApiClient, id: string): Promise<SubmissionView> {
  return api.get(`/api/v1/attempt/submissions/${encodeURIComponent(id)}`, { schema: SubmissionViewSchema });
}

/**
 * Follows a submission until it is done: server-sent events, falling back
 * to polling every second if the stream breaks. Returns a stop function.
 */
export function followSubmission(api: ApiClient, id: string, onValue: (view: SubmissionView) => void): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const poll = async () => {
    if (stopped) return;
    try {
      const view = await getSubmission(api, id);
      if (stopped) return;
      onValue(view);
      if (isDone(view)) return;
    } catch {
      // keep polling: the network may come back
    }
    timer = setTimeout(() => void poll(), 1000);
  };
  const close = followEvents(`/api/v1/attempt/submissions/${encodeURIComponent(id)}/events`, {
    event: 'update',
    parse: (data) => SubmissionViewSchema.parse(data),
    isFinal: isDone,
    onValue: (view) => !stopped && onValue(view),
    onBroken: () => void poll(),
  });
  return () => {
    stopped = true;
    close();
    clearTimeout(timer);
  };
}
