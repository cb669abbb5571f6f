import { Fragment } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Icon } from '../../../components/ui/icon';
import { Spinner } from '../../../components/ui/spinner';
import type { RunView } from '../api/submissions';
import { ValueDiff } from './value-diff';
import { showValue, verdictLabel } from '../../../components/results/verdicts';
import { queuedText } from '../../../components/results/queue-status';

type RunCase = RunView['cases'][number];

function inputText(input: RunCase['input']): string {
  return 'args' in input ? input.args.map((a) => JSON.stringify(a)).join(', ') : input.stdin;
}

/** A run of the public examples: per example the input, expected and actual output, a diff where they differ, and stdout/stderr. */
export function RunResults({ run }: { run: RunView }) {
  if (run.status === 'queued' || run.status === 'running') {
    return (
      <p className="results-pending" role="status">
        <Spinner size={16} /> {run.status === 'queued' ? queuedText(run.queuedAhead) : 'Running the examples…'}
      </p>
    );
  }
  if (run.status === 'error')
    return (
      <Alert tone="danger" title="The run could not be completed" live="polite">
        {run.error ?? 'The sandbox failed.'} This is not held against you; try again.
      </Alert>
    );
  if (run.compile && !run.compile.ok) {
    return (
      <div className="results-block" role="status">
        <Alert tone="danger" title="Compilation failed">
          The lines the compiler names are marked in the editor.
        </Alert>
        <pre className="output output-error" aria-label="Compiler output">
          {run.compile.output}
        </pre>
      </div>
    );
  }
  const passed = run.cases.filter((c) => c.passed).length;
  const all = passed === run.cases.length;
  return (
    <div className="results-block">
      <p className={`results-summary ${all ? 'ok' : 'bad'}`} role="status">
        <Icon name={all ? 'checkCircle' : 'alert'} size={20} />
        <span>
          <strong>
            {passed} of {run.cases.length} examples passed
          </strong>
          {all ? ' — now submit to run the hidden tests.' : ''}
        </span>
      </p>
      <div className="table-wrap">
        <table className="results-table">
          <caption className="visually-hidden">Results of the public examples</caption>
          <thead>
            <tr>
              <th scope="col">Example</th>
              <th scope="col">Input</th>
              <th scope="col">Expected</th>
              <th scope="col">Your output</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {run.cases.map((c) => (
              <Fragment key={c.name}>
                <tr className={c.passed ? 'row-pass' : 'row-fail'}>
                  <th scope="row">{c.name}</th>
                  <td>
                    <code className="cell-code">{inputText(c.input)}</code>
                  </td>
                  <td>
                    <code className="cell-code">{showValue(c.expected)}</code>
                  </td>
                  <td>
                    <code className="cell-code">{c.verdict === 'ok' || c.verdict === 'wrong_answer' ? showValue(c.actual) : '—'}</code>
                  </td>
                  <td>
                    <Badge tone={c.passed ? 'success' : 'danger'} icon={<Icon name={c.passed ? 'check' : 'x'} size={12} />}>
                      {c.passed ? 'Passed' : verdictLabel(c.verdict)}
                    </Badge>
                    <span className="cell-time">{Math.round(c.timeMs)} ms</span>
                  </td>
                </tr>
                {(!c.passed || c.stdout || c.stderr) && (
                  <tr className="row-detail">
                    <td colSpan={5}>
                      {c.reason && c.reason !== c.verdict && <p className="case-reason">{c.reason}</p>}
                      {c.verdict === 'wrong_answer' && <ValueDiff expected={showValue(c.expected)} actual={showValue(c.actual)} />}
                      {c.stdout && (
                        <details className="stream">
                          <summary>stdout</summary>
                          <pre className="output">{c.stdout}</pre>
                        </details>
                      )}
                      {c.stderr && (
                        <details className="stream" open={!c.passed}>
                          <summary>stderr</summary>
                          <pre className="output output-error">{c.stderr}</pre>
                        </details>
                      )}
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
