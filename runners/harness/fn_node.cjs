'use strict';
// Function-mode harness for JavaScript and TypeScript (compiled to plain
// JavaScript first): node fn_node.cjs FILE ENTRY, or run(FILE, ENTRY, FD)
// from the Node zygote (zygote_node.cjs), which forks each case's process.
// Reads the case's arguments (a JSON array) from stdin before candidate code
// runs, calls ENTRY (awaiting a promise), and writes the result's JSON text
// (nothing else) to the value file descriptor the agent passed (in
// ASSAY_VALUE_FD when exec'd). The agent decides the status from the exit
// status and checks the text (strict JSON, bounded depth); this frame only
// carries this case's value. With a signature beside FILE (fn_typed.cjs)
// the call is typed: arguments decoded by type, the result checked against
// the return type.
//
// CommonJS on purpose: an ES-module entry point starts Node's ESM loader in
// every case's process, about a third of its start-up. require() loads a
// CommonJS program directly and an ES-module one through require(esm); only
// a module with top-level await takes the import() path.
const fs = require('node:fs');
const path = require('node:path');
const typed = require('./fn_typed.cjs');

const ENTRY = Symbol.for('assay.entry');

// JSON.stringify writes NaN and Infinity as null; JSON has no such numbers, so they are refused.
function finite(_key, v) {
  if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`it contains ${v}, which JSON has no number for`);
  return v;
}

/** Runs one case: loads FILE, calls its function NAME with stdin's JSON args, writes the value's JSON to valueFd. */
function run(file, name, valueFd) {
  const text = fs.readFileSync(0, 'utf8');
  const target = path.resolve(file);
  const signature = typed.readSignature(path.dirname(target));
  const args = signature ? typed.decodeArgs(signature, text) : JSON.parse(text);

  // Loaded synchronously, outside any promise: a syntax error or a throw at the
  // top of the program is an uncaught exception, printed with its source line.
  let loaded = null;
  let pending = null;
  try {
    loaded = require(target);
  } catch (error) {
    if (error?.code !== 'ERR_REQUIRE_ASYNC_MODULE') throw error;
    // Nothing of the module ran yet: require(esm) refuses before evaluating.
    pending = import(require('node:url').pathToFileURL(target).href);
  }

  async function call(mod) {
    const entry = [globalThis[ENTRY], mod?.[name], mod?.default?.[name]].find((f) => typeof f === 'function');
    if (!entry) {
      process.stderr.write(`assay: no function named ${JSON.stringify(name)} in ${path.basename(file)}\n`);
      process.exit(1);
    }
    const result = await entry(...args);
    let frame;
    try {
      frame = signature ? typed.encodeResult(signature, result) : JSON.stringify(result === undefined ? null : result, finite);
    } catch (error) {
      const why = error instanceof typed.Misfit ? error.message : `the return value cannot be sent as JSON: ${error.message}`;
      process.stderr.write(`assay: ${why}\n`);
      process.exit(1);
    }
    fs.writeSync(valueFd, frame);
    process.exit(0);
  }

  // A rejection (from the entry or the module) is left unhandled on purpose:
  // Node prints it and exits with status 1, a runtime_error.
  if (pending) pending.then(call);
  else call(loaded);
}

module.exports = { run };

if (require.main === module) {
  const [file, name] = process.argv.slice(2);
  const valueFd = Number(process.env.ASSAY_VALUE_FD);
  delete process.env.ASSAY_VALUE_FD;
  run(file, name, valueFd);
}
