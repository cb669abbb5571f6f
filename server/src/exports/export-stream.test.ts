import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { writeExport, type ExportBody } from './export-stream';

/** A sink that takes one chunk per turn of the event loop, like a slow client, and counts the lines it got. */
class SlowSink extends Writable {
  text = '';
  headers: Record<string, string> = {};
  constructor() {
    super({ highWaterMark: 1024 });
  }
  setHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void) {
    this.text += chunk.toString('utf8');
    setImmediate(done);
  }
  get lines() {
    return this.text.split('\n').length - 1;
  }
}

type Row = { id: number; name: string; value: number };

function body(rows: AsyncIterable<Row>): ExportBody<Row> {
  return { basename: 'things', columns: ['id', 'name', 'value'], rows, csvRecord: (r) => [r.id, r.name, r.value] };
}

async function* listed(rows: Row[]) {
  yield* rows;
}

describe('writeExport', () => {
  it('writes CSV a spreadsheet cannot run: text starting with = + - @ gets a leading apostrophe, numbers stay numbers', async () => {
    const sink = new SlowSink();
    const rows: Row[] = [
      { id: 1, name: '=HYPERLINK("http://evil.test","x")', value: -0.25 },
      { id: 2, name: '+1', value: 0 },
      { id: 3, name: '-2+3', value: 1 },
      { id: 4, name: '@SUM(A1)', value: 2 },
      { id: 5, name: 'plain, "quoted"\nand two lines', value: 3 },
    ];
    await writeExport(sink, 'csv', body(listed(rows)));
    const parsed = parse(sink.text, { columns: true }) as Record<string, string>[];
    expect(parsed).toEqual([
      { id: '1', name: `'=HYPERLINK("http://evil.test","x")`, value: '-0.25' },
      { id: '2', name: "'+1", value: '0' },
      { id: '3', name: "'-2+3", value: '1' },
      { id: '4', name: "'@SUM(A1)", value: '2' },
      { id: '5', name: 'plain, "quoted"\nand two lines', value: '3' },
    ]);
    expect(sink.headers['Content-Disposition']).toBe('attachment; filename="things.csv"');
    expect(sink.headers['Content-Type']).toMatch(/^text\/csv/);
  });

  it('writes JSONL as is, one object per line', async () => {
    const sink = new SlowSink();
    const rows: Row[] = [
      { id: 1, name: '=1+1', value: -1 },
      { id: 2, name: 'two\nlines', value: 2 },
    ];
    await writeExport(sink, 'jsonl', body(listed(rows)));
    expect(
      sink.text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(rows);
    expect(sink.headers['Content-Disposition']).toBe('attachment; filename="things.jsonl"');
  });

  it.each(['csv', 'jsonl'] as const)('reads %s rows only as the sink takes them: 10,000 rows, never more than a few pages held', async (format) => {
    const sink = new SlowSink();
    const pageSize = 200;
    const total = 10_000;
    const held: number[] = []; // rows read but not yet written, seen at each page read
    const fetchPage = jest.fn((from: number) =>
      Array.from({ length: Math.min(pageSize, total - from) }, (_, i) => ({ id: from + i, name: `row ${from + i}`, value: (from + i) / 7 })),
    );
    async function* pages() {
      for (let from = 0; from < total; from += pageSize) {
        held.push(from - Math.max(0, sink.lines - (format === 'csv' ? 1 : 0)));
        yield* fetchPage(from);
      }
    }
    await writeExport(sink, format, body(pages()));
    expect(fetchPage).toHaveBeenCalledTimes(total / pageSize);
    expect(sink.lines).toBe(total + (format === 'csv' ? 1 : 0));
    // Buffers between the reader and the sink hold some rows (16 objects per stage, 16 KiB of text); all 10,000 never.
    expect(Math.max(...held)).toBeLessThan(3 * pageSize + 1000);
    expect(Math.max(...held)).toBeLessThan(total / 5);
  });
});
