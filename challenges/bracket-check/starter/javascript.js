const line = require('node:fs').readFileSync(0, 'utf8').split('\n')[0];
// print "ok", "error at N" or "unclosed at N"
