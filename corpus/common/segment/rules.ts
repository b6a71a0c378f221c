// Sentence-break rules as data, in the spirit of OmegaT's segmentation rules: the engine in
// ./index.ts reads only these tables, so a new abbreviation or terminator is a one-line change.

export type SegmentationRules = {
  /** Characters that end a sentence even with no space after them (। ॥ ৷). */
  hardTerminators: string;
  /** Characters that end a sentence when followed by whitespace or the end of a line. */
  softTerminators: string;
  /** Closing quotes and brackets that stay with the sentence they follow. */
  closers: string;
  /** Quotes that close a sentence when they follow its terminator and a space ("। \" পরের"): typists' detached closers. */
  detachedClosers: string;
  /** Opening quotes and brackets skipped when looking at the first letter of the next sentence. */
  openers: string;
  /** Whether a spaced `|` (typed for a danda) ends a sentence. */
  spacedBarIsDanda: boolean;
  /** Whether an ellipsis followed by a capital (or any non-lowercase) word ends a sentence. */
  ellipsisEnds: boolean;
  /** Tokens before "." that never end a sentence (titles, "vs", "e.g"): compared case-sensitively. */
  abbreviations: ReadonlySet<string>;
  /** Tokens before "." that end a sentence only when the next word is a usual sentence opener. */
  abbreviationsUnlessSentenceStarts: ReadonlySet<string>;
  /** Tokens before "." that do not end a sentence when a number follows (No. 5, p. 12). */
  abbreviationsBeforeNumber: ReadonlySet<string>;
  /** Words that usually open an English sentence: after an ambiguous abbreviation they mean a break. */
  sentenceOpeners: ReadonlySet<string>;
  /** Bengali tokens before "." that never end a sentence (ডা. মো. খ্রি.), NFC without joiners. */
  bengaliAbbreviations: ReadonlySet<string>;
  /** Where a sentence may end without a terminator (see `WeakBreakRules`); null: nowhere. */
  weakBreaks: WeakBreakRules | null;
};

/**
 * Places where translators often end a sentence without a terminator (a Bengali sentence closed
 * by a quote, or by its verb, with the danda forgotten). They are not sentence ends by
 * themselves: the aligner splits there only when the translation on the other side confirms it.
 */
export type WeakBreakRules = {
  /** A closing double quote after a word, then a space: "… মেলে" ওয়েলশ এর …". */
  afterClosingQuote: boolean;
  /** Colon or semicolon then a space. */
  afterColon: boolean;
  /**
   * Endings of finite verbs that close a clause (করছে, হয়েছে, করবে, বললেন): regular expression
   * sources, matched at the end of NFC words of 4+ characters. An ending stays inside a word (no
   * anchors, lookarounds or whitespace): the segmenter also searches running text with them.
   */
  finiteVerbEndings: readonly string[];
  /** Whole words that close a clause as finite verbs do (নেই, উচিত, আছে). */
  finiteVerbs: ReadonlySet<string>;
  /** Words a quote must hold at least for its closing to be taken as a possible sentence end. */
  minimumQuotedWords: number;
  /** Speech verbs: a quote followed within a few words by one of them is attributed ("…" নুগ্রোহো বলেন।), not ended. */
  attributionVerbs: ReadonlySet<string>;
  /** Words that continue the sentence after a quote or a verb (বলে, যে, এবং, হিসেবে): no break before them. */
  continuations: ReadonlySet<string>;
};

const closers = '"\'”’»›)]}」』';
const openers = '"\'“‘«‹([{「『';

// English titles and Latin abbreviations that are followed by a name or phrase, never a new sentence.
const englishAbbreviations = [
  'Mr',
  'Mrs',
  'Ms',
  'Mx',
  'Dr',
  'Prof',
  'St',
  'Mt',
  'Ft',
  'Rev',
  'Hon',
  'Fr',
  'Sen',
  'Rep',
  'Gov',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Cpt',
  'Cmdr',
  'Adm',
  'Sgt',
  'Cpl',
  'Pvt',
  'Brig',
  'Supt',
  'Insp',
  'Det',
  'Pres',
  'Amb',
  'Atty',
  'Messrs',
  'Mme',
  'Mlle',
  // Bangladeshi and Indian names in English: Mst. (Mosammat), Mohd. (Mohammad), Smt. (Shrimati).
  'Mst',
  'Mohd',
  'Smt',
  'vs',
  'v',
  'e.g',
  'i.e',
  'cf',
  'viz',
  'approx',
  'ca',
  'Ave',
  'Blvd',
  'Dept',
  'Univ',
  'Assn',
];

