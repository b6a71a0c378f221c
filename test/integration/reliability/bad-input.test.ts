// Each kind of bad input a user can hand Setu: one clear line (file, line where it applies, what
// is wrong), exit 1, and the corpus left exactly as it was. Files that are merely unusual
// (UTF-16 with a BOM, CRLF or CR line ends, a 50 MB line) must import.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../corpus/node/paths';

const directory = mkdtempSync(path.join(tmpdir(), 'setu-bad-input-'));
const database = path.join(directory, 'corpus.sqlite');

function setu(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'bin', 'setu.cjs'), ...args, '--db', database],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const target = path.join(directory, name);
  writeFileSync(target, content);
  return target;
}

function fingerprint(): string {
  const db = new Database(database, { readonly: true });
  try {
    return ['document', 'bead', 'sentence', 'revision', 'glossary_entry']
      .map((table) => JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()))
      .join('|');
  } finally {
    db.close();
  }
}

const english = file('english.txt', 'One sentence. Another one.\n');
const tmxHeader =
  '<header srclang="bn" adminlang="en" segtype="sentence" o-tmf="x" datatype="plaintext" creationtool="x" creationtoolversion="1"/>';
const tmxUnit =
  '<tu><tuv xml:lang="bn"><seg>এক।</seg></tuv><tuv xml:lang="en"><seg>One.</seg></tuv></tu>';
const tmx = (body: string, version = '1.4', header = tmxHeader) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="${version}">\n${header}\n<body>\n${body}\n</body>\n</tmx>\n`;
/** Windows-1252 bytes of text typed in a Bijoy font (its vowel signs sit on ‡ † ˆ ‰). */
const windows1252 = (text: string) =>
  Uint8Array.from(
    [...text].map(
      (character) =>
        ({ '‡': 0x87, '†': 0x86, ˆ: 0x88, '‰': 0x89 })[character] ?? character.charCodeAt(0),
    ),
  );
const bijoy = 'Avwg evsjvq Mvb MvB| ‡Zvgvi Avgvi ‡`k| ‰Zwi Kiv nq| ‡jLv ‡_‡K ‡g‡h| '.repeat(20);

beforeAll(() => {
  expect(setu('import', file('seed.bn.txt', 'আগের লেখা।\n'), english).code).toBe(0);
});

const refused: [name: string, command: string, content: string | Uint8Array, message: RegExp][] = [
  ['an empty file', 'import', '', /the file is empty/],
  [
    'a binary file',
    'import',
    Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x03]),
    /NUL|binary|not a text file/,
  ],
  [
    'invalid UTF-8',
    'import',
    Uint8Array.from([0xe0, 0xa6, 0x95, 0x0a, 0xff, 0xfe, 0x41]),
    /not valid UTF-8: byte 4 \(line 2\)/,
  ],
  ['Bijoy/SutonnyMJ ANSI Bengali', 'import', windows1252(bijoy), /Bijoy/],
  ['Bijoy text already in UTF-8', 'import', bijoy, /Bijoy/],
  [
    'a TMX with an unclosed tag',
    'import-tmx',
    tmx(`${tmxUnit}\n<tu><tuv xml:lang="bn"><seg>দুই</seg></tuv>`),
    /line \d+: .*not closed/,
  ],
  ['a TMX of an unknown version', 'import-tmx', tmx(tmxUnit, '9.9'), /version/],
  [
    'a TMX without srclang',
    'import-tmx',
    tmx(tmxUnit, '1.4', tmxHeader.replace('srclang="bn" ', '')),
    /srclang/,
  ],
  [
    'an entity bomb (billion laughs)',
    'import-tmx',
    `<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>\n<tmx version="1.4">${tmxHeader}<body><tu><tuv xml:lang="bn"><seg>&d;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>`,
    /line \d+: .*entity/i,
  ],
  [
    'an external entity (XXE)',
    'import-tmx',
    `<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<tmx version="1.4">${tmxHeader}<body><tu><tuv xml:lang="bn"><seg>&secret;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>`,
    /line \d+: .*entity/i,
  ],
  [
    'a control character in a seg',
    'import-tmx',
    tmx(
      '<tu><tuv xml:lang="bn"><seg>এক&#7;</seg></tuv><tuv xml:lang="en"><seg>One</seg></tuv></tu>',
    ),
    /line \d+: .*U\+0007|control|character/i,
  ],
  ['a TMX of no units', 'import-tmx', tmx(''), /no unit|no translation unit|units/i],
];

describe('bad input leaves the corpus unchanged', () => {
  for (const [name, command, content, message] of refused) {
    it(`refuses ${name}`, () => {
      const before = fingerprint();
      const input = file(`input-${name.replace(/\W+/g, '-')}`, content);
      const result = command === 'import' ? setu('import', input, english) : setu(command, input);
      expect(result.code, result.stderr).toBe(1);
      const lines = result.stderr
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('setu'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(input);
      expect(lines[0]).toMatch(message);
      expect(fingerprint()).toBe(before);
    });
  }

  it('refuses a TMX with a huge attribute without exhausting memory', () => {
    const before = fingerprint();
    const huge = tmx(
      `<tu tuid="${'x'.repeat(20_000_000)}"><tuv xml:lang="bn"><seg>এক</seg></tuv></tu>`,
    );
    const result = setu('import-tmx', file('huge-attribute.tmx', huge));
    expect([0, 1]).toContain(result.code);
    if (result.code === 1) expect(result.stderr).toMatch(/huge-attribute\.tmx/);
    else expect(fingerprint()).not.toBe(before);
  });
});

describe('unusual but valid input imports', () => {
  const bengali = 'প্রথম বাক্য। দ্বিতীয় বাক্য।\nতৃতীয় বাক্য।\n';
  it.each([
    [
      'UTF-16 LE with a BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bengali, 'utf16le')]),
    ],
    [
      'UTF-16 BE with a BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(bengali, 'utf16le').swap16()]),
    ],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bengali)])],
    ['CRLF line ends', bengali.replace(/\n/g, '\r\n')],
    ['CR line ends', bengali.replace(/\n/g, '\r')],
  ])('%s', (name, content) => {
    const result = setu(
      'import',
      file(`ok-${name.replace(/\W+/g, '-')}.txt`, content),
      english,
      '--title',
      name,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Imported document \d+ “.*”: \d+ beads/);
  });

  it('a 50 MB single line', { timeout: 120_000 }, () => {
    const line = 'এটি একটি খুব লম্বা লাইন যার কোনো শেষ নেই '.repeat(Math.ceil(50_000_000 / 120));
    const result = setu('import', file('long-line.txt', line), english, '--title', 'long line');
    expect(result.code, result.stderr).toBe(0);
  });
});
