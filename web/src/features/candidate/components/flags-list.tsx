import { useId } from 'react';
import { Button } from '../../../components/ui/button';
import { Icon } from '../../../components/ui/icon';
import type { Flag } from '../answers/flags';

/** Review kind: the flagged lines of answer A, each with a comment and a Remove button. */
export function FlagsList({
  flags,
  lines,
  onComment,
  onRemove,
  disabled,
}: {
  flags: Flag[];
  /** The reviewed code's lines, to quote the flagged one. */
  lines: string[];
  onComment: (line: number, comment: string) => void;
  onRemove: (line: number) => void;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <section className="answer-block" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Flagged lines ({flags.length})
      </h2>
      {flags.length === 0 ? (
        <p className="muted small">
          None yet. Click a line number of answer A, or put the caret on a line and press <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>F</kbd> (or “Flag line”).
        </p>
      ) : (
        <ul className="flags">
          {flags.map((f) => (
            <li key={f.line} className="flag">
              <label className="field" htmlFor={`${id}-${f.line}`}>
                <span>
                  Line {f.line} <code className="flag-quote">{(lines[f.line - 1] ?? '').trim()}</code>
                </span>
              </label>
              <div className="flag-row">
                <input
                  id={`${id}-${f.line}`}
                  className="input"
                  value={f.comment}
                  maxLength={2000}
                  disabled={disabled}
                  placeholder="What is wrong on this line?"
                  onChange={(e) => onComment(f.line, e.target.value)}
                />
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={disabled}
                  onClick={() => onRemove(f.line)}
                  icon={<Icon name="x" size={14} />}
                  aria-label={`Remove the flag on line ${f.line}`}
                >
                  Remove
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
