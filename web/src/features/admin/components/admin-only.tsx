import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Icon } from '../../../components/ui/icon';
import { useStaffUser } from '../../../lib/staff-session';

/** Shows `children` to admins; reviewers get a short explanation instead (the server refuses them anyway). */
export function AdminOnly({ children }: { children: ReactNode }) {
  const user = useStaffUser();
  if (user.role === 'admin') return <>{children}</>;
  return (
    <div className="staff-page narrow">
      <div className="state-panel state-not_open admins-only" role="alert">
        <span className="state-icon">
          <Icon name="lock" size={22} />
        </span>
        <div>
          <h1 className="state-title">Admins only</h1>
          <p>Reviewers can read the challenge and assessment lists and work the review queue; authoring and invitations are for admins.</p>
          <p>
            <Link to="/review">Go to the review queue</Link>
          </p>
        </div>
      </div>
    </div>
  );
}
