import { existsSync, writeFileSync } from 'node:fs';
import { ApiError } from '../../../shared/errors';
import { createCorpus } from '../dispatch';
import type { Corpus } from '../dispatch';
import { openCorpus } from '../db/open';
import { SchemaTooNewError } from '../db/migrate';
import { segmentText } from '../handlers/documents';
import { readTextFile } from '../files';
import { defaultDatabasePath, rendererDirectory } from '../paths';
import { seedSample } from '../samples';
import { startServer } from '../server';
import { integerOption, parseCommand, UsageError } from './args';
import { alignmentJson } from './alignment';
import { parseBatchList, runBatch } from './batch';
import { exportCommand } from './export';
import { importUnitsCommand } from './import';
import { glossaryCommand, namesCommand } from './names';
import { backupCommand } from './backup';
import { snapshot } from '../backup';

const usage = `Setu (সেতু): Bengali–English translation alignment

Usage: setu <command> [options]

Commands:
  segment --lang bn|en FILE          print one sentence per line
  align SOURCE TARGET                align two texts and print the alignment
        [--presegmented] [--format json|tsv|tmx] [--output FILE]
  align --batch LIST.tsv --output-dir DIR [--presegmented] [--jobs N]
                                     align many pairs (LIST: SOURCE<TAB>TARGET[<TAB>ID] per line)
                                     into DIR/<ID>.json
  import SOURCE TARGET [--db FILE] [--title T] [--presegmented]
                                     segment, align and store a document pair
  import-tmx FILE [--db FILE] [--title T] [--lang-source bn] [--lang-target en] [--strip-tags]
                                     import a TMX (1.1–1.4b, UTF-8 or UTF-16) as documents
  import-tsv FILE [--db FILE] [--title T] [--format tsv|csv]
                                     import bn, en, status, score, note rows
  export [--db FILE] [--doc ID] --format tmx|tsv|csv|xliff --output FILE
        [--confirmed-only] [--skip-unpaired] [--paragraph-units]
        [--lang-source bn-BD] [--lang-target en-US]
  list [--db FILE]                   list the documents in the corpus
  names SOURCE TARGET [--presegmented] [--format json|tsv]
                                     align the pair and print the name pairs mined from it
  glossary import|export FILE [--db FILE]
                                     glossary as TSV: bn, en, variants (|-separated), note
  serve [--db FILE] [--port N]       serve the workbench on 127.0.0.1 and print its URL
  backup list|create|restore NAME [--db FILE]
                                     snapshots taken before migrations and imports

Without --db, the corpus in your data folder is used (created with the sample article on first use;
SETU_HOME moves it). Exit codes: 0 ok, 1 bad input, 2 usage.`;

/** Opens --db, or the default corpus (seeded with the sample the first time). */
export function openCliCorpus(database: string | undefined): Corpus {
  const file = database ?? defaultDatabasePath();
  const fresh = !existsSync(file);
  const corpus = createCorpus(openCorpus(file));
  if (fresh && database === undefined) seedSample(corpus);
  return corpus;
}

function writeOutput(output: string | undefined, content: string): void {
  if (output === undefined) process.stdout.write(content);
  else writeFileSync(output, content);
}

