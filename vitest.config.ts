import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    globalSetup: ['test/global-setup.ts'],
    // Ink test files share one module graph: 5x faster than isolated workers on 2 cores.
    isolate: false,
    pool: 'threads',
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
