// Starts one sandbox run of an endless loop and waits for it; the orphan test
// SIGKILLs this process mid-run. The case's time limit is argv[2] ms
// (default 15 s). Needs the compiled engine (`npx tsc -b`), as a server would.
const { createRunner, LanguageRegistry } = require('../../../dist/index.js');
const Docker = require('dockerode');
const pino = require('pino');

const timeMs = Number(process.argv[2] ?? 15_000);
const runner = createRunner({ docker: new Docker(), logger: pino({ level: 'silent' }), registry: LanguageRegistry.load(), concurrency: 1 });
runner.run({ language: 'python', mode: 'stdio', code: 'while True:\n    pass\n', cases: [{ name: 'forever', stdin: '' }], limits: { timeMs } }).then(
  () => process.exit(0),
  () => process.exit(1),
);
