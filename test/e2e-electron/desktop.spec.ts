// The desktop app in a real Electron, where one is installed. Electron's binary cannot be
// downloaded on the build machines (no GitHub), so there this file skips and says why; on a
// developer's machine `npm install` brings the binary and these tests run.
//
//   npm run build && node scripts/build-electron.mjs && npm run rebuild:electron
//   npx playwright test -c test/e2e-electron

import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');

/**
 * The Electron executable, found the way the electron package does (path.txt names it inside
 * dist/) but without `require('electron')`, which from Electron 42 on tries to download it.
 */
function electronExecutable(): { path: string } | { missing: string } {
  const packageDirectory = path.join(repositoryRoot, 'node_modules', 'electron');
  if (!existsSync(path.join(packageDirectory, 'package.json')))
    return {
      missing: 'the electron package is not installed (npm install adds it as a devDependency)',
    };
  const pathFile = path.join(packageDirectory, 'path.txt');
  const executable = existsSync(pathFile)
    ? path.join(packageDirectory, 'dist', readFileSync(pathFile, 'utf8').trim())
    : null;
  if (!executable || !existsSync(executable))
    return {
      missing:
        'the Electron binary is not downloaded (it comes from GitHub, which this machine cannot reach; run `npx install-electron` where it can)',
    };
  return { path: executable };
}

function availability(): { ok: true; executable: string } | { ok: false; reason: string } {
  const binary = electronExecutable();
  if ('missing' in binary) return { ok: false, reason: binary.missing };
  for (const [file, how] of [
    ['renderer/dist/index.html', 'npm run build'],
    ['electron/dist/main.cjs', 'node scripts/build-electron.mjs'],
    ['electron/dist/native/better_sqlite3.node', 'npm run rebuild:electron'],
  ] as const)
    if (!existsSync(path.join(repositoryRoot, file)))
      return { ok: false, reason: `${file} is missing (run \`${how}\`)` };
  return { ok: true, executable: binary.path };
}

const ready = availability();
if (!ready.ok) console.log(`Electron end-to-end tests skipped: ${ready.reason}.`);

test.describe('the desktop app', () => {
  test.skip(!ready.ok, ready.ok ? '' : `Skipped: ${ready.reason}.`);

  let home: string;
  test.beforeEach(() => {
    home = mkdtempSync(path.join(tmpdir(), 'setu-electron-'));
  });
  test.afterEach(() => rmSync(home, { recursive: true, force: true }));

  async function launch() {
    return electron.launch({
      executablePath: ready.ok ? ready.executable : '',
      args: [repositoryRoot, ...(process.env.CI ? ['--no-sandbox'] : [])],
      env: { ...process.env, SETU_HOME: home, SETU_USER_DATA: path.join(home, 'user-data') },
    });
  }

  test('opens the workbench on the sample corpus, isolated from Node', async () => {
    const app = await launch();
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Setu/);
    expect(page.url()).toBe('setu://app/index.html');
    await expect(page.getByText('Lavrov in Pyongyang (sample)')).toBeVisible();

    const surface = await page.evaluate(() => ({
      bridge: Object.keys(window.setuBridge ?? {}).sort(),
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      opened: window.open('https://example.org/') === null,
    }));
    expect(surface).toEqual({
      bridge: ['call', 'native', 'onCommand', 'onEvent'],
      require: 'undefined',
      process: 'undefined',
      opened: true,
    });

    const info = await page.evaluate(() => window.setuBridge!.call('corpus.info', {}));
    expect(info).toMatchObject({
      ok: true,
      value: { documentCount: 1, databasePath: path.join(home, 'corpus.sqlite') },
    });

    const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
    expect(userData).toBe(path.join(home, 'user-data'));
    await app.close();
    // Closed cleanly: the WAL was checkpointed and removed with the connection.
    expect(existsSync(path.join(home, 'corpus.sqlite-wal'))).toBe(false);
    expect(existsSync(path.join(home, 'user-data', 'window-state.json'))).toBe(true);
  });

  test('refuses navigation away from the app', async () => {
    const app = await launch();
    const page = await app.firstWindow();
    await page.waitForLoadState();
    await page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('setu://app/index.html');
    await app.close();
  });
});
