import { useRef, type KeyboardEvent, type Ref } from 'react';
import type { EditorTheme } from './editor-preferences';
import { indentFrom, positionAt } from './plain-text';

export interface PlainCodeEditorProps {
  defaultValue: string;
  onChange: (value: string) => void;
  ariaLabel: string;
  readOnly?: boolean;
  theme: EditorTheme;
  tabSize: number;
  ref?: Ref<HTMLTextAreaElement>;
}

/**
 * The code as a plain textarea, shown while Monaco loads so a candidate can
 * read and type at once (LazyCodeEditor hands its text, selection, scroll
 * and focus to Monaco once Monaco is up). It is drawn like Monaco (font,
 * line height, padding, the text where Monaco's starts) so the swap does
 * not move the code. Tab indents to the next tab stop as in Monaco;
 * Ctrl+M (Ctrl+Shift+M on macOS) makes Tab move focus instead, as there.
 */
export function PlainCodeEditor({ defaultValue, onChange, ariaLabel, readOnly, theme, tabSize, ref }: PlainCodeEditorProps) {
  const tabMovesFocus = useRef(false);
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.ctrlKey && !e.altKey && !e.metaKey && e.key.toLowerCase() === 'm') {
      e.preventDefault();
      tabMovesFocus.current = !tabMovesFocus.current;
      return;
    }
    if (e.key !== 'Tab' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey || tabMovesFocus.current || readOnly) return;
    e.preventDefault();
    const area = e.currentTarget;
    const indent = indentFrom(positionAt(area.value, area.selectionStart).column, tabSize);
    // insertText keeps the browser's own undo and fires the input event React listens to; setRangeText is the fallback.
    if (!document.execCommand('insertText', false, indent)) {
      area.setRangeText(indent, area.selectionStart, area.selectionEnd, 'end');
      onChange(area.value);
    }
  };
  return (
    <textarea
      ref={ref}
      className={`plain-editor plain-editor-${theme}`}
      data-plain-editor=""
      defaultValue={defaultValue}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={onKeyDown}
      aria-label={ariaLabel}
      readOnly={readOnly}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      autoCorrect="off"
      wrap="off"
    />
  );
}
