import type { ReactNode } from 'react';
import { Icon } from './icon';

/** A message box: info, success, warning or danger; `live` announces it to screen readers. */
export function Alert({
  tone = 'info',
  title,
  children,
  live,
  action,
}: {
  tone?: 'info' | 'success' | 'warning' | 'danger';
  title?: ReactNode;
  children?: ReactNode;
  live?: 'polite' | 'assertive';
  action?: ReactNode;
}) {
  const icon = tone === 'success' ? 'check' : tone === 'info' ? 'info' : 'alert';
  return (
    <div className={`alert alert-${tone}`} role={live === 'assertive' ? 'alert' : live ? 'status' : undefined} aria-live={live}>
      <Icon name={icon} size={18} />
      <div className="alert-body">
        {title && <p className="alert-title">{title}</p>}
        {children && <div className="alert-text">{children}</div>}
      </div>
      {action}
    </div>
  );
}
