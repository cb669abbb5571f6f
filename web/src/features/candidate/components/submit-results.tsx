import { Alert } from '../../../components/ui/alert';
import { Spinner } from '../../../components/ui/spinner';
import { formatClock } from '../../../lib/time';
import { languageLabel } from '../../editor/languages';
import type { SubmitView } from '../api/submissions';
import { GroupBars, VerdictBadges } from '../../../components/results/hidden-counts';
import { queuedText } from '../../../components/results/queue-status';

/** A hidden-test submission: counts per group and how many cases ended with each verdict. Never the tests themselves. */
export function SubmitResults({ submit }: { submit: SubmitView }) {
  if (submit.status === 'queued' || submit.status === 'running') {
    return (
      <p className="results-pending" role="status">
        <Spinner size={16} /> {submit.status === 'queued' ? `Submitted. ${queuedText(submit.queuedAhead)}` : `Running ${submit.total} hidden tests…`}
      </p>
    );
  }
  if (submit.status === 'error') return <Alert tone="danger" title="The submission could not be judged" live="polite">{submit.error ?? 'The sandbox failed.'} Your code is kept; submit again.</Alert>;
  if (submit.compile && !submit.compile.ok) {
    return (
      <div className="results-block" role="status">
        <Alert tone="danger" title="Compilation failed: no hidden test could run">The lines the compiler names are marked in the editor.</Alert>
        <pre className="output output-error" aria-label="Compiler output">{submit.compile.output}</pre>
      </div>
    );
  }
  const passed = submit.passed ?? 0;
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
          <span className="muted">
            Submitted at {formatClock(submit.createdAt)} in {languageLabel(submit.language)}. Your last submission counts; you may submit again.
          </span>
        </div>
      </div>
      <GroupBars groups={submit.groups} />
      <VerdictBadges verdicts={submit.verdicts} />
      <p className="muted small">Hidden tests stay hidden: only these counts are shown.</p>
    </div>
  );
}
