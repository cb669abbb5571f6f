// Attacks whatever started this case (in Node, the pre-started zygote that
// forks each case). Stdin "peek": try to read its memory and environment and
// list its open files, printing what happened. "stop": SIGSTOP it, so a later
// case could hang if the agent trusted it. "kill": SIGKILL it. "kill-exit":
// SIGKILL it and exit with status 3 at once, racing its report of this case's
// status. "all": kill -9 -1, every process this uid may signal. Each prints
// "done" if it survives.
const fs = require('node:fs');

const action = fs.readFileSync(0, 'utf8').trim();
const parent = process.ppid;
if (action === 'peek') {
  for (const file of [`/proc/${parent}/mem`, `/proc/${parent}/environ`]) {
    try {
      const fd = fs.openSync(file, 'r');
      fs.readSync(fd, Buffer.alloc(16), 0, 16, null);
      console.log(file, 'READ');
    } catch (error) {
      console.log(file, 'denied:', error.code);
    }
  }
  try {
    console.log('fds', fs.readdirSync(`/proc/${parent}/fd`));
  } catch (error) {
    console.log('fds denied:', error.code);
  }
} else if (action === 'stop' && parent !== 1) {
  process.kill(parent, 'SIGSTOP');
  console.log('stopped', parent);
} else if (action === 'kill' && parent !== 1) {
  process.kill(parent, 'SIGKILL');
  console.log('killed', parent);
} else if (action === 'kill-exit' && parent !== 1) {
  process.kill(parent, 'SIGKILL');
  process.exit(3);
} else if (action === 'all') {
  console.log('killing all');
  process.kill(-1, 'SIGKILL');
}
console.log('done');
