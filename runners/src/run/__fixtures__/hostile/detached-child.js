// Stdin "spawn": starts a detached shell that would write /tmp/leak later,
// and exits at once. Stdin "check": reports any process besides itself, the
// agent and its parent (the agent, or the zygote that forked it), and
// whether /tmp/leak appeared.
const { spawn } = require('node:child_process');
const fs = require('node:fs');

if (fs.readFileSync(0, 'utf8').trim() === 'spawn') {
  spawn('sh', ['-c', 'sleep 0.5; echo leaked > /tmp/leak'], { detached: true, stdio: 'ignore' }).unref();
  console.log('spawned');
} else {
  const others = fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p) && p !== '1' && p !== String(process.pid) && p !== String(process.ppid));
  setTimeout(() => console.log(JSON.stringify({ others, leak: fs.existsSync('/tmp/leak') })), 800);
}
