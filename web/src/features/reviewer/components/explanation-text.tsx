import { Fragment, useEffect, useMemo, useRef } from 'react';
import { boundaryOffset, segments, trimSelection, type SpanMark } from '../logic/spans';

/** A selection inside the explanation: offsets into its text and the text itself. */
export interface TextSelection {
  start: number;
  end: number;
  text: string;
}

/**
 * The explanation's text as written (line breaks kept), with spans as
 * `mark`s, each followed by a visible label naming its criterion (and
 * reviewer), so a highlight never relies on colour. With `onSelect`, a
 * selection made inside it is reported as text offsets (null when it
 * leaves); labels are not part of the text, so they never shift offsets.
 */
export function ExplanationText({
  text,
  marks,
  label,
  onSelect,
}: {
  text: string;
  marks: readonly SpanMark[];
  label: string;
  onSelect?: (selection: TextSelection | null) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const segs = useMemo(() => segments(text, marks), [text, marks]);

  useEffect(() => {
    if (!onSelect) return;
    const onChange = () => {
      const root = ref.current;
      const sel = document.getSelection();
      if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return onSelect(null);
      const range = sel.getRangeAt(0);
      const start = boundaryOffset(root, range.startContainer, range.startOffset);
      const end = boundaryOffset(root, range.endContainer, range.endOffset);
      const trimmed = start === null || end === null ? null : trimSelection(text, start, end);
      onSelect(trimmed && { ...trimmed, text: text.slice(trimmed.start, trimmed.end) });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [onSelect, text]);

  return (
    <div ref={ref} className="explanation-text" role="region" aria-label={label} tabIndex={0}>
      {segs.map((s) => {
        const ending = s.marks.filter((m) => m.end === s.end);
        if (s.marks.length === 0) {
          return (
            <span key={s.start} data-start={s.start}>
              {s.text}
            </span>
          );
        }
        const names = s.marks.map((m) => m.label).join('; ');
        return (
          <Fragment key={s.start}>
            <mark data-start={s.start} className={`span-mark tone-${s.marks[0]!.tone % 6}${s.marks.length > 1 ? ' overlap' : ''}`} title={names}>
              {s.text}
            </mark>
            {ending.length > 0 && (
              <span className="span-tag">
                <span className="visually-hidden">(highlighted for </span>
                {ending.map((m) => m.label).join('; ')}
                <span className="visually-hidden">)</span>
              </span>
            )}
          </Fragment>
        );
      })}
    </div>
  );
}
