import { useCallback, useEffect, useRef, useState } from 'react';

/** Data loaded from the API: the value once loaded, the last error, and a way to load again. */
export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again; `quiet` keeps the current data on screen (polling). */
  reload: (quiet?: boolean) => Promise<void>;
  /** Replaces the data locally after a write that returned the new value. */
  setData: (data: T) => void;
}

/**
 * Loads `load()` on mount and whenever `key` changes. A result that
 * arrives after the key moved on (or after unmount) is dropped.
 */
export function useResource<T>(load: () => Promise<T>, key: string): Resource<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const loader = useRef(load);
  loader.current = load;

  const run = useCallback(async (quiet = false) => {
    const mine = ++generation.current;
    if (!quiet) setLoading(true);
    try {
      const value = await loader.current();
      if (mine !== generation.current) return;
      setData(value);
      setError(undefined);
    } catch (e) {
      if (mine !== generation.current) return;
      setError(e);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    setData(undefined);
    void run();
    return () => {
      // A counter, not a rendered node: the cleanup must bump the live value so a late answer is dropped.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      generation.current++;
    };
  }, [key, run]);

  return { data, error, loading, reload: run, setData };
}
