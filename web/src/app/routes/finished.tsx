import { useSearchParams } from 'react-router';
import { PublicLayout } from '../../components/layouts/public-layout';
import { FinishScreen } from '../../features/candidate/components/finish-screen';

/** /attempt/finished (?reason=time when the clock ran out) */
export default function FinishedRoute() {
  const [params] = useSearchParams();
  return (
    <PublicLayout>
      <FinishScreen timeUp={params.get('reason') === 'time'} />
    </PublicLayout>
  );
}
