import { FakeClock } from '../lib/clock';
import { addChallenge } from '../test-support/factories';
import { loginAs, type TestApp } from '../test-support/test-app';
import { appOver, lastingDatabase } from '../webhooks/webhook-test-support';
import { startSmtpServer } from './smtp-test-server';

let store: Awaited<ReturnType<typeof lastingDatabase>>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let t: TestApp;
let admin: Awaited<ReturnType<typeof loginAs>>;
const clock = new FakeClock();
let assessmentId: string;
let n = 0;

/** The app over the lasting database, mailing through the test SMTP server; opening it again is a restart. */
async function openApp() {
  t = appOver(await store.open(), clock, { smtpUrl: smtp.url, mailFrom: 'hiring@acme.test', mail: { timeouts: { connectionMs: 5000, greetingMs: 5000, socketMs: 5000 } } });
  admin = await loginAs(t, 'admin');
}

beforeAll(async () => {
  store = await lastingDatabase();
  smtp = await startSmtpServer();
  await openApp();
});
afterAll(async () => {
  await t.close();
  await smtp.stop();
  await store.remove();
});

beforeEach(async () => {
  n += 1;
  const challenge = addChallenge({ id: `mail-${n}` });
  await t.services.challenges.save(challenge);
  const a = await t.services.assessments.create(
    { title: `Backend <screen> & co ${n}`, description: '', durationMinutes: 90, languages: ['python'], challengeIds: [challenge.id], opensAt: null, closesAt: null },
    null,
  );
  assessmentId = a.id;
  smtp.taken.length = 0;
});

const worker = () => t.services.inviteEmailWorker!;
const invite = async (email: string) =>
  (
    await admin.agent
      .post(`/api/v1/assessments/${assessmentId}/invites`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ emails: [email] })
      .expect(201)
  ).body.invites[0];
const delivery = async (inviteId: string) => {
  const listed = (await admin.agent.get(`/api/v1/assessments/${assessmentId}/invites`).expect(200)).body;
  return listed.find((i: { id: string }) => i.id === inviteId).delivery;
};

describe('invite emails through SMTP', () => {
  it('sends the invite from the admin’s sender name with both bodies and the link', async () => {
    await admin.agent
      .put(`/api/v1/assessments/${assessmentId}/invite-email`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ senderName: 'Acme Hiring', replyTo: 'jobs@acme.test', subject: 'Invitation: {{title}}', body: 'Hello,\n\n{{title}} takes {{duration}}.\n\nStart: {{link}}' })
      .expect(200);
    const created = await invite('ada@example.test');
    expect(created.delivery.status).toBe('queued');
    await worker().tick();

    expect(smtp.taken).toHaveLength(1);
    const [{ envelope, user, mail }] = smtp.taken as [(typeof smtp.taken)[number]];
    expect(user).toBe('assay'); // the URL's credentials logged in
    expect(envelope).toEqual({ from: 'hiring@acme.test', to: ['ada@example.test'] });
    expect(mail.from?.value).toEqual([{ name: 'Acme Hiring', address: 'hiring@acme.test' }]);
    expect(mail.replyTo?.value).toEqual([{ name: '', address: 'jobs@acme.test' }]);
    expect(mail.to).toMatchObject({ value: [{ address: 'ada@example.test' }] });
    expect(mail.subject).toBe(`Invitation: Backend <screen> & co ${n}`);
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    expect(mail.messageId).toMatch(/@acme\.test>$/);
    expect(mail.text).toBe(`Hello,\n\nBackend <screen> & co ${n} takes 1 h 30 min.\n\nStart: ${created.url}`);
    expect(mail.html).toContain(`<p>Backend &lt;screen&gt; &amp; co ${n} takes 1 h 30 min.</p>`);
    expect(mail.html).toContain(`<p>Start: <a href="${created.url}">${created.url}</a></p>`);

    const state = await delivery(created.id);
    expect(state).toMatchObject({ status: 'sent', tries: 1, sentAt: clock.now().toISOString(), nextAttemptAt: null });
    expect(state.lastResponse).toMatch(/^250 /);
    // Sent: the link (a credential) is no longer kept.
    const [email] = (await admin.agent.get(`/api/v1/assessments/${assessmentId}/outbox`).expect(200)).body;
    expect(email).toMatchObject({ status: 'sent', text: null });
  });

  it('records a refusal (5xx) as failed with the server’s answer, and does not try again', async () => {
    smtp.refuse.add('nobody@example.test');
    const created = await invite('nobody@example.test');
    await worker().tick();
    const state = await delivery(created.id);
    expect(state).toMatchObject({ status: 'failed', tries: 1, nextAttemptAt: null, sentAt: null });
    expect(state.lastResponse).toMatch(/^550 5\.1\.1 <nobody@example\.test>: mailbox unavailable/);
    clock.advance(3_600_000);
    await worker().tick();
    expect((await delivery(created.id)).tries).toBe(1);
    expect(smtp.taken).toHaveLength(0);
  });

  it('tries again after the SMTP server was down, across a restart of the app', async () => {
    await smtp.stop();
    const created = await invite('grace@example.test');
    await worker().tick();
    const failed = await delivery(created.id);
    expect(failed).toMatchObject({ status: 'failed', tries: 1, nextAttemptAt: new Date(clock.now().getTime() + 30_000).toISOString() });
    expect(failed.lastResponse).toMatch(/ECONNREFUSED|ECONNECTION/);

    await t.close(); // the server's memory is gone; the schedule is in the database
    await smtp.start();
    await openApp();
    await worker().tick();
    expect(smtp.taken).toHaveLength(0); // not due yet: 30 s after the failure
    clock.advance(30_000);
    await worker().tick();
    expect(smtp.taken).toHaveLength(1);
    expect(smtp.taken[0]!.mail.text).toContain(created.url);
    expect(await delivery(created.id)).toMatchObject({ status: 'sent', tries: 2, lastResponse: expect.stringMatching(/^250 /) });
  });

  it('sends the new link again on reissue', async () => {
    const created = await invite('alan@example.test');
    await worker().tick();
    clock.advance(1000);
    const fresh = (await admin.agent.post(`/api/v1/invites/${created.id}/reissue`).set('X-CSRF-Token', admin.csrf).expect(200)).body;
    expect(fresh.delivery.status).toBe('queued');
    await worker().tick();
    expect(smtp.taken.map((m) => m.mail.text?.includes(fresh.url))).toEqual([false, true]);
    expect(smtp.taken[1]!.mail.text).not.toContain(created.url);
    expect(await delivery(created.id)).toMatchObject({ status: 'sent', tries: 1 });
  });
});
