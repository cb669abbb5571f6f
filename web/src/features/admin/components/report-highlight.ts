import type { ReportSpan } from '@assay/contract';

/** A stretch of the explanation and the spans that cover all of it (none: plain text). */
export interface Segment {
  text: string;
  start: number;
  spans: ReportSpan[];
}

/**
 * Cuts the explanation at every span edge, so overlapping spans of several
 * reviewers become one run of segments, each knowing every span over it.
 * Offsets are UTF-16 code units (what the reviewers' selections stored);
 * a span past the end is clipped, an empty or inverted one dropped.
 */
export function segmentsOf(text: string, spans: readonly ReportSpan[]): Segment[] {
  const clipped = spans.map((s) => ({ ...s, start: Math.max(0, Math.min(s.start, text.length)), end: Math.max(0, Math.min(s.end, text.length)) })).filter((s) => s.end > s.start);
  const cuts = [...new Set([0, text.length, ...clipped.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const over = clipped.filter((s) => s.start <= start && s.end >= end);
    const last = segments.at(-1);
    // Neighbours under the same spans read as one mark.
    if (last && sameSpans(last.spans, over)) last.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), start, spans: over });
  }
  return segments;
}

function sameSpans(a: readonly ReportSpan[], b: readonly ReportSpan[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** What a screen reader hears before a marked stretch: each criterion and who marked it. */
export function spanLabel(spans: readonly ReportSpan[], criterionTitle: (id: string) => string): string {
  return spans.map((s) => `${criterionTitle(s.criterion)}, marked by ${s.reviewer}`).join('; ');
}
