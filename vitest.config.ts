import { defineConfig } from 'vitest/config';

// Unit and integration tests of every workspace. Browser tests live in e2e/ (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: [
      'schema/test/**/*.test.ts',
      'api/test/**/*.test.ts',
      'web/test/**/*.test.ts',
      'scripts/test/**/*.test.ts',
    ],
    testTimeout: 30_000,
  },
});
