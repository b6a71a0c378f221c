import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DialogApi } from '../../../electron/main/dialogs';
import { nativeDialogs, safeSuggestedName } from '../../../electron/main/dialogs';

const folder = mkdtempSync(path.join(tmpdir(), 'setu-dialogs-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

type Window = { id: number };

function fakeDialog(answers: { open?: string | null; save?: string | null }) {
  const asked: { kind: string; options: unknown }[] = [];
  const dialog: DialogApi<Window> = {
    async showOpenDialog(_window, options) {
      asked.push({ kind: 'open', options });
      return answers.open
        ? { canceled: false, filePaths: [answers.open] }
        : { canceled: true, filePaths: [] };
    },
    async showSaveDialog(_window, options) {
      asked.push({ kind: 'save', options });
      return answers.save ? { canceled: false, filePath: answers.save } : { canceled: true };
    },
    async showMessageBox(_window, options) {
      asked.push({ kind: 'message', options });
      return { response: 0 };
    },
  };
  return { dialog, asked };
}

function dialogsWith(answers: { open?: string | null; save?: string | null }) {
  const fake = fakeDialog(answers);
  const opened: string[] = [];
  const dialogs = nativeDialogs({
    dialog: fake.dialog,
    window: () => ({ id: 1 }),
    documentsFolder: () => '/home/translator/Documents',
    opened: (file) => opened.push(file),
  });
  return { dialogs, asked: fake.asked, opened };
}

describe('safeSuggestedName', () => {
  it('keeps only a file name', () => {
    expect(safeSuggestedName('lavrov.tmx')).toBe('lavrov.tmx');
    expect(safeSuggestedName('../../.bashrc')).toBe('.bashrc');
    expect(safeSuggestedName('C:\\Windows\\evil.tmx')).toBe('evil.tmx');
    expect(safeSuggestedName('a<b>:c.tsv')).toBe('a_b__c.tsv');
    expect(safeSuggestedName('..')).toBe('export.txt');
    expect(safeSuggestedName('')).toBe('export.txt');
  });
});

describe('the save dialog', () => {
  it('writes the content where the user chose, offering the export’s format', async () => {
    const target = path.join(folder, 'out.tmx');
    const { dialogs, asked } = dialogsWith({ save: target });
    await expect(
      dialogs.saveFile('../lavrov.tmx', '<tmx version="1.4">ল্যাভরভ</tmx>'),
    ).resolves.toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('<tmx version="1.4">ল্যাভরভ</tmx>');
    expect(asked[0]).toMatchObject({
      kind: 'save',
      options: {
        defaultPath: path.join('/home/translator/Documents', 'lavrov.tmx'),
        filters: [
          { name: 'TMX translation memory', extensions: ['tmx'] },
          { name: 'All files', extensions: ['*'] },
        ],
      },
    });
  });

  it('returns null when cancelled, and reports a folder it cannot write', async () => {
    await expect(dialogsWith({ save: null }).dialogs.saveFile('a.tsv', 'x')).resolves.toBeNull();
    const blocked = dialogsWith({ save: path.join(folder, 'no-such-folder', 'a.tsv') });
    await expect(blocked.dialogs.saveFile('a.tsv', 'x')).resolves.toBeNull();
    expect(blocked.asked.at(-1)).toMatchObject({
      kind: 'message',
      options: { type: 'error', title: 'Cannot save the file' },
    });
  });
});

describe('the open dialog', () => {
  it('returns the chosen file’s text and remembers it', async () => {
    const file = path.join(folder, 'chapter.bn.txt');
    writeFileSync(file, '\uFEFFআমার সোনার বাংলা।');
    const { dialogs, opened } = dialogsWith({ open: file });
    await expect(dialogs.openTextFile()).resolves.toEqual({
      name: 'chapter.bn.txt',
      text: 'আমার সোনার বাংলা।',
    });
    expect(opened).toEqual([file]);
  });

  it('shows why a file cannot be opened and returns null', async () => {
    const file = path.join(folder, 'latin1.txt');
    writeFileSync(file, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const { dialogs, asked, opened } = dialogsWith({ open: file });
    await expect(dialogs.openTextFile()).resolves.toBeNull();
    expect(opened).toEqual([]);
    expect(asked.at(-1)).toMatchObject({
      kind: 'message',
      options: { detail: expect.stringContaining(`${file}: `) },
    });
    await expect(dialogsWith({ open: null }).dialogs.openTextFile()).resolves.toBeNull();
  });
});
