import { readFileSync } from 'node:fs';

const tokens = readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const q = Number(tokens[0]);
let pos = 1;
const lines: string[] = [];
for (let i = 0; i < q; i++) {
  const name = tokens[pos];
  const k = Number(tokens[pos + 1]);
  const ratings = tokens.slice(pos + 2, pos + 2 + k).map(Number);
  pos += 2 + k;
  // Work in hundredths with integers so rounding down is exact.
  const hundredths = Math.floor((ratings.reduce((a, b) => a + b, 0) * 100) / ratings.length);
  lines.push(`${name} ${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`);
}
process.stdout.write(lines.map((line) => line + '\n').join(''));
