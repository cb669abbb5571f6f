import { useEffect, useState } from 'react';
import { useApi } from '../../../lib/api-context';
import { saveDraft } from '../api/challenge';
import { DraftSaver, type SaveStatus } from './draft-saver';

/** One DraftSaver for the attempt, and the status it reports. */
export function useDraftSaver(attemptId: string | undefined): { saver: DraftSaver | undefined; status: SaveStatus } {
  const api = useApi();
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [saver, setSaver] = useState<DraftSaver>();
  useEffect(() => {
    if (!attemptId) return;
    const created = new DraftSaver({
      attemptId,
      save: (challengeId, body) => saveDraft(api, challengeId, body),
      onStatus: setStatus,
      backup: globalThis.localStorage,
    });
    setSaver(created);
    // Leaving the page: try to save now; if that does not make it, the localStorage backup is restored on return.
    const onHide = () => void created.flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void created.flush().finally(() => created.dispose());
    };
  }, [api, attemptId]);
  return { saver, status };
}
