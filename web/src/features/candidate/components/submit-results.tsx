import { Alert } from '../../../components/ui/alert';
import { Spinner } from '../../../components/ui/spinner';
import { formatClock } from '../../../lib/time';
import { useLanguages } from '../../../lib/languages';
import type { SubmitView } from '../api/submissions';
import { GroupBars, VerdictBadges } from '../../../components/results/hidden-counts';
import { queuedText } from '../../../components/results/queue-status';

/**
 * A hidden-test submission at the assessment's feedback level: `full`
 * counts per group and per verdict, `summary` passed / total, `none` only
 * that it was judged. Never the tests themselves.
 */
export function SubmitResults({ submit }: { submit: SubmitView }) {
  const { label: languageLabel } = useLanguages();
  if (submit.status === 'queued' || submit.status === 'running') {
    return (
      <p className="results-pending" role="status">
        <Spinner size={16} />{' '}
        {submit.status === 'queued' ? `Submitted. ${queuedText(submit.queuedAhead)}` : submit.total === 0 ? 'Submitting your answers…' : `Running ${submit.total} hidden tests…`}
      </p>
    );
  }
  if (submit.status === 'error')
    return (
      <Alert tone="danger" title="The submission could not be judged" live="polite">
        {submit.error ?? 'The sandbox failed.'} Your code is kept; submit again.
      </Alert>
    );
  if (submit.compile && !submit.compile.ok) {
    return (
      <div className="results-block" role="status">
        <Alert tone="danger" title="Compilation failed: no hidden test could run">
          The lines the compiler names are marked in the editor.
        </Alert>
        <pre className="output output-error" aria-label="Compiler output">
          {submit.compile.output}
        </pre>
      </div>
    );
  }
  // Critique and explain kinds: nothing is judged now (a result would reveal the key); their answers are graded later.
  if (submit.total === 0) {
    return (
      <div className="results-block">
        <div className="score neutral" role="status">
          <div className="score-text">
            <strong>Submitted; your answers are graded after the assessment</strong>
            <span className="muted">Submitted at {formatClock(submit.createdAt)}. Your last submission counts; you may change your answers and submit again.</span>
          </div>
        </div>
      </div>
    );
  }
  const submittedAt = `Submitted at ${formatClock(submit.createdAt)} in ${languageLabel(submit.language)}.`;
  if (submit.feedback === 'none' || submit.passed === null) {
    return (
      <div className="results-block">
        <div className="score neutral" role="status">
          <div className="score-text">
            <strong>Submitted and judged</strong>
            <span className="muted">{submittedAt} This assessment shows hidden-test results once it has ended. Your last submission counts; you may submit again.</span>
          </div>
        </div>
      </div>
    );
  }
  const passed = submit.passed;
  const all = passed === submit.total;
  return (
    <div className="results-block">
      <div className={`score ${all ? 'ok' : 'bad'}`} role="status">
        <div className="score-figure">
          <span className="score-num">{passed}</span>
          <span className="score-of">/ {submit.total}</span>
        </div>
        <div className="score-text">
          <strong>{all ? 'All hidden tests passed' : `${passed} of ${submit.total} hidden tests passed`}</strong>
          <span className="muted">{submittedAt} Your last submission counts; you may submit again.</span>
        </div>
      </div>
      {submit.feedback === 'full' && (
        <>
          <GroupBars groups={submit.groups} />
          <VerdictBadges verdicts={submit.verdicts} />
        </>
      )}
      <p className="muted small">
        {submit.feedback === 'full' ? 'Hidden tests stay hidden: only these counts are shown.' : 'Hidden tests stay hidden: this assessment shows only how many passed.'}
      </p>
    </div>
  );
}
