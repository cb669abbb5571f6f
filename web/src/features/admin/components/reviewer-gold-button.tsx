import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Icon } from '../../../components/ui/icon';
import { errorMessage } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { calibrationKeys, markGold, type GoldItem } from '../api/calibration';

/** A criterion as the picker needs it: the contract's `ReviewCriterionSchema` fits. */
export interface GoldCriterion {
  id: string;
  title: string;
  levels: readonly { points: number; descriptor: string }[];
}

/**
 * "Mark as gold" for a scored item, for admins wherever they see one (the
 * report, the adjudication view): asks for the reference level of every
 * criterion of the item's rubric (pre-filled with `initialLevels`, e.g. the
 * final scores) and creates the gold item. Radio groups, so arrow keys pick
 * a level.
 */
export function MarkGoldButton({
  itemId,
  criteria,
  initialLevels = {},
  onMarked,
}: {
  itemId: string;
  criteria: readonly GoldCriterion[];
  initialLevels?: Readonly<Record<string, number>>;
  onMarked?: (gold: GoldItem) => void;
}) {
  const api = useApi();
  const client = useQueryClient();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [levels, setLevels] = useState<Record<string, number>>({ ...initialLevels });
  const [done, setDone] = useState<GoldItem | null>(null);
  const mark = useMutation({
    mutationFn: () => markGold(api, itemId, levels),
    onSuccess: async (gold) => {
      await client.invalidateQueries({ queryKey: calibrationKeys.all });
      setDone(gold);
      setOpen(false);
      onMarked?.(gold);
    },
  });
  const complete = criteria.every((c) => levels[c.id] !== undefined);
  return (
    <>
      <Button size="sm" icon={<Icon name="star" size={14} />} onClick={() => setOpen(true)} disabled={done !== null}>
        {done ? 'Gold item made' : 'Mark as gold'}
      </Button>
      <Dialog
        open={open}
        title="Mark as gold"
        onClose={() => setOpen(false)}
        actions={
          <>
            <Button variant="ghost" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button variant="primary" busy={mark.isPending} disabled={!complete} onClick={() => mark.mutate()}>
              Make gold item
            </Button>
          </>
        }
      >
        <p className="small">Reviewers will get this explanation like any other; their levels are compared with the reference levels you pick here.</p>
        {criteria.map((c) => (
          <fieldset key={c.id} className="gold-criterion">
            <legend>{c.title}</legend>
            {c.levels.map((level, i) => (
              <label key={i} className="gold-level">
                <input type="radio" name={`${id}-${c.id}`} checked={levels[c.id] === i} onChange={() => setLevels((prev) => ({ ...prev, [c.id]: i }))} />
                Level {i + 1} ({level.points} pts): {level.descriptor}
              </label>
            ))}
          </fieldset>
        ))}
        {mark.error && (
          <Alert tone="danger" live="assertive">
            {errorMessage(mark.error)}
          </Alert>
        )}
      </Dialog>
    </>
  );
}
