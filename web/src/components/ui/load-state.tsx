import type { ReactNode } from 'react';
import { ApiError, errorMessage } from '../../lib/api-client';
import { Alert } from './alert';
import { Button } from './button';
import { Icon } from './icon';
import { PageLoading } from './spinner';

/** What a page shows while its data loads or when loading failed (with Try again); `children` once it is there. */
export function LoadState<T>({
  data,
  error,
  label,
  retry,
  children,
}: {
  data: T | undefined;
  error: unknown;
  label: string;
  retry?: () => void;
  children: (data: T) => ReactNode;
}) {
  if (data !== undefined) return <>{children(data)}</>;
  if (error) {
    const missing = error instanceof ApiError && error.status === 404;
    return (
      <Alert
        tone="danger"
        title={missing ? 'Not found' : 'This could not be loaded'}
        live="assertive"
        action={
          retry && !missing ? (
            <Button size="sm" onClick={retry} icon={<Icon name="refresh" size={14} />}>
              Try again
            </Button>
          ) : undefined
        }
      >
        {missing ? 'It may have been removed, or the address is wrong.' : errorMessage(error)}
      </Alert>
    );
  }
  return <PageLoading label={label} />;
}
