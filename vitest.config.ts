import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // test/element runs in Chromium under web-test-runner.
    exclude: ['test/element/**', 'node_modules/**'],
  },
});
