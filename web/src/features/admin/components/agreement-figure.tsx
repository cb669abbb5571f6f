import { Badge, type Tone } from '../../../components/ui/badge';
import type { Figure } from '../api/calibration';

/** Tone of a reading's band: green where the sources say rely on it, amber for tentative, red below. */
const BAND_TONES: Record<string, Tone> = {
  reliable: 'success',
  excellent: 'success',
  good: 'success',
  almost_perfect: 'success',
  substantial: 'success',
  tentative: 'warning',
  moderate: 'warning',
  fair: 'warning',
  unreliable: 'danger',
  poor: 'danger',
  slight: 'danger',
};

/** A figure to 3 decimals (the precision the bands apply to), or a dash. */
export function formatFigure(value: number | null): string {
  return value === null ? '—' : value.toFixed(3);
}

/** Table cells of one figure: the number, its reading, and the items behind it. */
export function FigureCells({ figure }: { figure: Figure }) {
  const none = figure.status === 'not_enough_data';
  return (
    <>
      <td className="num figure-value">{none ? <span className="muted">—</span> : formatFigure(figure.value)}</td>
      <td>
        {none ? <Badge>Not enough data</Badge> : <Badge tone={BAND_TONES[figure.reading.band] ?? 'neutral'}>{figure.reading.band.replace('_', ' ')}</Badge>}{' '}
        <span className="figure-reading">{figure.reading.text}</span>
        {figure.note && <span className="figure-note">{figure.note}</span>}
      </td>
      <td className="num">{figure.items}</td>
    </>
  );
}
