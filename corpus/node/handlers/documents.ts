import type { ArgsOf, ResultOf } from '../../../shared/api';
import { ApiError } from '../../../shared/errors';
import type { TextAlignment } from '../../common/align';
import { align, alignTexts } from '../../common/align';
import type { Segmentation } from '../../common/segment';
import { segment, segmentLines } from '../../common/segment';
import { checkImportText } from '../../common/input';
import type { Db } from '../db/open';
import { beadWriter } from '../store/beads';
import type { SentenceDraft } from '../store/beads';
import {
  bumpRevision,
  countDocuments,
  deleteDocument,
  getDocument,
  insertDocument,
  listDocuments,
  renameDocument,
} from '../store/documents';
import { recordRevision } from '../store/revisions';
import { reportProgress } from '../progress';

export function segmentText(text: string, lang: string, presegmented = false): Segmentation {
  return presegmented ? segmentLines(text) : segment(text, lang);
}

export type AlignSide = { text: string; lang: string };

/**
 * Segments and aligns a pair. Running text goes through alignTexts, which may also split a
 * Bengali sentence whose danda the translator dropped where the English confirms the break;
 * presegmented text keeps one sentence per line.
 */
const longestProseParagraph = 100_000;

function hasParagraphOver(text: string, limit: number): boolean {
  const lineBreak = /[\r\n]/g;
  let start = 0;
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    if (match.index - start > limit) return true;
    start = match.index + 1;
  }
  return text.length - start > limit;
}

export function segmentAndAlign(
  source: AlignSide,
  target: AlignSide,
  presegmented: boolean,
): TextAlignment {
  if (!presegmented) {
    const prose = [source, target].every(
      (side) => !hasParagraphOver(side.text, longestProseParagraph),
    );
    if (prose) return alignTexts(source, target);
    // alignTexts tries every weak break (a verb ending, a quote) as a sentence end the translator
    // may have dropped; in a paragraph of megabytes that is hundreds of thousands of candidates
    // and minutes of work. Such text is not prose: plain segmentation serves it.
    const sourceSentences = segment(source.text, source.lang);
    const targetSentences = segment(target.text, target.lang);
    return {
      source: sourceSentences,
      target: targetSentences,
      beads: align(sourceSentences.sentences, targetSentences.sentences),
    };
  }
  const sourceLines = segmentLines(source.text);
  const targetLines = segmentLines(target.text);
  return {
    source: sourceLines,
    target: targetLines,
    beads: align(sourceLines.sentences, targetLines.sentences),
  };
}

export function corpusInfo(db: Db): ResultOf<'corpus.info'> {
  return {
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    documentCount: countDocuments(db),
    databasePath: db.name,
  };
}

/** Segments both sides, aligns them and stores the document: the whole import in one transaction. */
export function importDocument(
  db: Db,
  args: ArgsOf<'document.import'>,
): ResultOf<'document.import'> {
  const sourceLang = args.sourceLang ?? 'bn';
  const targetLang = args.targetLang ?? 'en';
  checkImportText(args.source, 'The Bengali side');
  checkImportText(args.target, 'The English side');
  const job = `import:${args.title}`;
  reportProgress(job, 0, 3, 'Splitting sentences and aligning');
  const { source, target, beads } = segmentAndAlign(
    { text: args.source, lang: sourceLang },
    { text: args.target, lang: targetLang },
    args.presegmented ?? false,
  );
  if (source.sentences.length === 0 && target.sentences.length === 0) {
    throw new ApiError('bad_input', 'Both sides are empty: there is nothing to align.');
  }
  for (const [side, segmentation] of [
    ['Bengali', source],
    ['English', target],
  ] as const) {
    if (segmentation.sentences.length === 0) {
      throw new ApiError(
        'bad_input',
        `The ${side} side is empty: give both the text and its translation.`,
      );
    }
  }
  const documentId = insertDocument(db, {
    title: args.title.trim(),
    sourceLang,
    targetLang,
    sourceLeading: source.leading,
    targetLeading: target.leading,
  });
  const draft = ({ text, trailing }: SentenceDraft): SentenceDraft => ({ text, trailing });
  const write = beadWriter(db);
  reportProgress(job, 1, 3, 'Storing the aligned pairs');
  beads.forEach((bead, ordinal) => {
    write(documentId, ordinal, {
      source: bead.source.map((index) => draft(source.sentences[index]!)),
      target: bead.target.map((index) => draft(target.sentences[index]!)),
      status: 'auto',
      score: bead.score,
      note: null,
    });
    if (ordinal % 10_000 === 9_999)
      reportProgress(job, 1 + ordinal / beads.length, 3, 'Storing the aligned pairs');
  });
  reportProgress(job, 3, 3, 'Imported');
  recordRevision(db, documentId, 'document.import', 0, [], [], false);
  bumpRevision(db, documentId);
  return getDocument(db, documentId);
}

export const documentHandlers = {
  'corpus.info': corpusInfo,
  'document.list': (db: Db, args: ArgsOf<'document.list'>) =>
    listDocuments(db, args.after, args.limit),
  'document.get': (db: Db, args: ArgsOf<'document.get'>) => getDocument(db, args.documentId),
  'document.import': importDocument,
  'document.rename': (db: Db, args: ArgsOf<'document.rename'>) => {
    renameDocument(db, args.documentId, args.title.trim());
    return getDocument(db, args.documentId);
  },
  'document.delete': (db: Db, args: ArgsOf<'document.delete'>) => ({
    deleted: deleteDocument(db, args.documentId),
  }),
  'text.segment': (_db: Db, args: ArgsOf<'text.segment'>) => ({
    sentences: segmentText(args.text, args.lang, args.presegmented).sentences.map(
      (sentence) => sentence.text,
    ),
  }),
};
