import { defineConfig } from 'vitest/config';

// Tests assert on outputs, never on speed (that is `npm run bench`): many spawn the built CLI, which on a loaded
// two-core machine can take several seconds, so the per-test limit is a hang guard, not a timing check.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
