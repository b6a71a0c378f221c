// The core loop of issue 2: import the sample pair, edit a sentence, merge two rows, undo,
// export TMX and check the file, with a screenshot of the Bengali to look at.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { joinSentences } from '../../shared/model';
import { expect, repositoryRoot, resultsDirectory, samplesDirectory, test } from './fixtures';

const bengaliFile = path.join(samplesDirectory, 'lavrov-pyongyang.bn.txt');
const englishFile = path.join(samplesDirectory, 'lavrov-pyongyang.en.txt');
const tmxDtd = path.resolve(repositoryRoot, '..', 'shared', 'spec', 'tmx14.dtd');

async function importSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Import a document pair…' }).click();
  await page.getByLabel('Bengali (source) file').setInputFiles(bengaliFile);
  await page.getByLabel('English (translation) file').setInputFiles(englishFile);
  await expect(page.getByLabel('Title')).toHaveValue('lavrov-pyongyang');
  await page.getByLabel('Title').fill('Lavrov in Pyongyang');
  await page.getByRole('button', { name: 'Preview sentences' }).click();
  await expect(page.getByRole('heading', { name: /^Bengali: \d+ sentences$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Import and align' }).click();
  await expect(page.getByRole('heading', { name: 'Lavrov in Pyongyang' })).toBeVisible();
  await expect(page.getByTestId('bead-row').first()).toContainText('সিউল');
}

function grid(page: Page) {
  return page.getByTestId('alignment-grid');
}

async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText('all saved');
}

test('import, edit, merge, undo and export TMX', async ({ page, setu }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(setu.url);
  // The token leaves the address bar once the page has it.
  await expect.poll(() => page.url()).not.toContain('token=');

  await importSample(page);
  const documentId = (await setu.api.call('document.list', {})).documents[0]!.id;
  const initial = await setu.api.call('bead.list', { documentId });
  const rowCount = initial.beadCount;
  expect(rowCount).toBeGreaterThan(5);
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(rowCount));

  // Edit: "SEOUL" → "Seoul" in the first row's English, typed into the Monaco editor.
  const editor = page.getByTestId('english-editor');
  await expect(editor).toBeVisible();
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.type('Seoul');
  await page.keyboard.press('Alt+ArrowDown');
  await waitUntilSaved(page);
  const firstRow = page.getByTestId('bead-row').first();
  await expect(firstRow).toContainText('Seoul, October 19');
  const afterEdit = await setu.api.call('bead.list', { documentId });
  expect(joinSentences(afterEdit.beads[0]!.target)).toMatch(/^Seoul, October 19/);
  // Moving on with Alt+↓ does not confirm; only Enter/Tab do.
  expect(afterEdit.beads[0]!.status).toBe('auto');

  // Merge the third row with the fourth.
  const third = afterEdit.beads[2]!;
  const fourth = afterEdit.beads[3]!;
  await page.getByTestId('bead-row').nth(2).locator('.cell-source').click();
  await page.keyboard.press('Control+m');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(rowCount - 1));
  await waitUntilSaved(page);
  const merged = await setu.api.call('bead.list', { documentId });
  expect(merged.beadCount).toBe(rowCount - 1);
  expect(merged.beads[2]!.source.map((sentence) => sentence.text)).toEqual(
    [...third.source, ...fourth.source].map((sentence) => sentence.text),
  );
  await expect(page.getByTestId('bead-row').nth(2)).toContainText(
    fourth.source[0]!.text.slice(0, 20),
  );

  // Undo the merge (not the edit).
  await page.keyboard.press('Control+z');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(rowCount));
  await waitUntilSaved(page);
  const undone = await setu.api.call('bead.list', { documentId });
  expect(undone.beadCount).toBe(rowCount);
  expect(undone.beads[2]!.source.map((sentence) => sentence.text)).toEqual(
    third.source.map((sentence) => sentence.text),
  );
  expect(joinSentences(undone.beads[0]!.target)).toMatch(/^Seoul, October 19/);

  mkdirSync(resultsDirectory, { recursive: true });
  await page.screenshot({ path: path.join(resultsDirectory, 'core-loop.png') });

  // Export TMX through the dialog and check the downloaded file.
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByLabel(/TMX 1\.4/)).toBeChecked();
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.tmx$/);
  const tmxPath = path.join(resultsDirectory, 'core-loop-export.tmx');
  await download.saveAs(tmxPath);
  const tmx = readFileSync(tmxPath, 'utf8');
  expect(tmx).toContain('<tmx version="1.4">');
  expect(tmx).toContain('Seoul, October 19');
  expect(tmx).not.toContain('SEOUL, October 19');
  const paired = undone.beads.filter(
    (bead) => bead.source.length > 0 && bead.target.length > 0,
  ).length;
  expect(tmx.match(/<tu[\s>]/g)?.length).toBe(paired);
  // xmllint exits non-zero (and execFileSync throws) if the file breaks the TMX 1.4 DTD.
  execFileSync('xmllint', ['--noout', '--dtdvalid', tmxDtd, tmxPath], { stdio: 'pipe' });

  expect(pageErrors).toEqual([]);
});
