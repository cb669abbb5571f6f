import { isCritique, type Answers, type LanguageId } from '@assay/contract';
import type { ChallengeDetail, DraftBody } from '../api/challenge';

/** What the candidate has written for one challenge: code per language, the language in use, the explanation, the answers. */
export interface Work {
  language: string;
  codes: Record<string, string>;
  explanation: string;
  /** Review and compare kinds: verdict, flags, preference, ratings, own test cases. */
  answers: Answers;
  /** Bumped by "Reset to starter" so the editor gets a fresh model. */
  resets: number;
}

/** What `initialWork` reads the local backup through (DraftSaver). */
export interface BackupReader {
  readBackup(challengeId: string, language: string): { code: string; explanation?: string; answers?: Answers } | undefined;
}

/** The critique kinds: no candidate code, answers about AI answers instead. */
export { isCritique };

/**
 * The starting work for a challenge: the local backup if a save never
 * arrived, else the server's draft, else the starter code. `unsaved` lists
 * the languages whose backup is newer than the server's copy (to save again).
 */
export function initialWork(detail: ChallengeDetail, saver: BackupReader): { work: Work; unsaved: string[] } {
  const { challenge, draft, languages } = detail;
  if (isCritique(challenge.kind)) return critiqueWork(detail, saver);
  const language = languages.find((l) => l === draft.language) ?? languages[0] ?? challenge.languages[0] ?? 'python';
  const codes: Record<string, string> = {};
  const unsaved: string[] = [];
  let explanation = draft.explanation ?? '';
  for (const lang of languages) {
    const server = draft.codes[lang] ?? challenge.starter[lang as LanguageId] ?? '';
    const backup = saver.readBackup(challenge.id, lang);
    codes[lang] = backup && backup.code !== server ? backup.code : server;
    if (backup && (backup.code !== server || (backup.explanation ?? '') !== explanation)) {
      unsaved.push(lang);
      if (backup.explanation !== undefined) explanation = backup.explanation;
    }
  }
  return { work: { language, codes, explanation, answers: draft.answers ?? {}, resets: 0 }, unsaved };
}

/** Review and compare: everything saves under the first shown answer's language, with no code. */
function critiqueWork(detail: ChallengeDetail, saver: BackupReader): { work: Work; unsaved: string[] } {
  const { challenge, draft } = detail;
  const language = challenge.responses[0]?.language ?? challenge.languages[0] ?? 'python';
  const server = { explanation: draft.explanation ?? '', answers: draft.answers ?? {} };
  const backup = saver.readBackup(challenge.id, language);
  const newer = backup !== undefined && ((backup.explanation ?? '') !== server.explanation || JSON.stringify(backup.answers ?? {}) !== JSON.stringify(server.answers));
  const work: Work = {
    language,
    codes: { [language]: '' },
    explanation: newer ? (backup.explanation ?? '') : server.explanation,
    answers: newer ? (backup.answers ?? {}) : server.answers,
    resets: 0,
  };
  return { work, unsaved: newer ? [language] : [] };
}

/** The draft (and Run / Submit) body of the work: code in the language in use, and the answers when there are any. */
export function bodyOf(work: Work): DraftBody {
  const answers = Object.keys(work.answers).length ? work.answers : undefined;
  return { language: work.language as LanguageId, code: work.codes[work.language] ?? '', explanation: work.explanation || undefined, ...(answers ? { answers } : {}) };
}
