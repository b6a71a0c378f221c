// The aligner's public face. `align` pairs given sentences; `alignTexts` segments running text
// and aligns it, letting the translation confirm sentence ends the source left unmarked.

export { align, alignUnits, beadShapes, defaultTuning } from './engine';
export type { AlignOptions, AlignTuning } from './engine';
export { alignTexts } from './texts';
export type { TextAlignment, TextSide } from './texts';
export type { TextUnit } from './features';
