// Aligns the development sets in ../shared/data with the library and scores them with
// ../shared/tools/score.mjs. Data: NTREX-128 (Federmann, Kocmi, Xin 2022; Microsoft Translator),
// CC BY-SA 4.0, read in place and never copied into the repository.
//
//   npx tsx scripts/eval-align.ts [--set ntrex-dev] [--keep DIR] [--errors] [--plain] [--tuning JSON]
//
// Index mode: the gold segments (one per line) are the sentences. Raw mode: the running text
// is segmented by `segment` first. Also reports how well the bead score ranks wrong beads (AUC).

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { align, alignTexts } from '../corpus/common/align';
import type { AlignOptions } from '../corpus/common/align';
import { segment, segmentLines } from '../corpus/common/segment';
import type { Sentence } from '../corpus/common/segment';
import type { AlignedBead } from '../shared/model';

const sharedRoot = path.resolve(import.meta.dirname, '..', '..', 'shared');
const scorer = path.join(sharedRoot, 'tools', 'score.mjs');

type GoldBead = [number[], number[]];
type ScoreResult = {
  strict: { precision: number; recall: number; f1: number };
  lax: { f1: number };
  link: { f1: number };
  ceiling_given_segmentation?: { strict_f1: number };
};

const argumentsGiven = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = argumentsGiven.indexOf(name);
  return at >= 0 ? argumentsGiven[at + 1] : undefined;
};
const showErrors = argumentsGiven.includes('--errors');
// Raw mode segments with `alignTexts` (weak breaks confirmed by the translation) unless --plain.
const sentenceByJoint = !argumentsGiven.includes('--plain');
// --tuning '{"anchorBonus":2}' overrides the aligner's cost-model knobs, for experiments.
const tuning = JSON.parse(option('--tuning') ?? '{}') as AlignOptions['tuning'];
const alignOptions: AlignOptions = { sourceLang: 'bn', targetLang: 'en', tuning };
const outputRoot = option('--keep') ?? mkdtempSync(path.join(tmpdir(), 'setu-eval-'));

function documentsIn(directory: string, suffix: string): string[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith(suffix))
    .map((name) => name.slice(0, -suffix.length))
    .sort();
}

