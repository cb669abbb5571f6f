import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readRatingsCsv } from './ratings-csv';

describe('readRatingsCsv', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-ratings-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function csv(text: string): string {
    const file = path.join(dir, 'ratings.csv');
    fs.writeFileSync(file, text);
    return file;
  }

  it('reads units, raters and ratings; an empty cell is a missing rating', () => {
    const file = csv('unit,ana,ben\nu1,1,2\nu2,,3.5\n');
    expect(readRatingsCsv(file, 'numbers', 'ICC')).toEqual({
      units: ['u1', 'u2'],
      raters: ['ana', 'ben'],
      ratings: [
        [1, 2],
        [null, 3.5],
      ],
    });
  });

  it('trims cells, skips blank lines and a byte-order mark, and takes quoted cells', () => {
    const file = csv('\ufeffunit, ana , "ben, jr"\r\n\r\n"u,1", 1 ,\r\n');
    expect(readRatingsCsv(file, 'numbers', 'ICC')).toEqual({ units: ['u,1'], raters: ['ana', 'ben, jr'], ratings: [[1, null]] });
  });

  it('as labels, keeps text and makes numbers of numeric cells, so "1" and "1.0" are one value', () => {
    const file = csv('unit,a,b\n1,pass,fail\n2,1,1.0\n');
    expect(readRatingsCsv(file, 'labels', 'kappa').ratings).toEqual([
      ['pass', 'fail'],
      [1, 1],
    ]);
  });

  it('names the file and line of a cell that is not a number, with its rater and column', () => {
    const file = csv('unit,a,b\n1,1,2\n\n2,0x10,3\n');
    expect(() => readRatingsCsv(file, 'numbers', 'interval alpha')).toThrow(
      `${file}:4: rater "a" (column 2): "0x10" is not a number (interval alpha needs numeric ratings; leave a missing rating empty)`,
    );
  });

  it('counts lines from where a record starts when an earlier quoted cell spans lines', () => {
    const file = csv('unit,a,b\n"two\nlines",1,2\n3,1\n');
    expect(() => readRatingsCsv(file, 'numbers', 'ICC')).toThrow(`${file}:4: ragged row: 2 cells, the header has 3`);
  });

  it.each([
    ['fewer than two rater columns', 'unit,a\n1,2\n', ':1: needs a unit column and at least two rater columns; the header has 2 columns'],
    ['an empty rater name', 'unit,a,\n1,2,3\n', ':1: column 3 has no rater name'],
    ['a rater named twice', 'unit,a,a\n1,2,3\n', ':1: rater "a" names columns 2 and 3'],
    ['an empty unit id', 'unit,a,b\n,2,3\n', ':2: the unit id (first cell) is empty'],
    ['a unit listed twice', 'unit,a,b\nx,2,3\ny,1,1\nx,2,2\n', ':4: unit "x" appears again (first on line 2)'],
    ['a row longer than the header', 'unit,a,b\n1,2,3,4\n', ':2: ragged row: 4 cells, the header has 3'],
    ['an unclosed quote', 'unit,a,b\n1,"2,3\n', ':2: not valid CSV: Quote Not Closed'],
    ['a number too large for a double', 'unit,a,b\n1,1e400,1\n', ':2: rater "a" (column 2): "1e400" is too large for a rating'],
    ['no rows after the header', 'unit,a,b\n', ': no rows of ratings after the header'],
    ['an empty file', '', ': empty file; expected a header row: unit, then one column per rater'],
  ])('refuses %s, naming the file and line', (_, text, message) => {
    const file = csv(text);
    expect(() => readRatingsCsv(file, 'labels', 'kappa')).toThrow(`${file}${message}`);
  });

  it('names a file that does not exist', () => {
    const missing = path.join(dir, 'nope.csv');
    expect(() => readRatingsCsv(missing, 'labels', 'kappa')).toThrow(`${missing}: no such file`);
  });
});
