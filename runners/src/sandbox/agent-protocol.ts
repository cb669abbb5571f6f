import { z } from 'zod';
import { CASE_STATUSES } from '../run/job.schema';

/** Lines the in-container agent (runners/harness/agent.py) writes to the host. */
export const AgentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({
    type: z.literal('compile'),
    nonce: z.string(),
    ok: z.boolean(),
    output: z.string(),
    exitCode: z.number().int().nullable(),
    signal: z.number().int().nullable(),
    timeMs: z.number(),
  }),
  /** The sandbox is reset and waits for case `index`'s input. */
  z.object({ type: z.literal('await'), nonce: z.string(), index: z.number().int().nonnegative() }),
  z.object({
    type: z.literal('case'),
    nonce: z.string(),
    index: z.number().int().nonnegative(),
    status: z.enum(CASE_STATUSES),
    stdout: z.string(),
    stderr: z.string(),
    exitCode: z.number().int().nullable(),
    signal: z.number().int().nullable(),
    timeMs: z.number(),
    memoryKb: z.number().int().nonnegative(),
    /** The returned value's JSON text, checked by the agent (strict JSON, bounded depth), never parsed here. */
    valueJson: z.string().optional(),
  }),
  z.object({ type: z.literal('done'), nonce: z.string() }),
]);
export type AgentMessage = z.infer<typeof AgentMessageSchema>;

/**
 * The job line the host sends to the agent. It carries no case's input:
 * each input goes in its own `AgentInput` header (plus its raw bytes) once
 * the agent has answered `await` for that case, so no case can learn
 * anything of another's input from the agent.
 */
export interface AgentJob {
  nonce: string;
  workdir: string;
  files: Record<string, string>;
  compile: { argv: string[]; timeMs: number } | null;
  /** How to start a case: exec argv, or (when the container has a zygote) ask it to fork one. */
  run: { argv: string[]; zygote?: { file: string; entry: string | null } };
  env: Record<string, string>;
  mode: 'stdio' | 'function';
  /** How many cases follow, one `await`/input/verdict round each. */
  caseCount: number;
  limits: {
    timeMs: number;
    stdoutBytes: number;
    stderrBytes: number;
    compileOutputBytes: number;
    fileBytes: number;
    openFiles: number;
  };
}

/** Header of one case's input: `bytes` raw bytes follow it (stdin, or the args as JSON in function mode). */
export interface AgentInput {
  type: 'input';
  index: number;
  bytes: number;
}
