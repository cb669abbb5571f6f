import fs from 'node:fs';
import path from 'node:path';
import { readTree, type LoadedChallenge } from '../challenges/challenge.loader';
import type { Problem } from '../challenges/challenge.problem';

/** What of a challenge folder would not come back from the server as it is on disk. */
export interface RoundTripCheck {
  /** Files the server cannot keep byte for byte: they make the challenge invalid for `push`. */
  problems: Problem[];
  /** Files outside the challenge format (notes, a README): not sent, so `pull` does not bring them back. */
  ignored: string[];
}

/**
 * Checks that pushing a loaded challenge and pulling it again gives the
 * same bytes. The server keeps every file as a string in a JSON column, so a
 * file must be UTF-8 (the loader reads it as such and would replace bad
 * bytes) and must not hold NUL (PostgreSQL's jsonb refuses \u0000). Line
 * endings, a byte-order mark and a missing final newline survive as they are.
 */
export function checkRoundTrip(item: LoadedChallenge): RoundTripCheck {
  const problems: Problem[] = [];
  const kept = item.challenge?.files ?? {};
  for (const [rel, content] of Object.entries(kept)) {
    const file = path.join(item.dir, rel);
    if (!Buffer.from(content, 'utf8').equals(fs.readFileSync(file))) {
      problems.push({ file, message: 'not UTF-8 text: the server keeps text, so this file would not come back byte for byte' });
    } else if (content.includes('\0')) {
      problems.push({ file, message: 'contains a NUL character, which the server cannot store' });
    }
  }
  const ignored = Object.keys(readTree(item.dir))
    .filter((rel) => !(rel in kept))
    .sort();
  return { problems, ignored: item.challenge ? ignored : [] };
}
