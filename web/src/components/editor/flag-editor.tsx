import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import { monaco } from './monaco-setup';
import { monacoTheme, useEditorPreferences } from './editor-preferences';

export interface FlagEditorProps {
  path: string;
  language: string;
  /** The code under review (read-only). */
  code: string;
  /** 1-based lines flagged so far: decorated in the editor. */
  flagged: number[];
  /** The candidate flags a line: a click in the glyph margin or on a line number, or the flag shortcut on the caret line. */
  onFlag: (line: number) => void;
  /** The caret's line, whenever it moves (for a "Flag line" button outside the editor). */
  onCaret?: (line: number) => void;
  ariaLabel: string;
}

declare global {
  interface Window {
    /** Test hook: the live flagging editor. */
    __assayFlagEditor?: monaco.editor.IStandaloneCodeEditor;
  }
}

/**
 * A read-only Monaco editor on an AI answer where lines are flagged (default
 * export for React.lazy): the caret moves as usual, so keyboard users reach
 * any line and flag it with Ctrl/Cmd+Shift+F; mouse users click the margin.
 */
export default function FlagEditor({ path, language, code, flagged, onFlag, onCaret, ariaLabel }: FlagEditorProps) {
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  // Monaco's theme is one for the whole page: every editor follows the candidate's choice.
  const { theme } = useEditorPreferences();
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  // Monaco keeps the handlers it was given at mount; they call the latest props through these.
  const latest = useRef({ onFlag, onCaret });
  latest.current = { onFlag, onCaret };

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    window.__assayFlagEditor = editor;
    decorations.current = editor.createDecorationsCollection();
    editor.addAction({
      id: 'assay.flag-line',
      label: 'Flag this line',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyF],
      run: (ed) => {
        const line = ed.getPosition()?.lineNumber;
        if (line) latest.current.onFlag(line);
      },
    });
    editor.onMouseDown((e) => {
      const { GUTTER_GLYPH_MARGIN, GUTTER_LINE_NUMBERS } = monaco.editor.MouseTargetType;
      const line = e.target.position?.lineNumber;
      if (line && (e.target.type === GUTTER_GLYPH_MARGIN || e.target.type === GUTTER_LINE_NUMBERS)) latest.current.onFlag(line);
    });
    editor.onDidChangeCursorPosition((e) => latest.current.onCaret?.(e.position.lineNumber));
    setDecorations();
  };

  const setDecorations = () => {
    decorations.current?.set(
      flagged.map((line) => ({
        range: new monaco.Range(line, 1, line, 1),
        options: { isWholeLine: true, className: 'flagged-line', glyphMarginClassName: 'flag-glyph', glyphMarginHoverMessage: { value: 'Flagged' } },
      })),
    );
  };
  useEffect(setDecorations, [flagged]);

  useEffect(() => () => void (window.__assayFlagEditor = undefined), []);

  return (
    <Editor
      path={path}
      language={language}
      value={code}
      theme={monacoTheme(theme)}
      onMount={onMount}
      loading={<div className="editor-loading">Loading the answer…</div>}
      options={{
        ariaLabel,
        readOnly: true,
        domReadOnly: false,
        glyphMargin: true,
        // Nothing to indent in a read-only answer: Tab moves on, so the editor never traps keyboard users.
        tabFocusMode: true,
        fontSize: 14,
        lineHeight: 21,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        automaticLayout: true,
        tabSize: 4,
        padding: { top: 12, bottom: 12 },
        fixedOverflowWidgets: true,
        accessibilitySupport: 'auto',
      }}
    />
  );
}
