import type { ReactNode } from 'react';
import { Button } from '../../../components/ui/button';
import { Icon } from '../../../components/ui/icon';
import type { Outcome } from '../hooks/use-outcomes';

/** The toolbar of the review and compare kinds: what the kind adds on the left, "Run my tests" and Submit on the right. */
export function CritiqueActions({
  outcome,
  onExecute,
  locked,
  children,
}: {
  outcome: Outcome;
  onExecute: (kind: 'run' | 'submit') => void;
  locked: boolean;
  children?: ReactNode;
}) {
  const busy = outcome.running !== undefined;
  return (
    <div className="editor-toolbar">
      {children}
      <span className="toolbar-spacer" />
      <Button variant="secondary" busy={outcome.running === 'run'} disabled={busy || locked} onClick={() => onExecute('run')} icon={<Icon name="play" size={14} />}>
        Run my tests
      </Button>
      <Button variant="primary" busy={outcome.running === 'submit'} disabled={busy || locked} onClick={() => onExecute('submit')} icon={<Icon name="send" size={14} />}>
        Submit
      </Button>
    </div>
  );
}
