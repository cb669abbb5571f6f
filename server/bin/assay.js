#!/usr/bin/env node
// The `assay` command. Runs the compiled CLI; `npm install` builds it (prepare).
const path = require('node:path');
const fs = require('node:fs');
const main = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('assay: not built yet; run `npm run build` in the repository root\n');
  process.exit(2);
}
require(main)
  .main(process.argv)
  .catch((error) => {
    process.stderr.write(`assay: ${error && error.message ? error.message : String(error)}\n`);
    process.exit(3);
  });
