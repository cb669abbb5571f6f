'use strict';
// TypeScript's compile step:
//   node --expose-internals --experimental-vm-modules ts_compile.cjs IN.ts OUT.js
// Removes the types once per run with the TypeScript parser built into Node
// (amaro, the one behind --experimental-strip-types), so every case runs
// plain JavaScript and pays no stripping. Types are erased, not checked, as
// with Node's own type stripping. Candidate code is parsed here, never run.
//
// Strip-only mode first: it blanks the types and keeps every line and
// column, and a sourceURL comment names IN.ts in stack traces. Syntax that
// needs code (enum, namespace, parameter properties) falls back to transform
// mode, whose rewritten output carries an inline source map (the run step
// passes --enable-source-maps). The JavaScript is then parsed the way Node
// will load it (CommonJS, or an ES module when the code needs one), so every
// syntax error, TypeScript's or JavaScript's, is the compile error, printed
// as `main.ts:LINE:COL: error: MESSAGE` with the offending line.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { SourceMap } = require('node:module');

const [input, output] = process.argv.slice(2);
const source = fs.readFileSync(input, 'utf8');
const sourcePath = path.resolve(input);
const name = path.basename(input);

/** amaro's transformSync; the public wrapper drops the error's position, so prefer the module itself. */
function transformer() {
  try {
    return require('internal/deps/amaro/dist/index').transformSync;
  } catch {
    const { stripTypeScriptTypes } = require('node:module');
    return (code, opts) => ({ code: stripTypeScriptTypes(code, { mode: opts.mode === 'strip-only' ? 'strip' : 'transform' }) });
  }
}

function fail(where, message, snippet) {
  process.stderr.write(`${name}${where}: error: ${message}\n${snippet ? snippet.replace(/\n?$/, '\n') : ''}`);
  process.exit(1);
}

/** Types removed: { js, map } where map is a SourceMap when the lines moved. */
function strip() {
  const transform = transformer();
  try {
    return { js: `${transform(source, { mode: 'strip-only', filename: sourcePath }).code}\n//# sourceURL=${sourcePath}\n`, map: null };
  } catch (error) {
    if (error?.code !== 'UnsupportedSyntax' && error?.code !== 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX') throw error;
  }
  const { code, map } = transform(source, { mode: 'transform', sourceMap: true, filename: sourcePath });
  if (!map) return { js: code, map: null };
  const payload = { ...JSON.parse(map), sources: [sourcePath], sourcesContent: [source] };
  const inline = Buffer.from(JSON.stringify(payload)).toString('base64');
  return { js: `${code}\n//# sourceMappingURL=data:application/json;base64,${inline}\n`, map: new SourceMap(payload) };
}

// Node's own rule (node_contextify.cc): a CommonJS parse failing with one of
// these is retried as an ES module.
const ESM_HINTS = [
  'Cannot use import statement outside a module',
  "Unexpected token 'export'",
  "Cannot use 'import.meta' outside a module",
  'await is only valid in async functions and the top level bodies of modules',
  ...['module', 'exports', 'require', '__filename', '__dirname'].map((id) => `Identifier '${id}' has already been declared`),
];

/** The SyntaxError Node would raise loading `js`, or null. */
function syntaxError(js) {
  try {
    vm.compileFunction(js, ['exports', 'require', 'module', '__filename', '__dirname'], { filename: sourcePath });
    return null;
  } catch (error) {
    if (!ESM_HINTS.includes(error?.message)) return error;
  }
  try {
    new vm.SourceTextModule(js, { identifier: sourcePath });
    return null;
  } catch (error) {
    require('internal/util').decorateErrorStack(error); // adds the "file:line / code / ^" lines
    return error;
  }
}

/** Reports a V8 SyntaxError at its place in IN.ts (through the source map when the lines moved). */
function failSyntax(error, map) {
  const lines = String(error.stack).split('\n');
  const at = /:(\d+)$/.exec(lines[0] ?? '');
  const messageAt = lines.findIndex((l) => l.startsWith('SyntaxError'));
  if (!at || messageAt < 0) fail('', `${error.name}: ${error.message}`);
  const caret = (lines[2] ?? '').indexOf('^');
  let line = Number(at[1]);
  let column = Math.max(0, caret);
  if (map) {
    const entry = map.findEntry(line - 1, column);
    if (entry?.originalLine === undefined) fail('', `SyntaxError: ${error.message}`);
    line = entry.originalLine + 1;
    column = entry.originalColumn;
    fail(`:${line}:${column + 1}`, `SyntaxError: ${error.message}`, `${source.split('\n')[line - 1] ?? ''}\n${' '.repeat(column)}^`);
  }
  fail(`:${line}:${column + 1}`, `SyntaxError: ${error.message}`, lines.slice(1, 3).join('\n'));
}

let stripped;
try {
  stripped = strip();
} catch (error) {
  const where = error?.startLine ? `:${error.startLine}:${(error.startColumn ?? 0) + 1}` : '';
  fail(where, error?.message ?? String(error), error?.snippet);
}
const bad = syntaxError(stripped.js);
if (bad) failSyntax(bad, stripped.map);
fs.writeFileSync(output, stripped.js);
