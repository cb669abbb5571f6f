const data = require('node:fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const meetings = Array.from({ length: n }, (_, i) => [data[1 + 2 * i], data[2 + 2 * i]]);
// print the least number of rooms that can hold every meeting
