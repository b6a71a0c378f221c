// Word lists written for Setu (no third-party list is copied here, so no licence applies beyond
// the project's own). They keep ordinary words out of name spans: without the Bengali list,
// "কিম ও ল্যাভরভ" fuses into one span; without the English list, sentence-initial "The" or
// "However" would be taken for names.

import { matchingForm } from './memo';

// Bengali function words and the commonest verbs, adverbs and nouns of news prose: pronouns,
// conjunctions, postpositions, particles, auxiliaries, numerals, time words; and the
// transliterated titles matching the English title words below (প্রেসিডেন্ট = President). Case-inflected
// forms are listed where they are common, because name matching strips suffixes only from
// candidate names, not from these.
const bengaliFunctionWords = `
ও এবং আর কিন্তু তবে অথবা বা কিংবা নাকি যদি যদিও তাহলে তবুও তথাপি কারণ যেহেতু সেহেতু তাই সুতরাং অতএব বরং এমনকি
যেন যেমন তেমন যখন তখন যেখানে সেখানে যতক্ষণ ততক্ষণ যত তত যতটা ততটা যাতে নইলে নতুবা অর্থাৎ অবশ্য
আমি আমার আমাকে আমরা আমাদের আমাদেরকে মুই তুমি তোমার তোমাকে তোমরা তোমাদের তুই তোর তোকে আপনি আপনার আপনাকে আপনারা আপনাদের
সে তার তাকে তারা তাদের তাদেরকে তিনি তাঁর তাঁকে তাঁরা তাঁদের উনি ওনার ওনাকে এ এর একে এরা এদের ইনি এঁর এঁকে এঁরা
ও ওর ওকে ওরা ওদের এটা এটি এটাই এটিই এগুলো এগুলি ওটা ওটি ওগুলো সেটা সেটি সেগুলো সেগুলি এসব সেসব ওসব
যে যা যার যাকে যারা যাদের যিনি যাঁর যাঁকে যাঁরা যেটা যেটি যেগুলো কে কী কি কার কাকে কারা কাদের কোন কোনো কোথায় কবে কেন কেমন কীভাবে কিভাবে কত কতটা
কেউ কিছু কিছুই কোনটা কোনটি কেউই সবাই সকলে সব সবই সকল সমস্ত প্রত্যেক প্রতিটি প্রত্যেকে নিজ নিজে নিজের নিজেকে নিজেরা নিজেদের অন্য অন্যান্য অপর আরেক আরেকটি
এই এইসব সেই ওই ঐ এমন এমনই তেমনই এখানে ওখানে এখন তখনই এখনও এখনো তখনও আজ আজকে কাল গতকাল আগামীকাল আগামী গত বর্তমান
সাথে সঙ্গে সহ জন্য জন্যে থেকে হতে চেয়ে পর্যন্ত দিয়ে দ্বারা কর্তৃক কাছে কাছেই মধ্যে মাঝে ভেতরে ভিতরে বাইরে উপর উপরে ওপর ওপরে নিচে নীচে
আগে পরে পর পূর্বে প্রতি বিরুদ্ধে সম্পর্কে বিষয়ে নিয়ে হিসেবে হিসাবে মতো মত মতন অনুযায়ী অনুসারে ধরে পাশে সামনে পেছনে পিছনে দিকে ব্যাপারে কারণে ফলে বদলে পক্ষে
বিনা ছাড়া ছাড়াও ব্যতীত সত্ত্বেও মাধ্যমে বরাবর জুড়ে পাশাপাশি সময় সময়ে একসঙ্গে একসাথে একত্রে তরফে তরফ থেকেও
না নয় নি নেই নাই নেহি হ্যাঁ হাঁ ওহ আহ উহ হায় তো ই ও তো কি বটে নাকি যেন বুঝি শুধু কেবল মাত্র শুধুমাত্র প্রায় আরও আরো খুব বেশ অনেক অনেকে কম বেশি খুবই অত্যন্ত অতি ভীষণ সবচেয়ে
আবার ফের পুনরায় ইতিমধ্যে ইতোমধ্যে এখনই সম্ভবত হয়তো অবশ্যই নিশ্চয়ই সত্যিই বিশেষত বিশেষ করে প্রথমে শেষে শেষ অবশেষে ক্রমাগত সম্প্রতি আলাদাভাবে পৃথকভাবে
হয় হয়ে হয়েছে হয়েছিল হয়েছিলেন হয়েছেন হবে হবেন হতো হত হচ্ছে হচ্ছেন হলো হল হলেন হলে হওয়া হওয়ার হওয়ায় হয়নি হবার
ছিল ছিলেন ছিলো ছিলাম ছিলে আছে আছেন আছি আছিস ছিলনা থাকে থাকেন থাকবে থাকবেন থাকা থাকার থেকেছে রয়েছে রয়েছেন রয়েছিল রয়ে
করে করেন করেছে করেছেন করেছিল করেছিলেন করছে করছেন করবে করবেন করা করার করতে করলে করলেন করেনি করল করলো করত করতো করায় করিয়ে করেই
বলে বলেন বলেছে বলেছেন বলেছিল বলেছিলেন বলছে বলছেন বলবে বলা বলার বলতে বললেন বলল বললো বলেও
জানায় জানান জানিয়েছে জানিয়েছেন জানিয়েছিল জানা জানানো জানতে জানায়নি জানিয়ে
দেয় দেন দিয়েছে দিয়েছেন দিয়েছিল দেওয়া দেওয়ার দিতে দেবে দেবেন দিল দিলেন দিলো দিচ্ছে দিচ্ছেন
নেয় নেন নিয়েছে নিয়েছেন নেওয়া নেওয়ার নিতে নেবে নিল নিলেন
যায় যান গেছে গেছেন গিয়েছে গিয়েছিল গিয়ে যাওয়া যাওয়ার যেতে যাবে যাবেন গেল গেলেন গেলো যাচ্ছে যাচ্ছেন
পারে পারেন পেরেছে পারবে পারবেন পারা পারছে পারছেন পারেনি পাবে পায় পান পেয়েছে পেয়েছেন পাওয়া পাওয়ার পেতে
দেখা দেখে দেখতে দেখায় দেখিয়েছে দেখাচ্ছে দেখছে দেখেছে আসে আসেন এসেছে এসেছেন আসা আসার আসতে আসবে এসে
চায় চান চেয়েছে চেয়েছেন চাওয়া চাইছে চাইছেন লাগে লাগবে উচিত দরকার প্রয়োজন সম্ভব
এক একটি একটা একজন একই দুই দুটি দুটো দুজন তিন তিনটি চার চারটি পাঁচ পাঁচটি ছয় ছয়টি সাত আট নয় দশ বিশ শত শো হাজার লাখ লক্ষ কোটি
প্রথম দ্বিতীয় তৃতীয় চতুর্থ পঞ্চম অর্ধেক আধা
দিন দিনের মাস মাসের মাসে বছর বছরের বছরে সপ্তাহ সপ্তাহের সপ্তাহে ঘন্টা ঘণ্টা মিনিট সেকেন্ড সাল সালে সালের সময়ের
সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার রবিবার সকাল সকালে বিকেল বিকেলে সন্ধ্যা সন্ধ্যায় রাত রাতে দুপুর দুপুরে
জন লোক লোকজন মানুষ কথা বিষয় ব্যাপার ক্ষেত্রে অংশ ধরনের রকম উপায় ভাবে ভাবেই
প্রেসিডেন্ট প্রেসিডেন্টের প্রেসিডেন্টকে সিনেটর সিনেটরের সিনেটরদের সিনেটররা গভর্নর গভর্নরের মেয়র মেয়রের চ্যান্সেলর মিনিস্টার
মিস্টার মিসেস মিস মিঃ ডক্টর ডঃ ডাঃ স্যার লর্ড প্রিন্স প্রিন্সেস কিং কুইন চেয়ারম্যান প্রফেসর অধ্যাপক পোপ অ্যাম্বাসেডর
`;

