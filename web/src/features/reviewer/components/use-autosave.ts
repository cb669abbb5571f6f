import { useEffect, useRef } from 'react';

/**
 * Calls `save` once `delayMs` after the last edit (edits are counted by
 * the draft), while `enabled`. `markSaved(edits)` tells it a save covering
 * those edits went another way (Submit), so a pending autosave is skipped.
 */
export function useAutosave({ edits, enabled, delayMs, save }: { edits: number; enabled: boolean; delayMs: number; save: () => void }) {
  const saved = useRef(0);
  const latest = useRef(save);
  useEffect(() => {
    latest.current = save;
  });
  useEffect(() => {
    if (!enabled || edits <= saved.current) return;
    const timer = setTimeout(() => {
      if (edits <= saved.current) return;
      saved.current = edits;
      latest.current();
    }, delayMs);
    return () => clearTimeout(timer);
  }, [edits, enabled, delayMs]);
  return {
    markSaved: (upTo: number) => void (saved.current = Math.max(saved.current, upTo)),
  };
}