function score(
  mode: 'index' | 'raw',
  goldDirectory: string,
  predictionDirectory: string,
): ScoreResult {
  const output = execFileSync(
    'node',
    [
      scorer,
      '--mode',
      mode,
      '--json',
      '--gold-dir',
      goldDirectory,
      '--pred-dir',
      predictionDirectory,
    ],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(output) as ScoreResult;
}

/** Area under the ROC curve of "low score" as a detector of wrong beads (0.5 = no better than chance). */
function rankingAuc(scored: Array<{ score: number; wrong: boolean }>): number {
  const wrong = scored.filter((bead) => bead.wrong).map((bead) => bead.score);
  const right = scored.filter((bead) => !bead.wrong).map((bead) => bead.score);
  if (wrong.length === 0 || right.length === 0) return Number.NaN;
  let favourable = 0;
  for (const wrongScore of wrong)
    for (const rightScore of right)
      favourable += wrongScore < rightScore ? 1 : wrongScore === rightScore ? 0.5 : 0;
  return favourable / (wrong.length * right.length);
}

/** Mean score against the share of right beads, in score bins, and the Brier score. */
function reliability(scored: Array<{ score: number; wrong: boolean }>): string {
  const bins = [0, 0.5, 0.8, 0.95, 0.99, 1.0001];
  const parts: string[] = [];
  for (let bin = 0; bin + 1 < bins.length; bin++) {
    const inBin = scored.filter((bead) => bead.score >= bins[bin]! && bead.score < bins[bin + 1]!);
    if (inBin.length === 0) continue;
    const meanScore = inBin.reduce((sum, bead) => sum + bead.score, 0) / inBin.length;
    const right = inBin.filter((bead) => !bead.wrong).length / inBin.length;
    parts.push(
      `[${bins[bin]}, ${Math.min(1, bins[bin + 1]!)}): n ${inBin.length} mean score ${meanScore.toFixed(3)} right ${right.toFixed(3)}`,
    );
  }
  const brier =
    scored.reduce((sum, bead) => sum + (bead.score - (bead.wrong ? 0 : 1)) ** 2, 0) / scored.length;
  return `${parts.join('; ')}; Brier ${brier.toFixed(4)}`;
}

const beadKey = (source: readonly number[], target: readonly number[]) =>
  `${source.join(',')}|${target.join(',')}`;

function evaluateIndex(set: string) {
  const directory = path.join(dataRoot, 'align', set);
  const predictions = path.join(outputRoot, `index-${set}`);
  mkdirSync(predictions, { recursive: true });
  const scored: Array<{ score: number; wrong: boolean }> = [];
  let milliseconds = 0;
  for (const document of documentsIn(directory, '.beads.json')) {
    const source = segmentLines(
      readFileSync(path.join(directory, `${document}.bn.txt`), 'utf8'),
    ).sentences;
    const target = segmentLines(
      readFileSync(path.join(directory, `${document}.en.txt`), 'utf8'),
    ).sentences;
    const started = performance.now();
    const beads = align(source, target, alignOptions);
    milliseconds += performance.now() - started;
    writeFileSync(
      path.join(predictions, `${document}.pred.json`),
      JSON.stringify(beads.map((bead) => [bead.source, bead.target])),
    );
    const gold = JSON.parse(
      readFileSync(path.join(directory, `${document}.beads.json`), 'utf8'),
    ) as GoldBead[];
    const goldKeys = new Set(gold.map(([bn, en]) => beadKey(bn, en)));
    for (const bead of beads) {
      const wrong = !goldKeys.has(beadKey(bead.source, bead.target));
      scored.push({ score: bead.score, wrong });
      if (wrong && showErrors) report(document, bead, source, target, gold);
    }
  }
  return {
    result: score('index', directory, predictions),
    auc: rankingAuc(scored),
    reliability: reliability(scored),
    milliseconds,
    beads: scored.length,
  };
}

function report(
  document: string,
  bead: AlignedBead,
  source: ReadonlyArray<{ text: string }>,
  target: ReadonlyArray<{ text: string }>,
  gold: GoldBead[],
) {
  const goldBead = gold.find(
    ([bn, en]) =>
      bn.some((index) => bead.source.includes(index)) ||
      en.some((index) => bead.target.includes(index)),
  );
  console.log(
    `\n${document} predicted ${JSON.stringify([bead.source, bead.target])} score ${bead.score.toFixed(3)}; gold near it ${JSON.stringify(goldBead)}`,
  );
  for (const index of bead.source)
    console.log(`  bn ${index}: ${source[index]!.text.slice(0, 140)}`);
  for (const index of bead.target)
    console.log(`  en ${index}: ${target[index]!.text.slice(0, 140)}`);
}

function evaluateRaw(set: string) {
  const directory = path.join(dataRoot, 'raw', set);
  const predictions = path.join(outputRoot, `raw-${set}`);
  mkdirSync(predictions, { recursive: true });
  let milliseconds = 0;
  for (const document of documentsIn(directory, '.gold.json')) {
    const sourceText = readFileSync(path.join(directory, `${document}.bn.raw.txt`), 'utf8');
    const targetText = readFileSync(path.join(directory, `${document}.en.raw.txt`), 'utf8');
    const started = performance.now();
    let source: Sentence[];
    let target: Sentence[];
    let beads: AlignedBead[];
    if (sentenceByJoint) {
      const result = alignTexts(
        { text: sourceText, lang: 'bn' },
        { text: targetText, lang: 'en' },
        alignOptions,
      );
      ({ beads } = result);
      source = result.source.sentences;
      target = result.target.sentences;
    } else {
      source = segment(sourceText, 'bn').sentences;
      target = segment(targetText, 'en').sentences;
      beads = align(source, target, alignOptions);
    }
    milliseconds += performance.now() - started;
    const sentences = (list: typeof source) =>
      list.map(({ start, end, text }) => ({ start, end, text }));
    writeFileSync(
      path.join(predictions, `${document}.pred.json`),
      JSON.stringify({
        source: { lang: 'bn', sentences: sentences(source) },
        target: { lang: 'en', sentences: sentences(target) },
        beads,
      }),
    );
  }
  return { result: score('raw', directory, predictions), milliseconds };
}

const format = (value: number) => value.toFixed(4);
const sets = option('--set') ? [option('--set')!] : ['ntrex-dev', 'ntrex-dev-perturbed'];
// --data DIR reads sets from DIR/align and DIR/raw instead of ../shared/data (e.g. other perturbations).
const dataRoot = option('--data') ?? path.join(sharedRoot, 'data');
for (const set of sets) {
  const index = evaluateIndex(set);
  console.log(
    `index ${set}: strict F1 ${format(index.result.strict.f1)} (P ${format(index.result.strict.precision)} R ${format(index.result.strict.recall)}) lax F1 ${format(index.result.lax.f1)} link F1 ${format(index.result.link.f1)}; score AUC for wrong beads ${format(index.auc)}; align ${index.milliseconds.toFixed(0)} ms`,
  );
  console.log(`      calibration: ${index.reliability}`);
  const raw = evaluateRaw(set);
  console.log(
    `raw   ${set}: strict F1 ${format(raw.result.strict.f1)} (P ${format(raw.result.strict.precision)} R ${format(raw.result.strict.recall)}) lax F1 ${format(raw.result.lax.f1)} link F1 ${format(raw.result.link.f1)}; ceiling strict ${format(raw.result.ceiling_given_segmentation?.strict_f1 ?? Number.NaN)}; segment + align ${raw.milliseconds.toFixed(0)} ms${sentenceByJoint ? ' (alignTexts)' : ' (segment, align)'}`,
  );
}
console.log(`predictions in ${outputRoot}`);
