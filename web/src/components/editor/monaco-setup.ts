/**
 * Monaco from the local package, never a CDN: the editor core, its
 * features, the syntax of the six runner languages, and the one worker it
 * needs, bundled by Vite. No language services (their workers are
 * megabytes): candidates get highlighting, brackets, folding, find and
 * word completion. Imported only by the lazily loaded CodeEditor.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/register.all';
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

export { monaco };
