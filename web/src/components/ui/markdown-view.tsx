import { useMemo } from 'react';
import { renderMarkdown } from '../../lib/markdown';

/** Markdown rendered with marked and sanitized with DOMPurify. */
export function MarkdownView({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return <div className={['prose', className].filter(Boolean).join(' ')} dangerouslySetInnerHTML={{ __html: html }} />;
}
