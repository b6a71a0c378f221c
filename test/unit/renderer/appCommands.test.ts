import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppCommand, OpenedTextFile } from '../../../shared/client';
import type { AppPlace } from '../../../renderer/src/logic/appCommands';
import {
  actionsFor,
  assignSides,
  bengaliShare,
  unitFormatOf,
} from '../../../renderer/src/logic/appCommands';

const samples = path.resolve(import.meta.dirname, '../../../corpus/samples');
const bengaliFile: OpenedTextFile = {
  name: 'lavrov-pyongyang.bn.txt',
  text: readFileSync(path.join(samples, 'lavrov-pyongyang.bn.txt'), 'utf8'),
};
const englishFile: OpenedTextFile = {
  name: 'lavrov-pyongyang.en.txt',
  text: readFileSync(path.join(samples, 'lavrov-pyongyang.en.txt'), 'utf8'),
};

const onList: AppPlace = { page: 'documents', textFieldFocused: false };
const onDocument: AppPlace = { page: 'document', textFieldFocused: false };
const typingOnDocument: AppPlace = { page: 'document', textFieldFocused: true };

const simple = (command: Exclude<AppCommand, { command: 'files.opened' }>['command']) =>
  ({ command }) satisfies AppCommand;

describe('menu commands', () => {
  it('runs the workbench commands only where a document is open', () => {
    for (const command of [
      'export.open',
      'search.focus',
      'history.undo',
      'history.redo',
      'help.shortcuts',
    ] as const) {
      expect(actionsFor(simple(command), onDocument)).toEqual([
        { action: 'workbench.run', command },
      ]);
    }
    expect(actionsFor(simple('export.open'), onList)).toEqual([
      { action: 'notice', text: 'Open a document to export it.' },
    ]);
    expect(actionsFor(simple('search.focus'), onList)[0]?.action).toBe('notice');
    expect(actionsFor(simple('history.undo'), onList)[0]?.action).toBe('notice');
    expect(actionsFor(simple('help.shortcuts'), onList)).toEqual([{ action: 'shortcuts.show' }]);
  });

  it('leaves undo and redo to a text field that has focus', () => {
    expect(actionsFor(simple('history.undo'), typingOnDocument)).toEqual([{ action: 'text.undo' }]);
    expect(
      actionsFor(simple('history.redo'), { page: 'documents', textFieldFocused: true }),
    ).toEqual([{ action: 'text.redo' }]);
  });

  it('opens the import form, the list and the theme from any page', () => {
    for (const place of [onList, onDocument]) {
      expect(actionsFor(simple('import.open'), place)).toEqual([{ action: 'pair.open' }]);
      expect(actionsFor(simple('documents.show'), place)).toEqual([{ action: 'documents.show' }]);
      expect(actionsFor(simple('theme.toggle'), place)).toEqual([{ action: 'theme.toggle' }]);
    }
  });
});

describe('opened files', () => {
  const opened = (...files: OpenedTextFile[]): AppCommand => ({ command: 'files.opened', files });

  it('sends TMX, TSV and CSV files to the unit import, whatever the case of the extension', () => {
    const tmx = { name: 'memory.TMX', text: '<tmx/>' };
    const csv = { name: 'glossary.csv', text: 'a,b\n' };
    expect(actionsFor(opened(tmx, csv), onDocument)).toEqual([
      { action: 'units.open', files: [tmx, csv] },
    ]);
    expect(unitFormatOf('a.tsv')).toBe('tsv');
    expect(unitFormatOf('a.tmx.txt')).toBeNull();
    expect(unitFormatOf('tmx')).toBeNull();
  });

  it('puts two texts on the sides their scripts say, in either order', () => {
    const expected = [{ action: 'pair.open', source: bengaliFile, target: englishFile }];
    expect(actionsFor(opened(bengaliFile, englishFile), onList)).toEqual(expected);
    expect(actionsFor(opened(englishFile, bengaliFile), onList)).toEqual(expected);
  });

  it('fills the one side a single text belongs to', () => {
    expect(actionsFor(opened(englishFile), onList)).toEqual([
      { action: 'pair.open', target: englishFile },
    ]);
    expect(actionsFor(opened(bengaliFile), onList)).toEqual([
      { action: 'pair.open', source: bengaliFile },
    ]);
  });

  it('says so when the scripts do not tell two texts apart', () => {
    const other = { name: 'other.txt', text: 'Another English text.' };
    const actions = actionsFor(opened(other, englishFile), onList);
    expect(actions[0]).toEqual({ action: 'pair.open', source: other, target: englishFile });
    expect(actions[1]).toMatchObject({ action: 'notice' });
    expect(assignSides(other, englishFile).certain).toBe(false);
    expect(assignSides(englishFile, bengaliFile).certain).toBe(true);
  });

  it('refuses more than two texts, and still imports the unit files among them', () => {
    const third = { name: 'c.txt', text: 'more' };
    const tmx = { name: 'm.tmx', text: '<tmx/>' };
    expect(actionsFor(opened(bengaliFile, englishFile, third, tmx), onList)).toEqual([
      {
        action: 'notice',
        text: '3 text files were opened; a document pair takes two (Bengali and English). Open them two at a time.',
      },
      { action: 'units.open', files: [tmx] },
    ]);
  });

  it('measures the Bengali share of the letters', () => {
    expect(bengaliShare(bengaliFile.text)).toBeGreaterThan(0.9);
    expect(bengaliShare(englishFile.text)).toBeLessThan(0.05);
    expect(bengaliShare('১২৩ 456 !')).toBe(1);
    expect(bengaliShare('')).toBe(0);
  });
});
