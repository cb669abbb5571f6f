import { useQuery } from '@tanstack/react-query';
import { Badge } from '../../../components/ui/badge';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadState } from '../../../components/ui/load-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useApi } from '../../../lib/api-context';
import { calibrationKeys, getAgreement, type AgreementReport, type AgreementSection } from '../api/calibration';
import { FigureCells } from './agreement-figure';
import { CalibrationCrumbs, CalibrationNav } from './agreement-nav';

/**
 * An assessment's agreement page (admins): how consistently reviewers score
 * its explanations, overall and per rubric criterion, each figure with the
 * items behind it and its plain-language reading. Only reviewers' sets of
 * scored items count (not gold items, not adjudicators' decisions).
 */
export function AgreementPage({ assessmentId }: { assessmentId: string }) {
  const api = useApi();
  const report = useQuery({ queryKey: calibrationKeys.agreement(assessmentId), queryFn: () => getAgreement(api, assessmentId) });
  return (
    <div className="staff-page">
      <PageHeader eyebrow={<CalibrationCrumbs assessmentId={assessmentId} page="Agreement" />} title="Reviewer agreement" />
      <CalibrationNav assessmentId={assessmentId} />
      <LoadState data={report.data} error={report.error} label="Computing agreement…" retry={() => void report.refetch()}>
        {(r) => <AgreementBody report={r} />}
      </LoadState>
    </div>
  );
}

function AgreementBody({ report }: { report: AgreementReport }) {
  if (report.reviews === 0) {
    return (
      <EmptyState icon="layers" title="No scores yet">
        Agreement appears once reviewers have submitted scores on this assessment’s explanations.
      </EmptyState>
    );
  }
  return (
    <>
      <p className="muted small calibration-intro">
        {report.reviews} submitted reviews of {report.overall.items} explanations. A figure needs at least {report.overall.alpha.interval.minItems} items; alpha reads against
        Krippendorff’s 0.667 and 0.800, the ICC against Koo &amp; Li (2016), kappa against Landis &amp; Koch (1977).
      </p>
      <Section section={report.overall} open />
      <h2 className="calibration-subhead">Per criterion</h2>
      {report.criteria.map((s) => (
        <Section key={s.key} section={s} />
      ))}
    </>
  );
}

/** One section: alpha at three levels, the ICC (overall only), and each reviewer pair's kappa. */
function Section({ section: s, open = false }: { section: AgreementSection; open?: boolean }) {
  const id = `agreement-${s.key.replace(/[^\w-]/g, '-')}`;
  return (
    <Card className="panel calibration-section">
      <details open={open}>
        <summary>
          <h3 id={id} className="card-title inline">
            {s.label}
          </h3>{' '}
          {s.rubricVersion !== null && <Badge>rubric v{s.rubricVersion}</Badge>}{' '}
          <span className="muted small">
            {s.items} items · {s.reviewers} reviewers
          </span>
        </summary>
        <div className="table-scroll">
          <table className="data-table compact" aria-labelledby={id}>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col" className="num">
                  Value
                </th>
                <th scope="col">Reading</th>
                <th scope="col" className="num">
                  Items
                </th>
              </tr>
            </thead>
            <tbody>
              {(['nominal', 'ordinal', 'interval'] as const).map((level) => (
                <tr key={level}>
                  <th scope="row">Krippendorff’s alpha ({level})</th>
                  <FigureCells figure={s.alpha[level]} />
                </tr>
              ))}
              {s.icc && (
                <>
                  <tr>
                    <th scope="row">ICC(2,1): one reviewer</th>
                    <FigureCells figure={s.icc.single} />
                  </tr>
                  <tr>
                    <th scope="row">
                      ICC(2,{s.icc.raters}): mean of {s.icc.raters} reviews
                    </th>
                    <FigureCells figure={s.icc.average} />
                  </tr>
                </>
              )}
            </tbody>
          </table>
        </div>
        <PairsTable section={s} />
      </details>
    </Card>
  );
}

function PairsTable({ section: s }: { section: AgreementSection }) {
  if (s.pairs.length === 0) return <p className="muted small">No two reviewers scored the same explanation yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table compact">
        <caption className="calibration-caption">Cohen’s kappa per reviewer pair{s.kind === 'overall' ? ', pooled over every criterion' : ''}</caption>
        <thead>
          <tr>
            <th scope="col">Reviewers</th>
            <th scope="col">Kappa</th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">Reading</th>
            <th scope="col" className="num">
              Items
            </th>
          </tr>
        </thead>
        <tbody>
          {s.pairs.flatMap((p) => {
            const names = p.reviewers.map((r) => `${r.name}${r.paused ? ' (paused)' : ''}`).join(' and ');
            return [
              <tr key={`${names}-u`}>
                <th scope="row" rowSpan={2}>
                  {names}
                </th>
                <td>unweighted</td>
                <FigureCells figure={p.unweighted} />
              </tr>,
              <tr key={`${names}-w`}>
                <td>quadratic-weighted</td>
                <FigureCells figure={p.weighted} />
              </tr>,
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}
