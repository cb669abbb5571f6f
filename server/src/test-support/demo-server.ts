import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '../../..');

export interface DemoServer {
  child: ChildProcess;
  url: string;
  /** The demo candidate's invite link printed at start. */
  invite: string;
  dataDir: string;
  /** SIGTERM (SIGKILL after 10 s), then removes the data folder unless it was given. */
  stop(): Promise<void>;
}

/**
 * Starts the real server as a child process (`assay serve --demo`, the
 * embedded database, real Docker runs) on a free port and resolves once it
 * prints its URL and invite link. Pass `dataDir` to start again on the same
 * database. Needs `npx tsc -b` (npm test builds first).
 */
export function startDemoServer(opts: { dataDir?: string; env?: Record<string, string> } = {}): Promise<DemoServer> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'assay-demo-'));
  const child = spawn(process.execPath, [path.join(ROOT, 'server/bin/assay.js'), 'serve', '--demo', '--port', '0', '--data-dir', dataDir], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ASSAY_WARM_POOL: '0', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => resolve(clearTimeout(timer)));
      });
    }
    if (!opts.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /running at (http:\/\/\S+)/.exec(out)?.[1];
      const invite = /candidate\s+(http:\/\/\S+)/.exec(out)?.[1];
      if (url && invite) resolve({ child, url, invite, dataDir, stop });
    });
    child.once('exit', (code) => reject(new Error(`assay serve exited with ${code}: ${err.slice(-2000)}`)));
  });
}
