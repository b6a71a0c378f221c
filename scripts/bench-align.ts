// `npm run bench:align`: alignment quality (../shared/tools/score.mjs: strict / lax / link P R F1)
// on NTREX-128 dev (CC BY-SA 4.0) in raw mode (Setu splits the sentences) and on its perturbed
// copy in index mode (--presegmented), each as one `setu align --batch` process; then synthetic
// documents of 1k, 10k and 100k sentences per side: time in the aligner (in process, median)
// and whole `setu align` processes (wall time, peak RSS). Results go to docs/benchmarks.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../corpus/node/paths';
import { median, sharedDirectory, syntheticDocument } from './bench/data';
import { hunalignBinary, runHunalign } from './bench/hunalign';
import type { HunalignRun } from './bench/hunalign';

const setu = path.join(projectRoot, 'bin', 'setu.cjs');
const scorer = path.join(sharedDirectory, 'tools', 'score.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'setu-bench-align-'));

type Usage = { wallMs: number; maxRssKb: number; userMs: number };

/**
 * This machine's environment sets NODE_EXTRA_CA_CERTS, which makes every Node process parse a
 * bundle of CA certificates as it starts (about half of Node's own start here). Setu makes no TLS
 * connections; the batch timings are taken both ways so that the table shows what it costs.
 */
const extraCertificates = process.env.NODE_EXTRA_CA_CERTS;
const withoutExtraCertificates = (() => {
  const environment = { ...process.env };
  delete environment.NODE_EXTRA_CA_CERTS;
  return environment;
})();

function runSetu(args: string[], environment: NodeJS.ProcessEnv = process.env): Usage {
  const start = performance.now();
  const result = spawnSync(process.execPath, [setu, ...args], {
    encoding: 'utf8',
    env: { ...environment, SETU_REPORT_USAGE: '1' },
    maxBuffer: 1 << 28,
  });
  const wallMs = performance.now() - start;
  if (result.status !== 0) throw new Error(`setu ${args.join(' ')} failed: ${result.stderr}`);
  const line = result.stderr.split('\n').find((text) => text.startsWith('setu-usage '));
  const usage = JSON.parse(line!.slice('setu-usage '.length)) as {
    maxRssKb: number;
    userMs: number;
  };
  return { wallMs, ...usage };
}

const batchRuns = 9;

/** Node's own start, the floor under every cold `setu` process. */
function nodeStartMs(environment: NodeJS.ProcessEnv = process.env): number {
  const times = Array.from({ length: batchRuns }, () => {
    const start = performance.now();
    spawnSync(process.execPath, ['-e', '0'], { env: environment });
    return performance.now() - start;
  });
  return median(times, (time) => time);
}

type Score = { precision: number; recall: number; f1: number };
type Scores = { strict: Score; lax: Score; link: Score };

const hunalignPath = hunalignBinary();

function quality(
  set: string,
  mode: 'raw' | 'index',
): {
  scores: Scores;
  usage: Usage;
  usageWithoutCertificates: Usage;
  documents: number;
  hunalign: { scores: Scores; run: HunalignRun } | null;
} {
  const directory = path.join(sharedDirectory, 'data', mode === 'raw' ? 'raw' : 'align', set);
  const suffix = mode === 'raw' ? '.gold.json' : '.beads.json';
  const documents = readdirSync(directory)
    .filter((name) => name.endsWith(suffix))
    .map((name) => name.slice(0, -suffix.length));
  const files = (document: string) =>
    mode === 'raw'
      ? [`${document}.bn.raw.txt`, `${document}.en.raw.txt`]
      : [`${document}.bn.txt`, `${document}.en.txt`];
  const list = path.join(work, `${set}-${mode}.tsv`);
  writeFileSync(
    list,
    documents
      .map((document) =>
        [...files(document).map((file) => path.join(directory, file)), `${document}.pred`].join(
          '\t',
        ),
      )
      .join('\n') + '\n',
  );
  // Cold processes, as a user runs them: the median of several, each into a new folder (a
  // rewrite of existing files costs the file system more than a first write). A first run,
  // not counted, leaves the command's code cache in place as any earlier run would have.
  const batch = (run: string, environment?: NodeJS.ProcessEnv) =>
    runSetu(
      [
        'align',
        '--batch',
        list,
        '--output-dir',
        path.join(work, `${set}-${mode}-${run}`),
        ...(mode === 'index' ? ['--presegmented'] : []),
      ],
      environment,
    );
  batch('first');
  const runs: Usage[] = [];
  const runsWithoutCertificates: Usage[] = [];
  for (let run = 0; run < batchRuns; run++) {
    runs.push(batch(String(run)));
    runsWithoutCertificates.push(batch(`${run}-without-certificates`, withoutExtraCertificates));
  }
  const output = path.join(work, `${set}-${mode}-0`);
  const usage = median(runs, (run) => run.wallMs);
  const usageWithoutCertificates = median(runsWithoutCertificates, (run) => run.wallMs);
  const scores = score(mode, directory, output);
  let hunalign: { scores: Scores; run: HunalignRun } | null = null;
  if (hunalignPath) {
    const predictions = path.join(work, `${set}-${mode}-hunalign`);
    const run = runHunalign(
      hunalignPath,
      documents.map((document) => {
        const [source, target] = files(document).map((file) => path.join(directory, file));
        return { name: `${document}`, source: source!, target: target! };
      }),
      mode,
      path.join(work, `${set}-${mode}-hunalign-work`),
      predictions,
      batchRuns,
    );
    hunalign = { scores: score(mode, directory, predictions), run };
  }
  return { scores, usage, usageWithoutCertificates, documents: documents.length, hunalign };
}

function score(mode: 'raw' | 'index', goldDirectory: string, predictions: string): Scores {
  return JSON.parse(
    execFileSync(
      process.execPath,
      [scorer, '--mode', mode, '--json', '--gold-dir', goldDirectory, '--pred-dir', predictions],
      { encoding: 'utf8' },
    ),
  ) as Scores;
}

function alignerMedianMs(size: number, runs: number): { medianMs: number; peakRssMb: number } {
  const output = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(projectRoot, 'scripts', 'bench', 'task.ts'),
      'align',
      String(size),
      String(runs),
    ],
    {
      cwd: projectRoot,
      encoding: 'utf8',
    },
  );
  return JSON.parse(output.trim().split('\n').at(-1)!) as { medianMs: number; peakRssMb: number };
}

