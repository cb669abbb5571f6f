import { execFileSync } from 'node:child_process';

/** A source text linted as if it were the file at `file` (the file itself need not exist; what it imports must). */
interface Probe {
  file: string;
  code: string;
}

const BOUNDARY_RULES = new Set(['import-x/no-restricted-paths', 'no-restricted-imports']);

/**
 * Lints the probes with the repository's own config, in a child Node as
 * `npm run lint` does (ESLint and its config are ES modules), and returns
 * the boundary findings of each.
 */
function boundaryFindings(probes: Probe[]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const probe of JSON.parse(process.argv[1])) {
      const [result] = await eslint.lintText(probe.code, { filePath: probe.file });
      out.push(result.messages.map((m) => ({ rule: m.ruleId, message: m.message })));
    }
    process.stdout.write(JSON.stringify(out));`;
  const raw = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(probes)], { cwd: __dirname, env: { ...process.env, NODE_OPTIONS: '' } });
  const results = JSON.parse(raw.toString()) as { rule: string | null; message: string }[][];
  return results.map((messages) => messages.filter((m) => m.rule !== null && BOUNDARY_RULES.has(m.rule)).map((m) => m.message));
}

const forbidden: [string, Probe][] = [
  ['runners importing server sources', { file: 'runners/src/probe.ts', code: "export { loadConfig } from '../../server/src/config';\n" }],
  ['runners importing the server package', { file: 'runners/src/probe.ts', code: "import '@assay/server';\n" }],
  ['runners importing a web type', { file: 'runners/src/probe.ts', code: "export type { Probe } from '../../web/src/lib/ids';\n" }],
  ['server importing the web app', { file: 'server/src/probe.ts', code: "import '../../web/src/lib/ids';\n" }],
  ['a web feature importing another', { file: 'web/src/features/admin/probe.ts', code: "export * from '../auth/api/auth';\n" }],
  ['a web feature loading another lazily', { file: 'web/src/features/candidate/components/probe.ts', code: "export const page = () => import('../../auth/api/auth');\n" }],
  ['the web app importing server internals through the alias', { file: 'web/src/lib/probe.ts', code: "export { loadConfig } from '@assay/contract/config';\n" }],
  [
    'the web app importing a server schema file past the contract',
    { file: 'web/src/lib/probe.ts', code: "export { UserViewSchema } from '../../../server/src/auth/auth.schema';\n" },
  ],
  ['the web app importing server internals by path', { file: 'web/src/lib/probe.ts', code: "import '../../../server/src/config';\n" }],
  ['the web app importing the engine', { file: 'web/src/lib/probe.ts', code: "import '../../../runners/src/schemas';\n" }],
  ['the web app importing the engine package', { file: 'web/src/lib/probe.ts', code: "import '@assay/runners';\n" }],
];

const allowed: [string, Probe][] = [
  ['server importing the engine', { file: 'server/src/probe.ts', code: "export { LanguageRegistry } from '@assay/runners';\n" }],
  [
    'a web feature importing itself, shared components and lib',
    { file: 'web/src/features/auth/components/probe.ts', code: "import '../api/auth';\nimport '../../../components/ui/button';\nimport '../../../lib/ids';\n" },
  ],
  ['the web app importing the API contract', { file: 'web/src/lib/probe.ts', code: "import '@assay/contract';\n" }],
  ['the browser tests starting the real server', { file: 'web/e2e/probe.ts', code: "import '../../server/src/test-support/demo-server';\n" }],
];

describe('eslint.config.mjs: the layering runners ← server ← contract ← web', () => {
  // One child Node for every probe: loading ESLint and its plugins is the slow part.
  const findings = boundaryFindings([...forbidden, ...allowed].map(([, probe]) => probe));

  it.each(forbidden.map(([what], i) => [what, i]))('refuses %s', (_what, i) => {
    expect(findings[i as number]).not.toEqual([]);
  });

  it.each(allowed.map(([what], i) => [what, forbidden.length + i]))('allows %s', (_what, i) => {
    expect(findings[i as number]).toEqual([]);
  });
});
