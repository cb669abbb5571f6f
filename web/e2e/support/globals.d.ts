/** The web app's test hooks (see web/src/components/editor/code-editor.tsx and diff-editor.tsx). */
interface Window {
  __assayEditor?: { getModel(): { getValue(): string } | null };
  __assayDiffEditor?: { getModel(): { original: { getValue(): string }; modified: { getValue(): string } } | null };
}
