import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import type { DraftBody } from '../api/challenge';
import { createSubmission, followSubmission, type ProbeView, type RunView, type SubmissionView, type SubmitView } from '../api/submissions';

/** The latest run and submission of one challenge, and which one is in flight. */
export interface Outcome {
  run?: RunView;
  submit?: SubmitView;
  /** The latest Run of a review or compare challenge: the candidate's own test cases on the AI answers. */
  probe?: ProbeView;
  /** The tab the results panel shows. */
  active?: 'run' | 'submit';
  running?: 'run' | 'submit';
  error?: string;
}

/**
 * Runs and submissions per challenge, followed over SSE until done. Lives
 * at the attempt level so a result still lands when the candidate has
 * moved to another challenge meanwhile.
 */
export function useOutcomes(onSubmitted: () => void) {
  const api = useApi();
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const followers = useRef(new Map<string, () => void>());

  useEffect(() => {
    const current = followers.current;
    return () => {
      for (const stop of current.values()) stop();
      current.clear();
    };
  }, []);

  const patch = useCallback((challengeId: string, change: (o: Outcome) => Outcome) => {
    setOutcomes((all) => ({ ...all, [challengeId]: change(all[challengeId] ?? {}) }));
  }, []);

  const apply = useCallback(
    (challengeId: string, view: SubmissionView) => {
      const done = view.status === 'done' || view.status === 'error';
      patch(challengeId, (o) => {
        const key = view.kind;
        const current = o[key];
        if (current && current.id !== view.id && current.createdAt > view.createdAt) return o; // an older one finishing late
        const request = key === 'probe' ? 'run' : key; // a probe is what a Run of a critique challenge gives back
        return { ...o, [key]: view, running: done && o.running === request ? undefined : o.running };
      });
      if (done && view.kind === 'submit') onSubmitted();
    },
    [onSubmitted, patch],
  );

  const follow = useCallback(
    (challengeId: string, view: SubmissionView) => {
      apply(challengeId, view);
      if (view.status === 'done' || view.status === 'error') return;
      followers.current.get(view.id)?.();
      const stop = followSubmission(api, view.id, (next) => {
        apply(challengeId, next);
        if (next.status === 'done' || next.status === 'error') {
          followers.current.get(view.id)?.();
          followers.current.delete(view.id);
        }
      });
      followers.current.set(view.id, stop);
    },
    [api, apply],
  );

  const execute = useCallback(
    async (challengeId: string, kind: 'run' | 'submit', body: DraftBody) => {
      patch(challengeId, (o) => ({ ...o, active: kind, running: kind, error: undefined }));
      try {
        follow(challengeId, await createSubmission(api, challengeId, kind, body));
      } catch (error) {
        patch(challengeId, (o) => ({ ...o, running: undefined, error: errorMessage(error) }));
      }
    },
    [api, follow, patch],
  );

  /** Shows what was there before a reload: the latest run and submission, still followed if unfinished. */
  const restore = useCallback(
    (challengeId: string, latest: { run?: SubmissionView; submit?: SubmissionView }) => {
      patch(challengeId, (o) =>
        o.run || o.submit ? o : { ...o, active: latest.submit && (!latest.run || latest.submit.createdAt > latest.run.createdAt) ? 'submit' : latest.run ? 'run' : undefined },
      );
      for (const view of [latest.run, latest.submit]) if (view) follow(challengeId, view);
    },
    [follow, patch],
  );

  const select = useCallback((challengeId: string, tab: 'run' | 'submit') => patch(challengeId, (o) => ({ ...o, active: tab })), [patch]);

  return { outcomes, execute, restore, select };
}
