import { useEffect, useId, useMemo, useState } from 'react';
import type { Answers, LanguageId } from '@assay/contract';
import { Alert } from '../../../components/ui/alert';
import { PageLoading } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { parseLineMarkers } from '../../../components/editor/diagnostics';
import { useLanguages } from '../../../lib/languages';
import type { ChallengeDetail, DraftBody } from '../api/challenge';
import { loadChallenge } from '../api/challenge-prefetch';
import { bodyOf, initialWork, type Work } from '../answers/work';
import type { DraftSaver } from '../hooks/draft-saver';
import type { Outcome } from '../hooks/use-outcomes';
import { getSubmission, type SubmissionView } from '../api/submissions';
import { ChallengeHead } from './challenge-head';
import { CodeWorkspace } from './code-workspace';
import { CompareWorkspace } from './compare-workspace';
import { ExplainWorkspace } from './explain-workspace';
import { ExplanationEditor } from './explanation-editor';
import { ReviewWorkspace } from './review-workspace';

export type { Work };

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
  /** Lets the page read the open challenge's current work (for the automatic submission at zero). */
  onCurrent: (current: (() => { challengeId: string; body: DraftBody }) | undefined) => void;
  locked: boolean;
}

/**
 * One challenge: its prompt and, by kind, the workspace (implement and debug:
 * the code editor; review: flags on answer A; compare: A beside B; explain:
 * prose only), the explanation where one is asked for, autosaved as typed.
 */
export function ChallengePanel({ challengeId, saver, works, outcome, onExecute, onSelectTab, onRestore, onCurrent, locked }: ChallengePanelProps) {
  const { sourceFile: sourceFileOf } = useLanguages();
  const api = useApi();
  const ids = useId();
  const [detail, setDetail] = useState<ChallengeDetail>();
  const [loadError, setLoadError] = useState<unknown>();
  const [work, setWork] = useState<Work>();

  useEffect(() => {
    let live = true;
    setDetail(undefined);
    setWork(undefined);
    setLoadError(undefined);
    loadChallenge(api, challengeId).then(
      (d) => {
        if (!live) return;
        const kept = works.get(challengeId);
        let next = kept;
        if (!next) {
          const { work: fresh, unsaved } = initialWork(d, saver);
          next = fresh;
          for (const lang of unsaved) saver.update(challengeId, { ...bodyOf(fresh), language: lang as LanguageId, code: fresh.codes[lang] ?? '' });
          if (unsaved.length && !unsaved.includes(fresh.language)) saver.update(challengeId, bodyOf(fresh));
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
    onCurrent(() => ({ challengeId, body: bodyOf(works.get(challengeId)!) }));
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
    saver.update(challengeId, bodyOf(next));
  };
  const latest = () => works.get(challengeId)!;
  const onCode = (code: string) => {
    const current = latest();
    const next = { ...current, codes: { ...current.codes, [current.language]: code } };
    works.set(challengeId, next);
    saver.update(challengeId, bodyOf(next));
  };
  const onAnswers = (change: (answers: Answers) => Answers) => update({ ...latest(), answers: change(latest().answers) });
  const execute = (kind: 'run' | 'submit') => onExecute(challengeId, kind, bodyOf(latest()));
  const selectTab = (tab: 'run' | 'submit') => onSelectTab(challengeId, tab);

  const prompt = <ChallengeHead challenge={challenge} language={work.language} titleId={`${ids}-title`} />;
  const explanation = challenge.explanation && (
    <ExplanationEditor
      spec={challenge.explanation}
      rubric={challenge.rubric}
      fullMarks={challenge.rubricFullMarks}
      value={work.explanation}
      readOnly={locked}
      onChange={(text) => update({ ...latest(), explanation: text })}
    />
  );
  const critique = { challenge, answers: work.answers, onAnswers, outcome, onExecute: execute, onSelectTab: selectTab, locked, prompt, explanation };

  if (challenge.kind === 'review')
    return (
      <div className="challenge-grid">
        <ReviewWorkspace {...critique} />
      </div>
    );
  if (challenge.kind === 'compare')
    return (
      <div className="challenge-grid">
        <CompareWorkspace {...critique} />
      </div>
    );
  if (challenge.kind === 'explain')
    return <ExplainWorkspace challenge={challenge} prompt={prompt} explanation={explanation} outcome={outcome} onSubmit={() => execute('submit')} locked={locked} />;
  return (
    <div className="challenge-grid">
      {/* Focusable: a long prompt scrolls, and keyboard users scroll it with the arrow keys once it has focus (it may hold no link or field to focus otherwise). */}
      <section className="prompt-col" aria-labelledby={`${ids}-title`} tabIndex={0}>
        {prompt}
        {explanation}
      </section>
      <CodeWorkspace
        challenge={challenge}
        languages={languages}
        work={work}
        currentCode={() => latest().codes[latest().language] ?? ''}
        onLanguage={(language) => update({ ...latest(), language })}
        onCode={onCode}
        onReset={() => {
          const current = latest();
          const starter = challenge.starter[current.language as LanguageId] ?? '';
          update({ ...current, codes: { ...current.codes, [current.language]: starter }, resets: current.resets + 1 });
        }}
        onExecute={execute}
        onSelectTab={selectTab}
        outcome={outcome}
        markers={markers}
        locked={locked}
      />
    </div>
  );
}
