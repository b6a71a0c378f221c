// Importing by pasting both sides with a sentence preview, the documents list's progress,
// and the dark theme (screenshot to look at: Bengali shaped, contrast readable).

import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { expect, resultsDirectory, test } from './fixtures';
import { grid, readSample, waitUntilSaved } from './workbench';

test('import by pasting, see progress in the list, switch to the dark theme', async ({
  page,
  setu,
}) => {
  const bengali = readSample('bn');
  const english = readSample('en');
  await page.goto(setu.url);
  await expect(page.getByText('No documents yet')).toBeVisible();
  await page.getByRole('button', { name: 'Import a document pair…' }).click();
  await page.getByLabel('Title').fill('Pasted sample');
  await page.getByRole('textbox', { name: 'Bengali (source)' }).fill(bengali);
  await page.getByRole('textbox', { name: 'English (translation)' }).fill(english);
  await page.getByRole('button', { name: 'Preview sentences' }).click();
  const [bengaliSentences, englishSentences] = await Promise.all([
    setu.api.call('text.segment', { text: bengali, lang: 'bn' }),
    setu.api.call('text.segment', { text: english, lang: 'en' }),
  ]);
  await expect(
    page.getByRole('heading', { name: `Bengali: ${bengaliSentences.sentences.length} sentences` }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: `English: ${englishSentences.sentences.length} sentences` }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Import and align' }).click();
  await expect(page.getByRole('heading', { name: 'Pasted sample' })).toBeVisible();

  // Confirm two rows, go back to the list: progress says 2 of N.
  await grid(page).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await waitUntilSaved(page);
  const { beadCount } = (await setu.api.call('document.list', {})).documents[0]!;
  await page.getByRole('button', { name: '← Documents' }).click();
  const listed = page.getByTestId('document-row').filter({ hasText: 'Pasted sample' });
  await expect(listed).toContainText(`2 / ${beadCount}`);
  await expect(listed).toContainText('recent');

  await listed.getByRole('button', { name: 'Open' }).click();
  await page.getByRole('button', { name: /Dark/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('english-editor').locator('.monaco-editor.vs-dark')).toBeVisible();
  mkdirSync(resultsDirectory, { recursive: true });
  await page.screenshot({ path: path.join(resultsDirectory, 'dark-theme.png') });
  // The choice outlives a reload.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
