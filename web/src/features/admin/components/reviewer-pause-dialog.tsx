import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { errorMessage } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { calibrationKeys, pauseReviewer } from '../api/calibration';

/**
 * Asks for the reason and pauses a reviewer: they take no new items; their
 * scores stay and are marked. The reason is required (the server refuses
 * an empty one).
 */
export function ReviewerPauseDialog({ reviewer, suggestion, onClose }: { reviewer: { id: string; name: string } | null; suggestion: string; onClose: () => void }) {
  const api = useApi();
  const client = useQueryClient();
  const id = useId();
  const [reason, setReason] = useState(suggestion);
  const pause = useMutation({
    mutationFn: () => pauseReviewer(api, reviewer!.id, reason),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: calibrationKeys.all });
      onClose();
    },
  });
  return (
    <Dialog
      open={reviewer !== null}
      title={`Pause ${reviewer?.name ?? 'reviewer'}`}
      onClose={onClose}
      actions={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="danger" busy={pause.isPending} disabled={!reason.trim()} onClick={() => pause.mutate()}>
            Pause
          </Button>
        </>
      }
    >
      <p className="small">They get no new items until resumed. Scores they already gave stay counted, marked as a paused reviewer’s.</p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason</label>
        <textarea id={`${id}-reason`} className="textarea textarea-sm" value={reason} onChange={(e) => setReason(e.target.value)} required />
      </div>
      {pause.error && (
        <Alert tone="danger" live="assertive">
          {errorMessage(pause.error)}
        </Alert>
      )}
    </Dialog>
  );
}
