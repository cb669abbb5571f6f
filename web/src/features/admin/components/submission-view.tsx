import { Badge } from '../../../components/ui/badge';
import { Card } from '../../../components/ui/card';
import { Icon } from '../../../components/ui/icon';
import { Alert } from '../../../components/ui/alert';
import { MarkdownView } from '../../../components/ui/markdown-view';
import { LazyCodeEditor } from '../../../components/editor/lazy-code-editor';
import { useLanguages } from '../../../lib/languages';
import { codeHeight } from '../../../lib/code-height';
import { formatDateTime } from '../../../lib/time';
import type { AttemptSubmission } from '../api/attempts';

/** One run or submission as staff see it: the code (read-only Monaco), the explanation, and every case with its verdict. */
export function SubmissionView({ submission: s, title }: { submission: AttemptSubmission; title: string }) {
  const { label: languageLabel } = useLanguages();
  const cases = s.result?.cases ?? [];
  const passed = cases.filter((c) => c.pass).length;
  return (
    <Card className="panel submission-view" aria-labelledby={`sub-${s.id}`}>
      <div className="submission-head">
        <h2 id={`sub-${s.id}`} className="card-title">
          {s.kind === 'submit' ? 'Submission' : 'Run'}: {title}
        </h2>
        <span className="muted small">
          {formatDateTime(s.createdAt)} · {languageLabel(s.language)} · challenge v{s.challengeVersion}
        </span>
        {s.kind === 'submit' && s.testsScore !== null && <Badge tone={s.testsScore === 1 ? 'success' : 'warning'}>Tests score {Math.round(s.testsScore * 100)}%</Badge>}
      </div>
      <div className="code-frame" role="region" aria-label="Submitted code" style={{ height: codeHeight(s.code) }}>
        <LazyCodeEditor path={`attempt/${s.id}/${s.language}`} language={s.language} defaultValue={s.code} onChange={() => undefined} readOnly ariaLabel={`Code submitted in ${languageLabel(s.language)} (read only)`} />
      </div>
      {s.status === 'error' && <Alert tone="danger" title="The engine failed on this one">{s.error ?? 'Unknown error'}</Alert>}
      {s.result?.compile && !s.result.compile.ok && <pre className="output output-error" aria-label="Compiler output">{s.result.compile.output}</pre>}
      {s.explanation && (
        <section className="explanation-view" aria-label="Explanation">
          <h3 className="section-title">Explanation</h3>
          <MarkdownView source={s.explanation} />
        </section>
      )}
      {cases.length > 0 && (
        <section aria-label="Cases">
          <h3 className="section-title">
            Cases <span className="muted">· {passed} of {cases.length} passed</span>
          </h3>
          <div className="table-wrap">
            <table className="results-table">
              <caption className="visually-hidden">Every case of this {s.kind}</caption>
              <thead>
                <tr>
                  <th scope="col">Case</th>
                  <th scope="col">Group</th>
                  <th scope="col">Result</th>
                  <th scope="col" className="num">
                    Time
                  </th>
                </tr>
              </thead>
              <tbody>
                {cases.map((c) => (
                  <tr key={c.name} className={c.pass ? 'row-pass' : 'row-fail'}>
                    <th scope="row">{c.name}</th>
                    <td className="muted">{c.group ?? '—'}</td>
                    <td>
                      <Badge tone={c.pass ? 'success' : 'danger'} icon={<Icon name={c.pass ? 'check' : 'x'} size={12} />}>
                        {c.pass ? 'Pass' : c.status === 'ok' ? 'Wrong answer' : c.status.replace(/_/g, ' ')}
                      </Badge>
                      {!c.pass && c.reason && <p className="case-reason">{c.reason}</p>}
                    </td>
                    <td className="num muted">{c.timeMs !== undefined ? `${Math.round(c.timeMs)} ms` : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </Card>
  );
}
