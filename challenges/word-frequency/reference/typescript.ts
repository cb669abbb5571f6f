import { readFileSync } from 'node:fs';

const input = readFileSync(0, 'utf8');
const newline = input.indexOf('\n');
const k = Number(newline < 0 ? input : input.slice(0, newline));
const text = newline < 0 ? '' : input.slice(newline + 1);
const counts = new Map<string, number>();
for (const word of text.match(/[A-Za-z]+/g) ?? []) {
  const w = word.toLowerCase();
  counts.set(w, (counts.get(w) ?? 0) + 1);
}
const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, k);
process.stdout.write(top.map(([w, c]) => `${w} ${c}\n`).join(''));
