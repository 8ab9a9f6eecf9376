import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // test/element and test/demo run in Chromium under web-test-runner.
    exclude: ['test/element/**', 'test/demo/**', 'node_modules/**'],
  },
});
