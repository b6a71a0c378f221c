// The one API contract. Every call a client can make is a row of `Api` (its argument and
// result types) and of `apiMethods` (its runtime validator and whether it mutates). Handlers
// in corpus/node implement exactly this table; IPC, HTTP and the in-process client serve it.

import type {
  BeadPatch,
  BeadView,
  DocumentSummary,
  ExportOptions,
  GlossaryEntry,
  MinedPairView,
  NameHintView,
  QaFlagView,
  RevisionView,
  Side,
  BeadStatus,
} from './model';
import { beadStatuses, exportFormats } from './model';
import type { Validator } from './validate';
import { array, boolean, integer, literal, number, object, optional, string } from './validate';

export type BackupView = { name: string; reason: string; createdAt: string; bytes: number };

export type ImportResult = { documents: DocumentSummary[]; units: number; skipped: number };

/** Texts larger than this are refused by validation; bulk imports go through the CLI's file paths. */
export const maxTextLength = 64 * 1024 * 1024;

export type Api = {
  'corpus.info': {
    args: Record<string, never>;
    result: { schemaVersion: number; documentCount: number; databasePath: string };
  };
  'document.list': {
    args: { after?: number; limit?: number };
    result: { documents: DocumentSummary[]; next: number | null };
  };
  'document.get': { args: { documentId: number }; result: DocumentSummary };
  'document.import': {
    args: {
      title: string;
      source: string;
      target: string;
      sourceLang?: string;
      targetLang?: string;
      presegmented?: boolean;
    };
    result: DocumentSummary;
  };
  'document.importTmx': {
    args: {
      content: string;
      /** Title for units without an x-document property (a Setu export names its documents). */
      title: string;
      sourceLang?: string;
      targetLang?: string;
      inlineTags?: 'text' | 'strip';
    };
    result: ImportResult;
  };
  'document.importTable': {
    args: {
      content: string;
      title: string;
      format: 'tsv' | 'csv';
      sourceLang?: string;
      targetLang?: string;
    };
    result: ImportResult;
  };
  'document.rename': { args: { documentId: number; title: string }; result: DocumentSummary };
  'document.delete': { args: { documentId: number }; result: { deleted: number } };
  'document.export': {
    args: { documentId?: number; options: ExportOptions };
    result: { filename: string; mediaType: string; content: string };
  };
  'text.segment': {
    args: { text: string; lang: string; presegmented?: boolean };
    result: { sentences: string[] };
  };
  'bead.list': {
    /** withFlags: run the QA checks on each bead returned (names, numbers, empty sides). */
    args: { documentId: number; from?: number; limit?: number; withFlags?: boolean };
    result: { beads: BeadView[]; revision: number; beadCount: number };
  };
  'bead.search': {
    args: {
      documentId: number;
      /** Words to find on either side (each matches whole words by prefix). */
      query?: string;
      status?: BeadStatus;
      /** Only beads the aligner scored below this. */
      maxScore?: number;
      /** Only beads that are not 1-1. */
      notOneToOne?: boolean;
      /** Start at this ordinal (keyset paging: pass the last ordinal seen + 1). */
      from?: number;
      limit?: number;
    };
    result: { beads: BeadView[]; next: number | null };
  };
  'target.edit': {
    args: { documentId: number; beadId: number; text: string; baseRev: number };
    result: BeadPatch;
  };
  'bead.merge': {
    args: { documentId: number; beadId: number; direction: 'next' | 'previous'; baseRev: number };
    result: BeadPatch;
  };
  'bead.split': {
    args: {
      documentId: number;
      beadId: number;
      /** How many source sentences stay in the first bead. */
      sourceSentences: number;
      /** How many target sentences stay in the first bead (or give `targetOffset`). */
      targetSentences?: number;
      /** Split the target text at this UTF-16 offset into the bead's joined English text. */
      targetOffset?: number;
      baseRev: number;
    };
    result: BeadPatch;
  };
  'bead.move': {
    args: {
      documentId: number;
      beadId: number;
      side: Side;
      edge: 'first' | 'last';
      baseRev: number;
    };
    result: BeadPatch;
  };
  'bead.insert': { args: { documentId: number; at: number; baseRev: number }; result: BeadPatch };
  'bead.delete': {
    args: { documentId: number; beadId: number; baseRev: number };
    result: BeadPatch;
  };
  'bead.setStatus': {
    args: { documentId: number; beadId: number; status: BeadStatus; baseRev: number };
    result: BeadPatch;
  };
  'bead.confirmThrough': {
    args: { documentId: number; ordinal: number; baseRev: number };
    result: BeadPatch;
  };
  'bead.setNote': {
    args: { documentId: number; beadId: number; note: string; baseRev: number };
    result: BeadPatch;
  };
  'history.undo': { args: { documentId: number; baseRev: number }; result: BeadPatch | null };
  'history.redo': { args: { documentId: number; baseRev: number }; result: BeadPatch | null };
  'history.list': {
    args: { documentId: number; beadId?: number; limit?: number };
    result: { revisions: RevisionView[] };
  };
  'glossary.list': {
    args: { after?: number; limit?: number };
    result: { entries: GlossaryEntry[]; next: number | null };
  };
  'glossary.add': {
    args: { source: string; target: string; variants?: string[]; note?: string };
    result: GlossaryEntry;
  };
  'glossary.delete': { args: { id: number }; result: { deleted: number } };
  /** Snapshots of the corpus file (taken before migrations and bulk imports, or on demand). */
  'backup.list': { args: Record<string, never>; result: { backups: BackupView[] } };
  'backup.create': { args: Record<string, never>; result: BackupView };
  /** A mined pair the reviewer turned down: mining never proposes it again. */
  'glossary.reject': { args: { source: string; target: string }; result: { rejected: number } };
  'bead.hints': {
    args: { documentId: number; beadId: number };
    result: { hints: NameHintView[]; flags: QaFlagView[] };
  };
  /** Proposes glossary pairs from a document (or the corpus), leaving out known and rejected ones. */
  'names.mine': {
    args: { documentId?: number; minimumCount?: number };
    result: { pairs: MinedPairView[] };
  };
};

