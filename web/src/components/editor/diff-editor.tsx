import { DiffEditor } from '@monaco-editor/react';
// Imported for its effect too: it points @monaco-editor/react at the bundled Monaco (otherwise the loader fetches one from a CDN).
import type { monaco } from './monaco-setup';
import './monaco-setup';
// The diff editor's actions (the accessible diff viewer, F7/Shift+F7 between changes): only pages with a diff load them.
import 'monaco-editor/features/diffEditor/register';
import { monacoTheme, useEditorPreferences } from './editor-preferences';

/** Props of the read-only side-by-side diff. */
export interface CodeDiffProps {
  /** Where the candidate started (debug challenges: the buggy AI answer). */
  original: string;
  /** What the candidate submitted. */
  modified: string;
  language: string;
  ariaLabel: string;
  /** How the two sides are named to screen readers (default: the starter, the candidate’s code). */
  originalLabel?: string;
  modifiedLabel?: string;
  /** Keep the two sides side by side however narrow the editor is (Monaco otherwise goes inline below ~900 px). */
  alwaysSideBySide?: boolean;
}

declare global {
  interface Window {
    /** Test hook: the live diff editor. */
    __assayDiffEditor?: monaco.editor.IStandaloneDiffEditor;
  }
}

/** Monaco's diff editor, read-only, loaded lazily like the code editor (default export for React.lazy). */
export default function CodeDiff({
  original,
  modified,
  language,
  ariaLabel,
  originalLabel = 'the starter',
  modifiedLabel = 'the candidate’s code',
  alwaysSideBySide = false,
}: CodeDiffProps) {
  // Monaco's theme is one for the whole page: every editor follows the candidate's choice.
  const { theme } = useEditorPreferences();
  return (
    <DiffEditor
      original={original}
      modified={modified}
      language={language}
      theme={monacoTheme(theme)}
      onMount={(editor) => {
        // The diff editor does not pass its side labels on to the inner editors' input element; set them on each side.
        editor.getOriginalEditor().updateOptions({ ariaLabel: `${ariaLabel}: ${originalLabel}` });
        editor.getModifiedEditor().updateOptions({ ariaLabel: `${ariaLabel}: ${modifiedLabel}` });
        window.__assayDiffEditor = editor;
      }}
      loading={<div className="editor-loading">Loading the diff…</div>}
      options={{
        readOnly: true,
        originalEditable: false,
        renderSideBySide: true,
        useInlineViewWhenSpaceIsLimited: !alwaysSideBySide,
        ariaLabel,
        originalAriaLabel: `${ariaLabel}: ${originalLabel}`,
        modifiedAriaLabel: `${ariaLabel}: ${modifiedLabel}`,
        fontSize: 14,
        lineHeight: 21,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        automaticLayout: true,
        accessibilitySupport: 'auto',
      }}
    />
  );
}
