import { useParams } from 'react-router';
import { LoadState } from '../../../components/ui/load-state';
import { useApi } from '../../../lib/api-context';
import { useResource } from '../../../lib/use-resource';
import { getAssessment } from '../../../features/admin/api/assessments';
import { listChallenges } from '../../../features/admin/api/challenges';
import { AdminOnly } from '../../../features/admin/components/admin-only';
import { AssessmentForm } from '../../../features/admin/components/assessment-form';

/** /admin/assessments/new and /admin/assessments/:id/edit */
export default function AssessmentEditRoute() {
  return (
    <AdminOnly>
      <AssessmentEdit />
    </AdminOnly>
  );
}

function AssessmentEdit() {
  const { id } = useParams();
  const api = useApi();
  const data = useResource(async () => {
    const [catalog, assessment] = await Promise.all([listChallenges(api), id ? getAssessment(api, id) : undefined]);
    return { catalog, assessment };
  }, id ?? 'new');
  return (
    <LoadState data={data.data} error={data.error} label="Loading…" retry={() => void data.reload()}>
      {({ catalog, assessment }) => <AssessmentForm assessment={assessment} catalog={catalog} />}
    </LoadState>
  );
}
