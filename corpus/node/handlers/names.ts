import type { ArgsOf, ResultOf } from '../../../shared/api';
import type { BeadView, NameHintView, QaFlagView } from '../../../shared/model';
import { joinSentences } from '../../../shared/model';
import type { CompiledGlossary } from '../../common/names';
import { compileGlossary, hintsFor, mineNamePairs } from '../../common/names';
import { checkBead } from '../../common/qa';
import type { Db } from '../db/open';
import { readBead, readBeads } from '../store/beads';
import { getDocument } from '../store/documents';
import { allGlossaryEntries, glossaryVersion, rejectedPairs, rejectPair } from '../store/glossary';

let compiled: { version: string; glossary: CompiledGlossary } | null = null;

/** The glossary compiled for matching, rebuilt only when it changed. */
export function currentGlossary(db: Db): CompiledGlossary {
  const version = glossaryVersion(db);
  if (compiled?.version !== version)
    compiled = { version, glossary: compileGlossary(allGlossaryEntries(db)) };
  return compiled.glossary;
}

export function beadTexts(bead: BeadView): { source: string; target: string } {
  return { source: joinSentences(bead.source), target: joinSentences(bead.target) };
}

export function analyseBead(
  bead: BeadView,
  glossary: CompiledGlossary,
): { hints: NameHintView[]; flags: QaFlagView[] } {
  const texts = beadTexts(bead);
  const hints = hintsFor(texts.source, texts.target, glossary).map(
    ({ start, end, text, english, status, origin, target }) =>
      ({
        start,
        end,
        text,
        english,
        status,
        origin,
        ...(target ? { target } : {}),
      }) satisfies NameHintView,
  );
  const flags = checkBead(texts, {
    glossary,
    hints: hintsFor(texts.source, texts.target, glossary),
  }).map((flag) => flag satisfies QaFlagView);
  return { hints, flags };
}

/** Attaches QA flags to beads about to be listed. */
export function withFlags(db: Db, beads: BeadView[]): BeadView[] {
  const glossary = currentGlossary(db);
  return beads.map((bead) => ({ ...bead, flags: analyseBead(bead, glossary).flags }));
}

function* documentBeadTexts(db: Db, documentIds: number[]) {
  for (const documentId of documentIds) {
    for (let from = 0; ; from += 2000) {
      const page = readBeads(db, documentId, from, 2000);
      for (const bead of page) yield beadTexts(bead);
      if (page.length < 2000) break;
    }
  }
}

export const namesHandlers = {
  'bead.hints': (db: Db, args: ArgsOf<'bead.hints'>): ResultOf<'bead.hints'> =>
    analyseBead(readBead(db, args.documentId, args.beadId), currentGlossary(db)),
  'names.mine': (db: Db, args: ArgsOf<'names.mine'>): ResultOf<'names.mine'> => {
    const documentIds =
      args.documentId === undefined
        ? (db.prepare('SELECT id FROM document ORDER BY id').pluck().all() as number[])
        : [getDocument(db, args.documentId).id];
    const pairs = mineNamePairs([...documentBeadTexts(db, documentIds)], {
      known: allGlossaryEntries(db),
      rejected: rejectedPairs(db),
      ...(args.minimumCount ? { minimumCount: args.minimumCount } : {}),
    });
    return { pairs };
  },
  'glossary.reject': (db: Db, args: ArgsOf<'glossary.reject'>): ResultOf<'glossary.reject'> => ({
    rejected: rejectPair(db, args.source, args.target),
  }),
};
