/** True on macOS, where Monaco binds the Tab-focus toggle to Ctrl+Shift+M (Cmd+M minimizes the window). */
function isMac(): boolean {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  return /mac/i.test(nav.userAgentData?.platform ?? nav.platform ?? '');
}

/** The keys that toggle whether Tab moves focus out of the code editor, as text (for labels). */
export function tabFocusShortcutText(): string {
  return isMac() ? 'Control+Shift+M' : 'Control+M';
}

/** The same keys as <kbd> elements. */
export function TabFocusShortcut() {
  return isMac() ? (
    <>
      <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>M</kbd>
    </>
  ) : (
    <>
      <kbd>Ctrl</kbd>+<kbd>M</kbd>
    </>
  );
}
