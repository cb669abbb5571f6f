import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { DeliveryBadge } from './delivery-badge';

const base = { tries: 1, lastResponse: null, nextAttemptAt: null, sentAt: null };

describe('the Email column of the invites table', () => {
  it('says a failed send will be tried again, with the server’s answer and the next try', () => {
    const html = renderToStaticMarkup(<DeliveryBadge delivery={{ ...base, status: 'failed', lastResponse: '421 4.7.0 Try again later', nextAttemptAt: '2026-12-02T13:00:30Z' }} />);
    expect(html).toContain('Failed, will retry');
    expect(html).toContain('421 4.7.0 Try again later');
    expect(html).toContain('Try 2 at');
  });

  it('says a refused send is over, and how to send anew', () => {
    const html = renderToStaticMarkup(<DeliveryBadge delivery={{ ...base, status: 'failed', lastResponse: '550 <x@y>: mailbox unavailable' }} />);
    expect(html).toContain('>Failed<');
    expect(html).toContain('550 &lt;x@y&gt;: mailbox unavailable');
    expect(html).toContain('reissue to send anew');
  });

  it.each([
    ['queued', 'Sending'],
    ['sent', 'Sent'],
    ['outbox', 'In outbox'],
  ] as const)('names the %s state in words', (status, label) => {
    expect(renderToStaticMarkup(<DeliveryBadge delivery={{ ...base, status }} />)).toContain(`>${label}<`);
  });

  it('shows a dash for invites made before emails', () => {
    expect(renderToStaticMarkup(<DeliveryBadge delivery={null} />)).toContain('—');
  });
});
