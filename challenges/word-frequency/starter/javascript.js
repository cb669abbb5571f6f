const input = require('node:fs').readFileSync(0, 'utf8');
const [first, ...rest] = input.split('\n');
const k = Number(first);
const text = rest.join('\n');
// print the k most frequent words as "word count"
