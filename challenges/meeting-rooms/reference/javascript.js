const data = require('node:fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const starts = Float64Array.from({ length: n }, (_, i) => data[1 + 2 * i]).sort();
const ends = Float64Array.from({ length: n }, (_, i) => data[2 + 2 * i]).sort();
// Sweep the starts in order; every end at or before a start frees a room.
// Rooms busy when the i-th meeting starts: i + 1 started minus j ended.
let rooms = 0;
let j = 0;
for (let i = 0; i < n; i++) {
  while (ends[j] <= starts[i]) j++;
  rooms = Math.max(rooms, i + 1 - j);
}
console.log(rooms);
