import { useParams } from 'react-router';
import { AdjudicationList } from '../../../features/reviewer/components/adjudication-list';
import { AdjudicationPage } from '../../../features/reviewer/components/adjudication-page';

/** /review/adjudicate */
export function AdjudicateListRoute() {
  return <AdjudicationList />;
}

/** /review/adjudicate/:itemId */
export function AdjudicateItemRoute() {
  const { itemId = '' } = useParams();
  return <AdjudicationPage key={itemId} itemId={itemId} />;
}
