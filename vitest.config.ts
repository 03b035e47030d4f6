import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests start the binary many times; on a loaded two-core machine that takes a while.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
