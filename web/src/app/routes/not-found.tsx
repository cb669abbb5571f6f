import { Link } from 'react-router';
import { PublicLayout } from '../../components/layouts/public-layout';
import { Card } from '../../components/ui/card';

/** Any other path. */
export default function NotFoundRoute() {
  return (
    <PublicLayout>
      <div className="landing">
        <Card className="landing-card landing-card-narrow">
          <h1 className="landing-title">Page not found</h1>
          <p className="landing-lead">There is nothing at this address. Candidates: use the invite link from your email.</p>
          <p>
            <Link to="/">Go to the start page</Link>
          </p>
        </Card>
      </div>
    </PublicLayout>
  );
}
