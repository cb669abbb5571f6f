import { useId, useState, type ReactNode } from 'react';
import type { CandidateTest } from '@assay/contract';
import { Button } from '../../../components/ui/button';
import { Icon } from '../../../components/ui/icon';
import { MAX_TESTS, checkRow, emptyRow, rowsOf, testsOf, type TestMode, type TestRow } from '../answers/test-cases';

/**
 * The candidate's own test cases (review, compare): add and remove cases;
 * function mode takes the arguments as a JSON array and the expected value
 * as JSON, checked as typed, with the problem named under the field. Only
 * valid cases reach `onChange` (and so the draft and Run).
 */
export function TestCasesEditor({
  mode,
  initial,
  onChange,
  disabled,
}: {
  mode: TestMode;
  initial: CandidateTest[] | undefined;
  onChange: (tests: CandidateTest[]) => void;
  disabled?: boolean;
}) {
  const id = useId();
  const [rows, setRows] = useState<TestRow[]>(() => rowsOf(initial));
  const change = (next: TestRow[]) => {
    setRows(next);
    onChange(testsOf(next, mode));
  };
  const edit = (rowId: string, patch: Partial<TestRow>) => change(rows.map((r) => (r.id === rowId ? { ...r, ...patch } : r)));
  return (
    <section className="answer-block" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Your test cases
      </h2>
      <p className="muted small">
        {mode === 'function'
          ? 'Give the arguments as a JSON array (one element per argument) and, to check the answers, the value the correct program returns, as JSON.'
          : 'Give the input and, to check the answers, the output the correct program prints.'}{' '}
        A case exposes a bug when the correct program gives your expected value and an AI answer does not.
      </p>
      {rows.map((row, i) => (
        <TestRowFields
          key={row.id}
          row={row}
          index={i}
          mode={mode}
          disabled={disabled}
          onEdit={(patch) => edit(row.id, patch)}
          onRemove={() => change(rows.filter((r) => r.id !== row.id))}
        />
      ))}
      <div>
        <Button size="sm" disabled={disabled || rows.length >= MAX_TESTS} onClick={() => change([...rows, emptyRow(rows)])} icon={<Icon name="plus" size={14} />}>
          Add a test case
        </Button>
        {rows.length >= MAX_TESTS && <span className="muted small"> At most {MAX_TESTS} cases.</span>}
      </div>
    </section>
  );
}

function TestRowFields({
  row,
  index,
  mode,
  disabled,
  onEdit,
  onRemove,
}: {
  row: TestRow;
  index: number;
  mode: TestMode;
  disabled?: boolean;
  onEdit: (patch: Partial<TestRow>) => void;
  onRemove: () => void;
}) {
  const f = useId();
  const problems = checkRow(row, mode);
  const title = `Case ${index + 1}`;
  return (
    <fieldset className="fieldset test-case">
      <legend>
        {title} <span className="muted small">({row.id})</span>
      </legend>
      {mode === 'function' ? (
        <Field id={`${f}-args`} label="Arguments (JSON array)" problem={problems.args}>
          <input
            id={`${f}-args`}
            className="input mono"
            value={row.args}
            disabled={disabled}
            aria-invalid={Boolean(problems.args)}
            aria-describedby={problems.args ? `${f}-args-problem` : undefined}
            onChange={(e) => onEdit({ args: e.target.value })}
          />
        </Field>
      ) : (
        <Field id={`${f}-stdin`} label="Input (stdin)">
          <textarea id={`${f}-stdin`} className="textarea mono short" value={row.stdin} disabled={disabled} onChange={(e) => onEdit({ stdin: e.target.value })} />
        </Field>
      )}
      <Field id={`${f}-expected`} label={mode === 'function' ? 'Expected value (JSON, optional)' : 'Expected output (optional)'} problem={problems.expected}>
        {mode === 'function' ? (
          <input
            id={`${f}-expected`}
            className="input mono"
            value={row.expected}
            disabled={disabled}
            aria-invalid={Boolean(problems.expected)}
            aria-describedby={problems.expected ? `${f}-expected-problem` : undefined}
            onChange={(e) => onEdit({ expected: e.target.value })}
          />
        ) : (
          <textarea id={`${f}-expected`} className="textarea mono short" value={row.expected} disabled={disabled} onChange={(e) => onEdit({ expected: e.target.value })} />
        )}
      </Field>
      <Field id={`${f}-claim`} label="What this case shows (optional)">
        <input
          id={`${f}-claim`}
          className="input"
          value={row.claim}
          maxLength={2000}
          disabled={disabled}
          placeholder="e.g. fails on an empty list"
          onChange={(e) => onEdit({ claim: e.target.value })}
        />
      </Field>
      {(problems.args || problems.expected) && <p className="muted small">This case is not saved or run until it is fixed.</p>}
      <Button variant="ghost" size="sm" disabled={disabled} onClick={onRemove} icon={<Icon name="trash" size={14} />} aria-label={`Remove ${title}`}>
        Remove
      </Button>
    </fieldset>
  );
}

function Field({ id, label, problem, children }: { id: string; label: string; problem?: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {problem && (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
