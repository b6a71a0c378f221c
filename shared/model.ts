// The corpus as every side sees it: plain JSON, no classes, so the same values cross
// IPC, HTTP and the in-process client unchanged.

export type Side = 'source' | 'target';
export type BeadStatus = 'auto' | 'confirmed' | 'flagged';
export const beadStatuses = [
  'auto',
  'confirmed',
  'flagged',
] as const satisfies readonly BeadStatus[];

export type SentenceView = {
  id: number;
  text: string;
  /** The whitespace that followed the sentence in the imported text (kept so text glues back exactly). */
  trailing: string;
};

export type BeadView = {
  id: number;
  /** 0-based position in the document; contiguous, so it is also the grid row. */
  ordinal: number;
  source: SentenceView[];
  target: SentenceView[];
  status: BeadStatus;
  /** Aligner confidence in [0, 1]; null for beads a person made. */
  score: number | null;
  note: string | null;
  /** QA findings (names, numbers, empty sides …); present when the list was asked for them. */
  flags?: QaFlagView[];
};

export type DocumentSummary = {
  id: number;
  title: string;
  sourceLang: string;
  targetLang: string;
  createdAt: string;
  updatedAt: string;
  revision: number;
  beadCount: number;
  confirmedCount: number;
};

/**
 * What a mutation changed, as one splice of the document's bead list: remove `deleteCount`
 * beads at `start`, put `beads` there. Clients apply it to their rows without reloading.
 */
export type BeadPatch = {
  documentId: number;
  revision: number;
  start: number;
  deleteCount: number;
  beads: BeadView[];
  beadCount: number;
};

export type RevisionView = {
  id: number;
  documentId: number;
  operation: string;
  createdAt: string;
  undone: boolean;
  /** Beads as they were before and after the operation (the spliced range only). */
  before: BeadView[];
  after: BeadView[];
};

export type GlossaryEntry = {
  id: number;
  source: string;
  target: string;
  variants: string[];
  note: string | null;
};

/** One bead of an alignment over sentence indices, as the aligner and `setu align` produce it. */
export type AlignedBead = {
  source: number[];
  target: number[];
  score: number;
};

export type ExportFormat = 'tmx' | 'tsv' | 'csv' | 'xliff';
export const exportFormats = [
  'tmx',
  'tsv',
  'csv',
  'xliff',
] as const satisfies readonly ExportFormat[];

export type ExportOptions = {
  format: ExportFormat;
  confirmedOnly?: boolean;
  skipUnpaired?: boolean;
  paragraphUnits?: boolean;
  sourceLang?: string;
  targetLang?: string;
};

export type TextSpanView = { start: number; end: number; text: string };

/**
 * A name in a bead's Bengali with the English this corpus uses for it. Offsets are UTF-16 into
 * the bead's side text as `joinSentences` builds it.
 */
export type NameHintView = {
  start: number;
  end: number;
  text: string;
  english: string;
  /** present: the English has it; variant: spelled differently (Lavrow); missing: not found. */
  status: 'present' | 'variant' | 'missing';
  origin: 'glossary' | 'latin' | 'acronym' | 'translated' | 'phonetic';
  target?: TextSpanView;
};

export type QaFlagView = {
  kind: string;
  severity: 'error' | 'warning' | 'info';
  side: Side;
  start: number;
  end: number;
  message: string;
  expected?: string;
};

/** A proposed glossary pair, as `setu names --format json` prints it. */
export type MinedPairView = {
  bn: string;
  en: string;
  variants: string[];
  count: number;
  score: number;
};

/** A side of a bead as one text: each sentence followed by its whitespace, the last without. */
export function joinSentences(sentences: readonly { text: string; trailing: string }[]): string {
  return sentences
    .map(
      (sentence, index) => sentence.text + (index < sentences.length - 1 ? sentence.trailing : ''),
    )
    .join('');
}