function syntheticProcess(size: number): Usage {
  const document = syntheticDocument(size);
  const source = path.join(work, `synthetic-${size}.bn.txt`);
  const target = path.join(work, `synthetic-${size}.en.txt`);
  writeFileSync(source, document.source.join('\n') + '\n');
  writeFileSync(target, document.target.join('\n') + '\n');
  return runSetu([
    'align',
    '--presegmented',
    source,
    target,
    '--output',
    path.join(work, `synthetic-${size}.json`),
  ]);
}

const f = (value: number) => value.toFixed(3);
const qualityRows: string[] = [];
for (const [set, mode] of [
  ['ntrex-dev', 'raw'],
  ['ntrex-dev-perturbed', 'index'],
] as const) {
  const { scores, usage, usageWithoutCertificates, documents, hunalign } = quality(set, mode);
  console.error(
    `${set} (${mode}): strict F1 ${f(scores.strict.f1)}, ${usage.wallMs.toFixed(0)} ms`,
  );
  const scoreCells = (of: Scores) =>
    `${f(of.strict.precision)} / ${f(of.strict.recall)} / **${f(of.strict.f1)}** | ${f(of.lax.precision)} / ${f(of.lax.recall)} / ${f(of.lax.f1)} | ${f(of.link.precision)} / ${f(of.link.recall)} / ${f(of.link.f1)}`;
  qualityRows.push(
    `| ${set} | ${mode} | Setu, one \`setu align --batch\` | ${documents} | ${scoreCells(scores)} | ${usage.wallMs.toFixed(0)} | ${usageWithoutCertificates.wallMs.toFixed(0)} | ${(usage.maxRssKb / 1024).toFixed(0)} |`,
  );
  if (hunalign) {
    console.error(
      `${set} (${mode}) hunalign: strict F1 ${f(hunalign.scores.strict.f1)}, -batch ${hunalign.run.batchMs.toFixed(0)} ms, per document ${hunalign.run.perDocumentMs.toFixed(0)} ms`,
    );
    qualityRows.push(
      `| ${set} | ${mode} | hunalign, one \`-batch\` process | ${documents} | ${scoreCells(hunalign.scores)} | ${hunalign.run.batchMs.toFixed(0)} | | |`,
      `| ${set} | ${mode} | hunalign, a process per document | ${documents} | ${scoreCells(hunalign.scores)} | ${hunalign.run.perDocumentMs.toFixed(0)} | | |`,
    );
  }
}

