// The commands that work on a corpus (a SQLite file): import, list, serve.

import { existsSync } from 'node:fs';
import { ApiError } from '../../../shared/errors';
import { snapshot } from '../backup';
import { openCorpus } from '../db/open';
import { createCorpus } from '../dispatch';
import type { Corpus } from '../dispatch';
import { readTextFile } from '../files';
import { defaultDatabasePath, rendererDirectory } from '../paths';
import { seedSample } from '../samples';
import { startServer } from '../server';
import { integerOption, parseCommand, UsageError } from './args';
import { writeStdout } from './output';

/** Opens --db, or the default corpus (seeded with the sample the first time). */
export function openCliCorpus(database: string | undefined): Corpus {
  const file = database ?? defaultDatabasePath();
  const fresh = !existsSync(file);
  const corpus = createCorpus(openCorpus(file));
  if (fresh && database === undefined) seedSample(corpus);
  return corpus;
}

export function importCommand(argv: string[]): void {
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
    writeStdout(
      `Imported document ${document.id} “${document.title}”: ${document.beadCount} beads\n`,
    );
  } finally {
    corpus.db.close();
  }
}

export function listCommand(argv: string[]): void {
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
        writeStdout(
          `${document.id}\t${document.title}\t${document.confirmedCount}/${document.beadCount} confirmed\n`,
        );
      }
      if (page.next === null) break;
      after = page.next;
    }
  } finally {
    corpus.db.close();
  }
}

export async function serveCommand(argv: string[]): Promise<void> {
  const { values } = parseCommand(
    argv,
    { db: { type: 'string' }, port: { type: 'string' } },
    { min: 0, max: 0, names: 'no arguments' },
  );
  const port = integerOption(values.port, 'port') ?? 0;
  if (port > 65535) throw new UsageError(`--port must be 0 (any free port) to 65535, not ${port}`);
  const corpus = openCliCorpus(values.db);
  const server = await startServer({ corpus, staticDirectory: rendererDirectory, port }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES')
        throw new ApiError(
          'bad_input',
          `cannot serve on port ${port} (${error.code === 'EADDRINUSE' ? 'another program is using it' : 'not allowed'}): choose another with --port, or --port 0 for any free one.`,
        );
      throw error;
    },
  );
  writeStdout(`Setu is serving ${server.url}\n`);
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
}
