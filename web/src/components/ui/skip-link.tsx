/** The first focusable element of every page: jumps past the header to the main content. */
export function SkipLink({ target = 'main', children = 'Skip to main content' }: { target?: string; children?: string }) {
  return (
    <a className="skip-link" href={`#${target}`}>
      {children}
    </a>
  );
}
