#!/usr/bin/env node
// `npm run bench`: builds, makes sure Docker and the images are there, then
// runs every benchmark: the sandbox, runc against gVisor, each language's
// per-case cost, the API, and the web app in chromium.
// Each prints its figures; the last line of this script is one JSON object
// with all of them.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (args, capture = false) => execFileSync(args[0], args.slice(1), { cwd: root, stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit' });

run(['npx', 'tsc', '-b']);
run(['npm', 'run', 'build', '--workspace', 'web']);
run(['bash', 'scripts/ensure-docker.sh']);
try {
  run(['bash', 'scripts/ensure-docker.sh', '--with-runsc']); // the runtime bench compares runc with gVisor
} catch {
  process.stdout.write('gVisor (runsc) is not available: the runtime bench reports runc only\n');
}
run(['node', 'server/bin/assay.js', 'images', 'build']); // all six: `cases` measures each language
const results = {};
for (const what of ['runner', 'runtime', 'cases', 'api']) {
  const out = run(['node', 'server/bin/assay.js', 'bench', what], true).toString();
  process.stdout.write(out);
  results[what] = JSON.parse(out.trim().split('\n').at(-1));
}
run(['bash', 'scripts/ensure-chromium.sh']);
const web = run(['node', 'web/e2e/bench-web.mjs'], true).toString();
process.stdout.write(web);
results.web = JSON.parse(web.trim().split('\n').at(-1));
process.stdout.write(`${JSON.stringify(results)}\n`);
