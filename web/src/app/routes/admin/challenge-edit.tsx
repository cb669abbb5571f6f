import { useParams } from 'react-router';
import { LoadState } from '../../../components/ui/load-state';
import { useApi } from '../../../lib/api-context';
import { useResource } from '../../../lib/use-resource';
import { getChallengeDocument } from '../../../features/admin/api/challenges';
import { AdminOnly } from '../../../features/admin/components/admin-only';
import { ChallengeEditor } from '../../../features/admin/components/challenge-editor';
import { useFlash } from '../../../features/admin/hooks/use-flash';
import { challengeTemplate } from '../../../features/admin/utils/challenge-template';

/** /admin/challenges/new: a new challenge from the template. */
export function NewChallengeRoute() {
  return (
    <AdminOnly>
      <ChallengeEditor template={challengeTemplate()} />
    </AdminOnly>
  );
}

/** /admin/challenges/:id: edit a saved challenge (a change becomes a new version). */
export default function EditChallengeRoute() {
  return (
    <AdminOnly>
      <EditChallenge />
    </AdminOnly>
  );
}

function EditChallenge() {
  const { id = '' } = useParams();
  const api = useApi();
  const doc = useResource(() => getChallengeDocument(api, id), id);
  const flash = useFlash();
  return (
    <LoadState data={doc.data} error={doc.error} label="Loading the challenge…" retry={() => void doc.reload()}>
      {(d) => <ChallengeEditor key={`${d.id}@${d.version}`} doc={d} template={d.files} initialFlash={flash} />}
    </LoadState>
  );
}
