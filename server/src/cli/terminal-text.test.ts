import type { RunReport } from '@assay/runners';
import fs from 'node:fs';
import { tempCatalog, writeChallenge } from '../challenges/test-support/challenge-fixture';
import { runCli } from '../test-support/run-cli';
import { formatReport } from './report-format';
import { terminalSafe } from './terminal-text';

/** Any character a terminal would act on rather than show (tab and newline excepted). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

describe('terminalSafe', () => {
  it.each([
    ['ESC of a colour sequence', '\x1b[31mred\x1b[0m', '\\x1b[31mred\\x1b[0m'],
    ['a one-byte CSI', '\u009b2J', '\\u009b2J'],
    ['an OSC 52 clipboard write', '\x1b]52;c;ZXZpbA==\x07', '\\x1b]52;c;ZXZpbA==\\x07'],
    ['a carriage return that would rewrite the line', 'FAIL\rok  ', 'FAIL\\rok  '],
    ['a bidirectional override', 'a\u202eb', 'a\\u202eb'],
    ['NUL, backspace and DEL', 'a\0b\bc\x7f', 'a\\0b\\bc\\x7f'],
    ['newlines, tabs and ordinary text as they are', 'line 1\n\tline 2 — ünïcode ✓\n', 'line 1\n\tline 2 — ünïcode ✓\n'],
  ])('shows %s escaped', (_what, text, shown) => {
    expect(terminalSafe(text)).toBe(shown);
  });
});

describe('formatReport printed by the CLI', () => {
  it('escapes what the program wrote: stdout, stderr, the value and the case name', () => {
    const report = {
      language: 'python',
      image: 'assay/python:latest',
      imageId: 'sha256:0123456789abcdef',
      compile: null,
      timeMs: 5,
      cases: [{ name: 'main', status: 'ok', stdout: '\x1b[2J\x1b[Hpassed\n', stderr: '\u009b31m', exitCode: 0, timeMs: 1, valueJson: '"\x1b]52;c;eA==\x07"' }],
    } as unknown as RunReport;
    const shown = terminalSafe(formatReport(report));
    expect(shown).not.toMatch(RAW_CONTROL);
    expect(shown).toContain('\\x1b[2J\\x1b[Hpassed');
    expect(shown).toContain('\\u009b31m');
  });
});

describe('assay challenges validate (human output)', () => {
  it('prints a challenge folder named with escape sequences with the escapes shown, not sent to the terminal', async () => {
    const root = tempCatalog();
    try {
      writeChallenge(root, 'evil\x1b[2J\x1b]52;c;eA==\x07');
      const { code, stdout } = await runCli('challenges', 'validate', root);
      expect(code).toBe(1);
      expect(stdout).toContain('evil\\x1b[2J\\x1b]52;c;eA==\\x07');
      expect(stdout).not.toMatch(RAW_CONTROL);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
