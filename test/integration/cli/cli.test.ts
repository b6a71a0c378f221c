import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../corpus/node/paths';
import { sampleFiles } from '../../../corpus/node/samples';

const directory = mkdtempSync(path.join(tmpdir(), 'setu-cli-'));

function setu(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'setu.cjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, SETU_HOME: path.join(directory, 'home') },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const target = path.join(directory, name);
  writeFileSync(target, content);
  return target;
}

describe('setu CLI', () => {
  it('prints help with exit 0 and usage errors with exit 2', () => {
    expect(setu('--help')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('align SOURCE TARGET'),
    });
    expect(setu().code).toBe(2);
    const unknown = setu('align', '--frobnicate', 'a', 'b');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/frobnicate/);
    expect(setu('teleport').code).toBe(2);
  });

  it('answers bad input with exit 1 and one line naming the file', () => {
    const missing = setu('segment', '--lang', 'bn', path.join(directory, 'nope.txt'));
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/nope\.txt: cannot read \(no such file\)/);
    const invalid = setu(
      'segment',
      '--lang',
      'bn',
      file('latin1.txt', Uint8Array.from([0x61, 0x0a, 0xe9, 0x0a])),
    );
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(
      /latin1\.txt: the file is not valid UTF-8: byte 2 \(line 2\) is 0xE9/,
    );
  });

  it('segments Bengali at the danda, one sentence per line', () => {
    const result = setu(
      'segment',
      '--lang',
      'bn',
      file('bn.txt', 'ডা. রহমান এলেন। তিনি কথা বললেন।\n'),
    );
    expect(result).toMatchObject({ code: 0, stdout: 'ডা. রহমান এলেন।\nতিনি কথা বললেন।\n' });
  });

  it('aligns two files into the documented JSON shape with offsets into the input', () => {
    const sample = sampleFiles();
    const result = setu('align', sample.source, sample.target);
    expect(result.code).toBe(0);
    const alignment = JSON.parse(result.stdout) as {
      source: { lang: string; sentences: { start: number; end: number; text: string }[] };
      target: { lang: string; sentences: { start: number; end: number; text: string }[] };
      beads: { source: number[]; target: number[]; score: number }[];
    };
    expect(alignment.source.lang).toBe('bn');
    const text = readFileSync(sample.source, 'utf8');
    for (const sentence of alignment.source.sentences)
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    const covered = alignment.beads.flatMap((bead) => bead.source);
    expect(covered).toEqual(alignment.source.sentences.map((_, index) => index));
    expect(alignment.beads.flatMap((bead) => bead.target)).toEqual(
      alignment.target.sentences.map((_, index) => index),
    );
    for (const bead of alignment.beads) expect(bead.score).toBeGreaterThanOrEqual(0);
  });

  it('uses line numbers as indices with --presegmented', () => {
    const source = file('pre.bn.txt', 'এক।\n\nদুই।\n');
    const target = file('pre.en.txt', 'One.\nTwo.\n');
    const alignment = JSON.parse(setu('align', '--presegmented', source, target).stdout) as {
      beads: { source: number[] }[];
    };
    expect(alignment.beads.flatMap((bead) => bead.source)).toEqual([0, 2]);
  });

  it('imports, lists and exports a TMX through a corpus file', () => {
    const sample = sampleFiles();
    const database = path.join(directory, 'corpus.sqlite');
    const imported = setu(
      'import',
      sample.source,
      sample.target,
      '--db',
      database,
      '--title',
      'Lavrov',
    );
    expect(imported).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Imported document 1 “Lavrov”: \d+ beads/),
    });
    expect(setu('list', '--db', database).stdout).toMatch(/^1\tLavrov\t0\/\d+ confirmed/);
    const output = path.join(directory, 'out.tmx');
    expect(
      setu('export', '--db', database, '--doc', '1', '--format', 'tmx', '--output', output).code,
    ).toBe(0);
    const tmx = readFileSync(output, 'utf8');
    expect(tmx).toContain('srclang="bn"');
    expect(tmx).toContain('ল্যাভরভ');
    expect(
      setu('export', '--db', database, '--doc', '7', '--format', 'tmx', '--output', output),
    ).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('There is no document 7'),
    });
  });

  it('aligns and segments without loading SQLite or the XML parser', () => {
    // A loader refusing the heavy packages: the commands that need no corpus must start
    // without them (see main.ts); `list`, which needs SQLite, shows the refusal works.
    const refuse = file(
      'refuse-heavy-packages.cjs',
      `const Module = require('node:module');
      const load = Module._load;
      Module._load = function (request, ...rest) {
        if (request === 'better-sqlite3' || request === 'saxes') throw new Error('refused ' + request);
        return load.call(this, request, ...rest);
      };`,
    );
    const run = (...args: string[]) =>
      spawnSync(
        process.execPath,
        ['--require', refuse, path.join(projectRoot, 'bin', 'setu.cjs'), ...args],
        { encoding: 'utf8', env: { ...process.env, SETU_HOME: path.join(directory, 'home') } },
      );
    const sample = sampleFiles();
    const aligned = run('align', sample.source, sample.target);
    expect(aligned.stderr).toBe('');
    expect(aligned.status).toBe(0);
    expect(run('segment', '--lang', 'bn', sample.source).status).toBe(0);
    // (`list` loads its modules concurrently: either refusal may come first.)
    expect(run('list').stderr).toMatch(/refused (better-sqlite3|saxes)/);
  });

  it('creates and seeds the default corpus on first use', () => {
    const listed = setu('list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/Lavrov in Pyongyang \(sample\)/);
  });
});

