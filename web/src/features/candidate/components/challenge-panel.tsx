import { useEffect, useId, useMemo, useState } from 'react';
import type { LanguageId } from '@assay/contract';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Icon } from '../../../components/ui/icon';
import { MarkdownView } from '../../../components/ui/markdown-view';
import { PageLoading } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { LazyCodeEditor } from '../../../components/editor/lazy-code-editor';
import { TabFocusShortcut, tabFocusShortcutText } from '../../../components/editor/tab-focus-shortcut';
import { parseLineMarkers } from '../../../components/editor/diagnostics';
import { useLanguages } from '../../../lib/languages';
import { getChallenge, type ChallengeDetail, type DraftBody } from '../api/challenge';
import type { DraftSaver } from '../hooks/draft-saver';
import type { Outcome } from '../hooks/use-outcomes';
import { getSubmission, type SubmissionView } from '../api/submissions';
import { ExplanationEditor } from './explanation-editor';
import { ResultsPanel } from './results-panel';

/** What the candidate has written for one challenge: code per language, the language in use, the explanation. */
export interface Work {
  language: string;
  codes: Record<string, string>;
  explanation: string;
  /** Bumped by "Reset to starter" so the editor gets a fresh model. */
  resets: number;
}

export interface ChallengePanelProps {
  challengeId: string;
  saver: DraftSaver;
  /** Work kept across challenge switches (newer than the server's draft while a save is pending). */
  works: Map<string, Work>;
  outcome: Outcome;
  onExecute: (challengeId: string, kind: 'run' | 'submit', body: DraftBody) => void;
  onSelectTab: (challengeId: string, tab: 'run' | 'submit') => void;
  /** Hands over the latest run and submission found on the server (after a reload). */
  onRestore: (challengeId: string, latest: { run?: SubmissionView; submit?: SubmissionView }) => void;
  /** Lets the page read the open challenge's current code (for the automatic submission at zero). */
  onCurrent: (current: (() => { challengeId: string; body: DraftBody }) | undefined) => void;
  locked: boolean;
}

/** The starting work for a challenge: the local backup if a save never arrived, else the server's draft, else the starter code. */
function initialWork(detail: ChallengeDetail, saver: DraftSaver): { work: Work; unsaved: string[] } {
  const { challenge, draft, languages } = detail;
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
  return { work: { language, codes, explanation, resets: 0 }, unsaved };
}

