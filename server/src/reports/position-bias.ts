import type { Choice } from '../reviews/objective-view.schema';
import type { PositionBias } from './report.schema';

/** A compare challenge's choice in one attempt: its id, title, and the candidate's preference mapped to a response (null: none given). */
export interface ChoiceOn {
  challengeId: string;
  title: string;
  choice: Choice | null;
}

/**
 * Whether a candidate's pick between the same two answers, shown once in
 * each order (a compare challenge and its `swapOf` probe), followed the
 * answer (the same response both times), the position (the same label both
 * times, so the other response), or was `equal` both times. `mixed`: equal
 * once only; `unanswered`: a preference is missing; `not_swapped`: the two
 * orders were not reversed, so the pick cannot tell answer from position.
 */
export function positionBias(original: ChoiceOn, probe: ChoiceOn): PositionBias {
  const a = original.choice;
  const b = probe.choice;
  const outcome = ((): PositionBias['outcome'] => {
    if (!a || !b) return 'unanswered';
    if (a.choice === 'equal' && b.choice === 'equal') return 'equal_both';
    if (a.choice === 'equal' || b.choice === 'equal') return 'mixed';
    const sameAnswer = a.responseId !== null && a.responseId === b.responseId;
    const sameLabel = a.choice === b.choice;
    if (sameAnswer && sameLabel) return 'not_swapped';
    return sameAnswer ? 'followed_answer' : 'followed_position';
  })();
  return { outcome, original: { challengeId: original.challengeId, title: original.title, choice: a }, probe: { challengeId: probe.challengeId, title: probe.title, choice: b } };
}
