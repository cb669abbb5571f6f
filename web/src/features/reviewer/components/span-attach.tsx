import type { Dispatch } from 'react';
import { Button } from '../../../components/ui/button';
import type { ReviewRubric } from '../api/reviews';
import type { DraftAction } from '../logic/score-draft';
import type { TextSelection } from './explanation-text';

/**
 * Under the explanation: what is selected in it and a button per
 * criterion to attach it ("Attach to Approach"); a hint when nothing is.
 * The buttons keep the offsets taken at selection time, so clicking them
 * (which may clear the page's selection) loses nothing.
 */
export function SpanAttach({
  rubric,
  selection,
  dispatch,
  onAttached,
}: {
  rubric: ReviewRubric;
  selection: TextSelection | null;
  dispatch: Dispatch<DraftAction>;
  onAttached: () => void;
}) {
  return (
    <div className="span-attach" role="group" aria-label="Attach the selected text to a criterion">
      {selection ? (
        <>
          <p className="span-selected">
            Selected: <q>{selection.text.length > 80 ? `${selection.text.slice(0, 80)}…` : selection.text}</q>
          </p>
          <div className="span-buttons">
            {rubric.criteria.map((c) => (
              <Button
                key={c.id}
                size="sm"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  dispatch({ type: 'addSpan', span: { criterion: c.id, start: selection.start, end: selection.end } });
                  onAttached();
                }}
              >
                Attach to {c.title}
              </Button>
            ))}
          </div>
        </>
      ) : (
        <p className="muted small">Select text in the explanation to attach it to a criterion as the part that earned or lost its points.</p>
      )}
    </div>
  );
}
