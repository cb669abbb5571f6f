/** The web app's test hooks (see web/src/components/editor/code-editor.tsx, diff-editor.tsx and flag-editor.tsx). */
interface Window {
  __assayEditor?: { getModel(): { getValue(): string } | null; getValue(): string; setValue(value: string): void };
  __assayDiffEditor?: {
    getModel(): { original: { getValue(): string }; modified: { getValue(): string } } | null;
    getLineChanges(): unknown[] | null;
    getOriginalEditor(): { getValue(): string };
    getModifiedEditor(): { getValue(): string };
  };
  __assayFlagEditor?: { focus(): void; setPosition(position: { lineNumber: number; column: number }): void };
}
