/** How a queued run or submit reads while it waits: its place in the line when the server knows it. */
export function queuedText(queuedAhead: number | null): string {
  if (queuedAhead === null) return 'Queued; waiting for a sandbox…';
  if (queuedAhead === 0) return 'Queued, next in line…';
  return `Queued, ${queuedAhead} ahead…`;
}

/** A byte count as an admin reads it: B, KiB or MiB with one decimal. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
