import crypto from 'node:crypto';
import { constants } from 'node:os';
import { EngineError, InvalidJobError } from '../errors';
import { parseSignature } from '../functions/signature';
import { FUNCTION_TARGETS } from '../functions/targets';
import type { LanguageSpec } from '../languages/language.schema';
import type { AgentJob } from '../sandbox/agent-protocol';
import type { Box } from '../sandbox/box';
import { sandboxEnv } from '../sandbox/container-spec';
import type { CaseReport, CompileReport, RunJob } from './job.schema';
import type { Limits } from './limits';

/** Time the host allows beyond the agent's own limit before it kills the container, ms. */
const OUTSIDE_SLACK_MS = 1_500;
/**
 * Time the agent may take to reset the sandbox before a case (kill what is
 * left, empty every writable place, restore the program's files), ms. A
 * case that left a few hundred thousand files needs seconds (deleting costs
 * about what creating did, so it scales with the case's time limit); past
 * this the container is given up and the next case runs in a fresh one.
 */
const RESET_TIMEOUT_MS = 30_000;
/** Reset time allowed, as a multiple of the case time limit, when that is more. */
const RESET_FACTOR = 4;
const WORKDIR = '/tmp/box';

export interface Plan {
  job: RunJob;
  language: LanguageSpec;
  limits: Limits;
}

/** Checks that the language can run the job's mode; call before taking a sandbox. */
export function checkMode(job: RunJob, language: LanguageSpec): void {
  if (job.mode === 'function' && !language.function) {
    throw new InvalidJobError(`${language.id} supports stdio mode only`, 'mode');
  }
  if (job.mode === 'function' && language.function?.signature === 'required' && !job.signature) {
    throw new InvalidJobError(`${language.id} function mode needs the entry's signature`, 'signature');
  }
}

/** The job line for the agent, for the cases from `offset` on; it carries none of their inputs. */
export function agentJob(plan: Plan, offset: number): AgentJob {
  const { job, language, limits } = plan;
  const fn = job.mode === 'function' ? language.function : null;
  const fill = (s: string) => s.replaceAll('{entry}', job.entry ?? '');
  return {
    nonce: crypto.randomBytes(16).toString('hex'),
    workdir: WORKDIR,
    files: programFiles(plan),
    compile: (fn?.compile ?? language.compile) ? { argv: fn?.compile ?? language.compile!, timeMs: limits.compileTimeMs } : null,
    run: {
      argv: fn ? fn.run.map(fill) : language.run,
      ...(language.zygote ? { zygote: { file: language.runFile ?? language.sourceFile, entry: job.entry ?? null } } : {}),
    },
    env: sandboxEnv(language),
    mode: job.mode,
    caseCount: job.cases.length - offset,
    limits: {
      timeMs: limits.timeMs,
      stdoutBytes: limits.stdoutBytes,
      stderrBytes: limits.stderrBytes,
      compileOutputBytes: limits.compileOutputBytes,
      fileBytes: limits.diskMb * 1024 * 1024,
      openFiles: limits.openFiles,
    },
  };
}

/** The candidate's source under its file name, plus the generated driver files in typed function mode. */
function programFiles({ job, language }: Plan): Record<string, string> {
  const fn = job.mode === 'function' ? language.function : null;
  const entry = job.entry ?? '';
  const source = job.code + (fn?.appendSource ? fn.appendSource.replaceAll('{entry}', entry) : '');
  const files: Record<string, string> = { [fn?.sourceFile ?? language.sourceFile]: source };
  if (fn && job.signature) Object.assign(files, FUNCTION_TARGETS[language.id].driverFiles(entry, parseSignature(job.signature), job.signature));
  return files;
}

/** What the agent reads as a case's input: its stdin, or its args as JSON text in function mode. */
export function inputBytes(c: RunJob['cases'][number]): Buffer {
  return Buffer.from('argsJson' in c ? c.argsJson : 'args' in c ? JSON.stringify(c.args) : c.stdin, 'utf8');
}

/**
 * Sends one job to a box and reads its verdicts, enforcing a wall clock from
 * outside: a case that outlives its limit plus slack, or a container that
 * dies, gets its verdict here and ends the pass; the caller runs the
 * remaining cases in a fresh container. Each case's input is sent only once
 * the previous step is over (its report says every process it left is
 * killed), and the agent reads it only after the reset. Always makes
 * progress: either a compile report or at least one
 * case. `compiled` says whether this container ran the compile step.
 */
