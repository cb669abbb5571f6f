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
  z.object({
    type: z.literal('case'),
    nonce: z.string(),
    index: z.number().int().nonnegative(),
    name: z.string(),
    status: z.enum(CASE_STATUSES),
    stdout: z.string(),
    stderr: z.string(),
    exitCode: z.number().int().nullable(),
    signal: z.number().int().nullable(),
    timeMs: z.number(),
    memoryKb: z.number().int().nonnegative(),
    value: z.unknown().optional(),
  }),
  z.object({ type: z.literal('done'), nonce: z.string() }),
]);
export type AgentMessage = z.infer<typeof AgentMessageSchema>;

/** The job line the host sends to the agent. */
export interface AgentJob {
  nonce: string;
  workdir: string;
  files: Record<string, string>;
  compile: { argv: string[]; timeMs: number } | null;
  /** How to start a case: exec argv, or (when the container has a zygote) ask it to fork one. */
  run: { argv: string[]; zygote?: { file: string; entry: string | null } };
  env: Record<string, string>;
  mode: 'stdio' | 'function';
  cases: ({ name: string; stdin: string } | { name: string; args: unknown[] })[];
  limits: {
    timeMs: number;
    stdoutBytes: number;
    stderrBytes: number;
    compileOutputBytes: number;
    fileBytes: number;
    openFiles: number;
  };
}
