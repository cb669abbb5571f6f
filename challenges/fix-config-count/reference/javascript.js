const MOD = 1_000_000_007n;
const data = require('node:fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
let count = 1;
for (let i = 1; i <= n; i++) {
  // Reduce after every step so the running count stays below MOD; the
  // product itself reaches 10^18, past 2^53, so it is taken in BigInt.
  count = Number((BigInt(count) * BigInt(data[i])) % MOD);
}
console.log(count);
