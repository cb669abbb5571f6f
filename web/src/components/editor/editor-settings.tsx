import { useId, useState } from 'react';
import { EDITOR_THEMES, KEY_BINDINGS, setEditorPreferences, useEditorPreferences, type EditorTheme, type KeyBindings } from './editor-preferences';

const KEY_LABELS: Record<KeyBindings, string> = { standard: 'Standard', vim: 'Vim', emacs: 'Emacs' };
const THEME_LABELS: Record<EditorTheme, string> = { light: 'Light', dark: 'Dark' };

/** What a screen reader hears after a change (the select's new value alone says little about what it did). */
const KEY_NEWS: Record<KeyBindings, string> = {
  standard: 'Standard key bindings on.',
  vim: 'Vim key bindings on: the editor starts in normal mode; press i to insert and Escape to leave insert mode.',
  emacs: 'Emacs key bindings on.',
};
const THEME_NEWS: Record<EditorTheme, string> = { light: 'Light editor theme on.', dark: 'Dark editor theme on.' };

/**
 * The editor's key bindings (standard, Vim, Emacs) and theme (light,
 * dark): two native selects, so keyboards and screen readers work as
 * everywhere else (each label names its select alone, not the options too);
 * each change is kept in local storage and announced in a polite live region.
 */
export function EditorSettings() {
  const { keys, theme } = useEditorPreferences();
  const [news, setNews] = useState('');
  return (
    <div className="editor-settings" role="group" aria-label="Editor settings">
      <Setting
        label="Keys"
        value={keys}
        options={KEY_BINDINGS}
        names={KEY_LABELS}
        onPick={(next) => {
          setEditorPreferences({ keys: next });
          setNews(KEY_NEWS[next]);
        }}
      />
      <Setting
        label="Theme"
        value={theme}
        options={EDITOR_THEMES}
        names={THEME_LABELS}
        onPick={(next) => {
          setEditorPreferences({ theme: next });
          setNews(THEME_NEWS[next]);
        }}
      />
      <p className="visually-hidden" role="status">
        {news}
      </p>
    </div>
  );
}

/** One labelled select over a fixed list of choices. */
function Setting<T extends string>({
  label,
  value,
  options,
  names,
  onPick,
}: {
  label: string;
  value: T;
  options: readonly T[];
  names: Record<T, string>;
  onPick: (next: T) => void;
}) {
  const id = useId();
  return (
    <div className="field-inline">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={value} onChange={(e) => onPick(e.target.value as T)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {names[o]}
          </option>
        ))}
      </select>
    </div>
  );
}
