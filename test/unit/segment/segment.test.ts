import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countSentences,
  glue,
  isParagraphEnd,
  segment,
  segmentLines,
  weakBreaks,
} from '../../../corpus/common/segment';

const sharedRoot = path.resolve(import.meta.dirname, '../../../..', 'shared');
const texts = (text: string, lang: string) =>
  segment(text, lang).sentences.map((sentence) => sentence.text);

describe('segment: Bengali', () => {
  it('splits at danda, double danda, U+09F7 and a spaced bar', () => {
    expect(texts('তিনি এলেন। তারা গেল॥ আমরা থাকলাম৷ সে বসল | শেষ হল', 'bn')).toEqual([
      'তিনি এলেন।',
      'তারা গেল॥',
      'আমরা থাকলাম৷',
      'সে বসল |',
      'শেষ হল',
    ]);
  });

  it('splits after a danda with no space after it', () => {
    expect(texts('প্রথম বাক্য।দ্বিতীয় বাক্য।', 'bn')).toEqual(['প্রথম বাক্য।', 'দ্বিতীয় বাক্য।']);
  });

  it('does not split after honorific abbreviations and initials', () => {
    expect(
      texts(
        'ডা. মো. আব্দুল করিম এবং এ. কে. ফজলুল হক সভায় ছিলেন। মোসা. রহিমা খ্রি. ১৯৭১ সালে জন্মান।',
        'bn',
      ),
    ).toEqual([
      'ডা. মো. আব্দুল করিম এবং এ. কে. ফজলুল হক সভায় ছিলেন।',
      'মোসা. রহিমা খ্রি. ১৯৭১ সালে জন্মান।',
    ]);
  });

  it('does not end a sentence at the number of a list item', () => {
    expect(texts('১. প্রথম বিষয় শিক্ষা। ২. দ্বিতীয় বিষয় স্বাস্থ্য।\n3. তৃতীয় বিষয় কৃষি।', 'bn')).toEqual([
      '১. প্রথম বিষয় শিক্ষা।',
      '২. দ্বিতীয় বিষয় স্বাস্থ্য।',
      '3. তৃতীয় বিষয় কৃষি।',
    ]);
  });

  it('keeps decimals of either digit set and Latin abbreviations inside Bengali', () => {
    expect(
      texts(
        'দাম ৩.৫০ টাকা থেকে 3.5 ডলার হয়েছে। U.S. সরকার এবং এফ.বি.আই. তদন্ত করছে। রো ভি. ওয়েড মামলা।',
        'bn',
      ),
    ).toEqual([
      'দাম ৩.৫০ টাকা থেকে 3.5 ডলার হয়েছে।',
      'U.S. সরকার এবং এফ.বি.আই. তদন্ত করছে।',
      'রো ভি. ওয়েড মামলা।',
    ]);
  });

  it('keeps closing quotes with the sentence they end, also after a space', () => {
    expect(
      texts('তিনি বলেন, “আমরা প্রস্তুত।” তারপর চলে যান। সে জানায়, "এটি শেষ হয়েছে।" পরের দিন', 'bn'),
    ).toEqual([
      'তিনি বলেন, “আমরা প্রস্তুত।”',
      'তারপর চলে যান।',
      'সে জানায়, "এটি শেষ হয়েছে।"',
      'পরের দিন',
    ]);
    expect(texts('তারা বলেছে যে এটি ভালো হবে। " পরের বাক্য এখানে।', 'bn')).toEqual([
      'তারা বলেছে যে এটি ভালো হবে। "',
      'পরের বাক্য এখানে।',
    ]);
  });

  it('splits after question and exclamation marks', () => {
    expect(texts('আপনি কি আসবেন? অবশ্যই! চলুন।', 'bn')).toEqual(['আপনি কি আসবেন?', 'অবশ্যই!', 'চলুন।']);
  });

  it('ends a headline without punctuation at the line break', () => {
    const segmentation = segment(
      'ওয়েলশ সদস্যরা চিন্তিত\n\nবেশ কয়েকজন সদস্য আতঙ্কিত। তারা কথা বলেছেন।\n',
      'bn',
    );
    expect(segmentation.sentences.map((sentence) => sentence.text)).toEqual([
      'ওয়েলশ সদস্যরা চিন্তিত',
      'বেশ কয়েকজন সদস্য আতঙ্কিত।',
      'তারা কথা বলেছেন।',
    ]);
    expect(segmentation.sentences.map(isParagraphEnd)).toEqual([true, false, true]);
  });

  it('treats BCP-47 Bengali tags as Bengali', () => {
    expect(texts('এক। দুই৷ তিন', 'bn-BD')).toHaveLength(3);
    expect(texts('এক৷ দুই', 'en')).toHaveLength(1);
  });
});

