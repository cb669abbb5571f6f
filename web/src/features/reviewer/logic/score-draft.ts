import type { ReviewSpan } from '@assay/contract';

/** What a reviewer (or adjudicator) is entering: a level per criterion, spans, comments. Sent as-is to the server. */
export interface ScoreDraft {
  levels: Record<string, number>;
  spans: ReviewSpan[];
  comments: Record<string, string>;
  comment: string;
  /** Which criterion 1-9 and J/K act on (an index into the rubric's criteria). */
  focused: number;
  /** Bumped on every change the reviewer makes, so autosave knows there is something new; 0 = as loaded. */
  edits: number;
}

/** A change to the draft. */
export type DraftAction =
  | { type: 'pick'; criterion: string; level: number }
  | { type: 'criterionComment'; criterion: string; text: string }
  | { type: 'comment'; text: string }
  | { type: 'addSpan'; span: ReviewSpan }
  | { type: 'removeSpan'; span: ReviewSpan }
  | { type: 'focus'; index: number };

/** A draft starting from saved scores (or nothing). */
export function initialDraft(saved?: Partial<Pick<ScoreDraft, 'levels' | 'spans' | 'comments' | 'comment'>>): ScoreDraft {
  return { levels: { ...saved?.levels }, spans: [...(saved?.spans ?? [])], comments: { ...saved?.comments }, comment: saved?.comment ?? '', focused: 0, edits: 0 };
}

const sameSpan = (a: ReviewSpan, b: ReviewSpan) => a.criterion === b.criterion && a.start === b.start && a.end === b.end;

/** The draft's reducer: picks, comments and spans count as edits; moving focus does not. */
export function draftReducer(state: ScoreDraft, action: DraftAction): ScoreDraft {
  const edited = (next: Partial<ScoreDraft>): ScoreDraft => ({ ...state, ...next, edits: state.edits + 1 });
  switch (action.type) {
    case 'pick':
      return state.levels[action.criterion] === action.level ? state : edited({ levels: { ...state.levels, [action.criterion]: action.level } });
    case 'criterionComment':
      return edited({ comments: { ...state.comments, [action.criterion]: action.text } });
    case 'comment':
      return edited({ comment: action.text });
    case 'addSpan':
      // The same span twice would be highlighted twice and counted twice by adjudicators.
      return state.spans.some((s) => sameSpan(s, action.span)) ? state : edited({ spans: [...state.spans, action.span].sort((a, b) => a.start - b.start || a.end - b.end) });
    case 'removeSpan':
      return edited({ spans: state.spans.filter((s) => !sameSpan(s, action.span)) });
    case 'focus':
      return action.index === state.focused ? state : { ...state, focused: action.index };
  }
}

/** The body fields of a save: empty comments left out, so a cleared comment is not stored as "". */
export function draftBody(draft: ScoreDraft): { levels: Record<string, number>; spans: ReviewSpan[]; comments: Record<string, string>; comment: string } {
  const comments = Object.fromEntries(Object.entries(draft.comments).filter(([, text]) => text.trim() !== ''));
  return { levels: draft.levels, spans: draft.spans, comments, comment: draft.comment };
}
