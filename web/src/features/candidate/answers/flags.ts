import type { Answers } from '@assay/contract';

/** A flagged line of the reviewed answer (1-based) and the candidate's comment on it. */
export type Flag = NonNullable<Answers['flags']>[number];

/** The flags with `line` added (empty comment), kept in line order; unchanged when that line is flagged already. */
export function addFlag(flags: Flag[], line: number): Flag[] {
  if (!Number.isInteger(line) || line < 1 || flags.some((f) => f.line === line)) return flags;
  return [...flags, { line, comment: '' }].sort((a, b) => a.line - b.line);
}

/** The flags without the one on `line`. */
export function removeFlag(flags: Flag[], line: number): Flag[] {
  return flags.filter((f) => f.line !== line);
}

/** The flags with the comment on `line` replaced. */
export function commentFlag(flags: Flag[], line: number, comment: string): Flag[] {
  return flags.map((f) => (f.line === line ? { ...f, comment } : f));
}

/**
 * The flags of saved answers; drafts stored before flags had comments hold
 * `flaggedLines` only, which come back as flags without a comment.
 */
export function flagsOf(answers: Answers): Flag[] {
  if (answers.flags) return answers.flags;
  return (answers.flaggedLines ?? []).reduce<Flag[]>((all, line) => addFlag(all, line), []);
}
