import { readFileSync } from 'node:fs';

for (const line of readFileSync(0, 'utf8').split('\n')) {
  const query = line.trim();
  if (!query) continue;
  // print the conversion of query
}
