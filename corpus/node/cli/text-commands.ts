// The commands that need no corpus: `segment` and `align` (single pairs and batches). Kept apart
// from the corpus commands so that they start without loading SQLite, the server or the TMX
// reader (see main.ts).

import { ApiError } from '../../../shared/errors';
import { readTextFile, writeFileAtomically } from '../files';
import { segmentText } from '../handlers/documents';
import { integerOption, parseCommand, UsageError } from './args';
import { alignmentJson } from './alignment';
import { writeJsonPieces } from './json-pieces';
import { parseBatchList, runBatch } from './batch';
import { writeStdout } from './output';

function writeOutput(output: string | undefined, content: string): void {
  if (output === undefined) writeStdout(content);
  else writeFileAtomically(output, (write) => write(content));
}

/** JSON.stringify(value) and a line break, written in pieces (see json-pieces.ts). */
function writeJsonOutput(output: string | undefined, value: unknown): void {
  if (output === undefined) writeJsonPieces(value, writeStdout, '\n');
  else writeFileAtomically(output, (write) => writeJsonPieces(value, write, '\n'));
}

export function segmentCommand(argv: string[]): void {
  const { values, positionals } = parseCommand(
    argv,
    { lang: { type: 'string' } },
    { min: 1, max: 1, names: 'one FILE' },
  );
  const lang = values.lang ?? 'bn';
  const segmentation = segmentText(readTextFile(positionals[0]!), lang);
  writeStdout(
    segmentation.sentences
      .map((sentence) => sentence.text.replace(/\s*[\r\n]+\s*/g, ' ') + '\n')
      .join(''),
  );
}

export async function alignCommand(argv: string[]): Promise<void> {
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
    if (values['output-dir'] === undefined) throw new UsageError('--batch needs --output-dir DIR');
    if (values.format !== undefined || values.output !== undefined)
      throw new UsageError('--format and --output are for one pair: --batch writes JSON files');
    const jobs = integerOption(values.jobs, 'jobs');
    if (jobs === 0) throw new UsageError('--jobs is a number of threads: 1 or more');
    const pairs = parseBatchList(readTextFile(values.batch), values.batch);
    const outcomes = await runBatch(pairs, {
      outputDirectory: values['output-dir'],
      presegmented: values.presegmented ?? false,
      jobs,
      sourceLang: values['lang-source'] ?? 'bn',
      targetLang: values['lang-target'] ?? 'en',
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
  if (values['output-dir'] !== undefined || values.jobs !== undefined)
    throw new UsageError('--output-dir and --jobs are for --batch LIST: one pair takes --output');
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
    writeJsonOutput(values.output, result);
    return;
  }
  const textOf = (sentences: { text: string }[], indices: number[]) =>
    indices.map((index) => sentences[index]!.text).join(' ');
  const pairs = alignment.beads.map((bead) => ({
    source: textOf(alignment.source.sentences, bead.source),
    target: textOf(alignment.target.sentences, bead.target),
    score: bead.score,
  }));
  // The TMX writer is loaded only for these formats: `align` starts without it.
  const { exportCommand } = await import('./export');
  writeOutput(values.output, exportCommand.formatPairs(format, pairs, { sourceLang, targetLang }));
}
