import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { LANGUAGE_IDS, createEngine, type CaseInput, type LanguageId, type RunJob, type RunReport } from '@assay/runners';
import { createLogger } from '../logger';
import { cliConfig } from './cli-config';
import { CliError, EXIT } from './cli-error';
import { readCasesFile } from './cases-file';
import { readSignatureFile } from './signature-file';
import { formatReport } from './report-format';
import { printHuman } from './terminal-text';

const EXTENSIONS: Record<string, LanguageId> = {
  '.py': 'python',
  '.js': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.ts': 'typescript',
  '.java': 'java',
  '.cpp': 'cpp',
  '.cc': 'cpp',
  '.cxx': 'cpp',
  '.go': 'go',
};

interface RunOptions {
  lang?: string;
  stdin?: string;
  cases?: string;
  entry?: string;
  signature?: string;
  json?: boolean;
  timeLimit?: string;
  memory?: string;
}

/** `assay run FILE`: one program, one sandbox run, a human summary or one JSON object. */
export function registerRunCommand(program: Command): void {
  program
    .command('run <file>')
    .description('run a program in its language sandbox')
    .option('--lang <language>', `one of ${LANGUAGE_IDS.join(', ')} (default: from the file extension)`)
    .option('--stdin <file>', 'feed this file to the single case "main"')
    .option('--cases <file.json>', 'JSON array of {name, stdin} or {name, args} cases')
    .option('--entry <name>', 'function to call; cases then carry args (function mode)')
    .option('--signature <file>', "the entry's typed signature, YAML or JSON {params, returns, records?} (function mode; java, cpp and go need it)")
    .option('--time-limit <ms>', 'wall-clock limit per case, ms')
    .option('--memory <mb>', 'memory limit, MiB')
    .option('--json', 'print exactly one JSON object')
    .action(async (file: string, options: RunOptions) => {
      const job = buildJob(file, options);
      const engine = await createEngine({ runtime: cliConfig().runtime }, createLogger('warn'));
      let report: RunReport;
      try {
        report = await engine.runner.run(job);
      } finally {
        await engine.close();
      }
      if (options.json) process.stdout.write(`${JSON.stringify(publicReport(report))}\n`);
      else printHuman(formatReport(report));
      const allOk = (report.compile?.ok ?? true) && report.cases.every((c) => c.status === 'ok');
      process.exitCode = allOk ? EXIT.ok : EXIT.failed;
    });
}

/** The documented JSON shape: the report with the image id kept for traceability. */
function publicReport(report: RunReport) {
  const { language, image, imageId, compile, cases, timeMs, containers, compiles } = report;
  return { language, image, imageId, compile, cases, timeMs, containers, compiles };
}

function buildJob(file: string, options: RunOptions): RunJob {
  let code: string;
  try {
    code = fs.readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`${file}: cannot read the program file`);
  }
  const language = options.lang ?? EXTENSIONS[path.extname(file).toLowerCase()];
  if (!language) throw new CliError(`${file}: cannot tell the language from the extension; pass --lang (${LANGUAGE_IDS.join(', ')})`);
  if (!(LANGUAGE_IDS as readonly string[]).includes(language)) throw new CliError(`--lang: unknown language "${language}"; expected one of ${LANGUAGE_IDS.join(', ')}`);
  if (options.stdin && options.cases) throw new CliError('--stdin and --cases cannot be used together');
  let cases: CaseInput[];
  if (options.cases) {
    cases = readCasesFile(options.cases);
  } else {
    let stdin = '';
    if (options.stdin) {
      try {
        stdin = fs.readFileSync(options.stdin, 'utf8');
      } catch {
        throw new CliError(`${options.stdin}: cannot read the stdin file`);
      }
    }
    cases = options.entry ? [{ name: 'main', args: [] }] : [{ name: 'main', stdin }];
  }
  const functionMode = Boolean(options.entry);
  const wrong = cases.findIndex((c) => 'args' in c !== functionMode);
  if (wrong >= 0) {
    throw new CliError(
      functionMode
        ? `${options.cases}: [${wrong}]: with --entry every case needs "args"`
        : `${options.cases}: [${wrong}]: a case with "args" needs --entry NAME (the function to call)`,
    );
  }
  if (options.signature && !functionMode) throw new CliError('--signature needs --entry NAME (the function it describes)');
  return {
    language: language as LanguageId,
    mode: functionMode ? 'function' : 'stdio',
    code,
    entry: options.entry,
    ...(options.signature ? { signature: readSignatureFile(options.signature) } : {}),
    cases,
    limits: {
      ...(options.timeLimit ? { timeMs: positiveInt('--time-limit', options.timeLimit) } : {}),
      ...(options.memory ? { memoryMb: positiveInt('--memory', options.memory) } : {}),
    },
  };
}

function positiveInt(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new CliError(`${flag}: expected a positive whole number, got "${value}"`);
  return n;
}
