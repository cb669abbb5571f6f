import { lazy, Suspense } from 'react';
import type { CodeEditorProps } from './code-editor';

const CodeEditor = lazy(() => import('./code-editor'));

/** The only way the app shows Monaco: its bundle loads on first use, never on pages without an editor. */
export function LazyCodeEditor(props: CodeEditorProps) {
  return (
    <Suspense fallback={<div className="editor-loading">Loading the editor…</div>}>
      <CodeEditor {...props} />
    </Suspense>
  );
}
