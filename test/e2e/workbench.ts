// Steps the workbench tests share: put the sample in the corpus, open it, read the grid.

import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentSummary } from '../../shared/model';
import type { SetuServer } from './fixtures';
import { expect, samplesDirectory } from './fixtures';

export const sampleTitle = 'Lavrov in Pyongyang';

export function readSample(side: 'bn' | 'en'): string {
  return readFileSync(path.join(samplesDirectory, `lavrov-pyongyang.${side}.txt`), 'utf8');
}

/** Imports through the API (the import form has its own test) and opens the document in the page. */
export async function openSample(page: Page, setu: SetuServer): Promise<DocumentSummary> {
  const document = await setu.api.call('document.import', {
    title: sampleTitle,
    source: readSample('bn'),
    target: readSample('en'),
    sourceLang: 'bn',
    targetLang: 'en',
  });
  await page.goto(setu.url);
  await page.getByRole('button', { name: sampleTitle }).click();
  await expect(page.getByRole('heading', { name: sampleTitle })).toBeVisible();
  await expect(page.getByTestId('english-editor')).toBeVisible();
  return document;
}

export function grid(page: Page) {
  return page.getByTestId('alignment-grid');
}

export function row(page: Page, index: number) {
  return page.locator(`#row-${index}`);
}

export async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText('all saved');
}

export async function expectActiveRow(page: Page, index: number): Promise<void> {
  await expect(page.getByTestId('row-position')).toHaveText(
    new RegExp(`^Row ${(index + 1).toLocaleString('en-US')} of `),
  );
}

/** Puts the keyboard focus in the active row's English editor, at the start of the text. */
export async function focusEditorAtStart(page: Page): Promise<void> {
  await page.getByTestId('english-editor').locator('.view-lines').click();
  await page.keyboard.press('Control+Home');
}
