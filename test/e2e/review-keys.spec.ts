// Reviewing by keyboard: confirm and move on, flag, jump to the next suspicious row,
// confirm everything above, the shortcut sheet; then undo and redo survive a reload.

import { findSuspicious, defaultSuspicion } from '../../renderer/src/logic/suspicious';
import { expect, test } from './fixtures';
import {
  expectActiveRow,
  focusEditorAtStart,
  grid,
  openSample,
  row,
  waitUntilSaved,
} from './workbench';

test('review rows from the keyboard', async ({ page, setu }) => {
  const document = await openSample(page, setu);
  const documentId = document.id;
  const statusOf = async (index: number) =>
    (await setu.api.call('bead.list', { documentId })).beads[index]!.status;

  // Enter in the editor confirms and moves on; so does Tab.
  await focusEditorAtStart(page);
  await page.keyboard.press('Enter');
  await expectActiveRow(page, 1);
  await page.keyboard.press('Tab');
  await expectActiveRow(page, 2);
  await waitUntilSaved(page);
  expect(await statusOf(0)).toBe('confirmed');
  expect(await statusOf(1)).toBe('confirmed');
  await expect(row(page, 0).getByTestId('status')).toHaveText(/confirmed/);
  // The editor came along to the new row and still has the focus: typing goes there.
  await expect(row(page, 2).getByTestId('english-editor')).toBeVisible();

  // Shift+Tab goes back without confirming; Ctrl+Shift+F flags, and again clears the flag.
  await page.keyboard.press('Shift+Tab');
  await expectActiveRow(page, 1);
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Control+Shift+F');
  await waitUntilSaved(page);
  expect(await statusOf(2)).toBe('flagged');
  await expect(row(page, 2)).toHaveClass(/status-flagged/);

  // F8 goes where the suspicion rules say, forwards and back.
  const beads = (await setu.api.call('bead.list', { documentId })).beads;
  const next = findSuspicious(beads, 2, 1, defaultSuspicion);
  expect(next).not.toBeNull();
  await page.keyboard.press('F8');
  await expectActiveRow(page, next!);
  await page.keyboard.press('Shift+F8');
  await expectActiveRow(page, findSuspicious(beads, next!, -1, defaultSuspicion)!);

  // Confirm everything up to row 5.
  await grid(page).focus();
  await page.keyboard.press('Control+Home');
  for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowDown');
  await expectActiveRow(page, 4);
  await page.keyboard.press('Control+Shift+Enter');
  await waitUntilSaved(page);
  const confirmed = (await setu.api.call('bead.list', { documentId })).beads
    .slice(0, 5)
    .map((bead) => bead.status);
  expect(confirmed).toEqual(['confirmed', 'confirmed', 'confirmed', 'confirmed', 'confirmed']);

  // Undo the confirm-through, reload the page, redo it: the history lives on the server.
  await page.keyboard.press('Control+z');
  await waitUntilSaved(page);
  expect(await statusOf(2)).toBe('flagged');
  await page.reload();
  await expect(page.getByTestId('english-editor')).toBeVisible();
  await expect(row(page, 2)).toHaveClass(/status-flagged/);
  await grid(page).focus();
  await page.keyboard.press('Control+y');
  await expect(row(page, 2)).toHaveClass(/status-confirmed/);
  expect(await statusOf(2)).toBe('confirmed');

  // The shortcut sheet lists the keys; Escape closes it.
  await page.keyboard.press('F1');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Merge with the next row');
  await expect(sheet.locator('kbd', { hasText: 'Ctrl+M' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});
