import type { InviteDelivery } from '../mail/invite-email.schema';
import type { AssessmentRow } from './assessment.repo';

/** A link just made (an invite or a reissue), with what its email says. */
export interface IssuedInvite {
  id: string;
  email: string;
  extraMinutes: number;
  expiresAt: Date;
  /** The invite link: a credential. */
  url: string;
}

/** Tells candidates of their links (the mail module: by email, or the outbox), and says how that went. */
export interface InviteNotifier {
  issued(assessment: AssessmentRow, invites: IssuedInvite[]): Promise<void>;
  /** Each invite's latest email's state; invites without one are absent. */
  deliveries(inviteIds: string[]): Promise<Map<string, InviteDelivery>>;
}