// Capitalised English words that are not names: function words and interjections (they start
// sentences) and titles that precede a name but are not part of it.
const englishNonNameWords = `
a an the this that these those there here it its it's he she his her him they them their we our us i you your my me
and or but nor so yet for of in on at to from by with without into onto over under after before since until during
about against between among through across around near off up down out as if when while where whether which who whom
whose what why how not no yes all any both each every few many more most much other another some such only own same
than too very also just even still already again however meanwhile separately moreover furthermore nevertheless
instead although though because unless despite according earlier later last next first second third now then thus
once one two three four five six seven eight nine ten hundred thousand million billion several
oh ah okay ok yeah hey well please thanks
is are was were be been being has have had do does did will would shall should might must can could
mr mrs ms miss dr sir madam lord lady dame
president vice prime minister secretary chancellor premier king queen prince princess chairman chairwoman
chief governor mayor senator congressman congresswoman ambassador spokesman spokeswoman spokesperson
professor pope
`;

// Calendar words are capitalised but are glossary terms only inside a longer name
// (Saturday Night Live, Sunday Times, October Revolution).
const englishCalendarWords = `
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
`;

// Connectors that may stand inside an English name (Bank of England, Center for Strategic and
// International Studies); they are never a name on their own.
const englishConnectorWords = [
  'of',
  'for',
  'and',
  'the',
  'de',
  'del',
  'da',
  'van',
  'von',
  'bin',
  'al',
  'la',
  'le',
  'on',
];

function wordSet(list: string, normalize: (word: string) => string): ReadonlySet<string> {
  return new Set(
    list
      .split(/\s+/)
      .filter((word) => word !== '')
      .map(normalize),
  );
}

const bengaliStopSet = wordSet(bengaliFunctionWords, matchingForm);
const englishNonNameSet = wordSet(englishNonNameWords, (word) => word.toLowerCase());
const englishConnectorSet: ReadonlySet<string> = new Set(englishConnectorWords);
const englishCalendarSet = wordSet(englishCalendarWords, (word) => word.toLowerCase());

/** True for a Bengali function word or other very common word (any spelling of ZWJ/nukta). */
export function isBengaliStopWord(word: string): boolean {
  return bengaliStopSet.has(matchingForm(word));
}

/** isBengaliStopWord for a word already normalised for matching (a token key). */
export function isBengaliStopKey(key: string): boolean {
  return bengaliStopSet.has(key);
}

/** True for an English word that is not a name even when capitalised (The, However, President). */
export function isEnglishNonNameWord(word: string): boolean {
  return englishNonNameSet.has(word.toLowerCase());
}

/** True for a weekday or month name (or its abbreviation), in any case. */
export function isEnglishCalendarWord(word: string): boolean {
  return englishCalendarSet.has(word.toLowerCase());
}

/** True for a lower-case word that may join the words of a name (of, for, and, de, von …). */
export function isEnglishConnector(word: string): boolean {
  return englishConnectorSet.has(word);
}
