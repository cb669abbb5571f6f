import { AssessmentList } from '../../../features/admin/components/assessment-list';

/** /admin/assessments */
export default function AssessmentsRoute() {
  return <AssessmentList />;
}
