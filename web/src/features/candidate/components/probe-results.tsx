import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Icon } from '../../../components/ui/icon';
import { Spinner } from '../../../components/ui/spinner';
import { queuedText } from '../../../components/results/queue-status';
import { showValue, verdictLabel } from '../../../components/results/verdicts';
import type { ProbeView } from '../api/submissions';

type ProbeCase = ProbeView['cases'][number];

/** What the reference check says, in words: never the reference's output, only whether it agrees with the candidate. */
export function referenceText(reference: ProbeCase['reference']): string {
  switch (reference.status) {
    case 'matches':
      return 'The correct program returns your expected value.';
    case 'differs':
      return 'The correct program does not return your expected value.';
    case 'failed':
      return `Could not check: ${reference.why ?? 'the correct program did not finish on this input'}.`;
    case 'not_checked':
      return `Could not check: ${reference.why ?? 'no expected value given'}.`;
  }
}

const inputText = (input: ProbeCase['input']) => ('args' in input ? input.args.map((a) => JSON.stringify(a)).join(', ') : input.stdin);

/** A Run of the candidate's own test cases: per case each AI answer's output, whether it matched, the reference check, and whether it exposes a bug. */
export function ProbeResults({ probe }: { probe: ProbeView }) {
  if (probe.status === 'queued' || probe.status === 'running')
    return (
      <p className="results-pending" role="status">
        <Spinner size={16} /> {probe.status === 'queued' ? queuedText(probe.queuedAhead) : 'Running your test cases…'}
      </p>
    );
  if (probe.status === 'error')
    return (
      <Alert tone="danger" title="The run could not be completed" live="polite">
        {probe.error ?? 'The sandbox failed.'} This is not held against you; try again.
      </Alert>
    );
  if (probe.cases.length === 0)
    return (
      <p className="results-summary" role="status">
        No test case ran. Add a test case (with valid JSON) and run again.
      </p>
    );
  const exposing = probe.cases.filter((c) => c.exposes).length;
  return (
    <div className="results-block">
      <p className={`results-summary ${exposing ? 'ok' : ''}`} role="status">
        <Icon name={exposing ? 'checkCircle' : 'info'} size={20} />
        <strong>
          {exposing} of {probe.cases.length} test cases expose a bug
        </strong>
      </p>
      {probe.answers
        .filter((a) => a.compile && !a.compile.ok)
        .map((a) => (
          <Alert key={a.label} tone="warning" title={`Answer ${a.label} does not compile`}>
            <pre className="output output-error">{a.compile!.output}</pre>
          </Alert>
        ))}
      {probe.cases.map((c) => (
        <ProbeCaseView key={c.id} c={c} />
      ))}
    </div>
  );
}

function ProbeCaseView({ c }: { c: ProbeCase }) {
  return (
    <section className={`probe-case card ${c.exposes ? 'exposes' : ''}`} aria-label={`Test case ${c.id}`}>
      <header className="probe-head">
        <strong>{c.id}</strong> <code className="cell-code">{inputText(c.input)}</code>
        {c.exposes && (
          <Badge tone="success" icon={<Icon name="check" size={12} />}>
            Exposes a bug
          </Badge>
        )}
      </header>
      {c.claim && <p className="small">Your claim: {c.claim}</p>}
      <p className="small">
        Expected: <code className="cell-code">{showValue(c.expected)}</code>
      </p>
      <p className={`small reference-${c.reference.status}`}>{referenceText(c.reference)}</p>
      <table className="results-table">
        <caption className="visually-hidden">AI answers on test case {c.id}</caption>
        <thead>
          <tr>
            <th scope="col">Answer</th>
            <th scope="col">Output</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {c.outputs.map((o) => (
            <tr key={o.label}>
              <th scope="row">{o.label}</th>
              <td>
                <code className="cell-code">{o.verdict === 'ok' || o.verdict === 'wrong_answer' ? showValue(o.actual) : verdictLabel(o.verdict)}</code>
                {o.stderr && (
                  <details className="stream">
                    <summary>stderr</summary>
                    <pre className="output output-error">{o.stderr}</pre>
                  </details>
                )}
              </td>
              <td>
                {o.matchesExpected === null ? (
                  <span className="muted">No expected value</span>
                ) : (
                  <Badge tone={o.matchesExpected ? 'success' : 'danger'}>{o.matchesExpected ? 'Matches expected' : 'Differs from expected'}</Badge>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
