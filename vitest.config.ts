import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // One test file per core. Vitest's default (cores − 1) ran one file at a time on CI's 2 cores, and most of the
    // suite's time is process tests waiting on real servers and restarts, which overlap well (353 s → 243 s).
    maxWorkers: availableParallelism(),
    env: { DOTENV_CONFIG_QUIET: 'true' },
  },
});
