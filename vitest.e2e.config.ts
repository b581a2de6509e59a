import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (`wxt build --mode e2e`) in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
