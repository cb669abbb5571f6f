'use strict';
// A pre-started Node that forks one fresh process per case (JavaScript and
// TypeScript), so a case pays a fork instead of a Node start-up.
//
// The agent starts it once per container, before any job arrives, and speaks
// to it exactly as to the Python zygote (zygote_python.py; assay_procs.py
// Zygote): each request on the SOCK_SEQPACKET socket ASSAY_ZYGOTE_FD is one
// JSON message {mode, file, entry, cwd, env, limits} with the case's fds
// (stdin, stdout, stderr[, value]) attached; the reply is {pid} right after
// the fork, then {pid, status, maxrss} when that child has ended. Once booted
// (everything below loaded) it says so: {"ready": true, "spares": true}; a
// {"spare": true} message forks the next case's process ahead. It holds no
// job data and is undumpable, like the agent. Node cannot fork, receive fds
// or set limits by itself: zygote_node.node (zygote_node.cc) does that.
//
// Everything here runs synchronously inside this module's evaluation, before
// Node's event loop ever turns, so a forked child starts from a clean state:
// no timer, handle or pending task of this process. The child returns from
// the loop and runs its case in the same module evaluation; when that ends,
// Node runs the child's event loop as it would a fresh `node main.js`'s.
// Node must start with V8's --single-threaded: only the forking thread
// survives a fork, so V8 must never hand work to its helper threads.
// process.stdin/stdout/stderr are never touched here: Node creates them
// lazily, in the child, on the case's fds.
const path = require('node:path');
const Module = require('node:module');
const native = require('./zygote_node.node');
const fnNode = require('./fn_node.cjs');
// What nearly every case loads anyway (console on a pipe, the CJS loader, URLs
// of ES modules): loaded once here instead of once per case.
require('node:net');
require('node:url');
require('node:util');

const SOCK = Number(process.env.ASSAY_ZYGOTE_FD);
delete process.env.ASSAY_ZYGOTE_FD;
const FN_NODE = path.join(__dirname, 'fn_node.cjs');

/**
 * Forks a spare: a child that waits, on a socket of its own, for its case's
 * request and fds. Every case runs in one, handed its request only once the
 * agent has its pid (a case that kills this zygote cannot leave the agent
 * without the pid of the process to watch). The agent also asks for the next
 * case's spare as soon as every process of the previous case is killed, so
 * the fork overlaps its reset. Returns {pid, sock} here; in the spare, once
 * its request came, {child}.
 */
function forkSpare() {
  const [mine, its] = native.socketpair();
  const pid = native.fork();
  if (pid !== 0) {
    native.close(its);
    return { pid, sock: mine };
  }
  native.close(SOCK);
  native.close(mine);
  const got = native.receive(its);
  if (got === null) native.exit(0); // dropped: the zygote is gone or replaced this spare
  return { child: { request: JSON.parse(got.message), fds: got.fds, drop: [its] } };
}

/** Runs one case per request until the agent goes away; returns only in a case's process, with its request. */
function serve() {
  native.undumpable();
  native.send(SOCK, JSON.stringify({ ready: true, spares: true }));
  let spare = null;
  for (;;) {
    const got = native.receive(SOCK, spare?.pid ?? 0);
    if (got === null) process.exit(0); // the agent is gone
    if (spare === null || !native.alive(spare.pid)) {
      if (spare !== null) native.close(spare.sock);
      spare = forkSpare();
      if (spare.child) return spare.child;
    }
    if (JSON.parse(got.message).spare) continue;
    const { pid, sock } = spare;
    spare = null;
    native.send(SOCK, JSON.stringify({ pid }));
    native.handOver(sock, got.message, got.fds); // if the spare died meanwhile, its wait status says so
    native.close(sock);
    for (const fd of got.fds) native.close(fd);
    const { status, maxrss } = native.wait(pid);
    native.send(SOCK, JSON.stringify({ pid, status, maxrss }));
    native.reap(pid);
  }
}

/** Makes this forked process look like a fresh `node` started for the case: pid, cwd, environment, argv. */
function becomeCase(request) {
  Object.defineProperty(process, 'pid', { value: native.getpid(), enumerable: true, configurable: true, writable: false });
  process.chdir(request.cwd); // also refreshes Node's cached cwd
  for (const key of Object.keys(process.env)) delete process.env[key];
  Object.assign(process.env, request.env);
  // A `node` the case starts (child_process.fork) need not be single-threaded.
  process.execArgv = process.execArgv.filter((flag) => flag !== '--single-threaded');
  native.exitEarly();
  // The status a fresh node would exit with when its loop runs dry: process.exitCode once every 'exit' listener ran.
  const record = () => native.setExitCode(process.exitCode ?? 0);
  process.on('exit', () => {
    record();
    process.nextTick(record); // after the listeners the case added later
  });
}

const { request, fds, drop } = serve();
native.prepare(fds, request.limits, drop);
const valueFd = fds.length > 3 ? fds[3] : null;
becomeCase(request);
if (request.mode === 'function') {
  process.argv = [process.execPath, FN_NODE, request.file, request.entry];
  fnNode.run(request.file, request.entry, valueFd);
} else {
  const main = path.resolve(request.cwd, request.file);
  process.argv = [process.execPath, main];
  Module.runMain(main);
}
