// The history panel's word diff (whole Bengali words), review mode, search and filters,
// changes made elsewhere arriving live, and errors shown rather than swallowed.

import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { joinSentences } from '../../shared/model';
import { expect, resultsDirectory, test } from './fixtures';
import {
  expectActiveRow,
  focusEditorAtStart,
  grid,
  openSample,
  row,
  waitUntilSaved,
} from './workbench';

test('row history shows a word diff, and review mode lists every change', async ({
  page,
  setu,
}) => {
  const { id: documentId } = await openSample(page, setu);
  const list = () => setu.api.call('bead.list', { documentId });
  const before = (await list()).beads;

  // Replace the first English word of row 2 and save by moving on.
  await grid(page).focus();
  await page.keyboard.press('ArrowDown');
  await focusEditorAtStart(page);
  await page.keyboard.press('Control+Shift+ArrowRight');
  const oldWord = joinSentences(before[1]!.target).split(/\s/)[0]!;
  await page.keyboard.type('The');
  await page.keyboard.press('Alt+ArrowUp');
  await waitUntilSaved(page);
  await page.keyboard.press('Alt+ArrowDown');
  await expectActiveRow(page, 1);

  // A Bengali change too: move row 3's last Bengali sentence down, so the diff shows Bengali words.
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Control+Alt+ArrowDown');
  await waitUntilSaved(page);
  await page.keyboard.press('Alt+ArrowUp');
  await expectActiveRow(page, 1);

  await page.keyboard.press('Control+Shift+H');
  const panel = page.getByRole('complementary', { name: 'Side panel' });
  const revisions = panel.getByTestId('revision-list');
  await expect(revisions).toContainText('target.edit');
  await expect(revisions.locator('del').first()).toHaveText(oldWord);
  await expect(revisions.locator('ins').first()).toHaveText('The');

  // Review mode: every change in the document, newest first, each with a way to its row.
  await panel.getByRole('tab', { name: 'All changes' }).click();
  await expect(revisions.locator('.revision-operation').first()).toHaveText('bead.move');
  const bengaliDeleted = revisions.locator('.diff-text[lang="bn"] del').first();
  await expect(bengaliDeleted).toBeVisible();
  // Whole words: the diff never starts with a vowel sign or virama cut off a conjunct.
  expect(await bengaliDeleted.textContent()).not.toMatch(/^[\u09BE-\u09CD]/u);
  mkdirSync(resultsDirectory, { recursive: true });
  await page.screenshot({ path: path.join(resultsDirectory, 'history-review.png') });
  await revisions.getByRole('button', { name: 'show row' }).last().click();
  await expectActiveRow(page, 1);
});

test('search and filters narrow the rows', async ({ page, setu }) => {
  const { id: documentId } = await openSample(page, setu);
  const total = (await setu.api.call('bead.list', { documentId })).beadCount;
  const search = page.getByLabel('Search both sides');

  for (const word of ['পিয়ংইয়ং', 'Pyongyang']) {
    const expected = (await setu.api.call('bead.search', { documentId, query: word })).beads.length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(total);
    await search.fill(word);
    await expect(page.getByTestId('filter-count')).toHaveText(`${expected} of ${total} rows`);
    await expect(page.getByTestId('bead-row')).toHaveCount(expected);
  }
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(page.getByTestId('filter-count')).toBeHidden();
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(total));

  // Flag one row and filter by status.
  await grid(page).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Control+Shift+F');
  await waitUntilSaved(page);
  await page.getByRole('checkbox', { name: 'flagged' }).check();
  await expect(page.getByTestId('bead-row')).toHaveCount(1);
  await expect(page.getByTestId('bead-row')).toHaveClass(/status-flagged/);
  await page.getByRole('checkbox', { name: 'flagged' }).uncheck();

  const beads = (await setu.api.call('bead.list', { documentId })).beads;
  const lowScored = beads.filter((bead) => bead.score !== null && bead.score < 0.5).length;
  await page.getByLabel('Score below').selectOption('0.5');
  await expect(page.getByTestId('filter-count')).toHaveText(`${lowScored} of ${total} rows`);
});

test('changes made elsewhere arrive live, and API errors are shown', async ({ page, setu }) => {
  const { id: documentId } = await openSample(page, setu);
  const beads = (await setu.api.call('bead.list', { documentId })).beads;
  const { revision } = await setu.api.call('bead.list', { documentId, limit: 1 });
  await setu.api.call('bead.setStatus', {
    documentId,
    beadId: beads[3]!.id,
    status: 'confirmed',
    baseRev: revision,
  });
  await expect(row(page, 3)).toHaveClass(/status-confirmed/);

  // Delete the document behind the page's back: the next change fails, and says so.
  await setu.api.call('document.delete', { documentId });
  await grid(page).focus();
  await page.keyboard.press('Control+Shift+F');
  await expect(
    page.locator('.message-error').filter({ hasText: 'Changing the status' }),
  ).toContainText(/Changing the status failed: .*\(not_found\)/);
});
