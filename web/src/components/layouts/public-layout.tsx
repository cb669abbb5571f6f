import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Logo } from '../ui/logo';
import { SkipLink } from '../ui/skip-link';

/** Pages outside the attempt: a slim header with the mark, the page, a quiet footer. */
export function PublicLayout({ children, aside }: { children: ReactNode; aside?: ReactNode }) {
  return (
    <div className="public-shell">
      <SkipLink target="main" />
      <header className="public-header">
        <Link to="/" className="logo-link" aria-label="Assay home">
          <Logo />
        </Link>
        {aside}
      </header>
      <main id="main" tabIndex={-1} className="public-main">
        {children}
      </main>
      <footer className="public-footer">
        <p>Assay runs your code in an isolated sandbox. Nothing you write is shared with other candidates.</p>
      </footer>
    </div>
  );
}
