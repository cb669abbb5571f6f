import type { Outcome } from '../hooks/use-outcomes';
import { ProbeResults } from './probe-results';
import { ResultTabs } from './result-tabs';
import { SubmitResults } from './submit-results';

/** Results of a review or compare challenge: the candidate's own tests on the AI answers ("Run my tests"), and the submission. */
export function CritiqueResults({ outcome, onSelect }: { outcome: Outcome; onSelect: (tab: 'run' | 'submit') => void }) {
  const { probe, submit } = outcome;
  return (
    <ResultTabs
      outcome={outcome}
      onSelect={onSelect}
      tabs={[
        {
          key: 'run',
          label: 'My tests',
          body: probe && <ProbeResults probe={probe} />,
          hint: (
            <>
              <strong>Run your test cases on the AI answers.</strong> You see each answer’s output and whether the correct program gives your expected value. Runs do not count.
            </>
          ),
        },
        {
          key: 'submit',
          label: 'Submission',
          body: submit && <SubmitResults submit={submit} />,
          hint: (
            <>
              <strong>Submit your answers when you are done.</strong> They are graded after the assessment. Your last submission counts.
            </>
          ),
        },
      ]}
    />
  );
}
