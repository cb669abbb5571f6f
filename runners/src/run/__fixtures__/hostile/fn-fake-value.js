// Function mode: writes a value frame to every descriptor that might be the
// value channel, then crashes instead of returning.
const fs = require('node:fs');

function solve(x) {
  for (let fd = 3; fd < 64; fd++) {
    try {
      fs.writeSync(fd, '{"value": 42}');
    } catch {}
  }
  throw new Error('crashed after forging a value');
}
