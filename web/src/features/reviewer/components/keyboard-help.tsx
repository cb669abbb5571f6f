/** The scoring shortcuts, documented on the page itself. */
export function KeyboardHelp() {
  return (
    <details className="keyboard-help">
      <summary>Keyboard shortcuts</summary>
      <dl>
        <dt>
          <kbd>1</kbd>–<kbd>9</kbd>
        </dt>
        <dd>pick that level of the current criterion (1 is the lowest)</dd>
        <dt>
          <kbd>J</kbd> / <kbd>K</kbd>
        </dt>
        <dd>next / previous criterion</dd>
        <dt>
          <kbd>Tab</kbd>
        </dt>
        <dd>move through levels, comments and buttons as usual</dd>
      </dl>
      <p className="muted small">Shortcuts do nothing while you type in a comment.</p>
    </details>
  );
}
