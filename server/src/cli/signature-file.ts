import fs from 'node:fs';
import { parse } from 'yaml';
import { SignatureSchema, type Signature } from '@assay/runners';
import { fieldPath } from '../challenges/challenge.problem';
import { CliError } from './cli-error';

/**
 * Reads `--signature F`: a function's typed signature as YAML or JSON (JSON
 * is YAML), the same shape as `signature:` in challenge.yaml. A problem
 * names the file and the field.
 */
export function readSignatureFile(file: string): Signature {
  let data: unknown;
  try {
    data = parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message.split('\n')[0]}`);
  }
  const parsed = SignatureSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CliError(`${file}: ${fieldPath(issue.path) || '(top level)'}: ${issue.message}`);
  }
  return parsed.data;
}
