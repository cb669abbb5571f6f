/** Options for following a server-sent event stream that ends on its own. */
export interface FollowOptions<T> {
  /** The `event:` name to listen to. */
  event: string;
  parse: (data: unknown) => T;
  /** True for the last message: the stream is closed after it (EventSource would otherwise reconnect). */
  isFinal: (value: T) => boolean;
  onValue: (value: T) => void;
  /** Called when the stream breaks before a final message; the caller may poll instead. */
  onBroken: () => void;
}

/**
 * Follows an SSE stream until its final message. Returns a function that
 * stops following. A broken connection is reported once and not retried.
 */
export function followEvents<T>(url: string, opts: FollowOptions<T>): () => void {
  const source = new EventSource(url, { withCredentials: true });
  let closed = false;
  const close = () => {
    closed = true;
    source.close();
  };
  source.addEventListener(opts.event, (message) => {
    if (closed) return;
    let value: T;
    try {
      value = opts.parse(JSON.parse((message as MessageEvent<string>).data));
    } catch {
      close();
      opts.onBroken();
      return;
    }
    opts.onValue(value);
    if (opts.isFinal(value)) close();
  });
  source.onerror = () => {
    if (closed) return;
    close();
    opts.onBroken();
  };
  return close;
}
