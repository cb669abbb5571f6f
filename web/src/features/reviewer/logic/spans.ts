/** A highlighted stretch of the explanation: UTF-16 offsets, `end` exclusive, with who marked it for what. */
export interface SpanMark {
  start: number;
  end: number;
  /** Read out and shown next to the highlight, e.g. "Approach" or "Reviewer 2: Approach". */
  label: string;
  /** Colour group (a criterion's index), a hint on top of the label, never the only cue. */
  tone: number;
}

/** A run of the explanation's text and the marks covering all of it. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  marks: SpanMark[];
}

/**
 * Cuts the text at every mark boundary so overlapping marks can be drawn:
 * each segment is covered by the same marks over its whole length. Marks
 * out of range are clipped; empty ones are dropped. The segments' texts
 * join back into `text` exactly.
 */
export function segments(text: string, marks: readonly SpanMark[]): Segment[] {
  const clipped = marks.map((m) => ({ ...m, start: Math.max(0, Math.min(m.start, text.length)), end: Math.max(0, Math.min(m.end, text.length)) })).filter((m) => m.end > m.start);
  const cuts = [...new Set([0, text.length, ...clipped.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    out.push({ start, end, text: text.slice(start, end), marks: clipped.filter((m) => m.start <= start && m.end >= end) });
  }
  return out;
}

/**
 * Trims a selection's offsets to the text it covers (no leading or
 * trailing whitespace), or null when it covers nothing but whitespace.
 */
export function trimSelection(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}

/**
 * The explanation offset of a DOM selection boundary inside a view that
 * renders each segment as one element with `data-start` holding exactly
 * one text node (labels between segments carry no `data-start` and are
 * skipped). Null when the boundary is not in a segment of `root`.
 */
export function boundaryOffset(root: Node, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === 3) {
    const seg = node.parentElement?.closest<HTMLElement>('[data-start]');
    return seg && root.contains(seg) ? Number(seg.dataset.start) + offset : null;
  }
  // An element boundary (a selection ending before a child): use the nearest segment at or after that child.
  const el = node as Element;
  const child = el.childNodes[offset] as Element | undefined;
  const next = child?.nodeType === 1 ? (child.matches('[data-start]') ? child : child.querySelector('[data-start]')) : null;
  return next instanceof HTMLElement ? Number(next.dataset.start) : null;
}
