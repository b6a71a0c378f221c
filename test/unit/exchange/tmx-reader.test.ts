import { describe, expect, it } from 'vitest';
import type { TmxUnit } from '../../../corpus/common/exchange';
import { ExchangeError, createTmxReader, readTmx, writeTmx } from '../../../corpus/common/exchange';
import { sampleBeads } from './sample-beads';

const header =
  '<header creationtool="Test" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="bn" datatype="plaintext"/>';

function document(body: string, version = '1.4', head = header): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="${version}">\n${head}\n<body>\n${body}\n</body>\n</tmx>\n`;
}

function pairs(units: TmxUnit[]): [string, string][] {
  return units.map((unit) => [unit.source, unit.target]);
}

/** The ExchangeError the call throws, so a test can check both its message and its line. */
function errorOf(call: () => unknown): ExchangeError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(ExchangeError);
    return error as ExchangeError;
  }
  throw new Error('expected an ExchangeError, but nothing was thrown');
}

describe('TMX reader', () => {
  it('round-trips the sample article written by the TMX writer', () => {
    const beads = sampleBeads();
    const text = [...writeTmx(beads, { creationToolVersion: '0.1.0' })].join('');
    const { header: read, units, summary } = readTmx(text);
    expect(read.srclang).toBe('bn');
    expect(read.attributes['creationtool']).toBe('Setu');
    expect(pairs(units)).toEqual(beads.map((bead) => [bead.source, bead.target]));
    expect(summary).toEqual({
      version: '1.4',
      translationUnits: 22,
      units: 22,
      skipped: 0,
      languages: ['bn', 'en'],
    });
  });

  it('gives the same units whatever the chunk size, even one character at a time', () => {
    const text = [...writeTmx(sampleBeads().slice(0, 4), { creationToolVersion: '0.1.0' })].join(
      '',
    );
    const whole = readTmx(text).units;
    const pieces: TmxUnit[] = [];
    const reader = createTmxReader({ onUnit: (unit) => pieces.push(unit) });
    for (const character of text) reader.write(character);
    reader.close();
    expect(pieces).toEqual(whole);
  });

  it('reads TMX 1.1 with legacy lang, matching languages case-insensitively with _ as -', () => {
    const text = document(
      '<tu><tuv lang="BN_bd"><seg>পরিচিতি বেড়েছে</seg></tuv><tuv lang="EN-US"><seg>Growing ties</seg></tuv></tu>',
      '1.1',
    );
    const [unit] = readTmx(text).units;
    expect(unit).toMatchObject({
      source: 'পরিচিতি বেড়েছে',
      target: 'Growing ties',
      sourceLang: 'BN_bd',
      targetLang: 'EN-US',
    });
  });

  it('reads every version from 1.1 to 1.4b and refuses others, naming the line', () => {
    for (const version of ['1.1', '1.2', '1.3', '1.4', '1.4a', '1.4b']) {
      expect(
        readTmx(
          document(
            '<tu><tuv xml:lang="bn"><seg>ক</seg></tuv><tuv xml:lang="en"><seg>k</seg></tuv></tu>',
            version,
          ),
        ).summary.version,
      ).toBe(version);
    }
    const error = errorOf(() => readTmx(document('', '2.0')));
    expect(error.message).toBe(
      'line 2: TMX version "2.0" is not one Setu reads (1.1, 1.2, 1.3, 1.4, 1.4a, 1.4b).',
    );
    expect(error.line).toBe(2);
    expect(errorOf(() => readTmx('<tmx>\n<header srclang="bn"/></tmx>')).message).toMatch(
      /^line 1: <tmx> has no version/,
    );
  });

  it('picks the asked languages out of a unit with more than two variants', () => {
    const text = document(
      '<tu>' +
        '<tuv xml:lang="fr"><seg>Bonjour</seg></tuv>' +
        '<tuv xml:lang="en-GB"><seg>Hello</seg></tuv>' +
        '<tuv xml:lang="bn-IN"><seg>নমস্কার</seg></tuv>' +
        '<tuv xml:lang="bn-BD"><seg>শুভেচ্ছা</seg></tuv>' +
        '<tuv xml:lang="en-US"><seg>Greetings</seg></tuv>' +
        '</tu>',
    );
    expect(pairs(readTmx(text).units)).toEqual([['নমস্কার', 'Hello']]);
    expect(pairs(readTmx(text, { sourceLang: 'bn-BD', targetLang: 'en-us' }).units)).toEqual([
      ['শুভেচ্ছা', 'Greetings'],
    ]);
    expect(pairs(readTmx(text, { sourceLang: 'fr', targetLang: 'bn_bd' }).units)).toEqual([
      ['Bonjour', 'শুভেচ্ছা'],
    ]);
  });

  it('skips units lacking a language unless asked to keep them, and says so', () => {
    const text = document(
      '<tu><tuv xml:lang="bn"><seg>শুধু বাংলা</seg></tuv></tu>\n' +
        '<tu><tuv xml:lang="bn"><seg>দুটোই</seg></tuv><tuv xml:lang="en"><seg>Both</seg></tuv></tu>\n' +
        '<tu><tuv xml:lang="en"><seg>English only</seg></tuv><tuv xml:lang="bn"><seg> </seg></tuv></tu>',
    );
    const strict = readTmx(text);
    expect(pairs(strict.units)).toEqual([['দুটোই', 'Both']]);
    expect(strict.summary).toMatchObject({ translationUnits: 3, units: 1, skipped: 2 });
    expect(pairs(readTmx(text, { keepUnpaired: true }).units)).toEqual([
      ['শুধু বাংলা', ''],
      ['দুটোই', 'Both'],
      ['', 'English only'],
    ]);
  });

  it('refuses a file where no unit has both languages, listing the languages it has', () => {
    const text = document(
      '<tu><tuv xml:lang="fr"><seg>Oui</seg></tuv><tuv xml:lang="de"><seg>Ja</seg></tuv></tu>',
    );
    expect(errorOf(() => readTmx(text)).message).toBe(
      'none of the 1 units has both bn and en (languages in the file: fr, de); nothing was read.',
    );
  });

  it('keeps inline codes as text, or strips them by option; hi content stays either way', () => {
    const text = document(
      '<tu><tuv xml:lang="bn"><seg>ল্যাভরভ <bpt i="1" x="1">&lt;b&gt;</bpt>বলেন<ept i="1">&lt;/b&gt;</ept> <ph x="2">{1}</ph> <hi type="name">কিম</hi><it pos="begin">&lt;i&gt;</it></seg></tuv>' +
        '<tuv xml:lang="en"><seg>Lavrov <bpt i="1">&lt;b&gt;<sub>alt</sub></bpt>said<ept i="1">&lt;/b&gt;</ept> <ut>\\par</ut> <hi>Kim</hi></seg></tuv></tu>',
    );
    expect(pairs(readTmx(text).units)).toEqual([
      ['ল্যাভরভ <b>বলেন</b> {1} কিম<i>', 'Lavrov <b>altsaid</b> \\par Kim'],
    ]);
    expect(pairs(readTmx(text, { inlineTags: 'strip' }).units)).toEqual([
      ['ল্যাভরভ বলেন কিম', 'Lavrov said Kim'],
    ]);
  });

  it('maps Setu props, note, tuid and segtype, and keeps every prop', () => {
    const text = document(
      '<tu tuid="7" segtype="paragraph"><note>first</note><note>second</note>' +
        '<prop type="x-document">doc</prop><prop type="x-status">flagged</prop><prop type="x-score">0.25</prop><prop type="x-other">kept</prop>' +
        '<tuv xml:lang="bn"><prop type="x-ignored">v</prop><seg>ক</seg></tuv><tuv xml:lang="en"><seg>k</seg></tuv></tu>',
    );
    const [unit] = readTmx(text).units;
    expect(unit).toMatchObject({
      id: '7',
      kind: 'paragraph',
      note: 'first\nsecond',
      document: 'doc',
      status: 'flagged',
      score: 0.25,
    });
    expect(unit!.properties.map((property) => property.type)).toEqual([
      'x-document',
      'x-status',
      'x-score',
      'x-other',
    ]);
    expect(
      errorOf(() =>
        readTmx(
          document(
            '<tu>\n<prop type="x-score">high</prop><tuv xml:lang="bn"><seg>ক</seg></tuv><tuv xml:lang="en"><seg>k</seg></tuv></tu>',
          ),
        ),
      ).message,
    ).toBe('line 5: <tu> from line 5 has x-score "high", which is not a number.');
  });

  it('never expands an entity declared in the DOCTYPE: no external file, no entity bomb', () => {
    const external =
      '<?xml version="1.0"?>\n<!DOCTYPE tmx [\n  <!ENTITY secret SYSTEM "file:///etc/hostname">\n]>\n' +
      '<tmx version="1.4">\n' +
      header +
      '\n<body>\n<tu><tuv xml:lang="bn"><seg>&secret;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu>\n</body>\n</tmx>\n';
    const error = errorOf(() => readTmx(external));
    expect(error.message).toMatch(
      /^line 8: reference to an entity declared in the DOCTYPE; Setu never expands DTD entities/,
    );

    const laughs = ['<!ENTITY lol "lol">'];
    for (let level = 1; level <= 9; level += 1) {
      laughs.push(`<!ENTITY lol${level} "${`&lol${level === 1 ? '' : level - 1};`.repeat(10)}">`);
    }
    const bomb =
      `<?xml version="1.0"?>\n<!DOCTYPE tmx [\n${laughs.join('\n')}\n]>\n<tmx version="1.4">\n${header}\n<body>\n` +
      '<tu><tuv xml:lang="bn"><seg>&lol9;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu>\n</body>\n</tmx>\n';
    const started = performance.now();
    expect(errorOf(() => readTmx(bomb)).message).toMatch(
      /^line 17: reference to an entity declared in the DOCTYPE/,
    );
    expect(performance.now() - started).toBeLessThan(1000);

    // A DOCTYPE alone (OmegaT writes one) is fine, and so are declared entities nobody uses.
    const harmless =
      '<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd" [ <!ENTITY unused "never"> ]>\n<tmx version="1.4">\n' +
      header +
      '\n<body><tu><tuv xml:lang="bn"><seg>&amp;&#x995;&#2453;</seg></tuv><tuv xml:lang="en"><seg>&lt;k&gt;</seg></tuv></tu></body></tmx>';
    expect(pairs(readTmx(harmless).units)).toEqual([['&কক', '<k>']]);
  });

  it('names the line and the problem for a broken file', () => {
    const cases: [string, string][] = [
      [
        document('<tu>\n<tuv xml:lang="bn"><seg>ক</seg></tuv>\n'),
        'line 8: <tu> opened on line 5 is not closed before this closing tag.',
      ],
      [
        '<?xml version="1.0"?>\n<tmx version="1.4">\n' +
          header +
          '\n<body>\n<tu>\n<tuv xml:lang="bn"><seg>ক',
        'line 6: the file ends inside <seg>, opened on line 6.',
      ],
      [
        document('<tu><tuv xml:lang="bn"><seg>ক</seg></tuv>\n<tuv><seg>k</seg></tuv></tu>'),
        'line 6: <tuv> has no xml:lang (or lang) attribute.',
      ],
      [document('<tu><tuv xml:lang="bn"></tuv></tu>'), 'line 5: <tuv> from line 5 has no <seg>.'],
      [
        document('<tu><tuv xml:lang="bn"><seg>ক<b>খ</b></seg></tuv></tu>'),
        'line 5: <b> is not a TMX inline element',
      ],
      [
        document('', '1.4', '<header creationtool="x" segtype="sentence">'),
        'line 3: <header> has no srclang attribute',
      ],
      [
        document('<tu><tuv xml:lang="bn"><seg>ক\u0001</seg></tuv></tu>'),
        'line 5: control character U+0001, which XML 1.0 does not allow.',
      ],
      [
        document('<tu><tuv xml:lang="bn"><seg>&#1;</seg></tuv></tu>'),
        'line 5: a character reference to a character XML 1.0 does not allow',
      ],
      [
        '<?xml version="1.0"?>\n<xliff version="1.2"/>',
        'line 2: the root element is <xliff>, not <tmx>',
      ],
      [
        '<?xml version="1.0"?>\n<tmx version="1.4">\n<body>',
        'line 3: <body> comes before any <header>',
      ],
      [
        '<tmx version="1.4"><header srclang="bn"/></tmx>\n<tmx/>',
        'line 2: not well-formed XML: documents may contain only one root.',
      ],
      ['', 'line 1: the file holds no XML element.'],
    ];
    for (const [text, message] of cases) {
      expect(errorOf(() => readTmx(text)).message).toContain(message);
    }
  });

  it('reports the line a control character is on across chunks', () => {
    const reader = createTmxReader({ onUnit: () => undefined });
    reader.write('<?xml version="1.0"?>\n<tmx version="1.4">\n' + header + '\n');
    const error = errorOf(() =>
      reader.write('<body>\n<tu>\n<tuv xml:lang="bn"><seg>\u001b[31m</seg>'),
    );
    expect(error.message).toMatch(/^line 6: control character U\+001B/);
    expect(error.line).toBe(6);
  });
});