/** One challenge: prompt, editor with language picker, Run and Submit, results, and the explanation where one is asked for. */
export function ChallengePanel({ challengeId, saver, works, outcome, onExecute, onSelectTab, onRestore, onCurrent, locked }: ChallengePanelProps) {
  const { label: languageLabel, sourceFile: sourceFileOf } = useLanguages();
  const api = useApi();
  const ids = useId();
  const [detail, setDetail] = useState<ChallengeDetail>();
  const [loadError, setLoadError] = useState<unknown>();
  const [work, setWork] = useState<Work>();
  const [confirmReset, setConfirmReset] = useState(false);

  useEffect(() => {
    let live = true;
    setDetail(undefined);
    setWork(undefined);
    setLoadError(undefined);
    getChallenge(api, challengeId).then(
      (d) => {
        if (!live) return;
        const kept = works.get(challengeId);
        let next = kept;
        if (!next) {
          const { work: fresh, unsaved } = initialWork(d, saver);
          next = fresh;
          for (const lang of unsaved) saver.update(challengeId, { language: lang as LanguageId, code: fresh.codes[lang]!, explanation: fresh.explanation || undefined });
          if (unsaved.length && !unsaved.includes(fresh.language)) saver.update(challengeId, body(fresh));
        }
        works.set(challengeId, next);
        setDetail(d);
        setWork(next);
        const lastRun = d.submissions.find((x) => x.kind === 'run');
        const lastSubmit = d.submissions.find((x) => x.kind === 'submit');
        if (lastRun || lastSubmit) {
          void Promise.all([lastRun && getSubmission(api, lastRun.id), lastSubmit && getSubmission(api, lastSubmit.id)]).then(
            ([run, submit]) => live && onRestore(challengeId, { run, submit }),
            () => undefined, // results are a convenience after a reload; the work itself is loaded
          );
        }
      },
      (e: unknown) => live && setLoadError(e),
    );
    return () => {
      live = false;
    };
  }, [api, challengeId, saver, works, onRestore]);

  // The page reads the current code from the shared map, so typing never waits for a render.
  useEffect(() => {
    onCurrent(() => ({ challengeId, body: body(works.get(challengeId)!) }));
    return () => onCurrent(undefined);
  }, [challengeId, onCurrent, works]);

  const markers = useMemo(() => {
    const latest = [outcome.run, outcome.submit].filter(Boolean).sort((a, b) => (a!.createdAt < b!.createdAt ? 1 : -1))[0];
    if (!latest || latest.status !== 'done' || !work || latest.language !== work.language) return [];
    if (latest.compile && !latest.compile.ok) return parseLineMarkers(latest.compile.output, sourceFileOf(latest.language), Number.MAX_SAFE_INTEGER);
    if (latest.kind === 'run') {
      const crashed = latest.cases.find((c) => c.verdict === 'runtime_error' && c.stderr);
      if (crashed) return parseLineMarkers(crashed.stderr, sourceFileOf(latest.language), Number.MAX_SAFE_INTEGER);
    }
    return [];
  }, [outcome.run, outcome.submit, work, sourceFileOf]);

  if (loadError)
    return (
      <Alert tone="danger" title="This challenge could not be loaded" live="assertive">
        {errorMessage(loadError)}
      </Alert>
    );
  if (!detail || !work) return <PageLoading label="Loading the challenge…" />;
  const { challenge, languages } = detail;

  const update = (next: Work) => {
    works.set(challengeId, next);
    setWork(next);
    saver.update(challengeId, body(next));
  };
  const onCode = (code: string) => {
    const current = works.get(challengeId)!;
    const next = { ...current, codes: { ...current.codes, [current.language]: code } };
    works.set(challengeId, next);
    saver.update(challengeId, body(next));
  };
  const execute = (kind: 'run' | 'submit') => onExecute(challengeId, kind, body(works.get(challengeId)!));
  const busy = outcome.running !== undefined;
  const starter = challenge.starter[work.language as LanguageId] ?? '';

  return (
    <div className="challenge-grid">
      <section className="prompt-col" aria-labelledby={`${ids}-title`}>
        <header className="challenge-head">
          <div className="challenge-badges">
            <Badge tone="brand">{kindLabel(challenge.kind)}</Badge>
            {challenge.difficulty && (
              <Badge tone={challenge.difficulty === 'easy' ? 'success' : challenge.difficulty === 'medium' ? 'warning' : 'danger'}>{capitalize(challenge.difficulty)}</Badge>
            )}
            {challenge.timeLimitMinutes && <Badge icon={<Icon name="clock" size={12} />}>about {challenge.timeLimitMinutes} min</Badge>}
          </div>
          <h1 id={`${ids}-title`} className="challenge-title">
            {challenge.title}
          </h1>
          <p className="challenge-meta">
            {challenge.mode === 'function' && challenge.entry?.[work.language as LanguageId] && (
              <>
                Write <code>{challenge.entry[work.language as LanguageId]}</code> ·{' '}
              </>
            )}
            {challenge.publicTests.length} examples · {challenge.hiddenTestCount} hidden tests · {challenge.limits.timeMs / 1000} s and {challenge.limits.memoryMb} MB per test
          </p>
        </header>
        <MarkdownView source={challenge.prompt} className="prompt" />
        {challenge.responses.map((r, i) => (
          <section key={r.label} className="card response" aria-label={`AI answer ${i + 1}`}>
            <h2 className="section-title">
              AI answer {challenge.responses.length > 1 ? String.fromCharCode(65 + i) : ''} <Badge>{languageLabel(r.language)}</Badge>
            </h2>
            {r.explanation && <MarkdownView source={r.explanation} />}
            <pre className="output response-code">{r.code}</pre>
          </section>
        ))}
        {challenge.explanation && (
          <ExplanationEditor
            spec={challenge.explanation}
            rubric={challenge.rubric}
            fullMarks={challenge.rubricFullMarks}
            value={work.explanation}
            readOnly={locked}
            onChange={(explanation) => update({ ...works.get(challengeId)!, explanation })}
          />
        )}
      </section>

      <section className="editor-col" aria-label="Your code">
        <div className="editor-toolbar">
          <label className="field-inline" htmlFor={`${ids}-lang`}>
            <span>Language</span>
            <select
              id={`${ids}-lang`}
              className="select"
              value={work.language}
              disabled={locked}
              onChange={(e) => update({ ...works.get(challengeId)!, language: e.target.value })}
            >
              {languages.map((l) => (
                <option key={l} value={l}>
                  {languageLabel(l)}
                </option>
              ))}
            </select>
          </label>
          <Button variant="ghost" size="sm" disabled={locked} onClick={() => setConfirmReset(true)} icon={<Icon name="refresh" size={14} />}>
            Reset
          </Button>
          <span className="toolbar-spacer" />
          <Button variant="secondary" busy={outcome.running === 'run'} disabled={busy || locked} onClick={() => execute('run')} icon={<Icon name="play" size={14} />}>
            Run examples
          </Button>
          <Button variant="primary" busy={outcome.running === 'submit'} disabled={busy || locked} onClick={() => execute('submit')} icon={<Icon name="send" size={14} />}>
            Submit
          </Button>
        </div>
        <div className="editor-frame">
          <LazyCodeEditor
            key={`${challengeId}/${work.language}/${work.resets}`}
            path={`${challengeId}/${work.language}/${work.resets}`}
            language={work.language}
            defaultValue={work.codes[work.language] ?? ''}
            onChange={onCode}
            markers={markers}
            readOnly={locked}
            ariaLabel={`Code editor, ${languageLabel(work.language)}. Press ${tabFocusShortcutText()} to toggle whether Tab moves focus.`}
          />
        </div>
        <p className="editor-hint">
          <Icon name="keyboard" size={14} className="inline-icon" /> Tab indents. Press <TabFocusShortcut /> to make Tab move focus out of the editor (and again to undo).
        </p>
        <ResultsPanel outcome={outcome} examples={challenge.publicTests.length} hidden={challenge.hiddenTestCount} onSelect={(tab) => onSelectTab(challengeId, tab)} />
      </section>

      <Dialog
        open={confirmReset}
        title="Reset to the starter code?"
        onClose={() => setConfirmReset(false)}
        actions={
          <>
            <Button onClick={() => setConfirmReset(false)}>Keep my code</Button>
            <Button
              variant="danger"
              onClick={() => {
                const current = works.get(challengeId)!;
                update({ ...current, codes: { ...current.codes, [current.language]: starter }, resets: current.resets + 1 });
                setConfirmReset(false);
              }}
            >
              Reset {languageLabel(work.language)}
            </Button>
          </>
        }
      >
        <p>Your {languageLabel(work.language)} code for this challenge is replaced by the starter code. Code in other languages is kept.</p>
      </Dialog>
    </div>
  );
}

function body(work: Work): DraftBody {
  return { language: work.language as LanguageId, code: work.codes[work.language] ?? '', explanation: work.explanation || undefined };
}

function kindLabel(kind: string): string {
  return { implement: 'Implement', debug: 'Debug AI code', review: 'Review AI code', compare: 'Compare AI answers', explain: 'Explain' }[kind] ?? kind;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
