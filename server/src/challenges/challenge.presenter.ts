import { DEFAULT_LIMITS, type LanguageId } from '@assay/runners';
import type { CandidateChallengeView } from './challenge-view.schema';
import { ANSWER_LABELS, criterionPoints, rubricFullMarks, type Challenge } from './challenge.schema';
import { entryNameFor } from './entry-name';
import { starterFor } from './challenge.starter';

/**
 * The candidate's view of a challenge, built field by field from an allow
 * list so a new secret field can never leak by default. With `language`,
 * starter code and entry names are narrowed to that language; a language
 * the challenge does not offer throws (callers validate it first). `order`
 * is the response ids in the order this candidate sees them (default: the
 * files' order).
 */
export function candidateView(challenge: Challenge, language?: LanguageId, order?: readonly string[]): CandidateChallengeView {
  const { meta, rubric } = challenge;
  if (language && !meta.languages.includes(language)) {
    throw new Error(`challenge ${challenge.id} is not offered in ${language}`);
  }
  const languages = language ? [language] : meta.languages;
  const entry = meta.mode === 'function' ? Object.fromEntries(languages.map((l) => [l, entryNameFor(meta, l)!])) : null;
  const starter = Object.fromEntries(languages.flatMap((l) => {
    const code = starterFor(challenge, l);
    return code === undefined ? [] : [[l, code]];
  }));
  // Explain may be about a piece of code: its one response, shown read-only.
  const shared = meta.kind === 'review' || meta.kind === 'compare' || meta.kind === 'explain';
  return {
    id: challenge.id,
    title: meta.title,
    kind: meta.kind,
    difficulty: meta.difficulty ?? null,
    prompt: challenge.prompt,
    languages: meta.languages,
    mode: meta.mode,
    entry,
    starter,
    comparison: meta.comparison,
    publicTests: challenge.tests.public.map((t) =>
      'args' in t ? { name: t.name, args: t.args, expected: t.expected } : { name: t.name, stdin: t.stdin, stdout: t.stdout },
    ),
    hiddenTestCount: challenge.tests.hidden.length,
    limits: {
      timeMs: meta.limits?.timeMs ?? DEFAULT_LIMITS.timeMs,
      memoryMb: meta.limits?.memoryMb ?? DEFAULT_LIMITS.memoryMb,
    },
    explanation: meta.explanation
      ? { required: meta.explanation.required, minWords: meta.explanation.minWords, prompt: meta.explanation.prompt }
      : null,
    rubric: (rubric?.criteria ?? []).map((c) => ({ id: c.id, title: c.title, description: c.description, points: c.weight * criterionPoints(rubric!, c), weight: c.weight })),
    rubricFullMarks: rubric ? rubricFullMarks(rubric) : null,
    responses: shared ? shownResponses(challenge, order).map((r, i) => ({ label: ANSWER_LABELS[i]!, language: r.language, code: r.code, explanation: r.explanation })) : [],
    timeLimitMinutes: meta.timeLimitMinutes ?? null,
  };
}

/** The responses in the order shown: `order`'s ids first (unknown ones skipped), then any it does not name. */
export function shownResponses(challenge: Challenge, order: readonly string[] = []): Challenge['responses'] {
  const named = order.map((id) => challenge.responses.find((r) => r.id === id)).filter((r) => r !== undefined);
  return [...named, ...challenge.responses.filter((r) => !named.includes(r))];
}
