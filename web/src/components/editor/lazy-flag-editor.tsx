import { lazy, Suspense } from 'react';
import type { FlagEditorProps } from './flag-editor';

const FlagEditor = lazy(() => import('./flag-editor'));

/** The flagging editor behind the same lazy loading as LazyCodeEditor. */
export function LazyFlagEditor(props: FlagEditorProps) {
  return (
    <Suspense fallback={<div className="editor-loading">Loading the answer…</div>}>
      <FlagEditor {...props} />
    </Suspense>
  );
}
