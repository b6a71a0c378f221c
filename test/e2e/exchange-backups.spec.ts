// Importing aligned units other tools wrote (TMX, and a UTF-16 TSV as Windows tools save it),
// a broken TMX whose error names its line, and the backups panel with its restore command.

import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, resultsDirectory, test } from './fixtures';
import { row } from './workbench';

const units = [
  ['আমি বাড়ি যাই।', 'I go home.'],
  ['সে বই পড়ে।', 'She reads a book.'],
  ['আজ বৃষ্টি হবে।', 'It will rain today.'],
] as const;

function tmx(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="OtherTool" creationtoolversion="2.1" segtype="sentence" o-tmf="other" adminlang="en" srclang="bn" datatype="plaintext"/>
<body>
${body}
</body>
</tmx>
`;
}

function tu(bengali: string, english: string): string {
  return `<tu><tuv xml:lang="bn"><seg>${bengali}</seg></tuv><tuv xml:lang="en-US"><seg>${english}</seg></tuv></tu>`;
}

function utf16WithByteOrderMark(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

async function screenshot(page: Page, name: string) {
  mkdirSync(resultsDirectory, { recursive: true });
  await page.screenshot({ path: path.join(resultsDirectory, name) });
}

test('import a TMX another tool wrote, then a UTF-16 TSV, and see their rows', async ({
  page,
  setu,
}) => {
  await page.goto(setu.url);
  await page.getByRole('button', { name: 'Import TMX, TSV or CSV…' }).click();
  await page.getByLabel('TMX, TSV or CSV file').setInputFiles({
    name: 'phrasebook.tmx',
    mimeType: 'application/x-tmx+xml',
    buffer: Buffer.from(tmx(units.map(([bengali, english]) => tu(bengali, english)).join('\n'))),
  });
  await expect(page.getByLabel('Format of phrasebook.tmx')).toHaveValue('tmx');
  await expect(page.getByLabel('Title for phrasebook.tmx')).toHaveValue('phrasebook');
  await screenshot(page, 'unit-import-form.png');
  await page.getByRole('button', { name: 'Import units' }).click();

  await expect(page.getByRole('heading', { name: 'phrasebook' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(
    '3 units imported into document “phrasebook”.',
  );
  for (const [index, [bengali, english]] of units.entries()) {
    await expect(row(page, index)).toContainText(bengali);
    await expect(row(page, index)).toContainText(english);
  }
  await screenshot(page, 'unit-import-opened.png');
  const [document] = (await setu.api.call('document.list', {})).documents;
  expect(document).toMatchObject({ title: 'phrasebook', beadCount: 3 });

  // A TSV saved as UTF-16 with a byte-order mark, as Excel's "Unicode text" does.
  await page.getByRole('button', { name: '← Documents' }).click();
  await page.getByRole('button', { name: 'Import TMX, TSV or CSV…' }).click();
  await page.getByLabel('TMX, TSV or CSV file').setInputFiles({
    name: 'sheet.tsv',
    mimeType: 'text/tab-separated-values',
    buffer: utf16WithByteOrderMark('bn\ten\nনদী বয়ে যায়।\tThe river flows.\n'),
  });
  await page.getByRole('button', { name: 'Import units' }).click();
  await expect(page.getByRole('heading', { name: 'sheet' })).toBeVisible();
  await expect(row(page, 0)).toContainText('নদী বয়ে যায়।');
  await expect(row(page, 0)).toContainText('The river flows.');
});

test('a broken TMX is refused with its line, and the documents stay as they were', async ({
  page,
  setu,
}) => {
  await setu.api.call('document.importTmx', {
    content: tmx(tu(units[0][0], units[0][1])),
    title: 'Existing',
  });
  await page.goto(setu.url);
  await expect(page.getByTestId('document-row')).toHaveCount(1);
  await page.getByRole('button', { name: 'Import TMX, TSV or CSV…' }).click();
  // Line 6: the second unit's English <tuv> is never closed.
  const broken = tmx(
    [
      tu(units[1][0], units[1][1]),
      `<tu><tuv xml:lang="bn"><seg>${units[2][0]}</seg></tuv><tuv xml:lang="en"><seg>${units[2][1]}</seg></tu>`,
    ].join('\n'),
  );
  await page.getByLabel('TMX, TSV or CSV file').setInputFiles({
    name: 'broken.tmx',
    mimeType: 'application/x-tmx+xml',
    buffer: Buffer.from(broken),
  });
  await page.getByRole('button', { name: 'Import units' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Importing broken.tmx failed: line 6:');
  await expect(alert).toContainText('(bad_input)');
  await screenshot(page, 'unit-import-error.png');
  // The form keeps the file for another try; nothing was added.
  await expect(page.getByTestId('unit-file')).toContainText('broken.tmx');
  await expect(page.getByTestId('document-row')).toHaveCount(1);
  await expect(page.getByTestId('document-row')).toContainText('Existing');
  const { documents } = await setu.api.call('document.list', {});
  expect(documents.map((each) => each.title)).toEqual(['Existing']);
});

test('back up now, see the backup listed and the command that restores it', async ({
  page,
  setu,
}) => {
  await page.goto(setu.url);
  await page.getByRole('button', { name: 'Backups…' }).click();
  const panel = page.getByRole('region', { name: 'Backups' });
  await expect(panel.getByText('No backups yet.')).toBeVisible();
  await panel.getByRole('button', { name: 'Back up now' }).click();
  await expect(panel.getByTestId('backup-row')).toHaveCount(1);
  await expect(panel.getByTestId('backup-row')).toContainText('Backed up by hand');

  const { backups } = await setu.api.call('backup.list', {});
  expect(backups).toHaveLength(1);
  await expect(page.getByRole('status')).toContainText(`Backed up to ${backups[0]!.name}`);
  await panel.getByRole('button', { name: 'Restore…' }).click();
  await expect(panel.getByTestId('restore-command')).toHaveText(
    `setu backup restore ${backups[0]!.name} --db ${setu.databasePath}`,
  );
  await screenshot(page, 'backups-panel.png');
});
