import { useSearchParams } from 'react-router';
import { PublicLayout } from '../../components/layouts/public-layout';
import { LoginForm } from '../../features/auth/components/login-form';

/** /login */
export default function LoginRoute() {
  const [params] = useSearchParams();
  return (
    <PublicLayout>
      <LoginForm next={params.get('next') ?? undefined} />
    </PublicLayout>
  );
}
