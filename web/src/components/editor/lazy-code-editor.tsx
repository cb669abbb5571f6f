import { lazy, Suspense } from 'react';
import type { CodeEditorProps } from './code-editor';

let loading: Promise<typeof import('./code-editor')> | undefined;

/**
 * Starts fetching and evaluating the editor's code (Monaco, its setup and
 * features) once; later calls share the same load. Pages that will show an
 * editor call it early, so Monaco loads while their data is still on the way.
 */
export function preloadCodeEditor(): Promise<typeof import('./code-editor')> {
  loading ??= import('./code-editor');
  return loading;
}

const CodeEditor = lazy(preloadCodeEditor);

/** The only way the app shows Monaco: its bundle loads on first use, never on pages without an editor. */
export function LazyCodeEditor(props: CodeEditorProps) {
  return (
    <Suspense fallback={<div className="editor-loading">Loading the editor…</div>}>
      <CodeEditor {...props} />
    </Suspense>
  );
}
