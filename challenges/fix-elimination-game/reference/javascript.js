const [n, k] = require('node:fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
// Josephus recurrence: with i players the survivor's 0-based seat is
// (survivor among i - 1 players + k) mod i, since removing the k-th
// player and renumbering from the next one shifts every seat by k.
let survivor = 0;
for (let i = 2; i <= n; i++) survivor = (survivor + k) % i;
console.log(survivor + 1);
