import type { monaco } from './monaco-setup';
import { positionAt } from './plain-text';

/** Monaco's EndOfLinePreference.LF: compare texts as a textarea keeps them, with `\n` breaks. */
const LF = 1;

/**
 * Monaco takes over from the plain editor in one task, so no key typed
 * meanwhile goes astray: the text typed so far (one undoable edit over the
 * draft Monaco opened with), the selection and its direction, the scroll
 * position, and the focus if the textarea had it.
 */
export function takeOver(editor: monaco.editor.IStandaloneCodeEditor, area: HTMLTextAreaElement): void {
  const model = editor.getModel();
  if (!model) return;
  const text = area.value;
  if (model.getValue(LF) !== text) {
    editor.pushUndoStop();
    editor.executeEdits('assay.plain-editor', [{ range: model.getFullModelRange(), text }]);
    editor.pushUndoStop();
  }
  const start = positionAt(text, area.selectionStart);
  const end = positionAt(text, area.selectionEnd);
  const [anchor, active] = area.selectionDirection === 'backward' ? [end, start] : [start, end];
  editor.setSelection({
    selectionStartLineNumber: anchor.lineNumber,
    selectionStartColumn: anchor.column,
    positionLineNumber: active.lineNumber,
    positionColumn: active.column,
  });
  editor.setScrollPosition({ scrollTop: area.scrollTop, scrollLeft: area.scrollLeft });
  editor.revealPositionInCenterIfOutsideViewport(active);
  if (document.activeElement === area) editor.focus();
}
