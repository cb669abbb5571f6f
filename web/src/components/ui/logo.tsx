/** The Assay mark and word. */
export function Logo({ subtle = false }: { subtle?: boolean }) {
  return (
    <span className={`logo${subtle ? ' logo-subtle' : ''}`}>
      <svg width="26" height="26" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" fill="currentColor" className="logo-tile" />
        <path d="M9 23 16 8l7 15M11.8 17.5h8.4" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="logo-word">Assay</span>
    </span>
  );
}
