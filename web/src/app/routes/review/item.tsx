import { useParams } from 'react-router';
import { ReviewItemPage } from '../../../features/reviewer/components/review-item';

/** /review/:submissionId */
export default function ReviewItemRoute() {
  const { submissionId = '' } = useParams();
  return <ReviewItemPage key={submissionId} submissionId={submissionId} />;
}
