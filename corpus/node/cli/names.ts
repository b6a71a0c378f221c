import { joinSentences } from '../../../shared/model';
import { mineNamePairs } from '../../common/names';
import type { Corpus } from '../dispatch';
import { readTextFile, writeChunksAtomically } from '../files';
import { segmentAndAlign } from '../handlers/documents';
import { parseGlossaryTsv } from '../samples';
import { allGlossaryEntries } from '../store/glossary';
import { parseCommand, UsageError } from './args';
import { writeStdout } from './output';

const tsvField = (text: string) => text.replace(/[\t\r\n]+/g, ' ');

/** `setu names SOURCE TARGET`: aligns the pair and prints the glossary pairs mined from it. */
export function namesCommand(argv: string[]): void {
  const { values, positionals } = parseCommand(
    argv,
    { presegmented: { type: 'boolean' }, format: { type: 'string' } },
    { min: 2, max: 2, names: 'SOURCE and TARGET files' },
  );
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'tsv') throw new UsageError('--format must be json or tsv');
  const alignment = segmentAndAlign(
    { text: readTextFile(positionals[0]!), lang: 'bn' },
    { text: readTextFile(positionals[1]!), lang: 'en' },
    values.presegmented ?? false,
  );
  const beads = alignment.beads.map((bead) => ({
    source: joinSentences(bead.source.map((index) => alignment.source.sentences[index]!)),
    target: joinSentences(bead.target.map((index) => alignment.target.sentences[index]!)),
  }));
  const pairs = mineNamePairs(beads);
  if (format === 'json') {
    writeStdout(JSON.stringify(pairs, null, 1) + '\n');
    return;
  }
  writeStdout('bn\ten\tvariants\tcount\tscore\n');
  for (const pair of pairs) {
    writeStdout(
      `${tsvField(pair.bn)}\t${tsvField(pair.en)}\t${pair.variants.map(tsvField).join('|')}\t${pair.count}\t${pair.score.toFixed(3)}\n`,
    );
  }
}

/** `setu glossary import|export FILE`: TSV with bn, en, variants (|-separated), note. */
export function glossaryCommand(
  argv: string[],
  open: (database: string | undefined) => Corpus,
): void {
  const { values, positionals } = parseCommand(
    argv,
    { db: { type: 'string' } },
    { min: 2, max: 2, names: 'import|export and a FILE' },
  );
  const [action, file] = positionals as [string, string];
  if (action !== 'import' && action !== 'export')
    throw new UsageError(`unknown glossary action “${action}”: use import or export`);
  const corpus = open(values.db);
  try {
    if (action === 'export') {
      const rows = allGlossaryEntries(corpus.db).map(
        (entry) =>
          `${tsvField(entry.source)}\t${tsvField(entry.target)}\t${entry.variants.map(tsvField).join('|')}\t${tsvField(entry.note ?? '')}\n`,
      );
      writeChunksAtomically(file, ['bn\ten\tvariants\tnote\n', ...rows]);
      writeStdout(`Wrote ${rows.length} glossary entries to ${file}\n`);
      return;
    }
    const entries = parseGlossaryTsv(readTextFile(file));
    entries.forEach((entry, index) => {
      if (!entry.source || !entry.target) {
        throw new UsageError(`${file}, line ${index + 2}: a glossary row needs bn and en columns`);
      }
    });
    corpus.db.transaction(() => entries.forEach((entry) => corpus.call('glossary.add', entry)))();
    writeStdout(`Imported ${entries.length} glossary entries from ${file}\n`);
  } finally {
    corpus.db.close();
  }
}
