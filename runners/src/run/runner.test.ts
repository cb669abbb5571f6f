import type Docker from 'dockerode';
import pino from 'pino';
import { InvalidJobError } from '../errors';
import { LanguageRegistry } from '../languages/registry';
import type { RunJob } from './job.schema';
import { MAX_SOURCE_BYTES } from './limits';
import { createRunner } from './runner';

// Every check here happens before a sandbox is asked for: the engine is never touched.
const untouchable = new Proxy(
  {},
  {
    get: () => {
      throw new Error('the engine must not be used for a refused job');
    },
  },
) as Docker;
const runner = createRunner({ docker: untouchable, logger: pino({ level: 'silent' }), registry: LanguageRegistry.load() });

async function refusal(job: unknown): Promise<InvalidJobError> {
  try {
    await runner.run(job as RunJob);
  } catch (error) {
    if (error instanceof InvalidJobError) return error;
    throw error;
  }
  throw new Error('the job was accepted');
}

const ok: RunJob = { language: 'python', mode: 'stdio', code: 'print(1)', cases: [{ name: 'main', stdin: '' }] };

describe('jobs the runner refuses, naming the field', () => {
  it('refuses source above the size cap', async () => {
    const error = await refusal({ ...ok, code: 'x'.repeat(MAX_SOURCE_BYTES + 1) });
    expect(error.field).toBe('code');
    expect(error.message).toBe(`code is ${MAX_SOURCE_BYTES + 1} bytes; the limit is ${MAX_SOURCE_BYTES} bytes`);
  });

  it('counts the cap in UTF-8 bytes, not characters', async () => {
    const error = await refusal({ ...ok, code: 'é'.repeat(MAX_SOURCE_BYTES / 2 + 1) });
    expect(error.field).toBe('code');
  });

  it('refuses an unknown language', async () => {
    expect((await refusal({ ...ok, language: 'cobol' })).field).toBe('language');
  });

  it('refuses function mode without an entry name', async () => {
    expect((await refusal({ ...ok, mode: 'function', cases: [{ name: 'a', args: [] }] })).field).toBe('entry');
  });

  it('refuses an entry name that is not a plain identifier', async () => {
    const error = await refusal({ ...ok, mode: 'function', entry: 'f; import os', cases: [{ name: 'a', args: [] }] });
    expect(error.field).toBe('entry');
  });

  it('refuses a stdio case that carries args', async () => {
    expect((await refusal({ ...ok, cases: [{ name: 'a', args: [1] }] })).field).toBe('cases.0');
  });

  it('refuses function mode for a stdio-only language', async () => {
    expect((await refusal({ ...ok, language: 'cpp', mode: 'function', entry: 'f', cases: [{ name: 'a', args: [] }] })).field).toBe('mode');
  });

  it('refuses a function job without a signature in a language whose driver is generated from it', async () => {
    expect((await refusal({ ...ok, language: 'go', mode: 'function', entry: 'f', cases: [{ name: 'a', args: [] }] })).field).toBe('signature');
  });

  it('refuses a limit above the server maximum', async () => {
    expect((await refusal({ ...ok, limits: { memoryMb: 1_000_000 } })).field).toBe('limits.memoryMb');
  });
});