const commands: Record<string, (argv: string[]) => Promise<void> | void> = {
  segment(argv) {
    const { values, positionals } = parseCommand(
      argv,
      { lang: { type: 'string' } },
      { min: 1, max: 1, names: 'one FILE' },
    );
    const lang = values.lang ?? 'bn';
    const segmentation = segmentText(readTextFile(positionals[0]!), lang);
    process.stdout.write(
      segmentation.sentences
        .map((sentence) => sentence.text.replace(/\s*[\r\n]+\s*/g, ' ') + '\n')
        .join(''),
    );
  },

  async align(argv) {
    const { values, positionals } = parseCommand(
      argv,
      {
        batch: { type: 'string' },
        'output-dir': { type: 'string' },
        jobs: { type: 'string' },
        presegmented: { type: 'boolean' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'lang-source': { type: 'string' },
        'lang-target': { type: 'string' },
      },
      { min: 0, max: 2, names: 'SOURCE and TARGET files' },
    );
    if (values.batch !== undefined) {
      if (positionals.length > 0)
        throw new UsageError('give either SOURCE TARGET or --batch LIST, not both');
      if (values['output-dir'] === undefined)
        throw new UsageError('--batch needs --output-dir DIR');
      const pairs = parseBatchList(readTextFile(values.batch), values.batch);
      const outcomes = await runBatch(pairs, {
        outputDirectory: values['output-dir'],
        presegmented: values.presegmented ?? false,
        jobs: integerOption(values.jobs, 'jobs'),
      });
      const failed = outcomes.filter((outcome) => outcome.error !== null).length;
      if (failed > 0)
        throw new ApiError(
          'bad_input',
          `${failed} of ${outcomes.length} pairs failed (see above); the others were written.`,
        );
      return;
    }
    if (positionals.length !== 2)
      throw new UsageError('expected SOURCE and TARGET files (or --batch LIST)');
    const format = values.format ?? 'json';
    if (!['json', 'tsv', 'tmx'].includes(format))
      throw new UsageError(`--format must be json, tsv or tmx, not “${format}”`);
    const presegmented = values.presegmented ?? false;
    const sourceLang = values['lang-source'] ?? 'bn';
    const targetLang = values['lang-target'] ?? 'en';
    const source = { text: readTextFile(positionals[0]!), lang: sourceLang };
    const target = { text: readTextFile(positionals[1]!), lang: targetLang };
    const { alignment, ...result } = alignmentJson(source, target, presegmented);
    if (format === 'json') {
      writeOutput(values.output, JSON.stringify(result) + '\n');
      return;
    }
    const textOf = (sentences: { text: string }[], indices: number[]) =>
      indices.map((index) => sentences[index]!.text).join(' ');
    const pairs = alignment.beads.map((bead) => ({
      source: textOf(alignment.source.sentences, bead.source),
      target: textOf(alignment.target.sentences, bead.target),
      score: bead.score,
    }));
    writeOutput(
      values.output,
      exportCommand.formatPairs(format, pairs, { sourceLang, targetLang }),
    );
  },

  import(argv) {
    const { values, positionals } = parseCommand(
      argv,
      { db: { type: 'string' }, title: { type: 'string' }, presegmented: { type: 'boolean' } },
      { min: 2, max: 2, names: 'SOURCE and TARGET files' },
    );
    const source = readTextFile(positionals[0]!);
    const target = readTextFile(positionals[1]!);
    for (const [file, text] of [
      [positionals[0]!, source],
      [positionals[1]!, target],
    ] as const) {
      if (text.trim() === '') throw new ApiError('bad_input', `${file}: the file is empty.`);
    }
    const corpus = openCliCorpus(values.db);
    try {
      if (corpus.call('corpus.info', {}).documentCount > 0) snapshot(corpus.db, 'before-import');
      const title =
        values.title ?? positionals[0]!.replace(/^.*[\\/]/, '').replace(/\.[^.]*(\.txt)?$/, '');
      const document = corpus.call('document.import', {
        title,
        source,
        target,
        presegmented: values.presegmented ?? false,
      });
      process.stdout.write(
        `Imported document ${document.id} “${document.title}”: ${document.beadCount} beads\n`,
      );
    } finally {
      corpus.db.close();
    }
  },

  list(argv) {
    const { values } = parseCommand(
      argv,
      { db: { type: 'string' } },
      { min: 0, max: 0, names: 'no arguments' },
    );
    const corpus = openCliCorpus(values.db);
    try {
      let after = 0;
      for (;;) {
        const page = corpus.call('document.list', { after, limit: 500 });
        for (const document of page.documents) {
          process.stdout.write(
            `${document.id}\t${document.title}\t${document.confirmedCount}/${document.beadCount} confirmed\n`,
          );
        }
        if (page.next === null) break;
        after = page.next;
      }
    } finally {
      corpus.db.close();
    }
  },

  export: (argv) => exportCommand.run(argv, openCliCorpus),

  backup: (argv) => backupCommand(argv),

  'import-tmx': (argv) => importUnitsCommand('tmx', argv, openCliCorpus),

  'import-tsv': (argv) => importUnitsCommand('table', argv, openCliCorpus),

  names: (argv) => namesCommand(argv),

  glossary: (argv) => glossaryCommand(argv, openCliCorpus),

  async serve(argv) {
    const { values } = parseCommand(
      argv,
      { db: { type: 'string' }, port: { type: 'string' } },
      { min: 0, max: 0, names: 'no arguments' },
    );
    const corpus = openCliCorpus(values.db);
    const server = await startServer({
      corpus,
      staticDirectory: rendererDirectory,
      port: integerOption(values.port, 'port') ?? 0,
    });
    process.stdout.write(`Setu is serving ${server.url}\n`);
    if (!existsSync(rendererDirectory))
      process.stderr.write(
        'The UI is not built yet: run `npm run build` (the API works meanwhile).\n',
      );
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    corpus.db.close();
  },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage + '\n');
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    process.stdout.write('setu 0.1.0\n');
    return 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`setu: unknown command “${name}” (see setu --help)\n`);
    return 2;
  }
  try {
    await command(rest);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`setu ${name}: ${error.message} (see setu --help)\n`);
      return 2;
    }
    if (error instanceof ApiError || error instanceof SchemaTooNewError) {
      process.stderr.write(`setu ${name}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
