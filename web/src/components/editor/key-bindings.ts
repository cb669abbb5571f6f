import type { monaco } from './monaco-setup';
import type { KeyBindings } from './editor-preferences';

/** Vim or Emacs keys attached to one editor; dispose() gives the editor its own keys back. */
export interface AttachedKeys {
  dispose(): void;
}

/**
 * Attaches Vim (monaco-vim) or Emacs (monaco-emacs) key bindings to an
 * editor. Each package is its own chunk, fetched only when a candidate
 * picks it, so the standard editor loads none of them. `status` shows
 * Vim's mode and command line, or the pending Emacs prefix (C-x, C-u 4).
 */
export async function attachKeyBindings(editor: monaco.editor.IStandaloneCodeEditor, keys: KeyBindings, status: HTMLElement): Promise<AttachedKeys | undefined> {
  if (keys === 'vim') {
    const { initVimMode } = await import('monaco-vim');
    return initVimMode(editor, status);
  }
  if (keys === 'emacs') {
    const { EmacsExtension } = await import('monaco-emacs');
    const emacs = new EmacsExtension(editor);
    const shown = emacs.onDidChangeKey((pending) => (status.textContent = pending));
    emacs.start();
    return {
      dispose() {
        shown.dispose();
        emacs.dispose();
        status.textContent = '';
      },
    };
  }
  return undefined;
}
