import { ReviewQueue } from '../../../features/reviewer/components/review-queue';

/** /review */
export default function ReviewQueueRoute() {
  return <ReviewQueue />;
}
