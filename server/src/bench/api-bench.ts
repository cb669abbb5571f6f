import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type Docker from 'dockerode';
import type { Logger } from 'pino';
import { createRunner, percentile, round1, type LanguageRegistry, type Runner } from '@assay/runners';
import { ChallengeMetaSchema, type Challenge } from '../challenges/challenge.schema';
import { openDatabase } from '../db/client';
import { buildHttpApp, createServices } from '../main';
import { buildJob } from '../grading/grade-code';

export interface ApiBenchResult {
  runs: number;
  hiddenCases: number;
  /** POST submit → the SSE `done` event, over real HTTP, real database and real sandbox. */
  submitP50Ms: number;
  submitP95Ms: number;
  /** The same job straight on the runner (warm pool), in the same process. */
  sandboxP50Ms: number;
  sandboxP95Ms: number;
  /**
   * The server's own share of each submit: its submit → verdict time minus
   * the time spent inside the runner for it (HTTP, database, queue, judging,
   * SSE). Measured per submission, so the sandbox's noise stays out of it.
   */
  serverP50Ms: number;
  serverP95Ms: number;
  /**
   * CPU time of this process (user + system) from POST to `done`: the
   * server's work plus the runner's Docker client and the bench's own HTTP
   * client. A loaded machine stretches wall time far more than this.
   */
  cpuP50Ms: number;
  cpuP95Ms: number;
  /** SQL statements the server sent for one submit, POST to `done` (the most of any run). */
  statements: number;
}

/** A runner that adds the time spent in `run` to `spent.ms` (one submission in flight at a time here). */
function timedRunner(runner: Runner, spent: { ms: number }): Runner {
  return {
    async run(job) {
      const t0 = performance.now();
      try {
        return await runner.run(job);
      } finally {
        spent.ms += performance.now() - t0;
      }
    },
    warmed: () => runner.warmed(),
    settled: () => runner.settled(),
    close: () => runner.close(),
  };
}

const CODE = 'def add(a, b):\n    return a + b\n';

function benchChallenge(): Challenge {
  const meta = ChallengeMetaSchema.parse({ id: 'bench-add', title: 'Add', kind: 'implement', languages: ['python'], mode: 'function', entry: 'add' });
  const hidden = Array.from({ length: 10 }, (_, i) => ({ name: `h${i}`, args: [i, i * 2], expected: i * 3 }));
  return {
    id: 'bench-add',
    dir: '',
    meta,
    prompt: 'Add.',
    starter: {},
    reference: { python: CODE },
    responses: [],
    tests: { public: [], hidden },
    rubric: null,
    key: null,
    files: { x: 'bench' },
  };
}

async function json(url: string, init: RequestInit & { cookie?: string } = {}): Promise<{ body: any; cookie?: string }> {
  const res = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...(init.cookie ? { cookie: init.cookie } : {}), ...(init.headers as object) } });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  return { body: await res.json(), cookie };
}

/** Waits on the SSE stream until the submission is done. */
async function untilDone(url: string, cookie: string): Promise<void> {
  const res = await fetch(url, { headers: { cookie } });
  const reader = res.body!.getReader();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
    if (/"status":"(done|error)"/.test(text)) break;
  }
  await reader.cancel().catch(() => undefined);
  if (!/"status":"done"/.test(text)) throw new Error(`bench submission failed: ${text.slice(-300)}`);
}

/**
 * Submit → verdict latency through the whole server (HTTP, database, queue,
 * sandbox, judging, SSE) for a trivial Python function challenge with 10
 * hidden cases, next to the bare sandbox run of the same job.
 */
export async function benchApi(opts: { docker: Docker; logger: Logger; registry: LanguageRegistry; runs?: number }): Promise<ApiBenchResult> {
  const runs = opts.runs ?? 30;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-api-'));
  const runner = createRunner({ docker: opts.docker, logger: opts.logger, registry: opts.registry, warm: { python: 2 } });
  const sent = { statements: 0 };
  const database = await openDatabase({ dataDir: dir, onQuery: () => void sent.statements++ });
  const inRunner = { ms: 0 };
  const services = createServices(database, {
    runner: timedRunner(runner, inRunner),
    logger: opts.logger,
    config: { graceSeconds: 15, runConcurrency: 2, queueCapacity: 100, secureCookies: false, publicUrl: 'http://bench' },
  });
  const server = http.createServer(buildHttpApp(services));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const challenge = benchChallenge();
    await services.challenges.save(challenge);
    const assessment = await services.assessments.create(
      { title: 'bench', description: '', durationMinutes: 600, languages: ['python'], challengeIds: [challenge.id], opensAt: null, closesAt: null },
      null,
    );
    const job = buildJob(challenge, challenge.tests.hidden, 'python', CODE);
    const submitMs: number[] = [];
    const sandboxMs: number[] = [];
    const serverMs: number[] = [];
    const cpuMs: number[] = [];
    let statements = 0;
    for (let i = -1; i < runs; i++) {
      // A fresh attempt per submission keeps the per-challenge submit limit out of the figure.
      const [invite] = await services.assessments.invite(assessment.id, { emails: [`b${i + 1}@bench.test`], extraMinutes: 0, expiresInDays: 1 });
      const token = invite!.url!.split('/invite/')[1]!;
      const started = await json(`${base}/api/v1/invites/${token}/start`, { method: 'POST' });
      const cookie = started.cookie!;
      await runner.settled();
      inRunner.ms = 0;
      sent.statements = 0;
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const posted = await json(`${base}/api/v1/attempt/challenges/${challenge.id}/submit`, {
        method: 'POST',
        cookie,
        headers: { 'x-csrf-token': started.body.csrfToken },
        body: JSON.stringify({ language: 'python', code: CODE }),
      });
      await untilDone(`${base}/api/v1/attempt/submissions/${posted.body.id}/events`, cookie);
      const t1 = performance.now();
      const cpu = process.cpuUsage(cpu0);
      // The score refresh after judging runs before the worker lets go of the job, so it is counted once settled.
      await runner.settled();
      await services.queue.idle();
      const submitStatements = sent.statements;
      const t2 = performance.now();
      await runner.run(job);
      const t3 = performance.now();
      if (i >= 0) {
        submitMs.push(t1 - t0);
        sandboxMs.push(t3 - t2);
        serverMs.push(t1 - t0 - inRunner.ms);
        cpuMs.push((cpu.user + cpu.system) / 1000);
        statements = Math.max(statements, submitStatements);
      }
    }
    const p = (v: number[], q: number) => round1(percentile(v, q));
    return {
      runs,
      hiddenCases: 10,
      submitP50Ms: p(submitMs, 50),
      submitP95Ms: p(submitMs, 95),
      sandboxP50Ms: p(sandboxMs, 50),
      sandboxP95Ms: p(sandboxMs, 95),
      serverP50Ms: p(serverMs, 50),
      serverP95Ms: p(serverMs, 95),
      cpuP50Ms: p(cpuMs, 50),
      cpuP95Ms: p(cpuMs, 95),
      statements,
    };
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
    await services.queue.close();
    await runner.close();
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
