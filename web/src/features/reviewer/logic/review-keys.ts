/** What a key press on the scoring page means: pick a level of the focused criterion, or move between criteria. */
export type KeyCommand = { type: 'pick'; criterion: number; level: number } | { type: 'focus'; criterion: number };

/** The bits of a KeyboardEvent the shortcuts look at. */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** The key went to a text field (input, textarea, contenteditable, the code editor): shortcuts stay out of typing. */
  inTextField: boolean;
}

/**
 * The scoring shortcuts: 1-9 pick that level (1 = the lowest) of the
 * focused criterion, J / K move to the next / previous criterion. Null for
 * any other key, a key with a modifier (browser shortcuts stay theirs), a
 * level the criterion does not have, or typing in a text field.
 */
export function keyCommand(press: KeyPress, criteria: readonly { levels: readonly unknown[] }[], focused: number): KeyCommand | null {
  if (press.inTextField || press.ctrlKey || press.metaKey || press.altKey || criteria.length === 0) return null;
  const current = Math.min(Math.max(focused, 0), criteria.length - 1);
  if (/^[1-9]$/.test(press.key)) {
    const level = Number(press.key) - 1;
    return level < criteria[current]!.levels.length ? { type: 'pick', criterion: current, level } : null;
  }
  const key = press.key.toLowerCase();
  if (key === 'j') return { type: 'focus', criterion: Math.min(current + 1, criteria.length - 1) };
  if (key === 'k') return { type: 'focus', criterion: Math.max(current - 1, 0) };
  return null;
}

/** Whether an event target is somewhere text is typed (so shortcuts must not fire). */
export function isTextField(target: EventTarget | null): boolean {
  const el = target as (Element & { isContentEditable?: boolean }) | null;
  if (!el || typeof el.tagName !== 'string') return false;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select' || el.isContentEditable) return true;
  if (tag !== 'input') return false;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  return !['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}