// Abbreviations that also end sentences ("… founded by Smith Jr." / "… in the U.S.").
const englishAbbreviationsUnlessSentenceStarts = [
  'Inc',
  'Ltd',
  'Co',
  'Corp',
  'Plc',
  'LLC',
  'etc',
  'a.m',
  'p.m',
  'U.S',
  'U.K',
  'U.N',
  'E.U',
  'U.S.A',
  'D.C',
  'Ph.D',
  'B.A',
  'M.A',
  'B.Sc',
  'M.Sc',
  'Jr',
  'Sr',
  'No',
  'al',
  'Rd',
  'Bros',
  'Calif',
  'Mass',
  // Md. is Mohammad before a Bangladeshi name and Maryland at the end of a US sentence.
  'Md',
  'Penn',
  'Ariz',
  'Colo',
  'Conn',
  'Fla',
  'Ill',
  'Kan',
  'Mich',
  'Minn',
  'Okla',
  'Ore',
  'Tenn',
  'Tex',
  'Va',
  'Wash',
  'Wis',
];

// Months: "Jan. 20" continues, "… until Oct. President Widodo …" ends a sentence.
const englishAbbreviationsBeforeNumber = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'No',
  'Nos',
  'no',
  'nos',
  'p',
  'pp',
  'Vol',
  'vol',
  'Art',
  'art',
  'Fig',
  'fig',
  'Ch',
  'ch',
  'Sec',
  'sec',
  'Para',
  'para',
  'Op',
  'op',
  'Ex',
  'ex',
];

const englishSentenceOpeners = [
  'The',
  'A',
  'An',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'You',
  'His',
  'Her',
  'Its',
  'Their',
  'Our',
  'My',
  'But',
  'And',
  'Or',
  'So',
  'Yet',
  'In',
  'On',
  'At',
  'For',
  'As',
  'If',
  'When',
  'While',
  'After',
  'Before',
  'This',
  'That',
  'These',
  'Those',
  'There',
  'Here',
  'What',
  'Who',
  'Why',
  'How',
  'Where',
  'Some',
  'Many',
  'Most',
  'Other',
  'However',
  'Meanwhile',
  'Although',
  'Since',
  'Because',
  'Then',
  'Now',
  'According',
  'Last',
  'Earlier',
  'Later',
  'Officials',
  'Police',
];

// Bengali abbreviations written with a period: ডা. (doctor) ড. (Dr/PhD) মো./মোহা. (Mohammad) মোসা./মোছা.
// (Mosammat) খ্রি. (AD) সা. (pbuh) রা. আ. রহ. (honorifics) পৃ. (page) নং (number) দ্র. (see) অব. (retired)
// লি. (Ltd) কো. (Co) প্রা. (Pvt) বি.দ্র. সং. (edition) মি. (Mr) মিসেস. (Mrs) প্রফে. (Prof) জনাব.
const bengaliAbbreviations = [
  'ডা',
  'ড',
  'মো',
  'মোহা',
  'মুহা',
  'মোসা',
  'মোছা',
  'মোসাম্মৎ',
  'খ্রি',
  'খ্রিঃ',
  'খৃ',
  'সা',
  'রা',
  'আ',
  'রহ',
  'পৃ',
  'পৃষ্ঠা',
  'নং',
  'দ্র',
  'অব',
  'লি',
  'কো',
  'প্রা',
  'বি',
  'সং',
  'মি',
  'মিসেস',
  'মিস',
  'প্রফে',
  'অধ্যা',
  'অধ্যাপক',
  'ইঞ্জি',
  'এড',
  'অ্যাড',
  'এডভো',
  'অ্যাডভো',
  'লে',
  'ক্যাপ্টে',
  'মেজ',
  'কর্নে',
  'জেনা',
  'সার্জে',
  'উপ',
  'সহ',
  'বীর',
  'শ্রী',
  'শ্রীমতী',
  'কুমারী',
  'পন্ডি',
  'স্যার',
  'ইত্যাদি',
  'বিএ',
  'এমএ',
  'পিএইচডি',
  'সেপ্ট',
  'অক্টো',
  'নভে',
  'ডিসে',
  'জানু',
  'ফেব্রু',
  // Bengali names of Latin letters, used for initials and acronyms (এ. কে. ফজলুল হক, এফ.বি.আই., রো ভি. ওয়েড).
  'এ',
  'বি',
  'সি',
  'ডি',
  'ই',
  'এফ',
  'জি',
  'এইচ',
  'আই',
  'জে',
  'কে',
  'এল',
  'এম',
  'এন',
  'ও',
  'পি',
  'কিউ',
  'আর',
  'এস',
  'টি',
  'ইউ',
  'ভি',
  'ডব্লিউ',
  'ডাব্লিউ',
  'ডব্লু',
  'এক্স',
  'ওয়াই',
  'জেড',
].map((word) => word.normalize('NFC'));

const nfc = (words: readonly string[]) => words.map((word) => word.normalize('NFC'));

