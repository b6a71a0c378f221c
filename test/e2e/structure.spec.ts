// Changing the alignment's structure by key and by button: move a sentence to the neighbour,
// split at the cursor, merge with the previous row, insert and delete a row.

import { joinSentences } from '../../shared/model';
import { expect, test } from './fixtures';
import {
  expectActiveRow,
  focusEditorAtStart,
  grid,
  openSample,
  row,
  waitUntilSaved,
} from './workbench';

test('move, split, merge, insert and delete rows', async ({ page, setu }) => {
  const { id: documentId } = await openSample(page, setu);
  const list = () => setu.api.call('bead.list', { documentId });
  const original = await list();
  const count = original.beadCount;
  const first = original.beads[0]!;
  // The sample's dateline row holds two English sentences for one Bengali sentence.
  expect(first.target.length).toBe(2);
  const secondSentence = first.target[1]!.text;

  // Alt+Shift+↓: the last English sentence goes down to the next row.
  await grid(page).focus();
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await waitUntilSaved(page);
  let beads = (await list()).beads;
  expect(beads[0]!.target.map((sentence) => sentence.text)).toEqual([first.target[0]!.text]);
  expect(beads[1]!.target[0]!.text).toBe(secondSentence);
  await expect(row(page, 1).locator('.cell-english')).toContainText(secondSentence);
  await page.keyboard.press('Control+z');
  await waitUntilSaved(page);
  expect((await list()).beads[0]!.target).toHaveLength(2);

  // Ctrl+K splits at the cursor, here between the two English sentences.
  await focusEditorAtStart(page);
  const offset = joinSentences(first.target).indexOf(secondSentence);
  for (let step = 0; step < offset; step++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+k');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(count + 1));
  await waitUntilSaved(page);
  beads = (await list()).beads;
  expect(beads.map((bead) => joinSentences(bead.target)).slice(0, 2)).toEqual([
    first.target[0]!.text,
    secondSentence,
  ]);
  expect([...beads[0]!.source, ...beads[1]!.source].map((sentence) => sentence.text)).toEqual(
    first.source.map((sentence) => sentence.text),
  );

  // Merge ↑ (the toolbar button) on the second half joins them again.
  await page.keyboard.press('Alt+ArrowDown');
  await expectActiveRow(page, 1);
  await page.getByRole('button', { name: 'Merge ↑' }).click();
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(count));
  await waitUntilSaved(page);
  beads = (await list()).beads;
  expect(beads[0]!.target.map((sentence) => sentence.text)).toEqual(
    first.target.map((sentence) => sentence.text),
  );
  await expectActiveRow(page, 0);

  // Ctrl+I inserts an empty row after the active one and moves to it; Ctrl+Shift+Backspace deletes it.
  await page.keyboard.press('Control+i');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(count + 1));
  await expectActiveRow(page, 1);
  await waitUntilSaved(page);
  beads = (await list()).beads;
  expect(beads[1]!.source).toEqual([]);
  expect(beads[1]!.target).toEqual([]);
  await expect(row(page, 1).locator('.shape-badge')).toHaveText('0-0');
  await page.keyboard.press('Control+Shift+Backspace');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(count));
  await waitUntilSaved(page);
  expect((await list()).beads.map((bead) => bead.id)).toEqual(
    original.beads.map((bead) => bead.id),
  );

  // The row that took the deleted one's place is active.
  await expectActiveRow(page, 1);

  // Ctrl+Alt+↓ moves the last Bengali sentence of a row down.
  const before = (await list()).beads;
  await page.keyboard.press('Control+Alt+ArrowDown');
  await waitUntilSaved(page);
  beads = (await list()).beads;
  expect(beads[2]!.source[0]!.text).toBe(before[1]!.source.at(-1)!.text);
  await expect(row(page, 2).locator('.shape-badge')).toHaveText(
    `${before[2]!.source.length + 1}-${before[2]!.target.length}`,
  );
});
