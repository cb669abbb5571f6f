const data = require('node:fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const [n, k] = data;
const sales = data.slice(2, 2 + n);
// prefix[i] is the total of the first i days, so any window sums in O(1).
const prefix = new Array(n + 1).fill(0);
for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] + sales[i];
let best = prefix[k];
let bestStart = 0;
for (let start = 1; start < n - k; start++) {
  const total = prefix[start + k] - prefix[start];
  if (total > best) {
    best = total;
    bestStart = start;
  }
}
console.log(`${best} ${bestStart + 1}`);
