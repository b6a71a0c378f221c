import { describe, expect, it } from 'vitest';
import { compileGlossary, hintsFor } from '../../../corpus/common/names';
import type { NameHint } from '../../../corpus/common/names';
import { sampleBeads, sampleGlossary } from './corpus-files';

const glossary = compileGlossary(sampleGlossary());
const beads = sampleBeads();
const nfc = (text: string) => text.normalize('NFC');
const find = (hints: NameHint[], text: string) =>
  hints.find((hint) => nfc(hint.text) === nfc(text));

describe('hintsFor with the sample glossary', () => {
  it('marks every glossary name of a paragraph present, with UTF-16 spans on both sides', () => {
    const bead = beads[1]!;
    const hints = hintsFor(bead.source, bead.target, glossary);
    expect(hints.map((hint) => [hint.text, hint.english, hint.status, hint.origin])).toEqual([
      ['রাশিয়ার', 'Russia', 'present', 'glossary'],
      ['TASS', 'TASS', 'present', 'glossary'],
      ['কিমের', 'Kim', 'present', 'glossary'],
      ['ল্যাভরভের', 'Lavrov', 'present', 'glossary'],
    ]);
    for (const hint of hints) {
      expect(bead.source.slice(hint.start, hint.end)).toBe(hint.text);
      expect(bead.target.slice(hint.target!.start, hint.target!.end)).toBe(hint.target!.text);
    }
    expect(find(hints, 'ল্যাভরভের')!.target!.text).toBe('Lavrov');
  });

  it('reports a different spelling of a glossary name as a variant (Lavrow for Lavrov)', () => {
    const bead = beads[1]!;
    const hints = hintsFor(bead.source, bead.target.replace('Lavrov', 'Lavrow'), glossary);
    expect(find(hints, 'ল্যাভরভের')).toMatchObject({
      english: 'Lavrov',
      status: 'variant',
      target: { text: 'Lavrow' },
    });
  });

  it('reports a glossary name the English lacks as missing', () => {
    const bead = beads[9]!;
    const hints = hintsFor(bead.source, bead.target.replace('Lavrov said', 'He said'), glossary);
    expect(find(hints, 'ল্যাভরভ')).toMatchObject({
      english: 'Lavrov',
      status: 'missing',
      origin: 'glossary',
    });
    expect(find(hints, 'ল্যাভরভ')!.target).toBeUndefined();
  });

  it('does not call a repeated mention missing when the English names it once (DPRK twice in the Bengali)', () => {
    const bead = beads[5]!;
    const hints = hintsFor(bead.source, bead.target, glossary);
    expect(hints.filter((hint) => hint.text.startsWith('DPRK')).map((hint) => hint.status)).toEqual(
      ['present', 'present'],
    );
  });

  it('matches a glossary form whatever the nukta encoding of য়', () => {
    const bead = beads[0]!;
    const precomposed = bead.source.replaceAll('\u09AF\u09BC', '\u09DF');
    expect(precomposed).not.toBe(bead.source);
    const hints = hintsFor(precomposed, bead.target, glossary);
    expect(hints.find((hint) => hint.english === 'North Korea')?.status).toBe('present');
    expect(hints.every((hint) => precomposed.slice(hint.start, hint.end) === hint.text)).toBe(true);
  });

  it('accepts the other spellings the bilingual lists know for a glossary name (US for United States)', () => {
    const terms = compileGlossary([
      { source: 'মার্কিন যুক্তরাষ্ট্র', target: 'United States', variants: [] },
    ]);
    const hints = hintsFor(
      'মার্কিন যুক্তরাষ্ট্র এবং দক্ষিণ কোরিয়া উদ্বেগ প্রকাশ করেছে।',
      'The US and South Korea voiced concern.',
      terms,
    );
    expect(hints[0]).toMatchObject({
      english: 'United States',
      status: 'present',
      target: { text: 'US' },
    });
  });

  it('accepts a plural or lower-case use of a glossary name (Muppet, muppets)', () => {
    const terms = compileGlossary([{ source: 'মাপেট', target: 'Muppet', variants: [] }]);
    const hints = hintsFor(
      'ওয়েলশ অ্যাসেম্বলি সদস্যর নিজেদেরা ‘মাপেটের মত’ লাগা নিয়ে চিন্তিত',
      "Welsh AMs worried about 'looking like muppets'",
      terms,
    );
    expect(find(hints, 'মাপেটের')).toMatchObject({
      status: 'present',
      target: { text: 'muppets' },
    });
  });
});

describe('hintsFor without a glossary', () => {
  it('gives the matched English for names found by pairing', () => {
    const bead = beads[18]!;
    const hints = hintsFor(bead.source, bead.target);
    expect(find(hints, 'দিমিত্রি পেসকভ')).toMatchObject({
      english: 'Dmitry Peskov',
      status: 'present',
      origin: 'phonetic',
    });
    expect(find(hints, 'ক্রেমলিনের')).toMatchObject({ english: 'Kremlin', status: 'present' });
  });

  it('reports a Latin token the English lacks as missing', () => {
    const bead = beads[14]!;
    const hints = hintsFor(bead.source, bead.target.replace('TASS ', ''));
    expect(find(hints, 'TASS')).toMatchObject({
      english: 'TASS',
      status: 'missing',
      origin: 'latin',
    });
  });

  it('reports a listed country the English lacks as missing, but not a language name that is also a word', () => {
    const bead = beads[9]!;
    const hints = hintsFor(bead.source, bead.target.replace(', China', ''));
    expect(find(hints, 'চীন')).toMatchObject({
      english: 'China',
      status: 'missing',
      origin: 'translated',
    });
    // শোনা is Shona in CLDR's languages, and "to hear" in Bengali.
    const hearing = hintsFor('আমি তার কথা শোনা বন্ধ করেছি।', 'I stopped listening to him.');
    expect(hearing).toEqual([]);
  });
});
