/**
 * Jest projects:
 * - `unit`: everything without outside services; API suites run on PGlite.
 * - `postgres`: the storage and API suites (*.api.test.ts, *.db.test.ts)
 *   again on PostgreSQL; only when ASSAY_TEST_PG_URL is set (npm test
 *   starts PostgreSQL and sets it).
 * - `docker`: real sandbox containers (*.docker.test.ts).
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
    testMatch: ['<rootDir>/{runners,server}/src/**/*.test.ts'],
    testPathIgnorePatterns: [...shared.testPathIgnorePatterns, '\\.docker\\.test\\.ts$'],
  },
  {
    ...shared,
    displayName: 'docker',
    testMatch: ['<rootDir>/{runners,server}/src/**/*.docker.test.ts'],
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

module.exports = { projects };
