// Tries every place a Node program could leave its input for the next case:
// files in /tmp, $HOME, the work directory and /dev/shm, a POSIX message
// queue created through /dev/mqueue, its own source file (made writable
// again first), and the environment. For each it prints what an earlier case
// left ("before") and what it reads back after adding its own ("after").
const fs = require('node:fs');
const path = require('node:path');

const word = fs.readFileSync(0, 'utf8').trim();
const report = {};
const read = (file) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

for (const [name, file] of [
  ['tmp', '/tmp/leak'],
  ['home', path.join(process.env.HOME, '.leak')],
  ['workdir', 'leak'],
  ['devshm', '/dev/shm/leak'],
]) {
  const before = read(file);
  fs.appendFileSync(file, `${word};`);
  report[name] = { before, after: read(file) };
}

// Message queues show up as files: one queue per earlier input.
const queues = () => fs.readdirSync('/dev/mqueue').filter((q) => q.startsWith('leak-')).map((q) => q.slice(5)).sort().join(';');
if (fs.existsSync('/dev/mqueue')) {
  // gVisor has none: there the channel does not exist for Node.
  const beforeQueues = queues();
  fs.closeSync(fs.openSync(`/dev/mqueue/leak-${word}`, 'w', 0o600));
  report.mqueue = { before: beforeQueues, after: queues() };
}

const marks = () => read(__filename).split('\n').filter((l) => l.startsWith('//leak:')).map((l) => l.slice(7)).join(';');
const beforeSource = marks();
fs.chmodSync(__filename, 0o644);
fs.appendFileSync(__filename, `\n//leak:${word}`);
report.source = { before: beforeSource, after: marks() };

const beforeEnv = process.env.LEAK ?? '';
process.env.LEAK = `${beforeEnv}${word};`;
report.env = { before: beforeEnv, after: process.env.LEAK };

console.log(JSON.stringify(report));
