import path from 'node:path';
import { snapshot } from '../backup';
import type { Corpus } from '../dispatch';
import type { ImportProgress } from '../exchange/import';
import { importDelimited, importTmx, readFileChunks } from '../exchange/import';
import { parseCommand, UsageError } from './args';
import { writeStdout } from './output';

/** A progress bar on stderr (a line per 10 % when stderr is not a terminal). */
export function progressBar(label: string): ImportProgress & { finish(): void } {
  let lastTenth = -1;
  const draw: ImportProgress = (done, total) => {
    const fraction = total === 0 ? 1 : Math.min(1, done / total);
    if (process.stderr.isTTY) {
      const width = 30;
      const filled = Math.round(fraction * width);
      process.stderr.write(
        `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(fraction * 100)}%`,
      );
    } else if (Math.floor(fraction * 10) > lastTenth) {
      lastTenth = Math.floor(fraction * 10);
      process.stderr.write(`${label} ${lastTenth * 10}%\n`);
    }
  };
  return Object.assign(draw, { finish: () => process.stderr.isTTY && process.stderr.write('\n') });
}

const options = {
  db: { type: 'string' },
  title: { type: 'string' },
  'lang-source': { type: 'string' },
  'lang-target': { type: 'string' },
  'strip-tags': { type: 'boolean' },
  format: { type: 'string' },
} as const;

/** `setu import-tmx FILE` and `setu import-tsv FILE`: one transaction, a backup first. */
export function importUnitsCommand(
  kind: 'tmx' | 'table',
  argv: string[],
  open: (database: string | undefined) => Corpus,
): void {
  const { values, positionals } = parseCommand(argv, options, {
    min: 1,
    max: 1,
    names: 'one FILE',
  });
  const file = positionals[0]!;
  const format = values.format ?? (file.toLowerCase().endsWith('.csv') ? 'csv' : 'tsv');
  if (kind === 'table' && format !== 'tsv' && format !== 'csv')
    throw new UsageError('--format must be tsv or csv');
  const corpus = open(values.db);
  try {
    if (corpus.call('corpus.info', {}).documentCount > 0) snapshot(corpus.db, 'before-import');
    const bar = progressBar(`Importing ${path.basename(file)}`);
    const common = {
      title: values.title ?? path.basename(file).replace(/\.[^.]+$/, ''),
      sourceLang: values['lang-source'],
      targetLang: values['lang-target'],
    };
    const source = (feed: (text: string) => void) => readFileChunks(file, feed, bar);
    const result = corpus.db.transaction(() =>
      kind === 'tmx'
        ? importTmx(corpus.db, source, {
            ...common,
            inlineTags: values['strip-tags'] ? 'strip' : 'text',
          })
        : importDelimited(corpus.db, source, { ...common, format: format as 'tsv' | 'csv' }),
    )();
    bar.finish();
    for (const document of result.documents) {
      writeStdout(
        `Imported document ${document.id} “${document.title}”: ${document.beadCount} beads\n`,
      );
    }
    const skipped =
      result.skipped > 0 ? ` (${result.skipped} units without both languages skipped)` : '';
    writeStdout(`${result.units} units imported${skipped}\n`);
  } catch (error) {
    if (process.stderr.isTTY) process.stderr.write('\n');
    // Errors from the readers name the line; the file name makes the message complete.
    if (error instanceof Error && !error.message.includes(file))
      error.message = `${file}: ${error.message}`;
    throw error;
  } finally {
    corpus.db.close();
  }
}
