// Function-mode harness for JavaScript and TypeScript: node fn_node.mjs FILE ENTRY.
// Reads the case's arguments (a JSON array) from stdin before candidate code
// runs, calls ENTRY (awaiting a promise), and writes the result's JSON text
// (nothing else) to the file descriptor the agent passed in ASSAY_VALUE_FD.
// The agent decides the status from the exit status and checks the text
// (strict JSON, bounded depth); this frame only carries this case's value.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [file, name] = process.argv.slice(2);
const valueFd = Number(process.env.ASSAY_VALUE_FD);
delete process.env.ASSAY_VALUE_FD;
const args = JSON.parse(fs.readFileSync(0, 'utf8'));

const ENTRY = Symbol.for('assay.entry');
const mod = await import(pathToFileURL(path.resolve(file)).href);
const entry = [globalThis[ENTRY], mod[name], mod.default?.[name]].find((f) => typeof f === 'function');
if (!entry) {
  process.stderr.write(`assay: no function named ${JSON.stringify(name)} in ${path.basename(file)}\n`);
  process.exit(1);
}
const result = await entry(...args);
let frame;
try {
  // JSON.stringify writes NaN and Infinity as null; JSON has no such numbers, so they are refused.
  const finite = (_key, v) => {
    if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`it contains ${v}, which JSON has no number for`);
    return v;
  };
  frame = JSON.stringify(result === undefined ? null : result, finite);
} catch (error) {
  process.stderr.write(`assay: the return value cannot be sent as JSON: ${error.message}\n`);
  process.exit(1);
}
fs.writeSync(valueFd, frame);
process.exit(0);
