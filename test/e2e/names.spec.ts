// Name hints: names underlined in the Bengali with their English on hover, the row's names
// panel (✓ present / ✗ missing), mined glossary pairs accepted or rejected, QA flags on the
// row, and completions of the row's names in the editor.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
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

test('names are hinted, mined, checked and completed', async ({ page, setu }) => {
  const { id: documentId } = await openSample(page, setu);
  // Row 4 of the sample: "Lavrov’s trip is seen as preparing the ground for a visit by President Vladimir Putin…"
  const rowIndex = 3;
  await grid(page).focus();
  for (let step = 0; step < rowIndex; step++) await page.keyboard.press('ArrowDown');
  await expectActiveRow(page, rowIndex);
  const lavrov = row(page, rowIndex).locator('.name-hint[data-english="Lavrov"]');
  await expect(lavrov).toHaveClass(/name-present/);
  await expect(lavrov).toHaveAttribute('title', /Lavrov \(in the English\)/);

  await page.keyboard.press('Control+Shift+L');
  const panel = page.getByRole('complementary', { name: 'Side panel' });
  const names = panel.getByTestId('name-list');
  await expect(names.locator('.name-present', { hasText: 'Vladimir Putin' })).toBeVisible();

  // Mined pairs: accept Lavrov into the glossary, reject another pair for good.
  const mined = (await setu.api.call('names.mine', { documentId })).pairs;
  const accepted = mined.find((pair) => pair.en === 'Lavrov');
  const rejected = mined.find((pair) => pair.en !== 'Lavrov');
  expect(accepted).toBeDefined();
  expect(rejected).toBeDefined();
  await panel.getByRole('button', { name: 'Find name pairs in this document' }).click();
  const pairs = panel.getByTestId('mined-pairs');
  await pairs.getByRole('button', { name: `Accept ${accepted!.bn} = ${accepted!.en}` }).click();
  await pairs.getByRole('button', { name: `Reject ${rejected!.bn} = ${rejected!.en}` }).click();
  await expect(
    pairs.getByRole('button', { name: `Reject ${rejected!.bn} = ${rejected!.en}` }),
  ).toBeHidden();
  const glossary = (await setu.api.call('glossary.list', {})).entries;
  expect(glossary.some((entry) => entry.source === accepted!.bn && entry.target === 'Lavrov')).toBe(
    true,
  );
  const minedAgain = (await setu.api.call('names.mine', { documentId })).pairs;
  expect(minedAgain.some((pair) => pair.bn === rejected!.bn && pair.en === rejected!.en)).toBe(
    false,
  );

  // Take Lavrov out of the English: the glossary name is now missing, and the QA check flags the row.
  await focusEditorAtStart(page);
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.type('His');
  await expect(page.getByTestId('save-state')).toHaveText(/unsaved|saving…/);
  await waitUntilSaved(page);
  await expect(lavrov).toHaveClass(/name-missing/);
  await expect(names.locator('.name-missing', { hasText: 'Lavrov' })).toBeVisible();
  const bead = (
    await setu.api.call('bead.list', { documentId, from: rowIndex, limit: 1, withFlags: true })
  ).beads[0]!;
  expect(bead.flags?.length).toBeGreaterThan(0);
  await expect(row(page, rowIndex).getByTestId('qa-flags')).toHaveText(`⚠ ${bead.flags!.length}`);
  await expect(panel.getByTestId('flag-list')).toContainText(bead.flags![0]!.message);
  mkdirSync(resultsDirectory, { recursive: true });
  await page.screenshot({ path: path.join(resultsDirectory, 'names.png') });

  // The editor offers the row's names: "Lav" + Enter completes Lavrov and stays on the row.
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Lav');
  const suggestions = page.locator('.suggest-widget.visible');
  await expect(suggestions).toContainText('Lavrov');
  await page.keyboard.press('Enter');
  await expect(suggestions).toBeHidden();
  await expectActiveRow(page, rowIndex);
  await waitUntilSaved(page);
  const completed = (await setu.api.call('bead.list', { documentId, from: rowIndex, limit: 1 }))
    .beads[0]!;
  expect(joinSentences(completed.target)).toMatch(/ Lavrov$/);
});
