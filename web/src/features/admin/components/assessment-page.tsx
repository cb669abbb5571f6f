import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Card } from '../../../components/ui/card';
import { Icon } from '../../../components/ui/icon';
import { LoadState } from '../../../components/ui/load-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useApi } from '../../../lib/api-context';
import { useStaffUser } from '../../../lib/staff-session';
import { formatMinutes } from '../../../lib/time';
import { usePolling } from '../../../lib/use-polling';
import { useResource } from '../../../lib/use-resource';
import { useLanguages } from '../../../lib/languages';
import { useFlash } from '../hooks/use-flash';
import { getAssessment, listInvites, type AssessmentView, type InviteView } from '../api/assessments';
import { AssessmentWindow } from './assessment-window';
import { AttemptsTable, REFRESH_MS } from './attempts-table';
import { InviteForm } from './invite-form';
import { InvitesTable } from './invites-table';
import { ExportLinks } from './export-links';
import { WebhooksPanel } from './webhooks-panel';
import { IssuedLinks } from './issued-links';
import { InviteEmailPanel } from './invite-email-panel';

/**
 * One assessment: what it holds, and for admins the invitations and the
 * live attempts table. Reviewers see the overview only: candidates'
 * emails and scores stay out of their view, so reviews stay blind.
 */
export function AssessmentPage({ id }: { id: string }) {
  const api = useApi();
  const assessment = useResource(() => getAssessment(api, id), id);
  usePolling(() => assessment.data && void assessment.reload(true), REFRESH_MS); // counts move as candidates start and finish
  return (
    <div className="staff-page">
      <LoadState data={assessment.data} error={assessment.error} label="Loading the assessment…" retry={() => void assessment.reload()}>
        {(a) => <AssessmentBody assessment={a} onInvited={() => void assessment.reload(true)} />}
      </LoadState>
    </div>
  );
}

/** How each feedback level reads on the assessment's facts. */
const FEEDBACK_LABELS: Record<AssessmentView['feedback'], string> = {
  full: 'Full: counts per group and verdict',
  summary: 'Summary: passed / total',
  none: 'None until the attempt ends',
};

function AssessmentBody({ assessment: a, onInvited }: { assessment: AssessmentView; onInvited: () => void }) {
  const { label: languageLabel } = useLanguages();
  const admin = useStaffUser().role === 'admin';
  const flash = useFlash();
  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <Link to="/admin/assessments">Assessments</Link>
            <Icon name="chevronRight" size={12} />
            <span>{a.title}</span>
          </>
        }
        title={a.title}
        meta={<AssessmentWindow opensAt={a.opensAt} closesAt={a.closesAt} />}
        actions={
          admin && (
            <>
              <Link to={`/admin/assessments/${encodeURIComponent(a.id)}/agreement`} className="btn btn-ghost btn-md">
                <Icon name="layers" size={15} />
                Agreement
              </Link>
              <Link to={`/admin/assessments/${encodeURIComponent(a.id)}/reviewers`} className="btn btn-ghost btn-md">
                <Icon name="users" size={15} />
                Reviewers
              </Link>
              <Link to={`/admin/assessments/${encodeURIComponent(a.id)}/edit`} className="btn btn-secondary btn-md">
                <Icon name="edit" size={15} />
                Edit
              </Link>
            </>
          )
        }
      />
      {flash && (
        <Alert tone="success" live="polite">
          {flash}
        </Alert>
      )}
      <dl className="facts staff-facts">
        <div className="fact">
          <dt>
            <Icon name="clock" size={14} /> Duration
          </dt>
          <dd>{formatMinutes(a.durationMinutes)}</dd>
        </div>
        <div className="fact">
          <dt>
            <Icon name="code" size={14} /> Languages
          </dt>
          <dd className="fact-list">{a.languages.map(languageLabel).join(' · ')}</dd>
        </div>
        <div className="fact">
          <dt>
            <Icon name="eye" size={14} /> Submit feedback
          </dt>
          <dd>{FEEDBACK_LABELS[a.feedback]}</dd>
        </div>
        <div className="fact">
          <dt>
            <Icon name="users" size={14} /> Candidates
          </dt>
          <dd className="fact-list">
            {a.counts.invited} invited · {a.counts.started} started · {a.counts.finished} finished
          </dd>
        </div>
      </dl>
      <div className={admin ? 'assessment-grid' : undefined}>
        <Card className="panel">
          <h2 className="card-title">Challenges</h2>
          <ol className="ordered-challenges">
            {a.challenges.map((c, i) => (
              <li key={c.id}>
                <span className="picker-num" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="picker-text">
                  <span className="picker-name">{c.title}</span>
                  <span className="picker-meta">
                    {c.kind} · <code>{c.id}</code> · v{c.version}
                  </span>
                </span>
              </li>
            ))}
          </ol>
          {a.description && <p className="muted small description">{a.description}</p>}
        </Card>
        {admin && <Invitations assessmentId={a.id} onInvited={onInvited} />}
      </div>
      {admin && (
        <Card className="panel">
          <h2 className="card-title">Attempts</h2>
          <AttemptsTable assessment={a} />
        </Card>
      )}
      {admin && <InviteEmailPanel assessmentId={a.id} />}
      {admin && <ExportLinks assessmentId={a.id} />}
      {admin && <WebhooksPanel assessmentId={a.id} />}
    </>
  );
}

/** The invite form with the links just issued, and (full width below) every invite of the assessment. */
function Invitations({ assessmentId, onInvited }: { assessmentId: string; onInvited: () => void }) {
  const api = useApi();
  const invites = useResource(() => listInvites(api, assessmentId), assessmentId);
  usePolling(() => invites.data && void invites.reload(true), REFRESH_MS); // an invite turns "Started" when its link is used
  const [issued, setIssued] = useState<InviteView[]>([]);
  const show = (list: InviteView[]) => {
    setIssued((prev) => [...list, ...prev.filter((p) => !list.some((n) => n.id === p.id))]);
    void invites.reload(true);
    onInvited();
    requestAnimationFrame(() => document.getElementById('issued-links')?.focus());
  };
  return (
    <>
      <Card className="panel">
        <InviteForm assessmentId={assessmentId} onIssued={show} />
        <IssuedLinks invites={issued} onDismiss={() => setIssued([])} />
      </Card>
      <Card className="panel invites-card" aria-labelledby="invites-title">
        <h2 id="invites-title" className="card-title">
          Invites <Badge>{invites.data?.length ?? 0}</Badge>
        </h2>
        <LoadState data={invites.data} error={invites.error} label="Loading invites…" retry={() => void invites.reload()}>
          {(list) =>
            list.length === 0 ? (
              <p className="muted small">No one is invited yet. Links you create appear above once, and the invites here.</p>
            ) : (
              <InvitesTable invites={list} onReissued={(i) => show([i])} onChanged={(i) => invites.setData(list.map((x) => (x.id === i.id ? i : x)))} />
            )
          }
        </LoadState>
      </Card>
    </>
  );
}
