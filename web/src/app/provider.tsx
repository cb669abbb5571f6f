import { useState, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { ApiClient } from '../lib/api-client';
import { ApiProvider } from '../lib/api-context';
import { LanguagesProvider } from '../lib/languages';

/** Everything the pages share: one API client, the server's language list, and a last-resort error screen. */
export function AppProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() => new ApiClient());
  return (
    <ErrorBoundary
      fallback={(error) => (
        <div className="fatal" role="alert">
          <h1>Something went wrong</h1>
          <p>{error.message}</p>
          <p>Your saved work is safe on the server. Reload the page to continue.</p>
          <button type="button" className="btn btn-primary btn-md" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      )}
    >
      <ApiProvider client={client}>
        <LanguagesProvider>{children}</LanguagesProvider>
      </ApiProvider>
    </ErrorBoundary>
  );
}
