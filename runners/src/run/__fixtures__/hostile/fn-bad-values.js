// Function mode: solve(kind) writes a bad frame ("raw-deep": 5,000-deep
// nesting, "raw-nan": NaN) to every descriptor that might be the value
// channel and exits with status 0, or returns NaN or Infinity ("nan",
// "infinity"), which JSON.stringify would quietly turn into null; "fine"
// returns [1, 2].
const fs = require('node:fs');

function solve(kind) {
  const frames = { 'raw-deep': '['.repeat(5000) + ']'.repeat(5000), 'raw-nan': 'NaN' };
  if (kind in frames) {
    for (let fd = 3; fd < 64; fd++) {
      try {
        fs.writeSync(fd, frames[kind]);
      } catch {}
    }
    process.exit(0);
  }
  if (kind === 'nan') return [1, NaN];
  if (kind === 'infinity') return { x: Infinity };
  return [1, 2];
}
