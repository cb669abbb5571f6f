import type { Choice, ObjectiveView, PositionBias } from '@assay/contract';

type Shown = ObjectiveView['shown'];

/** A score in [0, 1] as staff read it ("0.67"); an em dash for none. */
export function formatValue(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : String(Math.round(value * 100) / 100);
}

/** "review answer A (resp-buggy)": the label the candidate saw, then the real response. */
export function labelled(label: string, responseId: string | null): string {
  return responseId ? `${label} (${responseId})` : label;
}

/** "A = resp-slow · B = resp-fast": the order the candidate was shown the answers. */
export function orderText(shown: Shown): string {
  return shown.map((s) => `${s.label} = ${s.responseId}`).join(' · ');
}

/** The candidate's preference in words: "A (resp-slow), clearly better", or "equal". */
export function choiceText(choice: Choice | null): string {
  if (!choice) return 'no preference given';
  if (choice.choice === 'equal') return 'equal';
  return `${labelled(choice.choice, choice.responseId)}${choice.strength ? `, ${choice.strength} better` : ' better'}`;
}

/** A key's (or grader's) preference by id, with the label it had in this order: "resp-fast (B), clearly better". */
export function preferenceText(p: { preferred: string; strength: string | null } | null, shown: Shown): string {
  if (!p) return 'none given';
  if (p.preferred === 'equal') return 'equal';
  const label = shown.find((s) => s.responseId === p.preferred)?.label;
  return `${p.preferred}${label ? ` (${label})` : ''}${p.strength ? `, ${p.strength} better` : ' better'}`;
}

const OUTCOMES: Record<PositionBias['outcome'], string> = {
  followed_answer: 'followed the answer',
  followed_position: 'followed the position',
  equal_both: 'equal both times',
  mixed: 'equal only once',
  unanswered: 'a preference is missing',
  not_swapped: 'the order was not swapped: cannot tell',
};

/** The report's position-bias line: the outcome, then both picks with the response each named. */
export function positionBiasText(bias: PositionBias): string {
  const pick = (side: PositionBias['original']) => `${choiceText(side.choice)} in “${side.title}”`;
  return `Position bias: ${OUTCOMES[bias.outcome]}. Picked ${pick(bias.original)}, then ${pick(bias.probe)}.`;
}