describe('segment: English', () => {
  it('does not split after titles, initials and Latin abbreviations', () => {
    expect(
      texts(
        'Mr. Smith met Dr. J. K. Rowling in Washington, D.C. on Monday. Gen. Lee, i.e. the commander, left. She paid $3.5 million.',
        'en',
      ),
    ).toEqual([
      'Mr. Smith met Dr. J. K. Rowling in Washington, D.C. on Monday.',
      'Gen. Lee, i.e. the commander, left.',
      'She paid $3.5 million.',
    ]);
  });

  it('splits after an ambiguous abbreviation only when a sentence plainly starts', () => {
    expect(
      texts(
        'They moved to the U.S. The company, Acme Inc. grew. U.S. President Trump spoke.',
        'en',
      ),
    ).toEqual([
      'They moved to the U.S.',
      'The company, Acme Inc. grew.',
      'U.S. President Trump spoke.',
    ]);
  });

  it('keeps Bangladeshi name abbreviations with the name, and Md. (Maryland) ends a sentence', () => {
    expect(
      texts(
        'Md. Abdul Hamid and Mst. Rahima Begum met Mohd. Ali. He lives in Baltimore, Md. The city is old.',
        'en',
      ),
    ).toEqual([
      'Md. Abdul Hamid and Mst. Rahima Begum met Mohd. Ali.',
      'He lives in Baltimore, Md.',
      'The city is old.',
    ]);
  });

  it('keeps "No." and months with the number that follows, and ends a month at a sentence end', () => {
    expect(
      texts(
        'No. 5 won on Jan. 20 this year. The airport stays closed until Oct. President Widodo will visit.',
        'en',
      ),
    ).toEqual([
      'No. 5 won on Jan. 20 this year.',
      'The airport stays closed until Oct.',
      'President Widodo will visit.',
    ]);
  });

  it('keeps a quoted question with its speech tag and splits before a capital', () => {
    expect(
      texts('"Why?" he asked. "Now!" They ran. Wait... then go. It ended... The end.', 'en'),
    ).toEqual([
      '"Why?" he asked.',
      '"Now!"',
      'They ran.',
      'Wait... then go.',
      'It ended...',
      'The end.',
    ]);
  });

  it('does not treat a bar between Latin words as a danda', () => {
    expect(texts('Home | News | Sport', 'en')).toEqual(['Home | News | Sport']);
  });
});