// A consonant letter (with an optional nukta) right before the ending: করছে, করবে and বললেন are
// verbs, while কাছে, হিসাবে and ভালো (a vowel sign before the ending) are not.
const consonant = '[\\u0995-\\u09B9\\u09CE\\u09DC-\\u09DF]\\u09BC?';

const bengaliWeakBreaks: WeakBreakRules = {
  afterClosingQuote: true,
  afterColon: true,
  finiteVerbEndings: [
    `${consonant}ছেন?`,
    'েছেন?',
    'চ্ছেন?',
    'ছিল(?:েন|ো|াম)?',
    `${consonant}বেন?`,
    `${consonant}লেন`,
    `${consonant}লো`,
    'তেন',
  ],
  finiteVerbs: new Set(
    nfc(['নেই', 'নয়', 'উচিত', 'আছে', 'আছেন', 'হবে', 'যায়', 'যান', 'পারে', 'পারেন']),
  ),
  minimumQuotedWords: 4,
  attributionVerbs: new Set(
    nfc([
      'বলেন',
      'বলেছেন',
      'বলেছিলেন',
      'বললেন',
      'বলে',
      'জানান',
      'জানিয়েছেন',
      'জানিয়েছে',
      'লিখেছেন',
      'লেখেন',
      'লিখেছিলেন',
      'যোগ',
      'টুইট',
    ]),
  ),
  // Quotatives, complementisers, relatives, conjunctions, auxiliaries and postpositions that
  // follow a quote or a verb inside one sentence ("…" তিনি বলেন, "…" বলে, … হয় যেখানে …).
  continuations: new Set(
    nfc([
      'বলে',
      'বলেন',
      'বলেছেন',
      'বলেছিলেন',
      'বললেন',
      'জানান',
      'জানিয়েছেন',
      'জানিয়েছে',
      'লিখেছেন',
      'লেখেন',
      'যোগ',
      'যে',
      'যা',
      'যার',
      'যাকে',
      'যাতে',
      'যারা',
      'যিনি',
      'যেটা',
      'যেটি',
      'যাদের',
      'যেখানে',
      'যখন',
      'যতক্ষণ',
      'যদি',
      'এবং',
      'ও',
      'আর',
      'কিংবা',
      'বা',
      'অথবা',
      'কিন্তু',
      'বরং',
      'যদিও',
      'তখন',
      'কারণ',
      'যেহেতু',
      'তাই',
      'হিসেবে',
      'হিসাবে',
      'সাথে',
      'সঙ্গে',
      'নামে',
      'নামক',
      'শীর্ষক',
      'মতো',
      'মত',
      'এর',
      'থেকে',
      'পর্যন্ত',
      'জন্য',
      'দিয়ে',
      'করে',
      'করার',
      'করা',
      'করতে',
      'হয়',
      'হয়ে',
      'হয়েছে',
      'পারে',
      'পারেন',
      'দিয়েছেন',
      'উল্লেখ',
      'মন্তব্য',
      'প্রশ্ন',
      'তিনি',
      'তারা',
      'সে',
      'এ',
      'কি',
      'কী',
      'না',
      'কিনা',
    ]),
  ),
};

const englishRules: SegmentationRules = {
  hardTerminators: '',
  softTerminators: '.?!…',
  closers,
  detachedClosers: '"\'”’“‘',
  openers,
  spacedBarIsDanda: false,
  ellipsisEnds: true,
  abbreviations: new Set(englishAbbreviations),
  abbreviationsUnlessSentenceStarts: new Set(englishAbbreviationsUnlessSentenceStarts),
  abbreviationsBeforeNumber: new Set(englishAbbreviationsBeforeNumber),
  sentenceOpeners: new Set(englishSentenceOpeners),
  bengaliAbbreviations: new Set(bengaliAbbreviations),
  weakBreaks: {
    afterClosingQuote: false,
    afterColon: true,
    finiteVerbEndings: [],
    finiteVerbs: new Set(),
    minimumQuotedWords: 0,
    attributionVerbs: new Set(),
    continuations: new Set(),
  },
};

// In Bengali text Latin abbreviations still occur (U.S., Dr.) and keep their English rules;
// a Bengali ellipsis usually continues the sentence (… কিন্তু …).
const bengaliRules: SegmentationRules = {
  ...englishRules,
  hardTerminators: '।॥৷',
  spacedBarIsDanda: true,
  ellipsisEnds: false,
  weakBreaks: bengaliWeakBreaks,
};

const rulesByLang = new Map<string, SegmentationRules>();

export function rulesFor(lang: string): SegmentationRules {
  let rules = rulesByLang.get(lang);
  if (!rules) {
    rules = /^bn(?:-|_|$)/i.test(lang) ? bengaliRules : englishRules;
    if (rulesByLang.size < 64) rulesByLang.set(lang, rules);
  }
  return rules;
}
