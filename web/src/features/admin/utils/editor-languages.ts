/**
 * Syntax for the challenge files beyond the runner languages that the
 * shared editor setup registers: YAML (tests, rubric, key, responses) and
 * Markdown (the prompt). Imported lazily, only by the challenge editor.
 */
import 'monaco-editor/languages/definitions/yaml/register';
import 'monaco-editor/languages/definitions/markdown/register';
