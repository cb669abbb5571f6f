import { ObjectivePanel } from '../../../components/objective/objective-panel';
import { Card } from '../../../components/ui/card';
import type { ReviewItem } from '../api/reviews';

/** The objective results as a card, beside the rubric; nothing for the code kinds. */
export function ObjectiveCard({ item }: { item: ReviewItem }) {
  if (!item.objective) return null;
  return (
    <Card className="panel">
      <ObjectivePanel objective={item.objective} />
    </Card>
  );
}
