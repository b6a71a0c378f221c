import { describe, expect, it } from 'vitest';
import { excludeRejected, mineNamePairs } from '../../../corpus/common/names';
import type { MinedNamePair } from '../../../corpus/common/names';
import { ntrexDocuments, sampleBeads, sampleGlossary } from './corpus-files';

const nfc = (text: string) => text.normalize('NFC');
const englishKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^a-z0-9]/g, '');

/** Mined pairs that agree with the hand-written sample glossary (same English, a shared Bengali form). */
function scoreAgainstSampleGlossary(mined: readonly MinedNamePair[]) {
  const glossary = sampleGlossary().map((term) => ({
    ...term,
    forms: [term.source, ...term.variants].map(nfc),
  }));
  const matchedTerms = new Set<number>();
  const wrong: MinedNamePair[] = [];
  for (const pair of mined) {
    const index = glossary.findIndex(
      (term) =>
        englishKey(term.target) === englishKey(pair.en) &&
        [pair.bn, ...pair.variants].some((form) => term.forms.includes(nfc(form))),
    );
    if (index < 0) wrong.push(pair);
    else matchedTerms.add(index);
  }
  const forms = glossary.flatMap((term) =>
    term.forms.map((form) => ({ form, english: term.target })),
  );
  const coveredForms = forms.filter(({ form, english }) =>
    mined.some(
      (pair) =>
        englishKey(pair.en) === englishKey(english) &&
        [pair.bn, ...pair.variants].map(nfc).includes(form),
    ),
  );
  return {
    precision: (mined.length - wrong.length) / mined.length,
    recall: matchedTerms.size / glossary.length,
    formRecall: coveredForms.length / forms.length,
    wrong,
  };
}

describe('mineNamePairs on the sample article', () => {
  const mined = mineNamePairs(sampleBeads());

  it('proposes the hand-written glossary: precision and recall at least 0.95, variant and inflected forms included', () => {
    const score = scoreAgainstSampleGlossary(mined);
    console.log(
      `sample article: ${mined.length} pairs mined; precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} of ${sampleGlossary().length} glossary names, ${score.formRecall.toFixed(3)} of their forms`,
    );
    expect(score.wrong).toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.formRecall).toBeGreaterThanOrEqual(0.95);
  });

  it('clusters the spellings and inflections of Lavrov into one proposal, in the CLI’s JSON shape', () => {
    const lavrov = mined.find((pair) => pair.en === 'Lavrov');
    expect(Object.keys(lavrov!).sort()).toEqual(['bn', 'count', 'en', 'score', 'variants']);
    expect([lavrov!.bn, ...lavrov!.variants].map(nfc).sort()).toEqual(
      ['লাভরভ', 'লাভরভের', 'ল্যাভরভ', 'ল্যাভরভের'].map(nfc).sort(),
    );
    // 12 mentions, one of them inside "সের্গেই ল্যাভরভ", which is its own entry.
    expect(lavrov!.count).toBe(11);
    expect(lavrov!.score).toBeGreaterThan(0.9);
    expect(lavrov!.score).toBeLessThanOrEqual(1);
    expect(mined.find((pair) => pair.en === 'Sergei Lavrov')?.count).toBe(1);
  });

  it('sorts by count, then score', () => {
    for (let index = 1; index < mined.length; index++) {
      const previous = mined[index - 1]!;
      const current = mined[index]!;
      expect(
        previous.count > current.count ||
          (previous.count === current.count && previous.score >= current.score),
      ).toBe(true);
    }
    expect(mined[0]).toMatchObject({ bn: nfc('রাশিয়া'), en: 'Russia' });
  });

  it('leaves out codes written the same in both scripts (B-52)', () => {
    expect(mined.some((pair) => pair.en === 'B-52')).toBe(false);
    expect(mined.some((pair) => pair.en === 'TASS')).toBe(true);
  });
});

