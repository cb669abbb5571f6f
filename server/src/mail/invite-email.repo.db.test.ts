import { repoSuite } from '../test-support/repo-suite';
import { InviteEmailRepo } from './invite-email.repo';

describe('InviteEmailRepo keeps invite links out of its errors', () => {
  const t = repoSuite((db) => new InviteEmailRepo(db));

  it('reports a refused insert by the database’s reason, without the bodies that hold the link', async () => {
    const link = 'http://assay.test/invite/SECRET-TOKEN-abc123';
    const at = new Date('2026-12-02T12:00:00Z');
    const row = {
      id: 'e1',
      inviteId: 'no-such-invite',
      assessmentId: 'no-such-assessment',
      to: 'a@example.test',
      from: 'x@example.test',
      subject: 's',
      status: 'outbox' as const,
      createdAt: at,
    };
    const error: Error = await t.repo.add([{ ...row, text: `Start: ${link}`, html: `<a href="${link}">${link}</a>` }]).then(
      () => new Error('stored'),
      (e: Error) => e,
    );
    expect(error.message).toMatch(/^cannot store invite emails: .*foreign key/);
    expect(error.message).not.toContain('SECRET-TOKEN');
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain('SECRET-TOKEN');
  });
});
