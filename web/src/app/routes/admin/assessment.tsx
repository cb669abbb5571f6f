import { useParams } from 'react-router';
import { AssessmentPage } from '../../../features/admin/components/assessment-page';

/** /admin/assessments/:id */
export default function AssessmentRoute() {
  const { id = '' } = useParams();
  return <AssessmentPage key={id} id={id} />;
}
