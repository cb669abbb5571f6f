const lines = require('node:fs').readFileSync(0, 'utf8').split('\n');
for (const line of lines) {
  const query = line.trim();
  if (!query) continue;
  // print the conversion of query
}
