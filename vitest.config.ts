import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One copy of graphql: Pothos (loaded by Node) gets graphql's CommonJS build, so tests must import the same one,
// or graphql-js rejects a schema built "in another realm".
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

// Unit and integration tests of every workspace. Browser tests live in e2e/ (vitest.e2e.config.ts).
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    include: [
      'schema/test/**/*.test.ts',
      'api/test/**/*.test.ts',
      'web/test/**/*.test.ts',
      'scripts/test/**/*.test.ts',
    ],
    testTimeout: 30_000,
    // Three workers on the 2-core CI machine: much of the suite waits on child processes, databases and timers, so a
    // third worker cut the run from about 360 s to 240 s (CI=true npx vitest run --maxWorkers=3, 2026-11-29).
    maxWorkers: 3,
    // Test files share a worker's modules instead of importing everything anew (the API's schema, the catalog, the
    // unit directory): in the fresh-clone CI run (bash .ci/run, 2026-11-29) module loading fell from 214 s to 40 s of
    // worker time and the run from 272 s to 171 s. Every file opens its own databases and servers, and none relies on
    // a module loaded fresh.
    isolate: false,
  },
});
