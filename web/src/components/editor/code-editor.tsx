import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import { monaco } from './monaco-setup';
import type { LineMarker } from './diagnostics';
import { monacoTheme, useEditorPreferences } from './editor-preferences';
import { attachKeyBindings } from './key-bindings';
import { takeOver } from './take-over';

export interface CodeEditorProps {
  /** Keeps one model (and undo history) per path, e.g. `two-sum/python`. */
  path: string;
  language: string;
  defaultValue: string;
  onChange: (value: string) => void;
  markers?: LineMarker[];
  ariaLabel: string;
  readOnly?: boolean;
  /** Called once the editor can take input. */
  onReady?: () => void;
  /** The plain editor shown while Monaco loaded, if any: Monaco takes over its text, selection, scroll and focus as it mounts. */
  takeOverFrom?: () => HTMLTextAreaElement | null;
}

declare global {
  interface Window {
    /** Test and benchmark hook: the live editor. */
    __assayEditor?: monaco.editor.IStandaloneCodeEditor;
  }
}

/**
 * Monaco, loaded lazily (default export for React.lazy). Tab indents inside
 * the editor; Ctrl+M (Ctrl+Shift+M on macOS) toggles Tab to move focus instead.
 * The theme and the key bindings (standard, Vim, Emacs) follow the
 * candidate's editor preferences; a status line under the editor shows
 * Vim's mode or the pending Emacs prefix.
 */
export default function CodeEditor({ path, language, defaultValue, onChange, markers = [], ariaLabel, readOnly, onReady, takeOverFrom }: CodeEditorProps) {
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const [mounted, setMounted] = useState<monaco.editor.IStandaloneCodeEditor>();
  const { keys, theme } = useEditorPreferences();

  useEffect(() => {
    const status = statusRef.current;
    if (!mounted || !status || keys === 'standard') return;
    let attached: { dispose(): void } | undefined;
    let gone = false;
    void attachKeyBindings(mounted, keys, status).then((a) => {
      if (gone) a?.dispose();
      else attached = a;
    });
    return () => {
      gone = true;
      attached?.dispose();
      status.replaceChildren();
    };
  }, [mounted, keys]);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    const plain = takeOverFrom?.();
    if (plain) takeOver(editor, plain);
    setMounted(editor);
    window.__assayEditor = editor;
    performance.mark('assay:editor-ready');
    onReady?.();
  };

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      'assay',
      markers.map((m) => ({
        severity: monaco.MarkerSeverity.Error,
        message: m.message,
        startLineNumber: m.line,
        endLineNumber: m.line,
        startColumn: m.column ?? model.getLineFirstNonWhitespaceColumn(m.line) ?? 1,
        endColumn: model.getLineMaxColumn(m.line),
      })),
    );
  }, [markers, path]);

  useEffect(() => () => void (window.__assayEditor = undefined), []);

  return (
    <div className="code-editor">
      <Editor
        path={path}
        language={language}
        defaultValue={defaultValue}
        theme={monacoTheme(theme)}
        height="auto"
        wrapperProps={{ className: 'code-editor-monaco' }}
        onMount={onMount}
        onChange={(value) => onChange(value ?? '')}
        loading={<div className="editor-loading">Loading the editor…</div>}
        options={{
          ariaLabel,
          readOnly,
          fontSize: 14,
          lineHeight: 21,
          fontFamily: '"JetBrains Mono", "Cascadia Code", "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace',
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          automaticLayout: true,
          tabSize: 4,
          renderLineHighlight: 'line',
          padding: { top: 12, bottom: 12 },
          smoothScrolling: true,
          acceptSuggestionOnCommitCharacter: false,
          acceptSuggestionOnEnter: 'off',
          wordBasedSuggestions: 'currentDocument',
          fixedOverflowWidgets: true,
          accessibilitySupport: 'auto',
          scrollbar: { verticalScrollbarSize: 10, horizontalScrollbarSize: 10 },
        }}
      />
      <div ref={statusRef} className={`keys-status keys-status-${theme}`} hidden={keys === 'standard'} data-keys={keys} />
    </div>
  );
}
