// Transliterated-name matching for Setu: romanisation for matching, similarity, name detection
// in aligned sentence pairs, glossary mining and per-bead hints. Pure TypeScript (no node:*, no
// DOM), so the store, the CLI and the renderer can all use it.

export { bengaliPhonetic, englishPhonetic } from './phonetic';
export { candidateStems } from './stems';
export { readLetterNames, acronymReadings } from './acronyms';
export { isBengaliStopWord, isEnglishNonNameWord } from './stopwords';
export { nameSimilarity, englishSpellingSimilarity, phoneticSimilarity } from './similarity';
export { pairNames, defaultPairingThreshold } from './pairing';
export type { NamePair, NamePairOrigin, PairingOptions, TextSpan } from './pairing';
export { commonEnglishWords, mineNamePairs } from './mining';
export type { BeadText, MinedNamePair, MiningOptions } from './mining';
export { compileGlossary, excludeRejected } from './glossary';
export type { CompiledGlossary, GlossaryTerm, RejectedPair } from './glossary';
export { hintsFor } from './hints';
export type { HintOptions, NameHint, NameHintOrigin, NameHintStatus } from './hints';
