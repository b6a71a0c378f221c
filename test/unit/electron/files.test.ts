import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileArguments, readOpenedFile } from '../../../electron/main/files';
import { sampleFiles } from '../../../corpus/node/samples';
import { readFileSync } from 'node:fs';

const folder = mkdtempSync(path.join(tmpdir(), 'setu-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
writeFileSync(path.join(folder, 'a.txt'), 'one');
writeFileSync(path.join(folder, 'b.txt'), 'two');

describe('fileArguments', () => {
  it('takes the existing files after the executable, resolved against the launch folder', () => {
    expect(
      fileArguments(
        [
          '/opt/Setu/setu',
          'a.txt',
          '--disable-gpu',
          path.join(folder, 'b.txt'),
          'missing.txt',
          'a.txt',
        ],
        folder,
        false,
      ),
    ).toEqual([path.join(folder, 'a.txt'), path.join(folder, 'b.txt')]);
  });

  it('skips the app folder when Electron runs a checkout', () => {
    const checkout = path.resolve(import.meta.dirname, '../../..');
    expect(fileArguments(['/usr/bin/electron', checkout, 'a.txt'], folder, true)).toEqual([
      path.join(folder, 'a.txt'),
    ]);
    // Without defaultApp the folder is argv[1] too, but it is not a file either.
    expect(fileArguments(['/usr/bin/electron', checkout], folder, false)).toEqual([]);
  });
});

describe('readOpenedFile', () => {
  it('reads the bundled Bengali sample as the CLI does', () => {
    const file = sampleFiles().source;
    expect(readOpenedFile(file)).toEqual({
      name: path.basename(file),
      text: readFileSync(file, 'utf8').replace(/^\uFEFF/, ''),
    });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const file = path.join(folder, 'utf16.txt');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('সেতু bridge', 'utf16le')]),
    );
    expect(readOpenedFile(file).text).toBe('সেতু bridge');
  });

  it('refuses binary files and missing files with the file name', () => {
    const file = path.join(folder, 'image.txt');
    writeFileSync(
      file,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    );
    // The wording is the CLI's (corpus/node/files.ts); what matters here is the code and the name.
    expect(() => readOpenedFile(file)).toThrow(
      expect.objectContaining({ code: 'bad_input', message: expect.stringContaining(`${file}: `) }),
    );
    const gone = path.join(folder, 'gone.txt');
    expect(() => readOpenedFile(gone)).toThrow(
      expect.objectContaining({ code: 'bad_input', message: expect.stringContaining(`${gone}: `) }),
    );
  });
});
