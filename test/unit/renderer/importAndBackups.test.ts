import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../shared/model';
import {
  formatBytes,
  quoteShellArgument,
  restoreCommand,
} from '../../../renderer/src/logic/backups';
import { describeUnitImport, titleFromFileName } from '../../../renderer/src/logic/unitImport';

function summary(id: number, title: string): DocumentSummary {
  return {
    id,
    title,
    sourceLang: 'bn',
    targetLang: 'en',
    revision: 1,
    beadCount: 3,
    confirmedCount: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

describe('unit import wording', () => {
  it('names the document and the skipped units', () => {
    expect(
      describeUnitImport('memory.tmx', { documents: [summary(1, 'Memory')], units: 3, skipped: 0 }),
    ).toBe('3 units imported into document “Memory”.');
    expect(
      describeUnitImport('memory.tmx', {
        documents: [summary(1, 'A'), summary(2, 'B')],
        units: 1,
        skipped: 2,
      }),
    ).toBe('1 unit imported into 2 documents: “A”, “B”; 2 skipped (a language missing or empty).');
    expect(describeUnitImport('empty.csv', { documents: [], units: 0, skipped: 0 })).toBe(
      '0 units from empty.csv: no document was made.',
    );
  });

  it('titles units after the file', () => {
    expect(titleFromFileName('Lavrov in Pyongyang.tmx')).toBe('Lavrov in Pyongyang');
    expect(titleFromFileName('.tmx')).toBe('.tmx');
  });
});

describe('restore command', () => {
  it('leaves plain paths bare and quotes the rest for every shell', () => {
    expect(
      restoreCommand('corpus-20260101T000000000Z-manual.sqlite', '/home/a/.config/Setu/corpus.db'),
    ).toBe(
      'setu backup restore corpus-20260101T000000000Z-manual.sqlite --db /home/a/.config/Setu/corpus.db',
    );
    expect(quoteShellArgument('C:\\Users\\Rina Das\\corpus.db')).toBe(
      '"C:\\Users\\Rina Das\\corpus.db"',
    );
    expect(quoteShellArgument("/tmp/it's $HOME")).toBe(`'/tmp/it'\\''s $HOME'`);
  });

  it('sizes files in readable units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(48 * 1024 * 1024)).toBe('48 MB');
  });
});
