// `setu`: a table of commands, each loaded when it runs, so that `setu align` starts without
// SQLite, the HTTP server or the TMX reader (a cold start is most of a small batch's time).

import { ApiError } from '../../../shared/errors';
import { SchemaTooNewError } from '../db/migrate';
import { UsageError } from './args';
import { writeStdout } from './output';

const usage = `Setu (সেতু): Bengali–English translation alignment

Usage: setu <command> [options]

Commands:
  segment --lang bn|en FILE          print one sentence per line
  align SOURCE TARGET                align two texts and print the alignment
        [--presegmented] [--format json|tsv|tmx] [--output FILE]
        [--lang-source bn] [--lang-target en]
  align --batch LIST.tsv --output-dir DIR [--presegmented] [--jobs N]
        [--lang-source bn] [--lang-target en]
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

type Command = (argv: string[]) => Promise<void> | void;

const commands: Record<string, () => Promise<Command>> = {
  segment: async () => (await import('./text-commands')).segmentCommand,
  align: async () => (await import('./text-commands')).alignCommand,
  import: async () => (await import('./corpus-commands')).importCommand,
  list: async () => (await import('./corpus-commands')).listCommand,
  serve: async () => (await import('./corpus-commands')).serveCommand,
  export: async () => {
    const [{ exportCommand }, { openCliCorpus }] = await Promise.all([
      import('./export'),
      import('./corpus-commands'),
    ]);
    return (argv) => exportCommand.run(argv, openCliCorpus);
  },
  backup: async () => (await import('./backup')).backupCommand,
  'import-tmx': async () => {
    const [{ importUnitsCommand }, { openCliCorpus }] = await Promise.all([
      import('./import'),
      import('./corpus-commands'),
    ]);
    return (argv) => importUnitsCommand('tmx', argv, openCliCorpus);
  },
  'import-tsv': async () => {
    const [{ importUnitsCommand }, { openCliCorpus }] = await Promise.all([
      import('./import'),
      import('./corpus-commands'),
    ]);
    return (argv) => importUnitsCommand('table', argv, openCliCorpus);
  },
  names: async () => (await import('./names')).namesCommand,
  glossary: async () => {
    const [{ glossaryCommand }, { openCliCorpus }] = await Promise.all([
      import('./names'),
      import('./corpus-commands'),
    ]);
    return (argv) => glossaryCommand(argv, openCliCorpus);
  },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    writeStdout(usage + '\n');
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    writeStdout('setu 0.1.0\n');
    return 0;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`setu: unknown command “${name}” (see setu --help)\n`);
    return 2;
  }
  try {
    const command = await load();
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

/** A worker thread's entry for `align --batch --jobs N` (see batch-worker.ts). */
export async function serveBatchWorker(): Promise<void> {
  (await import('./batch-worker')).serveBatchJobs();
}