describe('mineNamePairs: glossary bookkeeping', () => {
  it('does not count the occurrences of a rejected pair', () => {
    const mined = mineNamePairs(sampleBeads(), {
      rejected: [{ source: 'লাভরভ', target: 'Lavrov' }],
    });
    const lavrov = mined.find((pair) => pair.en === 'Lavrov')!;
    expect([lavrov.bn, ...lavrov.variants].map(nfc)).not.toContain(nfc('লাভরভ'));
    // Rejecting the base form also rejects its inflections (লাভরভের).
    expect([lavrov.bn, ...lavrov.variants].map(nfc)).not.toContain(nfc('লাভরভের'));
    expect(lavrov.count).toBe(5);
    const withoutRussia = mineNamePairs(sampleBeads(), {
      rejected: [{ source: 'রাশিয়া', target: 'Russia' }],
    });
    expect(withoutRussia.some((pair) => pair.en === 'Russia')).toBe(false);
  });

  it('proposes only the new spellings of a name already in the glossary, and nothing for one fully known', () => {
    const known = [
      { source: 'ল্যাভরভ', target: 'Lavrov', variants: [] },
      { source: 'রাশিয়া', target: 'Russia', variants: [] },
    ];
    const mined = mineNamePairs(sampleBeads(), { known });
    const lavrov = mined.find((pair) => pair.en === 'Lavrov')!;
    expect(nfc(lavrov.bn)).toBe(nfc('ল্যাভরভ'));
    expect(lavrov.variants.map(nfc).sort()).toEqual(['লাভরভ', 'লাভরভের'].map(nfc).sort());
    expect(lavrov.count).toBe(6);
    // রাশিয়ার, রাশিয়ায়, রাশিয়াকে are inflections of the known রাশিয়া.
    expect(mined.some((pair) => pair.en === 'Russia')).toBe(false);
  });

  it('excludeRejected drops rejected forms from glossary entries, and entries left with none', () => {
    const glossary = sampleGlossary();
    const kept = excludeRejected(glossary, [
      { source: 'ল্যাভরভ', target: 'Lavrov' },
      { source: 'সিউল', target: 'Seoul' },
    ]);
    expect(kept.some((term) => term.target === 'Seoul')).toBe(false);
    const lavrov = kept.find((term) => term.target === 'Lavrov')!;
    // ল্যাভরভ and its inflection ল্যাভরভের are gone; লাভরভ takes the source's place.
    expect(lavrov.source).toBe('লাভরভ');
    expect(lavrov.variants).toEqual(['লাভরভের']);
    expect(kept).toHaveLength(glossary.length - 1);
  });
});

describe('mineNamePairs on NTREX-128 documents (CC BY-SA 4.0)', () => {
  const documents = new Map(ntrexDocuments().map((document) => [document.name, document.beads]));

  it('splits names that only happen to stand together (West Virginia Republican Senate)', () => {
    const mined = mineNamePairs(documents.get('ntrex045_newsweek.51310')!);
    const english = mined.map((pair) => pair.en);
    expect(english).not.toContain('West Virginia Republican Senate');
    expect(english).toEqual(
      expect.arrayContaining(['West Virginia', 'Republicans', 'Senate', 'Trump']),
    );
    // Singular and plural are one proposal.
    expect(english).not.toContain('Republican');
  });

  it('learns from the corpus which Bengali words are ordinary, and which readings are stray', () => {
    const mined = mineNamePairs([...documents.values()].flat());
    const english = (bengali: string) =>
      mined.filter((pair) => pair.bn === bengali.normalize('NFC')).map((pair) => pair.en);
    // পাম্প (pump) occurs 17 times and is a name only inside "Elvie Pump".
    expect(english('পাম্প')).toEqual([]);
    expect(english('এলভি পাম্প')).toEqual(['Elvie Pump']);
    // ওয়েলশ is Welsh eight times; the one time the English said Wales is not a glossary pair.
    expect(english('ওয়েলশ')).toEqual(['Welsh']);
    // A name seen once on its own stays (প্লাসকো = Plasco, মে = May).
    expect(english('প্লাসকো')).toEqual(['Plasco']);
    expect(english('মে')).toEqual(['May']);
  });

  it('learns from the corpus that a sentence-initial capital is an ordinary word (Software, software)', () => {
    const beads = documents.get('ntrex075_rt.com.91350')!;
    const mined = mineNamePairs(beads);
    expect(mined.some((pair) => pair.en === 'Software')).toBe(false);
    expect(mined.find((pair) => pair.en === 'Baden-Wuerttemberg')?.count).toBeGreaterThanOrEqual(3);
  });
});
