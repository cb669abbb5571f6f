/**
 * Two kinds of suites: `unit` (no outside services, fakes where the real
 * thing is not the point) and `docker` (real containers: *.docker.test.ts).
 * TypeScript is transformed by @swc/jest; workspace packages resolve to
 * their sources, so tests never need a build.
 */
const shared = {
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  moduleNameMapper: {
    '^@assay/runners$': '<rootDir>/runners/src/index.ts',
  },
  testEnvironment: 'node',
  rootDir: __dirname,
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{runners,server}/src/**/*.test.ts'],
      testPathIgnorePatterns: ['\\.docker\\.test\\.ts$', '/node_modules/', '/dist/'],
    },
    {
      ...shared,
      displayName: 'docker',
      testMatch: ['<rootDir>/{runners,server}/src/**/*.docker.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    },
  ],
};