describe('segmentation records the text around sentences exactly', () => {
  it('keeps offsets, leading and trailing whitespace', () => {
    const text = '  \r\nপ্রথম।  দ্বিতীয়?\r\n\r\n  তৃতীয়  ';
    const segmentation = segment(text, 'bn');
    expect(segmentation.leading).toBe('  \r\n');
    expect(segmentation.sentences.map((sentence) => [sentence.text, sentence.trailing])).toEqual([
      ['প্রথম।', '  '],
      ['দ্বিতীয়?', '\r\n\r\n  '],
      ['তৃতীয়', '  '],
    ]);
    for (const sentence of segmentation.sentences)
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(glue(segmentation)).toBe(text);
  });

  it('handles empty and blank text', () => {
    expect(segment('', 'bn')).toEqual({ leading: '', sentences: [] });
    expect(segment(' \n\t ', 'en')).toEqual({ leading: ' \n\t ', sentences: [] });
    expect(glue(segment(' \n\t ', 'en'))).toBe(' \n\t ');
  });

  it('segmentLines: every non-empty line is a sentence, whatever the line ending', () => {
    const text = 'এক। দুই।\r\nতিন\rচার\n\n  পাঁচ  \n';
    const segmentation = segmentLines(text);
    expect(segmentation.sentences.map((sentence) => sentence.text)).toEqual([
      'এক। দুই।',
      'তিন',
      'চার',
      'পাঁচ',
    ]);
    expect(segmentation.sentences.every(isParagraphEnd)).toBe(true);
    expect(glue(segmentation)).toBe(text);
  });

  it('round-trips random mixtures of Bengali, English, terminators and whitespace', () => {
    const pieces = [
      'ডা.',
      'মো.',
      'কথা',
      '।',
      '৷',
      ' | ',
      '?',
      '!',
      '.',
      '...',
      '“',
      '”',
      '"',
      ' ',
      '  ',
      '\n',
      '\r\n',
      '\r',
      'U.S.',
      '3.5',
      '৩.৫০',
      'Mr.',
      'The',
      'end',
      '\t',
      '\u00a0',
      '\u200d',
    ];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let trial = 0; trial < 300; trial++) {
      let text = '';
      const length = Math.floor(random() * 40);
      for (let piece = 0; piece < length; piece++)
        text += pieces[Math.floor(random() * pieces.length)];
      for (const lang of ['bn', 'en']) {
        const segmentation = segment(text, lang);
        expect(glue(segmentation)).toBe(text);
        for (const sentence of segmentation.sentences) {
          expect(sentence.text).toBe(text.slice(sentence.start, sentence.end));
          expect(sentence.text).toBe(sentence.text.trim());
          expect(sentence.text.length).toBeGreaterThan(0);
          expect(sentence.trailing.trim()).toBe('');
        }
      }
    }
  });
});

describe('segmentation of real documents (../shared)', () => {
  it('glues the seed article back exactly and splits it into sentences', () => {
    const text = readFileSync(path.join(sharedRoot, 'seed', '000_25ec85ee37a20a74.txt'), 'utf8');
    const segmentation = segment(text, 'bn');
    expect(glue(segmentation)).toBe(text);
    const lines = text.split('\n').filter((line) => line.trim()).length;
    expect(segmentation.sentences.length).toBeGreaterThanOrEqual(lines);
    expect(
      segmentation.sentences.every(
        (sentence) => sentence.text === text.slice(sentence.start, sentence.end),
      ),
    ).toBe(true);
  });

  it('glues every raw development document back exactly, both languages', () => {
    const directory = path.join(sharedRoot, 'data', 'raw', 'ntrex-dev');
    const files = readdirSync(directory).filter((name) => name.endsWith('.raw.txt'));
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const text = readFileSync(path.join(directory, file), 'utf8');
      const segmentation = segment(text, file.includes('.bn.') ? 'bn' : 'en');
      expect(glue(segmentation)).toBe(text);
    }
  });

  it('rarely puts one sentence across two gold segments of the development set', () => {
    const directory = path.join(sharedRoot, 'data', 'raw', 'ntrex-dev');
    let sentences = 0;
    let straddling = 0;
    for (const file of readdirSync(directory).filter((name) => name.endsWith('.gold.json'))) {
      const document = file.slice(0, -'.gold.json'.length);
      const gold = JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as Record<
        'bn' | 'en',
        { segments: Array<[number, number]> }
      >;
      for (const lang of ['bn', 'en'] as const) {
        const text = readFileSync(path.join(directory, `${document}.${lang}.raw.txt`), 'utf8');
        for (const sentence of segment(text, lang).sentences) {
          sentences++;
          const touched = gold[lang].segments.filter(
            ([start, end]) => end > sentence.start && start < sentence.end,
          );
          if (touched.length > 1) straddling++;
        }
      }
    }
    expect(sentences).toBeGreaterThan(1300);
    expect(straddling / sentences).toBeLessThan(0.02);
  });
});

