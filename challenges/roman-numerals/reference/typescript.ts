import { readFileSync } from 'node:fs';

const PAIRS: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

function toRoman(n: number): string {
  let out = '';
  for (const [value, symbol] of PAIRS) {
    while (n >= value) {
      out += symbol;
      n -= value;
    }
  }
  return out;
}

function fromRoman(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = VALUES[s[i]];
    total += i + 1 < s.length && VALUES[s[i + 1]] > v ? -v : v;
  }
  return total;
}

const out: string[] = [];
for (const line of readFileSync(0, 'utf8').split('\n')) {
  const query = line.trim();
  if (query) out.push(/^[0-9]+$/.test(query) ? toRoman(Number(query)) : String(fromRoman(query)));
}
process.stdout.write(out.map((l) => `${l}\n`).join(''));
