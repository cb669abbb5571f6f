import { InviteEmailTemplateSchema } from './invite-email.schema';
import { DEFAULT_TEMPLATE, RECORDED, renderInviteEmail, type InviteFacts } from './invite-template';

const facts: InviteFacts = {
  title: 'Backend <b>screen</b> & "co"',
  description: '',
  durationMinutes: 90,
  extraMinutes: 30,
  languages: ['Python', 'Go'],
  opensAt: new Date('2026-12-03T09:00:00Z'),
  closesAt: new Date('2026-12-05T17:30:00Z'),
  expiresAt: new Date('2026-12-16T12:00:00Z'),
  link: 'https://assay.example.test/invite/abc_DEF-123?x=1&y=2',
};

describe('renderInviteEmail', () => {
  it('tells the candidate every fact of the default template in the plain-text body', () => {
    const { subject, text } = renderInviteEmail(DEFAULT_TEMPLATE, facts);
    expect(subject).toBe('Your coding assessment: Backend <b>screen</b> & "co"');
    expect(text).toContain('“Backend <b>screen</b> & "co"”');
    expect(text).toContain('Time: 2 hours (including 30 extra minutes for you)');
    expect(text).toContain('Languages: Python, Go');
    expect(text).toContain('When: start between 2026-12-03 09:00 UTC and 2026-12-05 17:30 UTC');
    expect(text).toContain('works until 2026-12-16 12:00 UTC');
    expect(text).toContain(`\n${facts.link}\n`);
    expect(text).toContain(`What is recorded: ${RECORDED}`);
    expect(text).not.toMatch(/\{\{|\}\}/);
  });

  it('escapes the template and the facts in the HTML body, with the link as its one anchor', () => {
    const { html } = renderInviteEmail({ subject: 's', body: 'Hi <i>{{title}}</i>\nsecond line\n\n{{link}}' }, facts);
    expect(html).toContain('<p>Hi &lt;i&gt;Backend &lt;b&gt;screen&lt;/b&gt; &amp; &quot;co&quot;&lt;/i&gt;<br>\nsecond line</p>');
    expect(html).toContain('<p><a href="https://assay.example.test/invite/abc_DEF-123?x=1&amp;y=2">https://assay.example.test/invite/abc_DEF-123?x=1&amp;y=2</a></p>');
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).not.toContain('<b>');
  });

  it('keeps the subject on one line whatever the title holds', () => {
    expect(renderInviteEmail({ subject: 'About {{title}}', body: '{{link}}' }, { ...facts, title: 'two\r\nlines' }).subject).toBe('About two lines');
  });

  it('says when an assessment has no window and no extra time', () => {
    const { text } = renderInviteEmail(
      { subject: 's', body: '{{duration}} / {{window}} {{link}}' },
      { ...facts, durationMinutes: 45, extraMinutes: 0, opensAt: null, closesAt: null },
    );
    expect(text.startsWith('45 minutes / start any time while the link works')).toBe(true);
  });
});

describe('InviteEmailTemplateSchema', () => {
  const valid = { senderName: 'Acme Hiring', replyTo: 'jobs@acme.test', subject: 'Hello {{title}}', body: 'Go: {{link}}' };
  it('takes a template with the link in its body', () => {
    expect(InviteEmailTemplateSchema.parse(valid)).toEqual(valid);
  });
  it.each([
    [{ body: 'no link here' }, ['body'], /must contain \{\{link\}\}/],
    [{ subject: 'Your link {{link}}' }, ['subject'], /keep \{\{link\}\} in the body/],
    [{ body: '{{link}} {{salary}}' }, ['body'], /unknown placeholder \{\{salary\}\}/],
    [{ senderName: 'Evil <x@y>' }, ['senderName'], /no </],
    [{ subject: 'a\nBcc: x@y' }, ['subject'], /one line/],
  ])('refuses %j naming the field', (patch, path, message) => {
    const parsed = InviteEmailTemplateSchema.safeParse({ ...valid, ...patch });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(path);
    expect(parsed.error!.issues[0]!.message).toMatch(message);
  });
});
