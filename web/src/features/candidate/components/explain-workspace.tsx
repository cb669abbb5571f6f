import type { ReactNode } from 'react';
import { Button } from '../../../components/ui/button';
import { Icon } from '../../../components/ui/icon';
import { MarkdownView } from '../../../components/ui/markdown-view';
import { useLanguages } from '../../../lib/languages';
import type { CandidateChallengeView } from '../api/challenge';
import type { Outcome } from '../hooks/use-outcomes';
import { SubmitResults } from './submit-results';
import { Alert } from '../../../components/ui/alert';

/** Explain kind: prose only, one column: the prompt, the code it is about (read-only, when there is one), the explanation and Submit. */
export function ExplainWorkspace({
  challenge,
  prompt,
  explanation,
  outcome,
  onSubmit,
  locked,
}: {
  challenge: CandidateChallengeView;
  prompt: ReactNode;
  explanation: ReactNode;
  outcome: Outcome;
  onSubmit: () => void;
  locked: boolean;
}) {
  const { label: languageLabel } = useLanguages();
  const response = challenge.responses[0];
  return (
    <div className="challenge-single">
      <section className="prompt-col" aria-label="Challenge and your explanation">
        {prompt}
        {response && (
          <section className="card response" aria-label="The code to explain">
            <h2 className="section-title">The code ({languageLabel(response.language)})</h2>
            {response.explanation && <MarkdownView source={response.explanation} />}
            <pre className="output response-code" tabIndex={0} aria-label={`The code, ${languageLabel(response.language)}`}>
              {response.code}
            </pre>
          </section>
        )}
        {explanation}
        <div className="explain-actions">
          <Button variant="primary" busy={outcome.running === 'submit'} disabled={outcome.running !== undefined || locked} onClick={onSubmit} icon={<Icon name="send" size={14} />}>
            Submit
          </Button>
        </div>
        {outcome.error && (
          <Alert tone="danger" title="Not submitted" live="assertive">
            {outcome.error}
          </Alert>
        )}
        {outcome.submit && <SubmitResults submit={outcome.submit} />}
      </section>
    </div>
  );
}
