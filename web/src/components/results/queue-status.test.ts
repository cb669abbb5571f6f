import { describe, expect, it } from '@jest/globals';
import { formatBytes, queuedText } from './queue-status';

describe('queuedText', () => {
  it('says how many run first while a submission waits', () => {
    expect(queuedText(3)).toBe('Queued, 3 ahead…');
    expect(queuedText(0)).toBe('Queued, next in line…');
    expect(queuedText(null)).toBe('Queued; waiting for a sandbox…');
  });
});

describe('formatBytes', () => {
  it('reads in B, KiB and MiB', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(4096)).toBe('4.0 KiB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MiB');
  });
});
