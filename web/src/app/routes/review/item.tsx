import { useParams } from 'react-router';
import { ReviewPage } from '../../../features/reviewer/components/review-page';

/** /review/:reviewId */
export default function ReviewItemRoute() {
  const { reviewId = '' } = useParams();
  return <ReviewPage key={reviewId} reviewId={reviewId} />;
}
