import { Route, Routes } from 'react-router';
import { StaffLayout } from '../../../components/layouts/staff-layout';
import { AdjudicateItemRoute, AdjudicateListRoute } from './adjudicate';
import ReviewItemRoute from './item';
import ReviewStartRoute from './start';

/** /review/*: next item and the reviewer's list, one review, and adjudication, inside the staff layout (admins and reviewers). */
export default function ReviewArea() {
  return (
    <StaffLayout>
      <Routes>
        <Route index element={<ReviewStartRoute />} />
        <Route path="adjudicate" element={<AdjudicateListRoute />} />
        <Route path="adjudicate/:itemId" element={<AdjudicateItemRoute />} />
        <Route path=":reviewId" element={<ReviewItemRoute />} />
      </Routes>
    </StaffLayout>
  );
}
