import { readFileSync } from 'node:fs';

const line = readFileSync(0, 'utf8').split('\n')[0];
// print "ok", "error at N" or "unclosed at N"
