import { defineConfig } from '@playwright/test';

// The Electron project on its own: `npx playwright test -c test/e2e-electron`. The tests skip,
// saying why, where the Electron binary (or the Electron build of better-sqlite3) is missing.
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/playwright-electron',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
});
