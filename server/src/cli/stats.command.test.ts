import path from 'node:path';
import { runCli } from '../test-support/run-cli';

const assay = runCli;
const fixture = (name: string): string => path.join(__dirname, 'fixtures', 'stats', name);
const lastLine = (stdout: string): string => stdout.trimEnd().split('\n').pop()!;

describe('assay stats', () => {
  describe('alpha: Krippendorff (2011), 4 observers × 12 units with missing data', () => {
    it.each([
      ['nominal', '0.743'],
      ['ordinal', '0.815'],
      ['interval', '0.849'],
    ])('--level %s prints %s alone on the last line', async (level, published) => {
      const result = await assay('stats', 'alpha', '--level', level, fixture('krippendorff-2011.csv'));
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(lastLine(result.stdout)).toBe(published);
    });

    it('says how many units the figure rests on, which were dropped, and how to read it', async () => {
      const { stdout } = await assay('stats', 'alpha', '--level', 'ordinal', fixture('krippendorff-2011.csv'));
      expect(stdout).toContain('11 units rated by two or more of 4 raters, 40 pairable values; 1 unit dropped (fewer than two ratings)');
      expect(stdout).toContain('alpha = 0.815: reliable (Krippendorff: alpha ≥ 0.800)');
    });

    it('--json prints one JSON object with the unrounded value and the units behind it', async () => {
      const { code, stdout } = await assay('stats', 'alpha', '--level', 'nominal', '--json', fixture('krippendorff-2011.csv'));
      expect(code).toBe(0);
      expect(stdout.trimEnd().split('\n')).toHaveLength(1);
      expect(JSON.parse(stdout)).toMatchObject({
        file: fixture('krippendorff-2011.csv'),
        raterNames: ['A', 'B', 'C', 'D'],
        statistic: 'krippendorff_alpha',
        level: 'nominal',
        value: expect.closeTo(0.743421, 6),
        units: 11,
        droppedUnits: 1,
        reading: { band: 'tentative' },
      });
    });

    it('needs --level (exit 2)', async () => {
      const result = await assay('stats', 'alpha', fixture('krippendorff-2011.csv'));
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("required option '--level <level>' not specified");
    });
  });

  describe('icc: Shrout & Fleiss (1979), 6 targets × 4 judges', () => {
    it('prints both figures and ICC(2,1) = 0.290 on the last line', async () => {
      const result = await assay('stats', 'icc', fixture('shrout-fleiss-1979.csv'));
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('ICC(2,4) = 0.620: moderate reliability (Koo & Li 2016: 0.5 to 0.75)');
      expect(lastLine(result.stdout)).toBe('0.290');
    });

    it('--average puts ICC(2,k) = 0.620 on the last line', async () => {
      expect(lastLine((await assay('stats', 'icc', '--average', fixture('shrout-fleiss-1979.csv'))).stdout)).toBe('0.620');
    });
  });

  describe('kappa', () => {
    it('prints 0.400 for the textbook yes/no example', async () => {
      const result = await assay('stats', 'kappa', fixture('kappa-yes-no.csv'));
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("Cohen's kappa, reviewer_a vs reviewer_b");
      expect(lastLine(result.stdout)).toBe('0.400');
    });

    it.each([
      ['none', '0.412'],
      ['linear', '0.348'],
      ['quadratic', '0.286'],
    ])('--weights %s on ordinal levels prints %s', async (weights, value) => {
      expect(lastLine((await assay('stats', 'kappa', '--weights', weights, fixture('kappa-levels.csv'))).stdout)).toBe(value);
    });

    it('refuses a file with other than two raters, naming the file and the header line', async () => {
      const result = await assay('stats', 'kappa', fixture('krippendorff-2011.csv'));
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`assay: ${fixture('krippendorff-2011.csv')}:1: Cohen's kappa compares exactly two raters; the header names 4 (A, B, C, D)\n`);
    });
  });

  describe('an undefined figure', () => {
    it('prints "undefined" on the last line with the reason, and exits 1', async () => {
      const result = await assay('stats', 'alpha', '--level', 'interval', fixture('identical.csv'));
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('undefined: every rating is the same value');
      expect(lastLine(result.stdout)).toBe('undefined');
    });

    it('is null in --json, never NaN', async () => {
      const result = await assay('stats', 'icc', '--json', fixture('identical.csv'));
      expect(result.code).toBe(1);
      expect(JSON.parse(result.stdout)).toMatchObject({ single: null, average: null, units: 1, droppedUnits: 1 });
    });
  });

  describe('bad input exits 2 naming the file and line', () => {
    it.each([
      ['ragged.csv', ['alpha', '--level', 'nominal'], ':3: ragged row: 2 cells, the header has 3'],
      ['not-numeric.csv', ['icc'], ':3: rater "B" (column 3): "good" is not a number (the ICC needs numeric ratings; leave a missing rating empty)'],
      [
        'not-numeric.csv',
        ['kappa', '--weights', 'linear'],
        ':3: rater "B" (column 3): "good" is not a number (linear-weighted kappa needs numeric ratings; leave a missing rating empty)',
      ],
      ['one-rater.csv', ['alpha', '--level', 'interval'], ':1: needs a unit column and at least two rater columns; the header has 2 columns'],
      ['nope.csv', ['icc'], ': no such file'],
    ])('%s with %j', async (name, args, message) => {
      const result = await assay('stats', ...args, fixture(name));
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).toBe(`assay: ${fixture(name)}${message}\n`);
    });

    it('takes labels for nominal alpha, so the same file is fine there', async () => {
      const result = await assay('stats', 'alpha', '--level', 'nominal', fixture('not-numeric.csv'));
      expect(result.code).toBe(0);
    });
  });
});
