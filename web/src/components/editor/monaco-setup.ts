/**
 * Monaco from the local package, never a CDN: the editor core, its
 * features, the syntax of the six runner languages, and the one worker it
 * needs, bundled by Vite. No language services (their workers are
 * megabytes) and only the editor features the app uses (monaco-features):
 * candidates get highlighting, brackets, folding, find and word
 * completion. Imported only by the lazily loaded editors.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import './monaco-features';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/languages/definitions/javascript/register';
import 'monaco-editor/languages/definitions/typescript/register';
import 'monaco-editor/languages/definitions/java/register';
import 'monaco-editor/languages/definitions/cpp/register';
import 'monaco-editor/languages/definitions/go/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { loader } from '@monaco-editor/react';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
loader.config({ monaco });

// Monaco's light theme with every token colour at 5:1 or more against the
// background and the current-line highlight (WCAG AA needs 4.5:1).
monaco.editor.defineTheme('assay-light', {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'comment', foreground: '57606a', fontStyle: 'italic' },
    { token: 'keyword', foreground: '4338ca' },
    { token: 'keyword.flow', foreground: '7e22ce' },
    { token: 'string', foreground: '0f6b4b' },
    { token: 'string.escape', foreground: '9a3412' },
    { token: 'number', foreground: '9a3412' },
    { token: 'number.hex', foreground: '9a3412' },
    { token: 'type', foreground: '155e75' },
    { token: 'type.identifier', foreground: '155e75' },
    { token: 'annotation', foreground: '57606a' },
    { token: 'constant', foreground: 'b91c1c' },
    { token: 'invalid', foreground: 'b91c1c' },
    { token: 'metatag', foreground: 'b91c1c' },
    { token: 'attribute.name', foreground: 'b91c1c' },
    { token: 'variable.predefined', foreground: '1e40af' },
    { token: 'regexp', foreground: '800000' },
  ],
  colors: {
    'editor.background': '#ffffff',
    'editor.lineHighlightBackground': '#f8fafc',
    'editor.lineHighlightBorder': '#eef1f6',
    'editorLineNumber.foreground': '#5f6b7a',
    'editorLineNumber.activeForeground': '#1f2937',
    // The number of the empty line after a final newline: dimmed, yet 4.5:1 like any text (Monaco's default is 1.75:1).
    'editorLineNumber.dimmedForeground': '#6b7280',
    'editorIndentGuide.background1': '#e5e7eb',
    'editor.selectionBackground': '#c7d2fe',
    'editorCursor.foreground': '#4338ca',
    // The reviewer's diff against the starter: pale enough that every token colour keeps 4.5:1 on it.
    'diffEditor.removedTextBackground': '#ffe4e2',
    'diffEditor.insertedTextBackground': '#d9f5df',
    'diffEditor.removedLineBackground': '#fff5f5',
    'diffEditor.insertedLineBackground': '#f0fbf2',
  },
});

// The dark choice (editor-preferences): every token colour at 4.5:1 or
// more against the background, the current line, the diff colours and the
// selection (comments, the dimmest, 5.0:1 on the removed-line red).
monaco.editor.defineTheme('assay-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [
    { token: '', foreground: 'e5e7eb' },
    { token: 'comment', foreground: '9ca3af', fontStyle: 'italic' },
    { token: 'keyword', foreground: 'a5b4fc' },
    { token: 'keyword.flow', foreground: 'd8b4fe' },
    { token: 'string', foreground: '86efac' },
    { token: 'string.escape', foreground: 'fdba74' },
    { token: 'number', foreground: 'fdba74' },
    { token: 'number.hex', foreground: 'fdba74' },
    { token: 'type', foreground: '67e8f9' },
    { token: 'type.identifier', foreground: '67e8f9' },
    { token: 'annotation', foreground: '9ca3af' },
    { token: 'constant', foreground: 'fca5a5' },
    { token: 'invalid', foreground: 'fca5a5' },
    { token: 'metatag', foreground: 'fca5a5' },
    { token: 'attribute.name', foreground: 'fca5a5' },
    { token: 'variable.predefined', foreground: '93c5fd' },
    { token: 'regexp', foreground: 'f9a8d4' },
  ],
  colors: {
    'editor.background': '#1b1f27',
    'editor.foreground': '#e5e7eb',
    'editor.lineHighlightBackground': '#232833',
    'editor.lineHighlightBorder': '#2a303c',
    'editorLineNumber.foreground': '#9ca3af',
    'editorLineNumber.activeForeground': '#e5e7eb',
    'editorLineNumber.dimmedForeground': '#8b93a1',
    'editorIndentGuide.background1': '#2f3542',
    'editor.selectionBackground': '#2c3650',
    'editorCursor.foreground': '#a5b4fc',
    'diffEditor.removedTextBackground': '#4b2a2e',
    'diffEditor.insertedTextBackground': '#1f3a2a',
    'diffEditor.removedLineBackground': '#2e2226',
    'diffEditor.insertedLineBackground': '#1d2b24',
  },
});

export { monaco };
