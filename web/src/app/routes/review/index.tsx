import { Route, Routes } from 'react-router';
import { StaffLayout } from '../../../components/layouts/staff-layout';
import ReviewItemRoute from './item';
import ReviewQueueRoute from './queue';

/** /review/*: the blind queue and one item, inside the staff layout (admins and reviewers). */
export default function ReviewArea() {
  return (
    <StaffLayout>
      <Routes>
        <Route index element={<ReviewQueueRoute />} />
        <Route path=":submissionId" element={<ReviewItemRoute />} />
      </Routes>
    </StaffLayout>
  );
}
