import { defineConfig } from 'vitest/config';

// One runner for everything: engine and CLI in Node, components in jsdom (per-file
// `// @vitest-environment jsdom`), the built renderer in real Chromium via playwright-core, and
// LibreOffice round trips. Two cores here: keep workers at two.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['**/node_modules/**', 'tests/bench/**'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
