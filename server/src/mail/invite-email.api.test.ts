import { assessmentWithInvite } from '../test-support/factories';
import { loginAs, testApp, type TestApp } from '../test-support/test-app';

let t: TestApp;
let admin: Awaited<ReturnType<typeof loginAs>>;

beforeAll(async () => {
  t = await testApp(); // no SMTP: the embedded default
  admin = await loginAs(t, 'admin');
});
afterAll(() => t.close());

const emailPath = (id: string) => `/api/v1/assessments/${id}/invite-email`;
const invite = async (assessmentId: string, emails: string[]) =>
  (await admin.agent.post(`/api/v1/assessments/${assessmentId}/invites`).set('X-CSRF-Token', admin.csrf).send({ emails }).expect(201)).body.invites;
const outbox = async (assessmentId: string) => (await admin.agent.get(`/api/v1/assessments/${assessmentId}/outbox`).expect(200)).body;
/** The emails of one invite, newest first (the factory's own invite has one too). */
const emailsOf = async (assessmentId: string, inviteId: string) => (await outbox(assessmentId)).filter((e: { inviteId: string }) => e.inviteId === inviteId);

describe('invite emails without SMTP: the outbox', () => {
  it('keeps each new invite’s email in the outbox, with its link, for the admin to copy', async () => {
    const { assessment } = await assessmentWithInvite(t);
    const [created] = await invite(assessment.id, ['ada@example.test']);
    expect(created.delivery).toMatchObject({ status: 'outbox', tries: 0, lastResponse: null });
    const [email] = await emailsOf(assessment.id, created.id);
    expect(email).toMatchObject({
      inviteId: created.id,
      to: 'ada@example.test',
      from: '"Assay" <assay@localhost>',
      status: 'outbox',
      subject: 'Your coding assessment: Backend screen',
    });
    expect(email.text).toContain(created.url);
    expect(email.text).toContain('Languages: Python 3, JavaScript (Node.js 22)');
  });

  it('shows the delivery state in the invites table, never the link', async () => {
    const { assessment } = await assessmentWithInvite(t);
    const [created] = await invite(assessment.id, ['grace@example.test']);
    const listed = (await admin.agent.get(`/api/v1/assessments/${assessment.id}/invites`).expect(200)).body;
    const row = listed.find((i: { id: string }) => i.id === created.id);
    expect(row.delivery.status).toBe('outbox');
    expect(JSON.stringify(listed)).not.toContain(created.url.split('/invite/')[1]);
  });

  it('writes a new email on reissue and drops the old one’s text (its link no longer works)', async () => {
    const { assessment } = await assessmentWithInvite(t);
    const [created] = await invite(assessment.id, ['alan@example.test']);
    t.clock.advance(1000); // the reissue's email is the newer one
    const fresh = (await admin.agent.post(`/api/v1/invites/${created.id}/reissue`).set('X-CSRF-Token', admin.csrf).expect(200)).body;
    expect(fresh.delivery.status).toBe('outbox');
    const emails = await emailsOf(assessment.id, created.id);
    expect(emails.map((e: { status: string }) => e.status)).toEqual(['outbox', 'superseded']);
    expect(emails[0].text).toContain(fresh.url);
    expect(emails[1].text).toBeNull();
  });

  it('keeps the outbox and the template from reviewers', async () => {
    const { assessment } = await assessmentWithInvite(t);
    const reviewer = await loginAs(t, 'reviewer');
    await reviewer.agent.get(`/api/v1/assessments/${assessment.id}/outbox`).expect(403);
    await reviewer.agent.get(emailPath(assessment.id)).expect(403);
  });
});

describe('the invite email template', () => {
  const template = { senderName: 'Acme Hiring', replyTo: 'jobs@acme.test', subject: '{{title}} at Acme', body: 'Hi! {{duration}} in {{languages}}.\n\nStart: {{link}}' };

  it('shows the default with a preview, takes an edited one, and goes back to the default', async () => {
    const { assessment } = await assessmentWithInvite(t);
    const initial = (await admin.agent.get(emailPath(assessment.id)).expect(200)).body;
    expect(initial).toMatchObject({ custom: false, smtp: false, from: '"Assay" <assay@localhost>' });
    expect(initial.preview.text).toContain('http://assay.test/invite/SAMPLE-LINK');
    const saved = (await admin.agent.put(emailPath(assessment.id)).set('X-CSRF-Token', admin.csrf).send(template).expect(200)).body;
    expect(saved).toMatchObject({ custom: true, template, from: '"Acme Hiring" <assay@localhost>' });
    expect(saved.preview.subject).toBe('Backend screen at Acme');
    const [created] = await invite(assessment.id, ['edsger@example.test']);
    const [email] = await emailsOf(assessment.id, created.id);
    expect(email).toMatchObject({ subject: 'Backend screen at Acme', replyTo: 'jobs@acme.test', from: '"Acme Hiring" <assay@localhost>' });
    expect(email.text).toBe(`Hi! 1 hour in Python 3, JavaScript (Node.js 22).\n\nStart: ${created.url}`);
    const reset = (await admin.agent.delete(emailPath(assessment.id)).set('X-CSRF-Token', admin.csrf).expect(200)).body;
    expect(reset.custom).toBe(false);
  });

  it.each([
    [{ body: 'Come take it!' }, /^body\.body: must contain \{\{link\}\}/],
    [{ subject: 'Link: {{link}}' }, /^body\.subject: the link is a credential/],
    [{ body: '{{link}} {{salary}}' }, /^body\.body: unknown placeholder \{\{salary\}\}/],
    [{ replyTo: 'not-an-email' }, /^body\.replyTo: /],
    [{ senderName: '' }, /^body\.senderName: /],
  ])('refuses %j with a 400 naming the field', async (patch, message) => {
    const { assessment } = await assessmentWithInvite(t);
    const res = await admin.agent
      .put(emailPath(assessment.id))
      .set('X-CSRF-Token', admin.csrf)
      .send({ ...template, ...patch })
      .expect(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('answers 404 for an unknown assessment', async () => {
    await admin.agent.get(emailPath('no-such-assessment')).expect(404);
    await admin.agent.get('/api/v1/assessments/no-such-assessment/outbox').expect(404);
  });
});
