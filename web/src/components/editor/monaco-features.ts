/**
 * The editor features candidates and staff use, instead of Monaco's
 * `features/register.all` (about 60 contributions, most of them for
 * language services this app does not ship: code lens, inlay hints,
 * rename, references, colour picker, inline completions, sticky scroll,
 * GPU rendering…). What is left: editing and navigation (brackets,
 * comments, indentation, multi-cursor, line and word operations, folding,
 * find and replace, go to line, the command palette), word-based
 * completion, marker hovers and F8 for compile errors, the read-only
 * message, the context menu and clipboard, and Ctrl+M (Tab moves focus).
 * Monaco's codicon font comes with it. The diff editor's own actions
 * (the accessible diff viewer) load with the diff editor.
 */
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/codeEditor/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/caretOperations/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/gotoLine/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/lineSelection/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/quickCommand/register';
import 'monaco-editor/features/readOnlyMessage/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
