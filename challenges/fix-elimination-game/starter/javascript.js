const [n, k] = require('node:fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const players = Array.from({ length: n }, (_, i) => i + 1);
let idx = 0;
while (players.length > 1) {
  // Step k - 1 places from the current player, wrapping around the circle.
  idx = (idx + k - 1) % players.length;
  players.splice(idx, 1);
}
console.log(players[0]);
