import { readFileSync } from 'node:fs';

const data = readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const meetings: [number, number][] = Array.from({ length: n }, (_, i) => [data[1 + 2 * i], data[2 + 2 * i]]);
// print the least number of rooms that can hold every meeting
