import { defineConfig } from 'vitest/config';

// One runner for everything: engine and CLI in Node, components in jsdom (per-file
// `// @vitest-environment jsdom`), the built renderer in real Chromium via playwright-core, and
// LibreOffice round trips. Two cores here: keep workers at two. The global setup builds the command
// line's bundle when it is missing or stale, so the tests that spawn `koppelkans` run what users run.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['**/node_modules/**', 'tests/bench/**'],
    globalSetup: ['tests/support/cli-bundle.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
