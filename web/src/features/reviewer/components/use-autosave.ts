import { useEffect, useRef } from 'react';

/**
 * Calls `save` once `delayMs` after the last edit (edits are counted by
 * the draft), while `enabled`, and at once when the page goes away with an
 * edit not yet saved (leaving within the delay loses nothing).
 * `markSaved(edits)` tells it a save covering those edits went another
 * way (Submit), so a pending autosave is skipped.
 */
export function useAutosave({ edits, enabled, delayMs, save }: { edits: number; enabled: boolean; delayMs: number; save: () => void }) {
  const saved = useRef(0);
  const latest = useRef({ save, edits, enabled });
  useEffect(() => {
    latest.current = { save, edits, enabled };
  });
  useEffect(() => {
    if (!enabled || edits <= saved.current) return;
    const timer = setTimeout(() => {
      if (edits <= saved.current) return;
      saved.current = edits;
      latest.current.save();
    }, delayMs);
    return () => clearTimeout(timer);
  }, [edits, enabled, delayMs]);
  useEffect(
    () => () => {
      const { save: flush, edits: last, enabled: on } = latest.current;
      if (on && last > saved.current) {
        saved.current = last;
        flush();
      }
    },
    [],
  );
  return {
    markSaved: (upTo: number) => void (saved.current = Math.max(saved.current, upTo)),
  };
}
