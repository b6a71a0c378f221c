// QA checks on aligned beads: names missing from or misspelt in the English, numbers on one side
// only, empty or untranslated sides, and shape mismatches a reviewer would look at.

export { checkBead } from './checks';
export type { BeadTexts, QaFlag, QaFlagKind, QaOptions, QaSeverity } from './checks';
export { compareNumbers, numberMentions } from './numbers';
export type { NumberComparison, NumberMention } from './numbers';
