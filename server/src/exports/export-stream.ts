import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';

/** The two export formats: a spreadsheet's CSV, or one JSON object per line. */
export type ExportFormat = 'csv' | 'jsonl';

/** What one export writes: its file name, CSV header, and rows as they are read. */
export interface ExportBody<T> {
  /** Without extension; `.csv` or `.jsonl` is added. */
  basename: string;
  columns: readonly string[];
  rows: AsyncIterable<T>;
  /** A row as one CSV record in `columns` order. */
  csvRecord(row: T): unknown[];
}

/** Where an export is written: the HTTP response (headers set first), or any writable in tests. */
export type ExportSink = Writable & { setHeader?(name: string, value: string): unknown };

/**
 * Writes an export as the rows come: `pipeline` pulls a row from `rows`
 * only when the CSV writer and the sink have room (it waits for 'drain'),
 * so at most a page read ahead and the streams' small buffers are held,
 * however many rows there are; a client that goes away stops the reads.
 *
 * Formula injection: csv-stringify's `escape_formulas` prefixes a text
 * cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return (and
 * their full-width forms) with `'`, so a spreadsheet shows it as text
 * instead of running it (OWASP's advice); numbers are written as numbers,
 * and JSONL, which no spreadsheet opens, is written as is.
 */
export async function writeExport<T>(sink: ExportSink, format: ExportFormat, body: ExportBody<T>): Promise<void> {
  const filename = `${body.basename}.${format}`;
  sink.setHeader?.('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
  sink.setHeader?.('Content-Disposition', `attachment; filename="${filename}"`);
  sink.setHeader?.('Cache-Control', 'no-store');
  const source = Readable.from(body.rows);
  if (format === 'jsonl') {
    await pipeline(source, jsonLines(), sink);
    return;
  }
  const csv = stringify({
    header: true,
    columns: body.columns.map(String),
    escape_formulas: true,
    cast: { date: (d) => d.toISOString(), boolean: (b) => (b ? 'true' : 'false') },
  });
  await pipeline(source, recordsOf(body.csvRecord), csv, sink);
}

function jsonLines(): Transform {
  return new Transform({
    writableObjectMode: true,
    transform(row, _encoding, done) {
      done(null, `${JSON.stringify(row)}\n`);
    },
  });
}

function recordsOf<T>(toRecord: (row: T) => unknown[]): Transform {
  return new Transform({
    objectMode: true,
    transform(row: T, _encoding, done) {
      done(null, toRecord(row));
    },
  });
}

/** A file-name-safe piece of a title: letters, digits and dashes, at most 40 characters. */
export function fileSlug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'assessment'
  );
}
