// The desktop app's menu commands and opened files, in the browser: a stand-in for the
// Electron preload's bridge carries calls to the real `setu serve` over HTTP and lets the test
// push commands, so everything after the bridge is the code the desktop app runs.

import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { AppCommand } from '../../shared/client';
import type { SetuServer } from './fixtures';
import { expect, resultsDirectory, test } from './fixtures';
import { readSample, row, waitUntilSaved } from './workbench';

type CommandWindow = { pushSetuCommand(command: AppCommand): void };

async function openWithBridge(page: Page, setu: SetuServer): Promise<void> {
  await page.addInitScript(
    ({ origin, token }) => {
      const listeners = new Set<(command: unknown) => void>();
      Object.assign(window, {
        pushSetuCommand: (command: unknown) => listeners.forEach((listener) => listener(command)),
        setuBridge: {
          call: async (name: string, args: unknown) => {
            const response = await fetch(`${origin}/api/call/${encodeURIComponent(name)}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              body: JSON.stringify(args),
            });
            return response.json();
          },
          onEvent: (listener: (event: unknown) => void) => {
            const source = new EventSource(
              `${origin}/api/events?token=${encodeURIComponent(token)}`,
            );
            source.addEventListener('message', (message) => listener(JSON.parse(message.data)));
            return () => source.close();
          },
          onCommand: (listener: (command: unknown) => void) => {
            listeners.add(listener);
            return () => listeners.delete(listener);
          },
        },
      });
    },
    { origin: setu.origin, token: setu.token },
  );
  await page.goto(setu.url);
  await expect(page.getByRole('heading', { name: 'Documents' })).toBeVisible();
}

function push(page: Page, command: AppCommand): Promise<void> {
  return page.evaluate(
    (each) => (window as unknown as CommandWindow).pushSetuCommand(each),
    command,
  );
}

test('two opened texts fill the import form by script; menu commands drive the workbench', async ({
  page,
  setu,
}) => {
  await openWithBridge(page, setu);
  const bengali = readSample('bn');
  const english = readSample('en');
  // English first: the form must still put the Bengali text on the Bengali side.
  await push(page, {
    command: 'files.opened',
    files: [
      { name: 'lavrov-pyongyang.en.txt', text: english },
      { name: 'lavrov-pyongyang.bn.txt', text: bengali },
    ],
  });
  await expect(page.getByRole('textbox', { name: 'Bengali (source)' })).toHaveValue(bengali);
  await expect(page.getByRole('textbox', { name: 'English (translation)' })).toHaveValue(english);
  await expect(page.getByLabel('Title')).toHaveValue('lavrov-pyongyang');
  mkdirSync(resultsDirectory, { recursive: true });
  await page.screenshot({ path: path.join(resultsDirectory, 'opened-pair.png') });
  await page.getByRole('button', { name: 'Import and align' }).click();
  await expect(page.getByRole('heading', { name: 'lavrov-pyongyang' })).toBeVisible();
  await expect(page.getByTestId('english-editor')).toBeVisible();

  await push(page, { command: 'search.focus' });
  await expect(page.getByPlaceholder('Search both sides…')).toBeFocused();

  // Confirm the first row, then undo it from the menu.
  await page.getByTestId('alignment-grid').focus();
  await page.keyboard.press('Enter');
  await waitUntilSaved(page);
  await expect(page.getByText('1 confirmed')).toBeVisible();
  await push(page, { command: 'history.undo' });
  await expect(page.getByText('0 confirmed')).toBeVisible();
  await push(page, { command: 'history.redo' });
  await expect(page.getByText('1 confirmed')).toBeVisible();

  await push(page, { command: 'export.open' });
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeHidden();

  const before = await page.locator('html').getAttribute('data-theme');
  await push(page, { command: 'theme.toggle' });
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', before ?? '');

  await push(page, { command: 'documents.show' });
  await expect(page.getByTestId('document-row')).toHaveCount(1);
  await push(page, { command: 'export.open' });
  await expect(page.getByRole('status')).toContainText('Open a document to export it.');
  await push(page, { command: 'help.shortcuts' });
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.screenshot({ path: path.join(resultsDirectory, 'shortcuts-on-documents.png') });
});

test('an opened TMX goes to the unit import, which opens the document it made', async ({
  page,
  setu,
}) => {
  await openWithBridge(page, setu);
  const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="bn" datatype="plaintext"/>
<body><tu><tuv xml:lang="bn"><seg>নদী বয়ে যায়।</seg></tuv><tuv xml:lang="en"><seg>The river flows.</seg></tuv></tu></body></tmx>
`;
  await push(page, { command: 'files.opened', files: [{ name: 'river.tmx', text: tmx }] });
  await expect(page.getByTestId('unit-file')).toContainText('river.tmx');
  await page.getByRole('button', { name: 'Import units' }).click();
  await expect(page.getByRole('heading', { name: 'river' })).toBeVisible();
  await expect(row(page, 0)).toContainText('The river flows.');
});
