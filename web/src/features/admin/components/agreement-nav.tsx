import { Link, NavLink } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Icon } from '../../../components/ui/icon';
import { useApi } from '../../../lib/api-context';
import { getAssessment } from '../api/assessments';
import { calibrationKeys } from '../api/calibration';

/** The breadcrumb of the calibration pages: Assessments › the assessment › this page. */
export function CalibrationCrumbs({ assessmentId, page }: { assessmentId: string; page: string }) {
  const api = useApi();
  const assessment = useQuery({ queryKey: calibrationKeys.assessment(assessmentId), queryFn: () => getAssessment(api, assessmentId) });
  return (
    <>
      <Link to="/admin/assessments">Assessments</Link>
      <Icon name="chevronRight" size={12} />
      <Link to={`/admin/assessments/${encodeURIComponent(assessmentId)}`}>{assessment.data?.title ?? 'Assessment'}</Link>
      <Icon name="chevronRight" size={12} />
      <span>{page}</span>
    </>
  );
}

/** Links between an assessment's Agreement and Reviewers pages; the current one is marked for screen readers too. */
export function CalibrationNav({ assessmentId }: { assessmentId: string }) {
  const base = `/admin/assessments/${encodeURIComponent(assessmentId)}`;
  return (
    <nav className="calibration-nav" aria-label="Review quality">
      <NavLink to={`${base}/agreement`} className={({ isActive }) => `calibration-tab${isActive ? ' active' : ''}`}>
        <Icon name="layers" size={14} /> Agreement
      </NavLink>
      <NavLink to={`${base}/reviewers`} className={({ isActive }) => `calibration-tab${isActive ? ' active' : ''}`}>
        <Icon name="users" size={14} /> Reviewers
      </NavLink>
    </nav>
  );
}
