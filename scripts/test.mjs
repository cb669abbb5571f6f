#!/usr/bin/env node
// `npm test`: makes sure what the suites need is there (dependencies, the
// compiled CLI and web app, a Docker engine, the language images, Debian's
// chromium for the browser suites), then runs every jest
// project. Extra arguments go to jest, e.g. `npm test -- runners/src/run`.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingDependencies } from './missing-dependencies.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const step = (what) => process.stdout.write(`\n[test] ${what}\n`);
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });

if (!fs.existsSync(path.join(root, 'node_modules', '.bin', 'jest')) || missingDependencies(root).length > 0) {
  step('installing dependencies (first run, or one was added)');
  run('npm', ['install', '--no-audit', '--no-fund']);
}
step('building');
run('npx', ['tsc', '-b']);
run('npm', ['run', 'build', '--workspace', 'web']);
step('checking the Docker engine (and gVisor for the runsc project)');
let runsc = true;
try {
  run('bash', ['scripts/ensure-docker.sh', '--with-runsc']);
} catch {
  runsc = false;
  run('bash', ['scripts/ensure-docker.sh']);
  process.stdout.write('[test] gVisor (runsc) is not available: the runsc project is skipped (see the message above)\n');
}
step('building language images (skips those up to date)');
run('node', ['server/bin/assay.js', 'images', 'build']);
step('checking the browser for the e2e suites');
try {
  run('bash', ['scripts/ensure-chromium.sh']);
} catch {
  process.stdout.write('[test] chromium is missing: the e2e suites will fail (see the message above)\n');
}
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim() };
if (runsc) env.ASSAY_TEST_RUNSC = '1';
if (!env.ASSAY_TEST_PG_URL) {
  step('starting PostgreSQL for the storage and API suites');
  try {
    env.ASSAY_TEST_PG_URL = execFileSync('bash', ['scripts/ensure-postgres.sh'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
      .toString()
      .trim();
  } catch {
    process.stdout.write('[test] PostgreSQL is not available: the postgres project is skipped (set ASSAY_TEST_PG_URL to run it)\n');
  }
}
if (!env.ASSAY_TEST_REDIS_URL) {
  step('starting Redis for the queue suite');
  try {
    env.ASSAY_TEST_REDIS_URL = execFileSync('bash', ['scripts/ensure-redis.sh'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
      .toString()
      .trim();
  } catch {
    process.stdout.write('[test] Redis is not available: the redis project is skipped (set ASSAY_TEST_REDIS_URL to run it)\n');
  }
}
// Jest gives a 2-core machine one worker, yet the in-process suites (PGlite
// runs in the worker) leave the other core idle: they get at least two. The
// suites that drive containers and chromium keep jest's default, so on 2
// cores their time limits are not raced by a second heavy suite. Arguments
// replace both runs with one.
const jest = (args) => spawnSync('npx', ['jest', ...args], { cwd: root, stdio: 'inherit', env }).status ?? 1;
const enabled = (names) =>
  names
    .filter((name) => name !== 'postgres' || env.ASSAY_TEST_PG_URL)
    .filter((name) => name !== 'redis' || (env.ASSAY_TEST_PG_URL && env.ASSAY_TEST_REDIS_URL))
    .filter((name) => name !== 'runsc' || runsc);
const runs =
  process.argv.length > 2
    ? [process.argv.slice(2)]
    : [
        ['--selectProjects', ...enabled(['unit', 'postgres', 'redis', 'web']), `--maxWorkers=${Math.max(2, os.availableParallelism() - 1)}`],
        ['--selectProjects', ...enabled(['docker', 'runsc', 'e2e'])],
      ];
let status = 0;
for (const args of runs) {
  step(`running jest ${args.join(' ')}`);
  status ||= jest(args);
}
process.exit(status);
