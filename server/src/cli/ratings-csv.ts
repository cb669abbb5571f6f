import fs from 'node:fs';
import { CsvError, parse } from 'csv-parse/sync';
import type { RatingTable, RatingValue } from '../stats';
import { CliError } from './cli-error';

/** How cells become ratings: `numbers` for statistics of distances (each cell must be a number), `labels` for nominal ones. */
export type CellKind = 'numbers' | 'labels';

// A plain decimal number: no hex, no Infinity, no thousands separators, which Number() would accept or misread.
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads a ratings CSV: a header row (first cell: the unit column's name,
 * then one rater name per column), then one row per unit (its id, then each
 * rater's rating; an empty cell is a missing rating). Blank lines are
 * skipped and cells trimmed. With `numbers`, every rating must be a decimal
 * number; with `labels`, a cell that is a decimal number becomes that number
 * (so `1` and `1.0` agree) and any other text stays a label. Every problem is
 * a CliError naming the file and line: a ragged row, fewer than two rater
 * columns, a missing or repeated unit id or rater name, a non-numeric cell.
 */
export function readRatingsCsv(file: string, kind: CellKind, statistic: string): RatingTable {
  const records = parseRecords(file);
  const header = records[0];
  if (!header) throw new CliError(`${file}: empty file; expected a header row: unit, then one column per rater`);
  const raters = header.cells.slice(1);
  if (raters.length < 2) {
    throw new CliError(
      `${file}:${header.line}: needs a unit column and at least two rater columns; the header has ${header.cells.length} column${header.cells.length === 1 ? '' : 's'}`,
    );
  }
  raters.forEach((name, i) => {
    if (!name) throw new CliError(`${file}:${header.line}: column ${i + 2} has no rater name`);
    const first = raters.indexOf(name);
    if (first !== i) throw new CliError(`${file}:${header.line}: rater "${name}" names columns ${first + 2} and ${i + 2}`);
  });

  const units: string[] = [];
  const ratings: (RatingValue | null)[][] = [];
  const seen = new Map<string, number>();
  for (const { cells, line } of records.slice(1)) {
    if (cells.length !== header.cells.length) {
      throw new CliError(`${file}:${line}: ragged row: ${cells.length} cell${cells.length === 1 ? '' : 's'}, the header has ${header.cells.length}`);
    }
    const [unit, ...row] = cells as [string, ...string[]];
    if (!unit) throw new CliError(`${file}:${line}: the unit id (first cell) is empty`);
    const earlier = seen.get(unit);
    if (earlier !== undefined) throw new CliError(`${file}:${line}: unit "${unit}" appears again (first on line ${earlier})`);
    seen.set(unit, line);
    units.push(unit);
    ratings.push(row.map((cell, r) => toRating(cell, kind, () => `${file}:${line}: rater "${raters[r]}" (column ${r + 2})`, statistic)));
  }
  if (units.length === 0) throw new CliError(`${file}: no rows of ratings after the header`);
  return { units, raters, ratings };
}

function toRating(cell: string, kind: CellKind, where: () => string, statistic: string): RatingValue | null {
  if (cell === '') return null;
  if (DECIMAL.test(cell)) {
    const value = Number(cell);
    if (Number.isFinite(value)) return value;
    throw new CliError(`${where()}: ${JSON.stringify(cell)} is too large for a rating`);
  }
  if (kind === 'labels') return cell;
  throw new CliError(`${where()}: ${JSON.stringify(cell)} is not a number (${statistic} needs numeric ratings; leave a missing rating empty)`);
}

interface CsvRecord {
  cells: string[];
  /** 1-based line where the record starts. */
  line: number;
}

function parseRecords(file: string): CsvRecord[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a CSV file' : (error as Error).message}`);
  }
  try {
    // With `info`, each record comes as { record, info } (the typings only know the plain form).
    const rows = parse(text, { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
    // info.lines is where a record ends; a quoted cell may span lines, so count back to where it starts.
    return rows.map(({ record, info }) => ({ cells: record, line: info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0) }));
  } catch (error) {
    if (error instanceof CsvError) throw new CliError(`${file}:${typeof error.lines === 'number' ? error.lines : 1}: not valid CSV: ${error.message}`);
    throw error;
  }
}
