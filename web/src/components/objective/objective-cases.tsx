import type { ObjectiveCase } from '@assay/contract';
import { Badge } from '../ui/badge';
import { labelled } from './objective-text';

const show = (value: string | null) => (value === null ? '—' : value);

function inputText(input: ObjectiveCase['input']): string {
  return 'args' in input ? `(${input.args.map((a) => JSON.stringify(a)).join(', ')})` : JSON.stringify(input.stdin);
}

/**
 * The candidate's own test cases, those that exposed the bug first: the
 * claim each backs, its input and expected value, the grader's reading,
 * and what the reference and each AI answer returned (when stored).
 */
export function ObjectiveCases({ cases, exposing }: { cases: readonly ObjectiveCase[]; exposing: number | null }) {
  const sorted = [...cases].sort((a, b) => Number(b.exposes === true) - Number(a.exposes === true));
  return (
    <div className="objective-block" role="group" aria-label="Candidate’s test cases">
      <p className="objective-line">
        Test cases: <strong>{exposing === null ? 'not graded' : `${exposing} of ${cases.length} exposed the bug`}</strong>
      </p>
      <ul className="objective-cases">
        {sorted.map((c) => (
          <li key={c.id}>
            <p className="objective-case-head">
              <strong>{c.id}</strong> <code>{inputText(c.input)}</code> → expected <code>{show(c.expected)}</code>{' '}
              {c.exposes === true && <Badge tone="success">exposed the bug</Badge>}
              {c.exposes === false && c.counted !== false && <Badge tone="neutral">exposed nothing</Badge>}
              {c.counted === false && <Badge tone="warning">not counted{c.why ? `: ${c.why}` : ''}</Badge>}
            </p>
            {c.claim && <p className="objective-claim">Claim: “{c.claim}”</p>}
            {(c.reference || c.answers.length > 0) && (
              <table className="data-table compact">
                <caption className="visually-hidden">What each program returned on {c.id}</caption>
                <thead>
                  <tr>
                    <th scope="col">Program</th>
                    <th scope="col">Returned</th>
                    <th scope="col">Expected value?</th>
                  </tr>
                </thead>
                <tbody>
                  {c.reference && (
                    <tr>
                      <th scope="row">Reference</th>
                      <td>
                        <code>{show(c.reference.output)}</code>
                        {c.reference.verdict && c.reference.verdict !== 'ok' && <span className="muted small"> {c.reference.verdict}</span>}
                      </td>
                      <td>{c.reference.status.replace(/_/g, ' ')}</td>
                    </tr>
                  )}
                  {c.answers.map((a) => (
                    <tr key={a.label}>
                      <th scope="row">Answer {labelled(a.label, a.responseId)}</th>
                      <td>
                        <code>{show(a.output)}</code>
                        {a.verdict && a.verdict !== 'ok' && <span className="muted small"> {a.verdict.replace(/_/g, ' ')}</span>}
                      </td>
                      <td>{a.matches === null ? '—' : a.matches ? 'matches' : 'differs'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
