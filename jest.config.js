/** Unit and integration tests (jest). End-to-end browser tests run in the same suite under tests/e2e. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests", "<rootDir>/src"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // A finding rendered without a param its message needs fails the test that rendered it.
  setupFiles: ["<rootDir>/tests/helpers/strict-findings.ts"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          isolatedModules: true,
          module: "commonjs",
          moduleResolution: "node",
          jsx: "react-jsx",
          esModuleInterop: true,
          resolveJsonModule: true,
        },
        diagnostics: false,
      },
    ],
  },
  testTimeout: 120000,
};
