import type { ReactNode } from 'react';
import { Link, Navigate, NavLink, useLocation, useNavigate } from 'react-router';
import type { UserView } from '@assay/contract';
import { logout } from '../../features/auth/api/auth';
import { useApi } from '../../lib/api-context';
import { StaffQueryProvider } from '../../lib/staff-query';
import { StaffUserProvider, useStaffSessionLoader } from '../../lib/staff-session';
import { Alert } from '../ui/alert';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Icon } from '../ui/icon';
import { Logo } from '../ui/logo';
import { MenuButton } from '../ui/menu-button';
import { SkipLink } from '../ui/skip-link';
import { PageLoading } from '../ui/spinner';
import { errorMessage } from '../../lib/api-client';
import '../../styles/staff.css';

/**
 * The admin and reviewer areas' frame: a top bar with the staff
 * navigation and the account menu, then the page. Anonymous visitors are
 * sent to /login?next=<this page>; the session's CSRF token is fetched here
 * once per load.
 */
export function StaffLayout({ children }: { children: ReactNode }) {
  const { state, retry } = useStaffSessionLoader();
  const location = useLocation();
  if (state.kind === 'loading') return <PageLoading label="Checking your sign-in…" />;
  if (state.kind === 'anonymous') return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (state.kind === 'error') {
    return (
      <div className="staff-fatal">
        <Alert
          tone="danger"
          title="The staff area could not be opened"
          live="assertive"
          action={
            <Button size="sm" onClick={retry} icon={<Icon name="refresh" size={14} />}>
              Try again
            </Button>
          }
        >
          {errorMessage(state.error)}
        </Alert>
      </div>
    );
  }
  return (
    <StaffUserProvider user={state.user}>
      <StaffQueryProvider>
        <StaffFrame user={state.user}>{children}</StaffFrame>
      </StaffQueryProvider>
    </StaffUserProvider>
  );
}

const NAV = [
  { to: '/admin/challenges', label: 'Challenges', icon: 'layers' },
  { to: '/admin/assessments', label: 'Assessments', icon: 'users' },
  { to: '/review', label: 'Review queue', icon: 'inbox' },
] as const;

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? parts[parts.length - 1]![0] : '')).toUpperCase() || '?';
}

function StaffFrame({ user, children }: { user: UserView; children: ReactNode }) {
  const api = useApi();
  const navigate = useNavigate();
  const signOut = async () => {
    await logout(api).catch(() => undefined);
    navigate('/login', { replace: true });
  };
  return (
    <div className="staff-shell">
      <SkipLink target="main" />
      <header className="topbar staff-topbar">
        <Link to={user.role === 'admin' ? '/admin' : '/review'} className="logo-link" aria-label="Assay staff home">
          <Logo />
        </Link>
        <span className="topbar-divider" aria-hidden="true" />
        <nav className="staff-nav" aria-label="Staff">
          {NAV.map((item) => (
            <NavLink key={item.to} to={item.to} className="staff-nav-link">
              <Icon name={item.icon} size={16} />
              {item.label}
            </NavLink>
          ))}
        </nav>
        <span className="toolbar-spacer" />
        <MenuButton
          className="account"
          label={
            <>
              <span className="avatar" aria-hidden="true">
                {initials(user.name)}
              </span>
              <span className="account-name">{user.name}</span>
              <Icon name="chevronDown" size={14} />
            </>
          }
        >
          <div className="menu-head">
            <strong>{user.name}</strong>
            <span className="muted small">{user.email}</span>
            <Badge tone={user.role === 'admin' ? 'brand' : 'info'}>{user.role === 'admin' ? 'Admin' : 'Reviewer'}</Badge>
          </div>
          <button type="button" className="menu-item" onClick={signOut}>
            <Icon name="logout" size={15} />
            Sign out
          </button>
        </MenuButton>
      </header>
      <main id="main" tabIndex={-1} className="staff-main">
        {children}
      </main>
    </div>
  );
}
