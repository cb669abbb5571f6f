import type { Outcome } from '../hooks/use-outcomes';
import { ResultTabs } from './result-tabs';
import { RunResults } from './run-results';
import { SubmitResults } from './submit-results';

/** Results under the editor: the public examples' run and the hidden tests' submission, as two tabs. */
export function ResultsPanel({ outcome, examples, hidden, onSelect }: { outcome: Outcome; examples: number; hidden: number; onSelect: (tab: 'run' | 'submit') => void }) {
  const { run, submit } = outcome;
  return (
    <ResultTabs
      outcome={outcome}
      onSelect={onSelect}
      tabs={[
        {
          key: 'run',
          label: 'Examples',
          count: run?.status === 'done' ? `${run.cases.filter((c) => c.passed).length}/${run.cases.length}` : undefined,
          body: run && <RunResults run={run} />,
          hint: (
            <>
              <strong>Run your code on the {examples} public examples.</strong> You will see each input, the expected output and yours. Runs do not count.
            </>
          ),
        },
        {
          key: 'submit',
          label: 'Hidden tests',
          count: submit?.status === 'done' && submit.passed !== null ? `${submit.passed}/${submit.total}` : undefined,
          body: submit && <SubmitResults submit={submit} />,
          hint: (
            <>
              <strong>Submit to run the {hidden} hidden tests.</strong> You will see how many pass, by group. Your last submission counts.
            </>
          ),
        },
      ]}
    />
  );
}
