import { Link } from 'react-router';
import { PublicLayout } from '../../components/layouts/public-layout';
import { Card } from '../../components/ui/card';
import { Icon } from '../../components/ui/icon';

/** / : where candidates and staff go from here. */
export default function HomeRoute() {
  return (
    <PublicLayout
      aside={
        <Link to="/login" className="btn btn-ghost btn-sm">
          Staff sign in
        </Link>
      }
    >
      <div className="landing">
        <Card className="landing-card">
          <p className="eyebrow">Assay</p>
          <h1 className="landing-title">Timed coding assessments, in the browser</h1>
          <p className="landing-lead">Write, run and submit code against hidden tests in an isolated sandbox, with explanations reviewed by people.</p>
          <ul className="rule-list">
            <li className="rule">
              <span className="rule-icon">
                <Icon name="user" size={18} />
              </span>
              <span>
                <strong>Candidates:</strong> open the invite link you received by email. It takes you straight to your assessment.
              </span>
            </li>
            <li className="rule">
              <span className="rule-icon">
                <Icon name="lock" size={18} />
              </span>
              <span>
                <strong>Admins and reviewers:</strong> <Link to="/login">sign in</Link> to manage assessments and review work.
              </span>
            </li>
          </ul>
        </Card>
      </div>
    </PublicLayout>
  );
}
