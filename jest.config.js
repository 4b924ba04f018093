// Three tiers, told apart by file suffix: *.spec.ts (pure logic), *.int-spec.ts (real PostgreSQL
// and Kafka), *.e2e-spec.ts (through HTTP across services). Type checking is `npm run typecheck`;
// ts-jest only transpiles, which keeps the suites fast.
const common = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
    '/node_modules/.+\\.m?js$': '<rootDir>/tests/support/esm-to-cjs.transformer.js',
  },
  transformIgnorePatterns: [],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^@casetrack/(contracts|messaging|persistence|platform)$': '<rootDir>/libs/$1/src' },
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tests', '<rootDir>/scripts'],
};

module.exports = {
  // Jest reads testTimeout from the global config only (not per project): integration and
  // end-to-end suites wait on a real broker, so allow them minutes, not seconds.
  testTimeout: 180_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['**/*.spec.ts'] },
    { ...common, displayName: 'int', testMatch: ['**/*.int-spec.ts'], testTimeout: 120_000 },
    { ...common, displayName: 'e2e', testMatch: ['**/*.e2e-spec.ts'], testTimeout: 180_000 },
    { ...common, displayName: 'fuzz', testMatch: ['**/*.fuzz-spec.ts'], testTimeout: 600_000 },
    { ...common, displayName: 'faults', testMatch: ['**/*.fault-spec.ts'] },
  ],
};
