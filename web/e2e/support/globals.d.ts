/** The web app's test hook (see web/src/components/editor/code-editor.tsx). */
interface Window {
  __assayEditor?: { getModel(): { getValue(): string } | null };
}
