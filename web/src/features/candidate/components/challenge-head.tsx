import type { LanguageId } from '@assay/contract';
import { Badge } from '../../../components/ui/badge';
import { Icon } from '../../../components/ui/icon';
import { MarkdownView } from '../../../components/ui/markdown-view';
import type { CandidateChallengeView } from '../api/challenge';

const KIND_LABELS: Record<string, string> = { implement: 'Implement', debug: 'Debug AI code', review: 'Review AI code', compare: 'Compare AI answers', explain: 'Explain' };

/** What the facts line says of the tests: code kinds run examples and hidden tests; the others are judged on the candidate's answers. */
function testFacts(challenge: CandidateChallengeView): string | undefined {
  if (challenge.kind === 'implement' || challenge.kind === 'debug')
    return `${challenge.publicTests.length} examples · ${challenge.hiddenTestCount} hidden tests · ${challenge.limits.timeMs / 1000} s and ${challenge.limits.memoryMb} MB per test`;
  if (challenge.kind === 'review') return 'Give a verdict, flag the faulty lines, and add test cases that expose a bug.';
  if (challenge.kind === 'compare') return 'Say which answer is better and by how much, rate both, and back it with test cases.';
  return undefined;
}

/** The top of a challenge: kind, difficulty and time badges, the title, the facts line and the prompt. */
export function ChallengeHead({ challenge, language, titleId }: { challenge: CandidateChallengeView; language: string; titleId: string }) {
  const entry = challenge.kind === 'implement' || challenge.kind === 'debug' ? challenge.entry?.[language as LanguageId] : undefined;
  const facts = testFacts(challenge);
  return (
    <>
      <header className="challenge-head">
        <div className="challenge-badges">
          <Badge tone="brand">{KIND_LABELS[challenge.kind] ?? challenge.kind}</Badge>
          {challenge.difficulty && (
            <Badge tone={challenge.difficulty === 'easy' ? 'success' : challenge.difficulty === 'medium' ? 'warning' : 'danger'}>
              {challenge.difficulty.charAt(0).toUpperCase() + challenge.difficulty.slice(1)}
            </Badge>
          )}
          {challenge.timeLimitMinutes && <Badge icon={<Icon name="clock" size={12} />}>about {challenge.timeLimitMinutes} min</Badge>}
        </div>
        <h1 id={titleId} className="challenge-title">
          {challenge.title}
        </h1>
        {(entry || facts) && (
          <p className="challenge-meta">
            {challenge.mode === 'function' && entry && (
              <>
                Write <code>{entry}</code> ·{' '}
              </>
            )}
            {facts}
          </p>
        )}
      </header>
      <MarkdownView source={challenge.prompt} className="prompt" />
    </>
  );
}
