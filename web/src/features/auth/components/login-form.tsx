import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ApiError, errorMessage } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { login } from '../api/auth';

/** Staff sign-in (admins and reviewers). Candidates never need it: their invite link is their access. */
export function LoginForm({ next }: { next?: string }) {
  const api = useApi();
  const navigate = useNavigate();
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const user = await login(api, email.trim(), password);
      navigate(next && /^\/(?!\/)/.test(next) ? next : user.role === 'reviewer' ? '/review' : '/admin', { replace: true });
    } catch (err) {
      setError(
        err instanceof ApiError && err.status === 401
          ? 'The email or password is wrong.'
          : err instanceof ApiError && err.status === 400
            ? 'Enter a valid email address and your password.'
            : errorMessage(err),
      );
      setBusy(false);
    }
  };

  return (
    <div className="landing">
      <Card className="landing-card login-card">
        <h1 className="landing-title">Staff sign in</h1>
        <p className="landing-lead">For admins and reviewers. Candidates: open the invite link from your email instead.</p>
        <form className="form" onSubmit={submit} noValidate>
          {error && (
            <Alert tone="danger" live="assertive">
              {error}
            </Alert>
          )}
          <div className="field">
            <label htmlFor={`${id}-email`}>Email</label>
            <input
              id={`${id}-email`}
              className="input"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={Boolean(error) || undefined}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-password`}>Password</label>
            <input
              id={`${id}-password`}
              className="input"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={Boolean(error) || undefined}
            />
          </div>
          <Button type="submit" variant="primary" size="lg" busy={busy} className="btn-block">
            Sign in
          </Button>
        </form>
      </Card>
    </div>
  );
}
