// Three projects: pure rules (no database), the API over HTTP against a real
// PostgreSQL, and the console in a real Chromium. `npm test` runs all three.
const swc = [
  "@swc/jest",
  {
    jsc: {
      target: "es2022",
      parser: { syntax: "typescript", decorators: true, tsx: false },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    },
    module: { type: "commonjs" },
  },
];
// jose is ESM-only; Jest 30 on Node 20 cannot require() it, so it is compiled like our code.
const common = {
  transform: { "^.+\\.(ts|js)$": swc },
  transformIgnorePatterns: ["/node_modules/(?!jose/)"],
  testEnvironment: "node",
};

module.exports = {
  // Per-project testTimeout is not honoured for hooks: servers with demo data take a few seconds to start.
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: "unit",
      testMatch: ["<rootDir>/test/unit/**/*.test.ts", "<rootDir>/server/src/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "api",
      testMatch: ["<rootDir>/test/api/**/*.test.ts"],
      globalSetup: "<rootDir>/test/support/global-setup.mjs",
      globalTeardown: "<rootDir>/test/support/global-teardown.mjs",
      testTimeout: 60000,
    },
    {
      ...common,
      displayName: "e2e",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
      globalSetup: "<rootDir>/test/support/global-setup.mjs",
      globalTeardown: "<rootDir>/test/support/global-teardown.mjs",
      testTimeout: 120000,
    },
  ],
};
