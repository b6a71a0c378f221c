// What the README promises: after `npm install`, `npm start` serves the workbench (where no
// Electron binary is installed) on the user's default corpus, seeded with the sample article.
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repositoryRoot, resultsDirectory } from './fixtures';

test('npm start serves the workbench with the sample corpus', async ({ page }) => {
  const home = mkdtempSync(path.join(tmpdir(), 'setu-start-'));
  // scripts/start.mjs is what `npm start` runs; --browser keeps Electron out where it exists.
  const child = spawn(
    process.execPath,
    [path.join(repositoryRoot, 'scripts', 'start.mjs'), '--browser'],
    {
      cwd: repositoryRoot,
      env: { ...process.env, SETU_HOME: home },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(
        () => reject(new Error(`npm start printed no URL:\n${output}`)),
        120_000,
      );
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Setu is serving (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
    });
    await page.goto(url);
    await expect(page.getByText('Lavrov in Pyongyang (sample)')).toBeVisible();
    await page.getByText('Lavrov in Pyongyang (sample)').click();
    await expect(page.getByText('সিউল, অক্টোবর 19', { exact: false }).first()).toBeVisible();
    await page.screenshot({ path: path.join(resultsDirectory, 'npm-start.png') });
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
});
