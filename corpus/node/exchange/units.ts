import type { BeadStatus, ExportOptions, SentenceView } from '../../../shared/model';
import { joinSentences } from '../../../shared/model';
import type { Db } from '../db/open';
import { readBeads } from '../store/beads';

/** One bead ready for a writer: the texts of both sides as they read in the document. */
export type ExportUnit = {
  source: string;
  target: string;
  document: string;
  documentId: number;
  ordinal: number;
  status: BeadStatus;
  score: number | null;
  note: string | null;
  /** A line break followed the bead's last sentence on that side: a paragraph ends there. */
  sourceParagraphEnd: boolean;
  targetParagraphEnd: boolean;
};

const pageSize = 2000;

const endsParagraph = (sentences: readonly SentenceView[]) =>
  /[\r\n]/.test(sentences.at(-1)?.trailing ?? '');

/**
 * The beads of one document (or every document) in order, a page at a time, so exporting a
 * large corpus holds one page in memory, never the whole corpus.
 */
export function* exportUnits(
  db: Db,
  documentId: number | undefined,
  options: Pick<ExportOptions, 'confirmedOnly' | 'skipUnpaired'> = {},
): Generator<ExportUnit> {
  const documents = (
    documentId === undefined
      ? db.prepare('SELECT id, title FROM document ORDER BY id').all()
      : db.prepare('SELECT id, title FROM document WHERE id = ?').all(documentId)
  ) as { id: number; title: string }[];
  for (const document of documents) {
    for (let from = 0; ; from += pageSize) {
      const beads = readBeads(db, document.id, from, pageSize);
      for (const bead of beads) {
        if (options.confirmedOnly && bead.status !== 'confirmed') continue;
        if (bead.source.length === 0 && bead.target.length === 0) continue;
        const unpaired = bead.source.length === 0 || bead.target.length === 0;
        if (options.skipUnpaired && unpaired) continue;
        yield {
          source: joinSentences(bead.source),
          target: joinSentences(bead.target),
          document: document.title,
          documentId: document.id,
          ordinal: bead.ordinal,
          status: bead.status,
          score: bead.score,
          note: bead.note,
          sourceParagraphEnd: endsParagraph(bead.source),
          targetParagraphEnd: endsParagraph(bead.target),
        };
      }
      if (beads.length < pageSize) break;
    }
  }
}