describe('weak breaks: sentence ends a translator left unmarked', () => {
  const breaksIn = (text: string, lang = 'bn') => {
    const [sentence] = segment(text, lang).sentences;
    return weakBreaks(lang, sentence!).map((offset) => text.slice(0, offset));
  };

  it('offers a break after a clause-final verb and after a closing quote of a long quotation', () => {
    expect(breaksIn('ঝড়টি উত্তর দিকে অগ্রসর হচ্ছে ঝড়টি শক্তি হারাচ্ছে।')).toEqual([
      'ঝড়টি উত্তর দিকে অগ্রসর হচ্ছে',
    ]);
    expect(breaksIn('তিনি বলেন "এতে কিছু আসে যায় না" চীন এবং রাশিয়া আপত্তি করেছে।')).toEqual([
      'তিনি বলেন "এতে কিছু আসে যায় না"',
    ]);
  });

  it('offers none where the sentence plainly goes on', () => {
    // a short quoted phrase, an attributed quotation, a postposition, a conjunction, a noun ending like a verb
    expect(breaksIn('তিনি একে "ব্যাপক" হিসাবে বর্ণনা করেন।')).toEqual([]);
    expect(breaksIn('"আমরা সেখানে আটকে আছি এখন" তিনি বলেন।')).toEqual([]);
    expect(breaksIn('তারা কাজ করছে এবং আমরা দেখছি।')).toEqual([]);
    expect(breaksIn('বাড়ির কাছে একটি গাছ আছে।')).toEqual([]);
  });

  it('finds the same breaks in text not yet in matching form (joiners, precomposed letters)', () => {
    // Such text is read word by word; text in matching form is searched for verb endings only.
    const text =
      'ঝড়টি উত্তর দিকে অগ্রসর হচ্ছে ঝড়টি শক্তি হারাচ্ছে তারা যায় নয় সে বলল: "এক দুই তিন চার" নদী বইছে।';
    const expected = breaksIn(text);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    // A zero-width non-joiner after a word, which normalising removes.
    expect(
      breaksIn(text.replace('উত্তর', 'উত্তর\u200C')).map((piece) => piece.replace('\u200C', '')),
    ).toEqual(expected);
    // য় typed as one code point (U+09DF), which NFC writes as য + nukta.
    const precomposed = text.replaceAll('\u09AF\u09BC', '\u09DF');
    expect(precomposed).not.toBe(text);
    expect(breaksIn(precomposed).map((piece) => piece.normalize('NFC'))).toEqual(expected);
    // A "word" of a joiner alone, which normalising empties: words no longer pair up.
    const loneJoiner = text.replace('দিকে ', 'দিকে \u200D ');
    expect(breaksIn(loneJoiner).map((piece) => piece.replace(' \u200D', ''))).toEqual(expected);
  });

  it('offers a break after a colon in English, except before a quotation', () => {
    expect(breaksIn('Kanye West: Rapper changes his name to Ye.', 'en')).toEqual(['Kanye West:']);
    expect(breaksIn('The commission said: "The final decision is ours."', 'en')).toEqual([]);
  });
});

describe('countSentences', () => {
  it('agrees with segment on real and tricky text', () => {
    const samples = [
      'এক। দুই।',
      'ডা. মো. রহিম এলেন। U.S. সরকার বলল৷ ঠিক আছে?',
      'Mr. Smith paid $3.5 million. The end... really!',
      'দাম ৩.৫০ টাকা',
      '',
      '  ',
      '"কেন?" সে বলল।',
    ];
    const seed = readFileSync(path.join(sharedRoot, 'seed', '000_25ec85ee37a20a74.txt'), 'utf8');
    samples.push(...seed.split('\n'));
    for (const sample of samples) {
      for (const lang of ['bn', 'en'])
        expect(countSentences(sample, lang)).toBe(segment(sample, lang).sentences.length);
    }
  });
});
