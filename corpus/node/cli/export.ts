import type { ExportFormat } from '../../../shared/model';
import { exportFormats } from '../../../shared/model';
import { writeTmx } from '../../common/exchange/tmx-writer';
import type { Corpus } from '../dispatch';
import { exportChunks, setuVersion } from '../exchange/export';
import { writeChunksAtomically } from '../files';
import { integerOption, parseCommand, UsageError } from './args';
import { writeStdout } from './output';

type Pair = { source: string; target: string; score: number };

function formatPairs(
  format: string,
  pairs: Pair[],
  languages: { sourceLang: string; targetLang: string },
): string {
  if (format === 'tmx') {
    return [...writeTmx(pairs, { creationToolVersion: setuVersion, ...languages })].join('');
  }
  const clean = (text: string) => text.replace(/[\t\r\n]+/g, ' ');
  return pairs
    .map((pair) => `${clean(pair.source)}\t${clean(pair.target)}\t${pair.score.toFixed(3)}\n`)
    .join('');
}

function run(argv: string[], open: (database: string | undefined) => Corpus): void {
  const { values } = parseCommand(
    argv,
    {
      db: { type: 'string' },
      doc: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      'confirmed-only': { type: 'boolean' },
      'skip-unpaired': { type: 'boolean' },
      'paragraph-units': { type: 'boolean' },
      'lang-source': { type: 'string' },
      'lang-target': { type: 'string' },
    },
    { min: 0, max: 0, names: 'no positional arguments' },
  );
  const format = values.format;
  if (format === undefined || !exportFormats.includes(format as ExportFormat)) {
    throw new UsageError(`--format must be one of ${exportFormats.join(', ')}`);
  }
  if (values.output === undefined) throw new UsageError('--output FILE is required');
  const documentId = integerOption(values.doc, 'doc');
  const corpus = open(values.db);
  try {
    if (documentId !== undefined) corpus.call('document.get', { documentId });
    writeChunksAtomically(
      values.output,
      exportChunks(corpus.db, documentId, {
        format: format as ExportFormat,
        confirmedOnly: values['confirmed-only'],
        skipUnpaired: values['skip-unpaired'],
        paragraphUnits: values['paragraph-units'],
        sourceLang: values['lang-source'],
        targetLang: values['lang-target'],
      }),
    );
    writeStdout(`Wrote ${values.output}\n`);
  } finally {
    corpus.db.close();
  }
}

export const exportCommand = { run, formatPairs };
