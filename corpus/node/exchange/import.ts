// Imports translation units (from TMX or TSV/CSV) as documents: one document per x-document
// property (or one for the whole file), one 1-1 bead per unit. The caller runs it inside one
// transaction, so a file that fails halfway leaves the corpus as it was.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { BeadStatus, DocumentSummary } from '../../../shared/model';
import { beadStatuses } from '../../../shared/model';
import type { ExchangeUnit, TmxReadSummary } from '../../common/exchange';
import {
  createDelimitedReader,
  createTextDecoder,
  createTmxReader,
  ExchangeError,
} from '../../common/exchange';
import type { Db } from '../db/open';
import type { SentenceDraft } from '../store/beads';
import { beadWriter } from '../store/beads';
import { bumpRevision, getDocument, insertDocument } from '../store/documents';
import { recordRevision } from '../store/revisions';
import { reportProgress } from '../progress';

export type ImportProgress = (done: number, total: number) => void;

export type UnitImportOptions = {
  /** Title for units without an x-document property. */
  title: string;
  sourceLang?: string;
  targetLang?: string;
};

export type ImportResult = { documents: DocumentSummary[]; units: number; skipped: number };

/** Receives units one by one and writes them as beads; `finish` stamps each new document. */
export function unitSink(db: Db, options: UnitImportOptions) {
  const write = beadWriter(db);
  const documents = new Map<string, { id: number; next: number }>();
  let units = 0;
  const sentence = (text: string): SentenceDraft[] =>
    text.trim() === '' ? [] : [{ text: text.trim(), trailing: '\n' }];

  return {
    add(unit: ExchangeUnit): void {
      if (unit.kind === 'paragraph') return; // a Setu export's paragraph units repeat its sentence units
      const title = unit.document?.trim() || options.title;
      let document = documents.get(title);
      if (!document) {
        document = {
          id: insertDocument(db, {
            title,
            sourceLang: options.sourceLang ?? 'bn',
            targetLang: options.targetLang ?? 'en',
            sourceLeading: '',
            targetLeading: '',
          }),
          next: 0,
        };
        documents.set(title, document);
      }
      const status: BeadStatus = beadStatuses.find((known) => known === unit.status) ?? 'auto';
      write(document.id, document.next++, {
        source: sentence(unit.source),
        target: sentence(unit.target),
        status,
        score:
          typeof unit.score === 'number' && unit.score >= 0 && unit.score <= 1 ? unit.score : null,
        note: unit.note ?? null,
      });
      units += 1;
      if (units % 5000 === 0)
        reportProgress(`import:${options.title}`, units, 0, `${units} units read`);
    },
    finish(skipped: number): ImportResult {
      if (units === 0) throw new ExchangeError('The file holds no translation units to import.');
      const summaries = [...documents.values()].map(({ id }) => {
        recordRevision(db, id, 'document.import', 0, [], [], false);
        bumpRevision(db, id);
        return getDocument(db, id);
      });
      return { documents: summaries, units, skipped };
    },
  };
}

/** Reads a file in chunks through the byte decoder (UTF-8 / UTF-16 with BOM), calling `feed` with text. */
export function readFileChunks(
  file: string,
  feed: (text: string) => void,
  progress?: ImportProgress,
): void {
  const descriptor = openSync(file, 'r');
  try {
    const total = fstatSync(descriptor).size;
    const decoder = createTextDecoder();
    const buffer = Buffer.alloc(1 << 20);
    let done = 0;
    for (;;) {
      const read = readSync(descriptor, buffer, 0, buffer.length, null);
      if (read === 0) break;
      done += read;
      feed(decoder.write(buffer.subarray(0, read)));
      progress?.(done, total);
    }
    feed(decoder.end());
  } finally {
    closeSync(descriptor);
  }
}

export type TmxImportOptions = UnitImportOptions & { inlineTags?: 'text' | 'strip' };

/** Parses TMX text pieces into documents; `source` is called with a feed function. */
export function importTmx(
  db: Db,
  source: (feed: (text: string) => void) => void,
  options: TmxImportOptions,
): ImportResult & { summary: TmxReadSummary } {
  const sink = unitSink(db, options);
  const reader = createTmxReader({
    onUnit: (unit) => sink.add(unit),
    sourceLang: options.sourceLang,
    targetLang: options.targetLang,
    inlineTags: options.inlineTags,
    keepUnpaired: true,
  });
  source((text) => reader.write(text));
  const summary = reader.close();
  return { ...sink.finish(summary.skipped), summary };
}

export function importDelimited(
  db: Db,
  source: (feed: (text: string) => void) => void,
  options: UnitImportOptions & { format: 'tsv' | 'csv' },
): ImportResult {
  const sink = unitSink(db, options);
  const reader = createDelimitedReader({
    format: options.format,
    onUnit: (unit) => sink.add(unit),
    statuses: beadStatuses,
  });
  source((text) => reader.write(text));
  reader.close();
  return sink.finish(0);
}
