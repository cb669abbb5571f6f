import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Icon } from '../../../components/ui/icon';
import { LoadState } from '../../../components/ui/load-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useRubricDocument, useSaveRubric, type RubricSaved } from '../../../features/admin/api/rubrics';
import { AdminOnly } from '../../../features/admin/components/admin-only';
import { RubricEditor } from '../../../features/admin/components/rubric-editor';
import { useUnsavedGuard } from '../../../features/admin/hooks/use-unsaved-guard';

/** /admin/challenges/:id/rubric: edit a challenge's rubric, with its history. */
export default function ChallengeRubricRoute() {
  return (
    <AdminOnly>
      <ChallengeRubric />
    </AdminOnly>
  );
}

/** What a save did, in a sentence. */
function savedMessage(s: RubricSaved): string {
  const reviews = (n: number) => `${n} review${n === 1 ? '' : 's'}`;
  if (s.outcome === 'unchanged') return `No changes: the rubric is still version ${s.version}, revision ${s.revision}.`;
  if (s.outcome === 'revision')
    return `Saved as version ${s.version}, revision ${s.revision} (challenge version ${s.challengeVersion}); ${reviews(s.rescored)} of version ${s.version} re-scored.`;
  return `Saved as rubric version ${s.version} (challenge version ${s.challengeVersion}); ${reviews(s.keptOld)} ${s.keptOld === 1 ? 'keeps' : 'keep'} an older version, flagged as outdated.`;
}

function ChallengeRubric() {
  const { id = '' } = useParams();
  const doc = useRubricDocument(id);
  const saving = useSaveRubric(id);
  const [flash, setFlash] = useState<string>();
  const [dirty, setDirty] = useState(false);
  const { dialog } = useUnsavedGuard(dirty, 'rubric changes');
  const onDirty = useCallback((d: boolean) => setDirty(d), []);
  const data = doc.data;
  return (
    <div className="staff-page wide">
      <PageHeader
        eyebrow={
          <>
            <Link to="/admin/challenges">Challenges</Link>
            <Icon name="chevronRight" size={12} />
            <Link to={`/admin/challenges/${encodeURIComponent(id)}`}>{data?.challengeTitle ?? id}</Link>
            <Icon name="chevronRight" size={12} />
            <span>Rubric</span>
          </>
        }
        title={data ? `Rubric of ${data.challengeTitle}` : 'Rubric'}
        meta={data?.current ? `Version ${data.current.version}, revision ${data.current.revision}; saving makes challenge version ${data.challengeVersion + 1}.` : undefined}
      />
      <LoadState data={data} error={doc.error} label="Loading the rubric…" retry={() => void doc.refetch()}>
        {(d) => (
          <RubricEditor
            key={d.current ? `${d.current.version}.${d.current.revision}` : 'none'}
            doc={d}
            flash={flash}
            onDirty={onDirty}
            onReload={() => void doc.refetch()}
            onSave={async (body) => {
              setFlash(undefined);
              const saved = await saving.mutateAsync(body);
              setDirty(false);
              setFlash(savedMessage(saved));
            }}
          />
        )}
      </LoadState>
      {dialog}
    </div>
  );
}
