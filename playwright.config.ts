import { defineConfig } from '@playwright/test';

// Each test starts its own `setu serve` on a fresh database (test/e2e/fixtures.ts), so there is
// no webServer here. The UI must be built first: `npm run build` (test:e2e does it).
export default defineConfig({
  outputDir: 'test-results/playwright',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // Two shared cores: one browser at a time keeps timings honest.
  workers: 1,
  reporter: [['list']],
  projects: [
    { name: 'web', testDir: 'test/e2e' },
    // Runs where the Electron binary exists; elsewhere each test skips and says why.
    { name: 'electron', testDir: 'test/e2e-electron', testMatch: '*.spec.ts' },
  ],
  use: {
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: {
      // No browser download is possible here: Debian's chromium (apt-get install -y chromium).
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
