import { useEffect, useState } from 'react';

/** Milliseconds until `deadlineAt` by the server's clock (Date.now() + offsetMs), ticking every 250 ms. */
export function useCountdown(deadlineAt: string | undefined, offsetMs: number): number | undefined {
  const compute = () => (deadlineAt ? Math.max(0, new Date(deadlineAt).getTime() - (Date.now() + offsetMs)) : undefined);
  const [remaining, setRemaining] = useState(compute);
  useEffect(() => {
    setRemaining(compute());
    if (!deadlineAt) return;
    const timer = setInterval(() => setRemaining(compute()), 250);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deadlineAt, offsetMs]);
  return remaining;
}
