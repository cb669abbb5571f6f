import { useCallback, useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';

/**
 * Keeps unsaved work from being lost: the browser asks before a reload or
 * close, and leaving the page inside the app asks in a dialog. `bypass()`
 * lets the next navigation through (after a save that navigates itself).
 */
export function useUnsavedGuard(dirty: boolean, what = 'changes') {
  const bypassed = useRef(false);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && !bypassed.current && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const bypass = useCallback(() => {
    bypassed.current = true;
  }, []);

  const dialog = (
    <Dialog
      open={blocker.state === 'blocked'}
      title={`Leave without saving?`}
      onClose={() => blocker.reset?.()}
      actions={
        <>
          <Button onClick={() => blocker.reset?.()}>Stay</Button>
          <Button variant="danger" onClick={() => blocker.proceed?.()}>
            Discard {what}
          </Button>
        </>
      }
    >
      <p>You have unsaved {what}. They are lost if you leave this page now.</p>
    </Dialog>
  );
  return { dialog, bypass };
}