const nodeMs = nodeStartMs();
const nodeWithoutCertificatesMs = nodeStartMs(withoutExtraCertificates);

const scales = [
  { size: 1000, runs: 7 },
  { size: 10000, runs: 5 },
  { size: 100000, runs: 3 },
] as const;
/**
 * The sizes are measured in turn, round after round, so that the 10k → 100k ratio compares
 * processes that saw the same load on the shared machine (one sequence, 10k then 100k, once
 * gave 12.8× where the rounds before and after gave 8.7–9.9×).
 */
const scaleRounds = 3;
const alignerRounds: Record<number, number[]> = {};
for (let round = 0; round < scaleRounds; round++)
  for (const { size, runs } of scales) {
    const { medianMs } = alignerMedianMs(size, runs);
    (alignerRounds[size] ??= []).push(medianMs);
    console.error(`round ${round + 1}, ${size}: aligner ${medianMs.toFixed(0)} ms`);
  }
const middle = (values: readonly number[]) => median(values, (value) => value);
const scaleRows = scales.map(({ size }) => {
  const whole = syntheticProcess(size);
  console.error(`${size}: process ${whole.wallMs.toFixed(0)} ms`);
  return `| ${size.toLocaleString('en')} × ~${size.toLocaleString('en')} | ${middle(alignerRounds[size]!).toFixed(0)} (${alignerRounds[size]!.map((ms) => ms.toFixed(0)).join(', ')}) | ${whole.wallMs.toFixed(0)} | ${(whole.maxRssKb / 1024).toFixed(0)} |`;
});
const roundRatios = alignerRounds[100000]!.map((ms, round) => ms / alignerRounds[10000]![round]!);

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine} with \`npm run bench:align\` (load on the shared machine varies: compare ratios within one run).`,
  'Data: NTREX-128 (Federmann, Kocmi, Xin 2022), CC BY-SA 4.0, read from ../shared. Scores from ../shared/tools/score.mjs.',
  '',
  `Whole process: one cold \`setu align --batch\` over the set's documents (default --jobs), median of ${batchRuns} after a first run that saved the command's code cache; Node's own start (\`node -e 0\`) took ${nodeMs.toFixed(0)} ms in this run${extraCertificates === undefined ? '' : `, ${nodeWithoutCertificatesMs.toFixed(0)} ms with NODE_EXTRA_CA_CERTS (set here) unset, as in the last column`}.`,
  '',
  hunalignPath
    ? `hunalign (${hunalignPath}, built from its public source; empty dictionary; its input split into sentences and tokenized as its documentation asks, not timed): the same documents as one \`hunalign -batch\` process, and as one process per document from a shell loop, as LF Aligner and InterText run it; median of ${batchRuns} each, every run into a new folder.`
    : 'hunalign: not measured in this run (set SETU_HUNALIGN to a hunalign binary built from https://github.com/danielvarga/hunalign).',
  '',
  '| set | mode | aligner | docs | strict P / R / F1 | lax P / R / F1 | link P / R / F1 | whole process ms | without NODE_EXTRA_CA_CERTS, ms | peak RSS MB |',
  '|---|---|---|---:|---|---|---|---:|---:|---:|',
  ...qualityRows,
  '',
  'Synthetic documents (dev sentences concatenated, 2 % dropped per side, 5 % of English lines merged), `--presegmented`:',
  '',
  `| size (sentences per side) | in the aligner, ms: median of ${scaleRounds} rounds (each round's median of ${scales.map(({ runs }) => runs).join(' / ')} runs) | whole \`setu align\` process, ms | peak RSS MB |`,
  '|---|---:|---:|---:|',
  ...scaleRows,
  '',
  `10k → 100k in the aligner: ${middle(roundRatios).toFixed(1)}× for 10× the sentences (median of the rounds' ratios: ${roundRatios.map((ratio) => ratio.toFixed(1)).join(', ')}).`,
].join('\n');
console.log(table);

const file = path.join(projectRoot, 'docs', 'benchmarks.md');
const begin = '<!-- bench:align -->';
const end = '<!-- /bench:align -->';
const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
const block = `${begin}\n${table}\n${end}`;
writeFileSync(
  file,
  current.includes(begin)
    ? current.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), block)
    : `${current.trimEnd()}\n\n## Alignment\n\n${block}\n`,
);
rmSync(work, { recursive: true, force: true });