export type MethodName = keyof Api;
export type ArgsOf<K extends MethodName> = Api[K]['args'];
export type ResultOf<K extends MethodName> = Api[K]['result'];

export type MethodSpec<A> = {
  /** Mutations run in one transaction that writes a revision; queries only read. */
  kind: 'query' | 'mutation';
  args: Validator<A>;
};

const id = integer({ min: 1 });
const ordinal = integer({ min: 0 });
const baseRev = integer({ min: 0 });
const limit = optional(integer({ min: 1, max: 5000 }));
const lang = string({ minLength: 2, maxLength: 35 });
const text = string({ maxLength: maxTextLength });
const noArgs: Validator<Record<string, never>> = object({});

export const apiMethods = {
  'corpus.info': { kind: 'query', args: noArgs },
  'document.list': { kind: 'query', args: object({ after: optional(integer({ min: 0 })), limit }) },
  'document.get': { kind: 'query', args: object({ documentId: id }) },
  'document.import': {
    kind: 'mutation',
    args: object({
      title: string({ minLength: 1, maxLength: 500 }),
      source: text,
      target: text,
      sourceLang: optional(lang),
      targetLang: optional(lang),
      presegmented: optional(boolean),
    }),
  },
  'document.importTmx': {
    kind: 'mutation',
    args: object({
      content: text,
      title: string({ minLength: 1, maxLength: 500 }),
      sourceLang: optional(lang),
      targetLang: optional(lang),
      inlineTags: optional(literal(['text', 'strip'])),
    }),
  },
  'document.importTable': {
    kind: 'mutation',
    args: object({
      content: text,
      title: string({ minLength: 1, maxLength: 500 }),
      format: literal(['tsv', 'csv']),
      sourceLang: optional(lang),
      targetLang: optional(lang),
    }),
  },
  'document.rename': {
    kind: 'mutation',
    args: object({ documentId: id, title: string({ minLength: 1, maxLength: 500 }) }),
  },
  'document.delete': { kind: 'mutation', args: object({ documentId: id }) },
  'document.export': {
    kind: 'query',
    args: object({
      documentId: optional(id),
      options: object({
        format: literal(exportFormats),
        confirmedOnly: optional(boolean),
        skipUnpaired: optional(boolean),
        paragraphUnits: optional(boolean),
        sourceLang: optional(lang),
        targetLang: optional(lang),
      }),
    }),
  },
  'text.segment': {
    kind: 'query',
    args: object({ text, lang, presegmented: optional(boolean) }),
  },
  'bead.list': {
    kind: 'query',
    args: object({ documentId: id, from: optional(ordinal), limit, withFlags: optional(boolean) }),
  },
  'bead.search': {
    kind: 'query',
    args: object({
      documentId: id,
      query: optional(string({ maxLength: 1000 })),
      status: optional(literal(beadStatuses)),
      maxScore: optional(number),
      notOneToOne: optional(boolean),
      from: optional(ordinal),
      limit,
    }),
  },
  'target.edit': {
    kind: 'mutation',
    args: object({ documentId: id, beadId: id, text: string({ maxLength: 1_000_000 }), baseRev }),
  },
  'bead.merge': {
    kind: 'mutation',
    args: object({ documentId: id, beadId: id, direction: literal(['next', 'previous']), baseRev }),
  },
  'bead.split': {
    kind: 'mutation',
    args: object({
      documentId: id,
      beadId: id,
      sourceSentences: ordinal,
      targetSentences: optional(ordinal),
      targetOffset: optional(ordinal),
      baseRev,
    }),
  },
  'bead.move': {
    kind: 'mutation',
    args: object({
      documentId: id,
      beadId: id,
      side: literal(['source', 'target']),
      edge: literal(['first', 'last']),
      baseRev,
    }),
  },
  'bead.insert': { kind: 'mutation', args: object({ documentId: id, at: ordinal, baseRev }) },
  'bead.delete': { kind: 'mutation', args: object({ documentId: id, beadId: id, baseRev }) },
  'bead.setStatus': {
    kind: 'mutation',
    args: object({ documentId: id, beadId: id, status: literal(beadStatuses), baseRev }),
  },
  'bead.confirmThrough': {
    kind: 'mutation',
    args: object({ documentId: id, ordinal, baseRev }),
  },
  'bead.setNote': {
    kind: 'mutation',
    args: object({ documentId: id, beadId: id, note: string({ maxLength: 10_000 }), baseRev }),
  },
  'history.undo': { kind: 'mutation', args: object({ documentId: id, baseRev }) },
  'history.redo': { kind: 'mutation', args: object({ documentId: id, baseRev }) },
  'history.list': {
    kind: 'query',
    args: object({ documentId: id, beadId: optional(id), limit }),
  },
  'glossary.list': {
    kind: 'query',
    args: object({ after: optional(integer({ min: 0 })), limit }),
  },
  'glossary.add': {
    kind: 'mutation',
    args: object({
      source: string({ minLength: 1, maxLength: 500 }),
      target: string({ minLength: 1, maxLength: 500 }),
      variants: optional(array(string({ minLength: 1, maxLength: 500 }), { maxLength: 100 })),
      note: optional(string({ maxLength: 10_000 })),
    }),
  },
  'glossary.delete': { kind: 'mutation', args: object({ id }) },
  'backup.list': { kind: 'query', args: noArgs },
  'backup.create': { kind: 'query', args: noArgs },
  'glossary.reject': {
    kind: 'mutation',
    args: object({
      source: string({ minLength: 1, maxLength: 500 }),
      target: string({ minLength: 1, maxLength: 500 }),
    }),
  },
  'bead.hints': { kind: 'query', args: object({ documentId: id, beadId: id }) },
  'names.mine': {
    kind: 'query',
    args: object({
      documentId: optional(id),
      minimumCount: optional(integer({ min: 1, max: 1000 })),
    }),
  },
} satisfies { [K in MethodName]: MethodSpec<ArgsOf<K>> };

export const methodNames = Object.keys(apiMethods) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(apiMethods, name);
}

/** The handler table corpus/node implements; `satisfies Handlers<Database>` there makes a missing or extra method a compile error. */
export type Handlers<Db> = { [K in MethodName]: (db: Db, args: ArgsOf<K>) => ResultOf<K> };
