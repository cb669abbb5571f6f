import { GroupBars, VerdictBadges } from '../../../components/results/hidden-counts';
import { Icon } from '../../../components/ui/icon';
import type { ReviewItem } from '../api/reviews';

/** The hidden-test outcome as the candidate saw it: counts, groups and verdicts, never the tests. */
export function TestCounts({ tests }: { tests: ReviewItem['tests'] }) {
  if (tests.compile && !tests.compile.ok) {
    return (
      <div className="results-block">
        <p className="results-summary bad">
          <Icon name="alert" size={18} />
          <strong>Did not compile: no hidden test ran</strong>
        </p>
        <pre className="output output-error" aria-label="Compiler output">
          {tests.compile.output}
        </pre>
      </div>
    );
  }
  const passed = tests.passed ?? 0;
  const all = tests.total > 0 && passed === tests.total;
  return (
    <div className="results-block">
      <p className={`results-summary ${all ? 'ok' : 'bad'}`}>
        <Icon name={all ? 'checkCircle' : 'alert'} size={18} />
        <span>
          <strong>{tests.passed === null ? 'Not judged' : `${passed} of ${tests.total} hidden tests passed`}</strong>
        </span>
      </p>
      <GroupBars groups={tests.groups} />
      <VerdictBadges verdicts={tests.verdicts} />
    </div>
  );
}
