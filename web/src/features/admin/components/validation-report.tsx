import { Fragment, useId } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Icon } from '../../../components/ui/icon';
import { Spinner } from '../../../components/ui/spinner';
import { useLanguages } from '../../../lib/languages';
import type { Files, Problem, TestResult, ValidationReport as Report } from '../api/challenges';
import { ProblemList } from './problem-list';

export interface ValidationReportProps {
  report: Report | undefined;
  /** The files changed since this report was made. */
  outdated: boolean;
  /** Problems from the last save, when it was refused. */
  saveProblems: Problem[];
  running: boolean;
  error: string | undefined;
  repeats: number;
  onRepeats: (n: number) => void;
  onValidate: () => void;
  files: Files;
  onOpen: (file: string, line?: number) => void;
}

/** Rows of the results table: one per test, a cell per language. */
function byTest(results: TestResult[]): { test: string; visibility: string; cells: Map<string, TestResult> }[] {
  const rows = new Map<string, { test: string; visibility: string; cells: Map<string, TestResult> }>();
  for (const r of results) {
    const row = rows.get(r.test) ?? { test: r.test, visibility: r.visibility, cells: new Map() };
    row.cells.set(r.language, r);
    rows.set(r.test, row);
  }
  return [...rows.values()].sort((a, b) => (a.visibility === b.visibility ? 0 : a.visibility === 'public' ? -1 : 1));
}

/** The last validation: a verdict, the problems (linked to their files), and a test × language table of the reference runs. */
export function ValidationReport({ report, outdated, saveProblems, running, error, repeats, onRepeats, onValidate, files, onOpen }: ValidationReportProps) {
  const { label: languageLabel } = useLanguages();
  const ids = useId();
  const rows = report ? byTest(report.results) : [];
  const languages = report?.languages ?? [];
  const failing = report ? report.results.filter((r) => r.passes < r.runs).length : 0;
  const problems = report?.problems ?? saveProblems;

  return (
    <div className="validation">
      <div className="validation-bar">
        <div>
          <h2 className="pane-title">Validation</h2>
          <p className="muted small">Checks every file, then runs each language’s reference against every public and hidden test, on the files as they are now (saved or not).</p>
        </div>
        <div className="validation-controls">
          <label className="field-inline" htmlFor={`${ids}-repeats`}>
            Runs per test
          </label>
          <select id={`${ids}-repeats`} className="select" value={repeats} onChange={(e) => onRepeats(Number(e.target.value))}>
            <option value={1}>1</option>
            <option value={3}>3 (finds flaky tests)</option>
            <option value={5}>5</option>
          </select>
          <Button variant="primary" busy={running} onClick={onValidate} icon={<Icon name="beaker" size={15} />}>
            {running ? 'Validating…' : report ? 'Validate again' : 'Run validation'}
          </Button>
        </div>
      </div>

      {outdated && !running && (
        <Alert tone="info" title="The files changed since this validation">
          The results below are for the earlier files; validate again to check the current ones.
        </Alert>
      )}
      <div aria-live="polite" className="validation-live">
        {running && (
          <p className="results-pending">
            <Spinner size={16} /> Running the references in the sandbox…
          </p>
        )}
        {!running && error && (
          <Alert tone="danger" title="Validation could not run">
            {error}
          </Alert>
        )}
        {!running && report && report.valid && (
          <div className="verdict verdict-ok">
            <Icon name="checkCircle" size={22} />
            <div>
              <strong>Valid: every reference passes every test</strong>
              <span>
                {report.tests.public} public and {report.tests.hidden} hidden tests in {languages.map(languageLabel).join(', ') || 'no language'} ·{' '}
                {(report.timeMs / 1000).toFixed(1)} s
              </span>
            </div>
          </div>
        )}
        {!running && report && !report.valid && (
          <div className="verdict verdict-bad">
            <Icon name="alert" size={22} />
            <div>
              <strong>
                {report.problems.length} problem{report.problems.length === 1 ? '' : 's'}
                {failing > 0 ? ` · ${failing} failing run${failing === 1 ? '' : 's'}` : ''}
              </strong>
              <span>Fix them and validate again. Problems with a line are marked in their file.</span>
            </div>
          </div>
        )}
        {!running && !report && saveProblems.length > 0 && (
          <div className="verdict verdict-bad">
            <Icon name="alert" size={22} />
            <div>
              <strong>
                The last save was refused: {saveProblems.length} problem{saveProblems.length === 1 ? '' : 's'}
              </strong>
              <span>Nothing was saved. Fix the problems below and save again.</span>
            </div>
          </div>
        )}
        {!running && !report && !error && saveProblems.length === 0 && (
          <div className="empty">
            <Icon name="beaker" size={18} />
            <span>
              <strong>Not validated yet.</strong> Validate before saving to see every problem at once and each reference’s results.
            </span>
          </div>
        )}
      </div>

      {problems.length > 0 && (
        <section aria-labelledby={`${ids}-problems`} className="validation-section">
          <h3 id={`${ids}-problems`} className="section-title">
            Problems
          </h3>
          <ProblemList problems={problems} files={files} onOpen={onOpen} />
        </section>
      )}

      {report && rows.length > 0 && (
        <section aria-labelledby={`${ids}-results`} className="validation-section">
          <h3 id={`${ids}-results`} className="section-title">
            Reference results
          </h3>
          <div className="table-wrap">
            <table className="results-table validation-table">
              <caption className="visually-hidden">Each test against each language’s reference</caption>
              <thead>
                <tr>
                  <th scope="col">Test</th>
                  <th scope="col">Visibility</th>
                  {languages.map((l) => (
                    <th key={l} scope="col">
                      {languageLabel(l)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const bad = [...row.cells.values()].some((c) => c.passes < c.runs);
                  return (
                    <tr key={row.test} className={bad ? 'row-fail' : 'row-pass'}>
                      <th scope="row">{row.test}</th>
                      <td>
                        <Badge tone={row.visibility === 'hidden' ? 'neutral' : 'info'}>{row.visibility}</Badge>
                      </td>
                      {languages.map((l) => (
                        <Fragment key={l}>
                          <ResultCell result={row.cells.get(l)} />
                        </Fragment>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}

function ResultCell({ result }: { result: TestResult | undefined }) {
  if (!result) return <td className="muted">not run</td>;
  const pass = result.passes === result.runs;
  const flaky = !pass && result.passes > 0;
  return (
    <td>
      <Badge tone={pass ? 'success' : flaky ? 'warning' : 'danger'} icon={<Icon name={pass ? 'check' : 'x'} size={12} />}>
        {pass ? 'Pass' : flaky ? 'Flaky' : 'Fail'}
        {result.runs > 1 ? ` ${result.passes}/${result.runs}` : ''}
      </Badge>
      {result.reason && <p className="case-reason">{result.reason}</p>}
    </td>
  );
}