export async function executeInBox(box: Box, plan: Plan & { offset: number }): Promise<{ compile: CompileReport | null; cases: CaseReport[]; compiled: boolean }> {
  const sent = agentJob(plan, plan.offset);
  box.send(sent);
  // Case i's input goes out once nothing of the candidate's can be running: right
  // after the job line (nothing ran yet), the compile report or case i-1's report
  // (the agent sends those after killing every process the step left). It waits
  // in the agent's stdin while the agent resets, so the reset and the trip overlap.
  const sendInput = (i: number) => {
    if (i < sent.caseCount) box.sendInput(i, inputBytes(plan.job.cases[plan.offset + i]!));
  };
  const { limits } = plan;
  let compile: CompileReport | null = null;
  if (sent.compile) {
    const msg = await box.next(limits.compileTimeMs + OUTSIDE_SLACK_MS);
    if (msg.type === 'compile' && msg.nonce === sent.nonce) {
      compile = { ok: msg.ok, output: msg.output, timeMs: msg.timeMs };
      if (!msg.ok) return { compile, cases: [], compiled: true };
    } else {
      const why = msg.type === 'timeout' ? `did not finish within ${limits.compileTimeMs} ms` : 'was killed';
      if (msg.type === 'closed') await assertEngineAlive(box);
      return { compile: { ok: false, output: `[assay] the compiler ${why}\n`, timeMs: limits.compileTimeMs }, cases: [], compiled: true };
    }
  }
  const compiled = sent.compile !== null;
  sendInput(0);
  const cases: CaseReport[] = [];
  for (let i = 0; i < sent.caseCount; i++) {
    const input = plan.job.cases[plan.offset + i]!;
    const ready = await box.next(Math.max(RESET_TIMEOUT_MS, RESET_FACTOR * limits.timeMs));
    if (ready.type !== 'await' || ready.nonce !== sent.nonce || ready.index !== i) {
      // The reset after the last case did not finish: that case is reported;
      // the rest go to a fresh container. With no case done here yet, this
      // one is charged, so every pass makes progress.
      const oom = ready.type === 'closed' ? await assertEngineAlive(box) : false;
      if (i === 0) cases.push(lost(input.name, oom ? 'memory_limit' : 'runtime_error', 0, '[assay] the sandbox was lost before this case started\n'));
      break;
    }
    const startedAt = performance.now();
    const msg = await box.next(limits.timeMs + OUTSIDE_SLACK_MS);
    const name = input.name;
    if (msg.type === 'case' && msg.nonce === sent.nonce && msg.index === i) {
      sendInput(i + 1);
      const { type: _t, nonce: _n, index: _i, signal, ...rest } = msg;
      cases.push({ ...rest, name, signal: signalName(signal) });
      continue;
    }
    const timeMs = Math.round(performance.now() - startedAt);
    if (msg.type === 'timeout') {
      cases.push(lost(name, 'time_limit', timeMs, `[assay] stopped from outside after ${timeMs} ms\n`));
    } else {
      const oom = await assertEngineAlive(box);
      cases.push(lost(name, oom ? 'memory_limit' : 'runtime_error', timeMs, '[assay] the sandbox was terminated during this case\n'));
    }
    break;
  }
  return { compile, cases, compiled };
}

function lost(name: string, status: CaseReport['status'], timeMs: number, stderr: string): CaseReport {
  return { name, status, stdout: '', stderr, exitCode: null, signal: 'SIGKILL', timeMs };
}

/** How long the engine may take to record a container's end after its output closed, ms. */
const EXIT_RECORD_MS = 3_000;

/**
 * After a container vanished: was it the memory cap? Throws if the engine
 * itself is gone. The output can close before the engine has handled the
 * container's exit (under gVisor an OOM kill takes the whole sandbox), so
 * OOMKilled is read once the engine no longer reports it running.
 */
async function assertEngineAlive(box: Box): Promise<boolean> {
  try {
    const deadline = performance.now() + EXIT_RECORD_MS;
    let info = await box.container.inspect();
    while (info.State?.Running && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      info = await box.container.inspect();
    }
    return Boolean(info.State?.OOMKilled);
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 404) return false;
    throw new EngineError(`the Docker engine stopped answering during a run: ${(error as Error).message}`, { cause: error });
  }
}

/** Signal number → name. The first name listed wins, so 6 is SIGABRT, not its alias SIGIOT. */
const SIGNAL_NAMES = new Map<number, string>();
for (const [name, num] of Object.entries(constants.signals)) if (!SIGNAL_NAMES.has(num)) SIGNAL_NAMES.set(num, name);

function signalName(signal: number | null): string | undefined {
  return signal == null ? undefined : (SIGNAL_NAMES.get(signal) ?? `SIG${signal}`);
}
