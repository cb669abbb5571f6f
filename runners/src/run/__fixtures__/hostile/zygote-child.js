// What a case forked by the Node zygote must find, as a fresh `node main.js`
// would: prints one JSON line describing its own process, and exercises the
// parts of Node that use helper threads or the event loop (timers, promises,
// async fs, crypto and zlib on libuv's thread pool, a worker thread).
// Stdin picks an action: "probe" (default), "throw", "exit3", "loop",
// "hog" (memory), "flood" (1 MiB of stdout), "gc" (many collections).
const fs = require('node:fs');
const crypto = require('node:crypto');
const zlib = require('node:zlib');
const { Worker } = require('node:worker_threads');

const action = fs.readFileSync(0, 'utf8').trim() || 'probe';

async function probe() {
  await new Promise((resolve) => setTimeout(resolve, 5));
  const source = await fs.promises.readFile(__filename, 'utf8');
  const random = await new Promise((resolve, reject) => crypto.randomBytes(8, (e, b) => (e ? reject(e) : resolve(b.toString('hex')))));
  const gzip = await new Promise((resolve, reject) => zlib.gzip('a'.repeat(10_000), (e, b) => (e ? reject(e) : resolve(zlib.gunzipSync(b).length))));
  const worker = await new Promise((resolve, reject) => {
    const w = new Worker('require("node:worker_threads").parentPort.postMessage(6 * 7)', { eval: true });
    w.on('message', resolve);
    w.on('error', reject);
  });
  const self = fs.readFileSync('/proc/self/stat', 'utf8').split(' ');
  return {
    main: require.main === module,
    pid: process.pid === Number(self[0]),
    forked: process.ppid !== 1,
    session: Number(self[5]) === process.pid,
    cwd: process.cwd(),
    argv: process.argv.slice(1),
    env: Object.keys(process.env).sort(),
    source: source.length > 100,
    random,
    gzip,
    worker,
  };
}

function gc() {
  // Allocates about 100 MB in small objects, a few MB live at a time, in hot (optimised) code.
  let keep = [];
  let total = 0;
  for (let i = 0; i < 2_000_000; i++) {
    keep.push({ i, s: `item ${i}` });
    if (keep.length === 50_000) {
      total += keep.length;
      keep = [];
    }
  }
  return total;
}

if (action === 'probe') probe().then((r) => console.log(JSON.stringify(r)));
else if (action === 'throw') throw new Error('thrown at the top');
else if (action === 'exit3') {
  console.log('leaving');
  process.exit(3);
} else if (action === 'loop') for (;;);
else if (action === 'hog') {
  const keep = [];
  for (;;) keep.push(new Array(1 << 17).fill(1.5));
} else if (action === 'flood') process.stdout.write('x'.repeat(1 << 20));
else if (action === 'gc') console.log(gc());
