import fs from 'node:fs';
import path from 'node:path';
import { LANGUAGE_IDS } from '@assay/runners';
import { runCli } from '../test-support/run-cli';
import type { ValidationReport } from './challenge-api.schema';

// The whole catalog: every reference (and debug starter) run once in
// every language, timeouts included: minutes, not seconds.
jest.setTimeout(15 * 60_000);

const CATALOG = path.resolve(__dirname, '../../../challenges');

/** Folders `challenges validate` reads: the loader skips names starting with `.` or `_`. */
function challengeFolders(): string[] {
  return fs
    .readdirSync(CATALOG, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !/^[._]/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

describe('the challenge catalog (challenges/)', () => {
  it('validates every challenge for real in every language it offers: references pass every test, debug starters fail what they must', async () => {
    // One run per reference: flakiness is the author's check (the default three runs); CI proves each passes, in a third of the time.
    const result = await runCli('challenges', 'validate', CATALOG, '--json', '--repeats', '1');
    const lastLine = result.stdout.trim().split('\n').pop()!;
    const { challenges } = JSON.parse(lastLine) as { challenges: ValidationReport[] };
    // Each invalid challenge with its problems, so a failure says what to fix.
    const invalid = challenges.filter((c) => !c.valid).map((c) => ({ id: c.id, problems: c.problems }));
    expect(invalid).toEqual([]);
    expect(result.code).toBe(0);
    expect(challenges.map((c) => c.id).sort()).toEqual(challengeFolders());
    // Every challenge that takes code is offered in all six languages, and every one of them ran: a reference per language, each on every test.
    const codeChallenges = challenges.filter((c) => c.kind === 'implement' || c.kind === 'debug');
    expect(codeChallenges.filter((c) => LANGUAGE_IDS.some((l) => !c.languages.includes(l))).map((c) => `${c.id}: ${c.languages.join(', ')}`)).toEqual([]);
    for (const c of codeChallenges) {
      const testsRun = (language: string) => c.results.filter((r) => r.language === language).length;
      expect({ id: c.id, testsRun: LANGUAGE_IDS.map(testsRun) }).toEqual({ id: c.id, testsRun: LANGUAGE_IDS.map(() => c.tests.public + c.tests.hidden) });
    }
  });
});
