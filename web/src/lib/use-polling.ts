import { useEffect, useRef } from 'react';

/** Calls `poll` every `ms` while the tab is visible (a hidden tab asks nothing). */
export function usePolling(poll: () => void, ms: number): void {
  const latest = useRef(poll);
  latest.current = poll;
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') latest.current();
    }, ms);
    return () => clearInterval(timer);
  }, [ms]);
}
