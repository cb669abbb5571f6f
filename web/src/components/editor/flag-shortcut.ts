/** The keys that flag the caret's line in the flagging editor, as text (for labels; kept out of the lazy editor chunk). */
export const FLAG_SHORTCUT_TEXT = 'Control+Shift+F (Command+Shift+F on macOS)';
