#!/usr/bin/env node
// `npm start`: installs what is missing, builds, makes sure Docker and the
// language images are there, then starts the embedded server with demo data
// and prints the URL and the demo logins. Extra arguments go to `assay serve`.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingDependencies } from './missing-dependencies.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const step = (what) => process.stdout.write(`[start] ${what}\n`);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

if (!fs.existsSync(path.join(root, 'node_modules', '.bin', 'tsc')) || missingDependencies(root).length > 0) {
  step('installing dependencies (first run, or one was added)');
  run('npm', ['install', '--no-audit', '--no-fund']);
}
step('building');
run('npx', ['tsc', '-b']);
if (fs.existsSync(path.join(root, 'web', 'package.json'))) run('npm', ['run', 'build', '--workspace', 'web', '--if-present']);
step('checking the Docker engine');
run('bash', ['scripts/ensure-docker.sh']);
step('building language images that are missing (the first time takes a few minutes)');
run('node', ['server/bin/assay.js', 'images', 'build']);
step('starting the server');
const server = spawn('node', ['server/bin/assay.js', 'serve', '--demo', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
