import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'csv-parse/sync';
import { screenshot } from './support/browser';
import { loginAdmin } from './support/admin-api';
import { startAttempt } from './support/candidate-api';
import { e2eSuite, expectAccessible, signIn } from './support/suite';

jest.setTimeout(300_000);

const SUITE = 'deliver';
const suite = e2eSuite();

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on 127.0.0.1, as a customer would run one. */
async function receiver() {
  const got: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      got.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/assay`,
    got,
    async waitFor(count: number) {
      for (let i = 0; i < 240 && got.length < count; i++) await new Promise((r) => setTimeout(r, 250));
      expect(got.length).toBeGreaterThanOrEqual(count);
    },
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('an admin exporting results and receiving them by webhook', () => {
  it('adds a webhook (secret shown once), gets the signed result when an attempt ends, reads the log, redelivers, and downloads the exports', async () => {
    const hook = await receiver();
    try {
      const { page } = suite.browser;
      const admin = await loginAdmin(suite.server.url);
      const assessmentId = await admin.createAssessment({ title: 'Webhook screen', durationMinutes: 30, languages: ['python'], challengeIds: ['two-sum'] });

      await page.goto(`${suite.server.url}/admin/assessments/${assessmentId}`);
      await page.waitForURL(/\/login/);
      await signIn(page, 'admin@assay.local', 'assay-admin-demo');
      await page.getByRole('heading', { name: 'Webhook screen', level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Exports' }).waitFor();
      await page.getByText('No webhooks yet').waitFor();

      // A URL that is not http(s) is refused in the form, naming what is wrong.
      await page.getByLabel('Endpoint URL').fill('ftp://example.test/x');
      await page.getByRole('button', { name: 'Add webhook' }).click();
      await page.getByText('Enter an http:// or https:// URL.').waitFor();

      await page.getByLabel('Endpoint URL').fill(hook.url);
      await page.getByLabel('Also send when a candidate submits').check();
      await page.getByRole('button', { name: 'Add webhook' }).click();
      const secretBox = page.getByLabel(`Signing secret for ${hook.url}`);
      await secretBox.waitFor();
      const secret = await secretBox.inputValue();
      expect(secret).toMatch(/^whsec_/);
      await page.getByText('attempt.final, attempt.submitted').waitFor();
      await screenshot(page, SUITE, '01-webhook-added');
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Done, I copied it' }).click();
      expect(await page.getByText(secret).count()).toBe(0); // shown once

      // A candidate finishes without submitting: submitted, then final at 0 (tests only).
      const candidate = await startAttempt(await admin.invite(assessmentId, 'hooked@example.test'));
      await candidate.finish();
      await hook.waitFor(2);
      const byEvent = Object.fromEntries(hook.got.map((r) => [String(r.headers['assay-event']), r]));
      const final = byEvent['attempt.final']!;
      const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(final.headers['assay-signature']))!;
      expect(v1).toBe(crypto.createHmac('sha256', secret).update(`${t}.${final.body}`).digest('hex'));
      const body = JSON.parse(final.body);
      expect(body).toMatchObject({ event: 'attempt.final', deliveryId: final.headers['assay-delivery'], result: { attemptId: candidate.attemptId, status: 'final' } });
      expect(byEvent['attempt.submitted']).toBeDefined();

      // The log shows both, delivered; Redeliver sends the final one again.
      await page.getByRole('button', { name: 'Deliveries' }).click();
      const log = page.getByRole('region', { name: `Deliveries to ${hook.url}` });
      await log.getByText('delivered').nth(1).waitFor();
      await screenshot(page, SUITE, '02-delivery-log');
      await expectAccessible(page);
      await log.getByRole('button', { name: /^Redeliver the attempt\.final delivery/ }).click();
      await hook.waitFor(3);
      expect(hook.got[2]!.body).toBe(final.body);
      expect(hook.got[2]!.headers['assay-delivery']).not.toBe(final.headers['assay-delivery']);
      await log.getByText('redelivery').waitFor();

      // The export links download files the browser's session may fetch.
      const csvLink = page.getByRole('link', { name: 'Download attempts and scores as CSV' });
      const href = await csvLink.getAttribute('href');
      const csv = await page.request.get(`${suite.server.url}${href}`);
      expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="webhook-screen-attempts-\d{4}-\d{2}-\d{2}\.csv"$/);
      const rows = parse(await csv.text(), { columns: true }) as Record<string, string>[];
      expect(rows).toEqual([expect.objectContaining({ attempt_id: candidate.attemptId, email: 'hooked@example.test', status: 'final', score: '0' })]);
      const labels = await page.request.get(`${suite.server.url}/api/v1/assessments/${assessmentId}/exports/labels.jsonl`);
      expect(labels.status()).toBe(200);
      expect(await labels.text()).toBe('');
    } finally {
      await hook.close();
    }
  });
});
