/** The web app's test hook (see web/src/features/editor/components/code-editor.tsx). */
interface Window {
  __assayEditor?: { getModel(): { getValue(): string } | null };
}
