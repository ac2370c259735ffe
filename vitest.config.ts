import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    allowOnly: false,
    pool: 'forks',
    // `npm run coverage`: a report (test-output/coverage/index.html and a summary), not a gate.
    coverage: {
      provider: 'v8',
      include: ['engine/**', 'cli/**', 'node/**', 'addin/**', 'scripts/**'],
      reporter: ['text-summary', 'html'],
      reportsDirectory: 'test-output/coverage',
    },
  },
});
