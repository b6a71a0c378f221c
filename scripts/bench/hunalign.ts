// hunalign (https://github.com/danielvarga/hunalign, the aligner inside LF Aligner and
// InterText), measured by `npm run bench:align` beside Setu when a binary is at hand: set
// SETU_HUNALIGN to one built from its source, or put `hunalign` on the PATH. Nothing of hunalign
// is in this repository.
//
// Run as issue 3 describes the baseline: an empty dictionary (its setting for a pair without
// one). hunalign reads one sentence per line and words separated by spaces, so its input is
// prepared as its documentation asks: punctuation split off the edges of words, and, for the
// running text of raw mode, sentences cut after . ? ! । ॥ (not after common English
// abbreviations or initials). This preparation reproduces the issue's figures, strict F1 0.931
// (index) and 0.934 (raw); it is not timed, as hunalign alone is.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { median } from './data';

/** The hunalign binary to compare with, or null. */
export function hunalignBinary(): string | null {
  const given = process.env.SETU_HUNALIGN;
  if (given) return path.resolve(given);
  for (const directory of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(directory, 'hunalign');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this directory.
    }
  }
  return null;
}

const lineBreak = /\r?\n/;

function linesOf(text: string): string[] {
  const lines = text.split(lineBreak);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** ASCII whitespace only, as hunalign's `istream >> word` sees it. */
const trimAscii = (text: string) => text.replace(/^[ \t\r\n\v\f]+|[ \t\r\n\v\f]+$/g, '');

const sentenceEnd = /[.?!\u0964\u0965]+(?:\s?["'\u2019\u201c\u201d\u00bb)\]])*(?=\s)/gu;
const abbreviationBefore =
  /(?:^|[\s("'])(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|No|vs|etc|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|[A-Z])\.$/;

/** Sentences of running text, for hunalign, which does not split them itself. */
function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of linesOf(text).map(trimAscii)) {
    if (line === '') continue;
    let start = 0;
    sentenceEnd.lastIndex = 0;
    for (let match = sentenceEnd.exec(line); match; match = sentenceEnd.exec(line)) {
      const end = match.index + match[0].length;
      if (
        match[0] === '.' &&
        abbreviationBefore.test(line.slice(Math.max(0, match.index - 6), end))
      )
        continue;
      const sentence = trimAscii(line.slice(start, end));
      if (sentence) sentences.push(sentence);
      start = end;
    }
    const rest = trimAscii(line.slice(start));
    if (rest) sentences.push(rest);
  }
  return sentences;
}

const edges = /^([\p{P}\p{S}]*)(.*?)([\p{P}\p{S}]*)$/u;

/** Punctuation split off the edges of words: "(MWP)." → "( MWP ) .". */
function tokenize(sentence: string): string {
  const words = sentence.split(/[ \t]+/).map((word) => {
    const [, before = '', middle = '', after = ''] = edges.exec(word) ?? [];
    return [...before, middle, ...after].filter(Boolean).join(' ');
  });
  return trimAscii(words.join(' ').replace(/[ \t]+/g, ' '));
}

export type HunalignDocument = { name: string; source: string; target: string };

export type HunalignRun = {
  /** Median wall time of one `hunalign -batch` process over all documents. */
  batchMs: number;
  /** Median wall time of one hunalign process per document, run from a shell loop. */
  perDocumentMs: number;
};

/**
 * Aligns the documents with hunalign, writing `<name>.pred.json` into `predictions` (index mode:
 * a bead list; raw mode: the sentences it was given and the beads), and times it.
 */
export function runHunalign(
  binary: string,
  documents: readonly HunalignDocument[],
  mode: 'raw' | 'index',
  work: string,
  predictions: string,
  runs: number,
): HunalignRun {
  const input = path.join(work, 'input');
  mkdirSync(input, { recursive: true });
  mkdirSync(predictions, { recursive: true });
  const dictionary = path.join(work, 'empty.dic');
  writeFileSync(dictionary, '');
  const prepared = documents.map((document) => {
    const sides = [document.source, document.target].map((file) => {
      const text = readFileSync(file, 'utf8');
      return mode === 'index' ? linesOf(text) : splitSentences(text);
    });
    const files = sides.map((sentences, side) => {
      const file = path.join(input, `${document.name}.${side === 0 ? 'bn' : 'en'}`);
      // No final line break: hunalign would read an empty last sentence.
      writeFileSync(file, sentences.map(tokenize).join('\n'));
      return file;
    });
    return { name: document.name, sentences: sides, files };
  });

  const listFor = (run: string) => {
    const output = path.join(work, run);
    mkdirSync(output, { recursive: true });
    const list = path.join(work, `${run}.tsv`);
    writeFileSync(
      list,
      prepared
        .map(({ name, files }) => [...files, path.join(output, `${name}.ladder`)].join('\t'))
        .join('\n') + '\n',
    );
    return { list, output };
  };
  const time = (command: string, args: string[]) => {
    const start = performance.now();
    const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const wallMs = performance.now() - start;
    if (result.status !== 0) throw new Error(`${command} failed: ${String(result.stderr)}`);
    return wallMs;
  };

  // Each run writes into a new folder, as Setu's runs do.
  const batchTimes: number[] = [];
  const perDocumentTimes: number[] = [];
  let ladders = '';
  for (let run = 0; run <= runs; run++) {
    const batch = listFor(`batch-${run}`);
    const batchMs = time(binary, ['-batch', dictionary, batch.list]);
    const single = listFor(`single-${run}`);
    const perDocumentMs = time('/bin/sh', [
      '-c',
      'while IFS="$(printf "\\t")" read -r source target ladder; do "$0" "$1" "$source" "$target" > "$ladder" || exit 1; done < "$2"',
      binary,
      dictionary,
      single.list,
    ]);
    // The first run warms the file cache and is not counted.
    if (run === 0) continue;
    batchTimes.push(batchMs);
    perDocumentTimes.push(perDocumentMs);
    ladders = batch.output;
  }

  for (const { name, sentences } of prepared) {
    const [sourceCount, targetCount] = sentences.map((side) => side.length) as [number, number];
    // Each line is a rung "source<TAB>target<TAB>score": the first source and target sentences
    // that correspond; the last rung, (sourceCount, targetCount), is left out. Consecutive rungs
    // bound one bead.
    const rungs = linesOf(readFileSync(path.join(ladders, `${name}.ladder`), 'utf8'))
      .filter((line) => line.trim() !== '')
      .map((line) => line.split('\t').slice(0, 2).map(Number) as [number, number]);
    rungs.push([sourceCount, targetCount]);
    const beads: Array<[number[], number[]]> = [];
    for (let index = 0; index + 1 < rungs.length; index++) {
      const [sourceFrom, targetFrom] = rungs[index]!;
      const [sourceTo, targetTo] = rungs[index + 1]!;
      const range = (from: number, to: number) =>
        Array.from({ length: Math.max(0, to - from) }, (_, offset) => from + offset);
      const bead: [number[], number[]] = [range(sourceFrom, sourceTo), range(targetFrom, targetTo)];
      if (bead[0].length > 0 || bead[1].length > 0) beads.push(bead);
    }
    const prediction =
      mode === 'index'
        ? beads
        : { bn: { sentences: sentences[0] }, en: { sentences: sentences[1] }, beads };
    writeFileSync(path.join(predictions, `${name}.pred.json`), JSON.stringify(prediction));
  }
  const middle = (values: number[]) => median(values, (value) => value);
  return { batchMs: middle(batchTimes), perDocumentMs: middle(perDocumentTimes) };
}
