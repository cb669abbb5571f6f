import { ReviewStart } from '../../../features/reviewer/components/review-start';

/** /review */
export default function ReviewStartRoute() {
  return <ReviewStart />;
}
