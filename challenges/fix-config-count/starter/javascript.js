const MOD = 1_000_000_007;
const data = require('node:fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
let count = 1;
for (let i = 1; i <= n; i++) {
  // Reduce after every step so the running count stays below MOD.
  count = (count * data[i]) % MOD;
}
console.log(count);
