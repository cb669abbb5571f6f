import { Navigate, Route, Routes } from 'react-router';
import { StaffLayout } from '../../../components/layouts/staff-layout';
import AgreementRoute from './agreement';
import AssessmentRoute from './assessment';
import AssessmentEditRoute from './assessment-edit';
import AssessmentsRoute from './assessments';
import AttemptRoute from './attempt';
import EditChallengeRoute, { NewChallengeRoute } from './challenge-edit';
import ChallengeRubricRoute from './challenge-rubric';
import ChallengesRoute from './challenges';
import OutboxRoute from './outbox';
import ReportRoute from './report';
import ReviewersRoute from './reviewers';

/**
 * /admin/*: challenges (list, new, edit), assessments (list, new, page,
 * edit) and attempt details, inside the staff layout. Reviewers may read
 * the lists; everything else is for admins.
 */
export default function AdminArea() {
  return (
    <StaffLayout>
      <Routes>
        <Route index element={<Navigate to="challenges" replace />} />
        <Route path="challenges" element={<ChallengesRoute />} />
        <Route path="challenges/new" element={<NewChallengeRoute />} />
        <Route path="challenges/:id" element={<EditChallengeRoute />} />
        <Route path="challenges/:id/rubric" element={<ChallengeRubricRoute />} />
        <Route path="assessments" element={<AssessmentsRoute />} />
        <Route path="assessments/new" element={<AssessmentEditRoute />} />
        <Route path="assessments/:id" element={<AssessmentRoute />} />
        <Route path="assessments/:id/edit" element={<AssessmentEditRoute />} />
        <Route path="assessments/:id/agreement" element={<AgreementRoute />} />
        <Route path="assessments/:id/reviewers" element={<ReviewersRoute />} />
        <Route path="assessments/:id/outbox" element={<OutboxRoute />} />
        <Route path="attempts/:id" element={<AttemptRoute />} />
        <Route path="attempts/:id/report" element={<ReportRoute />} />
        <Route path="*" element={<Navigate to="challenges" replace />} />
      </Routes>
    </StaffLayout>
  );
}