describe('setu output to a pipe', () => {
  it('ends quietly when the reader closes the pipe early (setu … | head)', async () => {
    const sample = sampleFiles();
    const long = file(
      'long.bn.txt',
      Array.from({ length: 40 }, () => readFileSync(sample.source, 'utf8')).join('\n'),
    );
    const child = spawn(
      process.execPath,
      [path.join(projectRoot, 'bin', 'setu.cjs'), 'segment', '--lang', 'bn', long],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Like head: read the first chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('setu launcher', () => {
  it('still runs from its old name, bin/setu.mjs, which npm link and npx may have linked', () => {
    const result = spawnSync(
      process.execPath,
      [path.join(projectRoot, 'bin', 'setu.mjs'), '--version'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^setu \d/);
  });

  it('saves a code cache per command, and a corrupt one is replaced, not trusted', () => {
    const sample = sampleFiles();
    const first = setu('segment', '--lang', 'bn', sample.source);
    expect(first.code).toBe(0);
    const bundleDirectory = path.join(projectRoot, 'node_modules', '.cache', 'setu', 'cli');
    const bundle = readFileSync(path.join(bundleDirectory, 'main.cjs'), 'utf8');
    const id = /^\/\/ setu-cli ([0-9a-f]+) /.exec(bundle)?.[1];
    expect(id).toBeDefined();
    const cache = path.join(bundleDirectory, 'code-cache', `${id}.segment--lang.bin`);
    expect(existsSync(cache)).toBe(true);
    writeFileSync(cache, 'not a code cache');
    expect(setu('segment', '--lang', 'bn', sample.source)).toEqual(first);
    expect(readFileSync(cache).length).toBeGreaterThan(1000);
  });

  it('rebuilds the bundle when a file it was built from changes, and only then', () => {
    const bundle = path.join(projectRoot, 'node_modules', '.cache', 'setu', 'cli', 'main.cjs');
    expect(setu('--version').code).toBe(0);
    const builtMs = statSync(bundle).mtimeMs;
    expect(setu('--version').code).toBe(0);
    expect(statSync(bundle).mtimeMs).toBe(builtMs);
    const inputs = JSON.parse(
      /^\/\/ setu-cli [0-9a-f]+ (\[.*\])\n/.exec(readFileSync(bundle, 'utf8'))![1]!,
    ) as string[];
    expect(inputs).toContain('corpus/node/cli/text-commands.ts');
    // As an editor saving it would (the content is unchanged: the bundle's hash stays).
    const now = new Date();
    utimesSync(path.join(projectRoot, 'corpus', 'node', 'cli', 'text-commands.ts'), now, now);
    expect(setu('--version').code).toBe(0);
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(builtMs);
  });
});

describe('files that cannot be written or are not what they should be', () => {
  it('says so in one line naming the file, with exit code 1', () => {
    const sample = sampleFiles();
    const missing = path.join(directory, 'no-such-folder');
    const aFile = file('plain.txt', 'not a folder\n');
    const cases: Array<[string[], string]> = [
      [
        ['align', sample.source, sample.target, '--output', path.join(missing, 'out.json')],
        `${path.join(missing, 'out.json')}: cannot write (no such folder).`,
      ],
      [
        [
          'align',
          sample.source,
          sample.target,
          '--format',
          'tsv',
          '--output',
          path.join(missing, 'out.tsv'),
        ],
        `${path.join(missing, 'out.tsv')}: cannot write (no such folder).`,
      ],
      [
        ['align', sample.source, sample.target, '--output', directory],
        `${directory}: cannot write (it is a folder).`,
      ],
      [
        [
          'align',
          '--batch',
          file('pairs.tsv', `${sample.source}\t${sample.target}\n`),
          '--output-dir',
          path.join(aFile, 'out'),
        ],
        `${path.join(aFile, 'out')}: cannot write (a part of its path is a file, not a folder).`,
      ],
      [['list', '--db', aFile], `${aFile}: this is not a Setu corpus (not an SQLite database).`],
    ];
    for (const [args, message] of cases) {
      const result = setu(...args);
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(`setu ${args[0]}: ${message}`);
    }
    expect(existsSync(missing)).toBe(false);
  });
});

describe('setu serve', () => {
  it('refuses a port out of range, or taken, in one line', async () => {
    expect(setu('serve', '--port', '99999')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--port must be 0 (any free port) to 65535'),
    });
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const result = setu(
        'serve',
        '--port',
        String(port),
        '--db',
        path.join(directory, 's.sqlite'),
      );
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(
        `setu serve: cannot serve on port ${port} (another program is using it): choose another with --port, or --port 0 for any free one.`,
      );
    } finally {
      taken.close();
    }
  });
});

describe('setu align --batch', () => {
  it('writes one JSON per pair on worker threads and skips a failing pair', () => {
    const sample = sampleFiles();
    const list = file(
      'list.tsv',
      `${sample.source}\t${sample.target}\n${sample.source}\t${sample.target}\tagain\nmissing.bn.txt\tmissing.en.txt\tbroken\n`,
    );
    const output = path.join(directory, 'batch');
    const result = setu('align', '--batch', list, '--output-dir', output, '--jobs', '2');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /pair broken \(list line 3\) skipped: .*missing\.bn\.txt: cannot read/,
    );
    expect(result.stderr).toMatch(/1 of 3 pairs failed/);
    const first = JSON.parse(readFileSync(path.join(output, 'lavrov-pyongyang.json'), 'utf8')) as {
      beads: unknown[];
    };
    const second = JSON.parse(readFileSync(path.join(output, 'again.json'), 'utf8')) as {
      beads: unknown[];
    };
    expect(second).toEqual(first);
    expect(first.beads.length).toBeGreaterThan(10);
  });

  it('aligns the other way round with the languages given', () => {
    const sample = sampleFiles();
    const list = file('reversed.tsv', `${sample.target}\t${sample.source}\treversed\n`);
    const output = path.join(directory, 'reversed');
    const result = setu(
      'align',
      '--batch',
      list,
      '--output-dir',
      output,
      '--lang-source',
      'en',
      '--lang-target',
      'bn',
    );
    expect(result.code).toBe(0);
    const reversed = JSON.parse(readFileSync(path.join(output, 'reversed.json'), 'utf8')) as {
      source: { lang: string; sentences: { text: string }[] };
      target: { lang: string };
      beads: { source: number[]; target: number[] }[];
    };
    expect([reversed.source.lang, reversed.target.lang]).toEqual(['en', 'bn']);
    // English sentences on the source side: split by the English rules.
    expect(reversed.source.sentences[0]!.text).toMatch(/^Seoul, October 19/);
    expect(reversed.beads.flatMap((bead) => bead.source)).toEqual(
      reversed.source.sentences.map((_, index) => index),
    );
  });

  it('refuses the options of the other mode instead of ignoring them', () => {
    const sample = sampleFiles();
    const list = file('one.tsv', `${sample.source}\t${sample.target}\n`);
    const batch = setu('align', '--batch', list, '--output-dir', directory, '--format', 'tsv');
    expect(batch).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--batch writes JSON'),
    });
    const single = setu('align', sample.source, sample.target, '--jobs', '2');
    expect(single).toMatchObject({ code: 2, stderr: expect.stringContaining('are for --batch') });
    // No thread at all is not a number of threads (it ran on one).
    const none = setu('align', '--batch', list, '--output-dir', directory, '--jobs', '0');
    expect(none).toMatchObject({ code: 2, stderr: expect.stringContaining('1 or more') });
  });

  it('refuses a list line without a target, naming the line', () => {
    const list = file('bad-list.tsv', 'only-one-column.txt\n');
    expect(setu('align', '--batch', list, '--output-dir', path.join(directory, 'x'))).toMatchObject(
      {
        code: 1,
        stderr: expect.stringContaining('bad-list.tsv, line 1: expected SOURCE<TAB>TARGET'),
      },
    );
  });
});

describe('setu import-tmx / import-tsv', () => {
  const tmx = (units: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="bn-BD" adminlang="en" segtype="sentence" o-tmf="x" datatype="plaintext" creationtool="x" creationtoolversion="1"/><body>\n${units}</body></tmx>\n`;
  const unit = (bn: string, en: string) =>
    `<tu><tuv xml:lang="bn-BD"><seg>${bn}</seg></tuv><tuv xml:lang="en-US"><seg>${en}</seg></tuv></tu>\n`;

  it('imports UTF-16 TMX with a BOM and regional language codes', () => {
    const text = tmx(unit('ল্যাভরভ এলেন।', 'Lavrov came.') + unit('কিম বললেন।', 'Kim spoke.'));
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const database = path.join(directory, 'tmx.sqlite');
    const result = setu('import-tmx', file('memoq.tmx', utf16), '--db', database);
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining('2 units imported') });
    expect(setu('list', '--db', database).stdout).toMatch(/\tmemoq\t0\/2 confirmed/);
  });

  it('refuses a broken TMX in one line naming file and line, importing nothing', () => {
    const database = path.join(directory, 'broken.sqlite');
    const result = setu(
      'import-tmx',
      file('broken.tmx', tmx(unit('এক', 'One') + '<tu><tuv xml:lang="bn"><seg>দুই</seg>\n')),
      '--db',
      database,
    );
    expect(result.code).toBe(1);
    expect(
      result.stderr
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('setu')),
    ).toEqual([expect.stringMatching(/^setu import-tmx: .*broken\.tmx: line \d+: /)]);
    expect(setu('list', '--db', database).stdout).toBe('');
  });

  it('imports TSV rows', () => {
    const database = path.join(directory, 'tsv.sqlite');
    const rows =
      'bn\ten\tstatus\tscore\tnote\nএক।\tOne.\tconfirmed\t0.9\t\nদুই।\tTwo.\tauto\t\tcheck\n';
    expect(setu('import-tsv', file('rows.tsv', rows), '--db', database)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('2 units imported'),
    });
    expect(setu('list', '--db', database).stdout).toMatch(/\trows\t1\/2 confirmed/);
  });
});

describe('setu names and setu glossary', () => {
  it('prints mined pairs as JSON in the documented shape, and as TSV', () => {
    const sample = sampleFiles();
    const result = setu('names', sample.source, sample.target);
    expect(result.code).toBe(0);
    const pairs = JSON.parse(result.stdout) as {
      bn: string;
      en: string;
      variants: string[];
      count: number;
      score: number;
    }[];
    const lavrov = pairs.find((pair) => pair.en === 'Lavrov')!;
    expect(lavrov).toMatchObject({
      bn: expect.any(String),
      count: expect.any(Number),
      score: expect.any(Number),
    });
    expect([lavrov.bn, ...lavrov.variants]).toEqual(expect.arrayContaining(['ল্যাভরভ', 'লাভরভ']));
    const tsv = setu('names', sample.source, sample.target, '--format', 'tsv');
    expect(tsv.stdout.split('\n')[0]).toBe('bn\ten\tvariants\tcount\tscore');
    expect(tsv.stdout).toMatch(/\tLavrov\t/);
  });

  it('exports and imports the glossary as TSV', () => {
    const database = path.join(directory, 'glossary.sqlite');
    const sample = sampleFiles();
    const imported = setu('glossary', 'import', sample.glossary, '--db', database);
    expect(imported).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Imported \d+ glossary entries/),
    });
    const output = path.join(directory, 'glossary.tsv');
    expect(setu('glossary', 'export', output, '--db', database).code).toBe(0);
    const exported = readFileSync(output, 'utf8');
    expect(exported.split('\n')[0]).toBe('bn\ten\tvariants\tnote');
    expect(exported).toMatch(/^ল্যাভরভ\tLavrov\t.*লাভরভ/m);
  });
});

describe('setu align --presegmented on a long document', () => {
  // Line numbers were once found by re-splitting the text before every sentence: quadratic,
  // minutes for this file. They come from one pass now.
  it('maps 30,000 lines to their line numbers', { timeout: 60_000 }, () => {
    const lines = Array.from({ length: 30_000 }, (_, index) =>
      index % 1000 === 999 ? '' : `বাক্য নম্বর ${index}।`,
    );
    const english = Array.from({ length: 30_000 }, (_, index) =>
      index % 1000 === 999 ? '' : `Sentence number ${index}.`,
    );
    const output = path.join(directory, 'long.json');
    const result = setu(
      'align',
      '--presegmented',
      file('long.bn.txt', lines.join('\n')),
      file('long.en.txt', english.join('\n')),
      '--output',
      output,
    );
    expect(result.code, result.stderr).toBe(0);
    const alignment = JSON.parse(readFileSync(output, 'utf8')) as {
      beads: { source: number[]; target: number[] }[];
    };
    const sourceLines = alignment.beads.flatMap((bead) => bead.source);
    expect(sourceLines).toEqual(lines.flatMap((line, index) => (line ? [index] : [])));
    expect(alignment.beads.slice(0, 5)).toEqual(
      [0, 1, 2, 3, 4].map((index) => expect.objectContaining({ source: [index], target: [index] })),
    );
  });
});
