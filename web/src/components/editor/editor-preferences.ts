import { useSyncExternalStore } from 'react';
import { z } from 'zod';

/** Key bindings a candidate can pick: Monaco's own, Vim's or Emacs'. */
export const KEY_BINDINGS = ['standard', 'vim', 'emacs'] as const;
/** Editor colour themes: both keep every token at 4.5:1 or more (WCAG AA). */
export const EDITOR_THEMES = ['light', 'dark'] as const;

const PreferencesSchema = z.object({
  keys: z.enum(KEY_BINDINGS).catch('standard'),
  theme: z.enum(EDITOR_THEMES).catch('light'),
});

/** The candidate's editor choices, kept in this browser's local storage. */
export type EditorPreferences = z.infer<typeof PreferencesSchema>;
export type KeyBindings = EditorPreferences['keys'];
export type EditorTheme = EditorPreferences['theme'];

/** Where the choices live in local storage (one key for both, JSON). */
export const PREFERENCES_KEY = 'assay.editor-preferences';
const DEFAULTS: EditorPreferences = { keys: 'standard', theme: 'light' };

/**
 * Reads stored choices. Anything unreadable (no storage, old or hand-edited
 * JSON, an unknown value) falls back to the defaults field by field, so a
 * bad entry can never keep the editor from opening.
 */
export function parsePreferences(raw: string | null): EditorPreferences {
  if (!raw) return DEFAULTS;
  try {
    const parsed = PreferencesSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULTS;
  } catch {
    return DEFAULTS;
  }
}

/** The Monaco theme name for a choice (defined in monaco-setup). */
export function monacoTheme(theme: EditorTheme): string {
  return theme === 'dark' ? 'assay-dark' : 'assay-light';
}

const listeners = new Set<() => void>();
let current: EditorPreferences | undefined;

function read(): EditorPreferences {
  if (!current) {
    let raw: string | null = null;
    try {
      raw = globalThis.localStorage?.getItem(PREFERENCES_KEY) ?? null;
    } catch {
      // Storage blocked (privacy settings): the defaults, for this page only.
    }
    current = parsePreferences(raw);
  }
  return current;
}

/** Changes one or both choices: stored, and every editor on the page follows. */
export function setEditorPreferences(change: Partial<EditorPreferences>): void {
  current = { ...read(), ...change };
  try {
    globalThis.localStorage?.setItem(PREFERENCES_KEY, JSON.stringify(current));
  } catch {
    // Storage full or blocked: the choice still holds until the page is left.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current choices; the component re-renders when they change. */
export function useEditorPreferences(): EditorPreferences {
  return useSyncExternalStore(subscribe, read, () => DEFAULTS);
}
