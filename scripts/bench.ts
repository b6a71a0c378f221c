// `npm run bench`: each operation at each size in a fresh process (median of several runs, peak
// RSS of that process), printed as a table and kept in docs/benchmarks.md between markers.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../corpus/node/paths';

type Result = {
  operation: string;
  size: number;
  medianMs: number;
  peakRssMb: number;
  runs: number;
};

const plan: [operation: string, size: number, runs: number][] = [
  ['segment', 1000, 7],
  ['segment', 10000, 3],
  ['align', 1000, 7],
  ['align', 10000, 3],
  ['import', 1000, 5],
  ['import', 10000, 3],
  ['export-tmx', 1000, 5],
  ['export-tmx', 10000, 3],
];

const results: Result[] = [];
for (const [operation, size, runs] of plan) {
  const output = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(projectRoot, 'scripts', 'bench', 'task.ts'),
      operation,
      String(size),
      String(runs),
    ],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  const result = JSON.parse(output.trim().split('\n').at(-1)!) as Result;
  results.push(result);
  console.error(
    `${operation} ${size}: ${result.medianMs.toFixed(1)} ms, ${result.peakRssMb.toFixed(0)} MB`,
  );
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine} with \`npm run bench\`.`,
  'Sizes are sentences per side (synthetic documents built from NTREX-128 dev sentences, CC BY-SA 4.0).',
  '',
  '| operation | size | median ms | peak RSS MB | runs |',
  '|---|---:|---:|---:|---:|',
  ...results.map(
    (result) =>
      `| ${result.operation} | ${result.size} | ${result.medianMs.toFixed(1)} | ${result.peakRssMb.toFixed(0)} | ${result.runs} |`,
  ),
].join('\n');
console.log(table);

const file = path.join(projectRoot, 'docs', 'benchmarks.md');
const begin = '<!-- bench:core -->';
const end = '<!-- /bench:core -->';
const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
const block = `${begin}\n${table}\n${end}`;
const updated = current.includes(begin)
  ? current.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), block)
  : `${current.trimEnd()}\n\n## Core operations\n\n${block}\n`;
writeFileSync(file, updated);
