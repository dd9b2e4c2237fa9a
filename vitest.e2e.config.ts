import { defineConfig } from 'vitest/config';

// Browser tests share one built extension and real browsers: run files one after another.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
