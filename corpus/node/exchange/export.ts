import type { ExportOptions } from '../../../shared/model';
import type { ExchangeUnit } from '../../common/exchange/units';
import { withParagraphUnits } from '../../common/exchange/paragraphs';
import { writeTmx } from '../../common/exchange/tmx-writer';
import type { Db } from '../db/open';
import type { ExportUnit } from './units';
import { exportUnits } from './units';

export const setuVersion = '0.1.0';

export const mediaTypes = {
  tmx: 'application/x-tmx+xml',
  tsv: 'text/tab-separated-values; charset=utf-8',
  xliff: 'application/x-xliff+xml',
} as const;

function toExchangeUnit(unit: ExportUnit): ExchangeUnit {
  return {
    source: unit.source,
    target: unit.target,
    document: unit.document,
    status: unit.status,
    score: unit.score,
    note: unit.note,
    id: `${unit.documentId}-${unit.ordinal + 1}`,
  };
}

/** The export file as chunks, reading the corpus a page at a time (constant memory). */
export function* exportChunks(
  db: Db,
  documentId: number | undefined,
  options: ExportOptions,
): Generator<string> {
  const units = exportUnits(db, documentId, options);
  switch (options.format) {
    case 'tmx': {
      const sentences = function* () {
        for (const unit of units) yield toExchangeUnit(unit);
      };
      const paragraphBeads = function* () {
        for (const unit of units) {
          yield {
            ...toExchangeUnit(unit),
            sourceParagraphEnd: unit.sourceParagraphEnd,
            targetParagraphEnd: unit.targetParagraphEnd,
          };
        }
      };
      yield* writeTmx(options.paragraphUnits ? withParagraphUnits(paragraphBeads()) : sentences(), {
        creationToolVersion: setuVersion,
        sourceLang: options.sourceLang,
        targetLang: options.targetLang,
      });
      return;
    }
    default:
      throw new Error(`format ${options.format}`);
  }
}
