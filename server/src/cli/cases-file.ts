import fs from 'node:fs';
import { z } from 'zod';
import { CaseInputSchema, type CaseInput } from '@assay/runners';
import { CliError } from './cli-error';

const CasesFileSchema = z.array(CaseInputSchema).min(1, 'needs at least one case');

/** Line and column of a character offset, 1-based, for error messages. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Reads `--cases F.json`: an array of `{name, stdin}`, `{name, args}` or
 * `{name, argsJson}` (the arguments' exact JSON text).
 * A syntax error names the file, line and column; a schema error names the
 * file and the path of the offending field.
 */
export function readCasesFile(file: string): CaseInput[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    if (position === undefined) throw new CliError(`${file}: invalid JSON: ${message}`);
    const { line, column } = lineAndColumn(text, Number(position));
    throw new CliError(`${file}:${line}:${column}: invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`);
  }
  const parsed = CasesFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') : '(top level)';
    throw new CliError(`${file}: ${where}: ${issue.message} (each case is {"name", "stdin"}, {"name", "args": [...]} or {"name", "argsJson": "[...]"})`);
  }
  return parsed.data;
}
