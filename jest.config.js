/**
 * Jest projects:
 * - `unit`: everything without outside services; API suites run on PGlite;
 *   the lint config's layering rules (eslint.config.test.ts).
 * - `postgres`: the storage and API suites (*.api.test.ts, *.db.test.ts)
 *   again on PostgreSQL; only when ASSAY_TEST_PG_URL is set (npm test
 *   starts PostgreSQL and sets it).
 * - `docker`: real sandbox containers (*.docker.test.ts).
 * - `runsc`: the sandbox suites (runners/src/run/*.docker.test.ts: the hostile
 *   corpus and every language) again under gVisor (ASSAY_RUNTIME=runsc); only
 *   when ASSAY_TEST_RUNSC=1 (npm test sets it once the engine has runsc).
 * - `redis`: the BullMQ queue across processes (*.redis.test.ts), on
 *   PostgreSQL; only when ASSAY_TEST_REDIS_URL and ASSAY_TEST_PG_URL are set.
 * - `web`: the web app logic that needs no browser (tests beside the code in web/src).
 * - `e2e`: the built web app in Debian's chromium against the real server
 *   and real Docker runs (web/e2e/*.e2e.test.ts).
 * TypeScript goes through @swc/jest; workspace packages resolve to their
 * sources, so tests never need a build.
 */
const shared = {
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  moduleNameMapper: { '^@assay/runners$': '<rootDir>/runners/src/index.ts' },
  testEnvironment: 'node',
  rootDir: __dirname,
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

const projects = [
  {
    ...shared,
    displayName: 'unit',
    globalSetup: '<rootDir>/server/src/test-support/global-setup.ts',
    testMatch: ['<rootDir>/{runners,server}/src/**/*.test.ts', '<rootDir>/eslint.config.test.ts'],
    testPathIgnorePatterns: [...shared.testPathIgnorePatterns, '\\.(docker|redis)\\.test\\.ts$'],
  },
  {
    ...shared,
    displayName: 'docker',
    testMatch: ['<rootDir>/{runners,server}/src/**/*.docker.test.ts'],
  },
  {
    ...shared,
    displayName: 'web',
    testMatch: ['<rootDir>/web/src/**/*.test.{ts,tsx}'],
    // Components are compiled as Vite does (the automatic JSX runtime: no React import), and rendered to markup in node.
    transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022', transform: { react: { runtime: 'automatic' } } } }] },
    moduleNameMapper: {
      '^@assay/runners$': '<rootDir>/runners/src/schemas.ts',
      '^@assay/contract$': '<rootDir>/server/src/contract/index.ts',
    },
  },
  {
    ...shared,
    displayName: 'e2e',
    testMatch: ['<rootDir>/web/e2e/**/*.e2e.test.ts'],
  },
];

if (process.env.ASSAY_TEST_PG_URL) {
  projects.push({
    ...shared,
    displayName: 'postgres',
    setupFiles: ['<rootDir>/server/src/test-support/use-postgres.ts'],
    testMatch: ['<rootDir>/server/src/**/*.{api,db}.test.ts'],
  });
}

if (process.env.ASSAY_TEST_REDIS_URL && process.env.ASSAY_TEST_PG_URL) {
  projects.push({
    ...shared,
    displayName: 'redis',
    setupFiles: ['<rootDir>/server/src/test-support/use-postgres.ts'],
    testMatch: ['<rootDir>/server/src/**/*.redis.test.ts'],
  });
}

if (process.env.ASSAY_TEST_RUNSC === '1') {
  projects.push({
    ...shared,
    displayName: 'runsc',
    setupFiles: ['<rootDir>/runners/src/test-support/use-runsc.ts'],
    testMatch: ['<rootDir>/runners/src/run/*.docker.test.ts'],
  });
}

// Hooks open databases and servers; on a loaded 2-core machine 5 s is not
// enough, and with two suites at a time a fresh PGlite database can take 30 s.
// A safety net against hangs, never a speed check.
module.exports = { projects, testTimeout: 60_000 };
