import { lazy, Suspense } from 'react';
import type { CodeDiffProps } from './diff-editor';

const CodeDiff = lazy(() => import('./diff-editor'));

/** Monaco's diff editor behind the same lazy loading as LazyCodeEditor: pages without it never load Monaco. */
export function LazyCodeDiff(props: CodeDiffProps) {
  return (
    <Suspense fallback={<div className="editor-loading">Loading the diff…</div>}>
      <CodeDiff {...props} />
    </Suspense>
  );
}
