// Does a 1,000,000-unit import freeze the window? Measured outside Electron with the pieces the
// app ships: the bundled corpus worker (electron/dist/corpus-worker.cjs, built here into a
// scratch folder) on a real database file, fed `document.import` calls the way the renderer's
// IPC calls arrive, while this thread — the main process's stand-in — samples its event-loop
// delay and a 16 ms frame timer. `--mode main` runs the same calls on this thread instead.
//
//   npx tsx electron/main/bench/importLatency.ts [--units 1000000] [--chunk 10000] [--mode worker|main]
//   npx tsx electron/main/bench/importLatency.ts --mode idle --seconds 60   (the sampler alone:
//   what a busy machine costs the timers with no import at all)
//
// The text is real news (NTREX-128 dev, CC BY-SA 4.0) from ../shared, its sentence pairs
// repeated until the unit count is reached; each chunk is one presegmented document.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createCorpus } from '../../../corpus/node/dispatch';
import { openCorpus } from '../../../corpus/node/db/open';
import { projectRoot } from '../../../corpus/node/paths';
import type { CorpusHost } from '../corpusHost';
import { inProcessHost, startWorkerHost } from '../corpusHost';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : (process.argv[index + 1] ?? fallback);
}

const units = Number(option('--units', '1000000'));
const chunk = Number(option('--chunk', '10000'));
const mode = option('--mode', 'worker');
const idleSeconds = Number(option('--seconds', '60'));

function realSentencePairs(): { bn: string; en: string }[] {
  const directory = path.resolve(projectRoot, '..', 'shared', 'data', 'align', 'ntrex-dev');
  const pairs: { bn: string; en: string }[] = [];
  for (const name of readdirSync(directory)
    .filter((each) => each.endsWith('.bn.txt'))
    .sort()) {
    const bn = readFileSync(path.join(directory, name), 'utf8').split('\n');
    const en = readFileSync(
      path.join(directory, name.replace(/\.bn\.txt$/, '.en.txt')),
      'utf8',
    ).split('\n');
    bn.forEach((line, index) => {
      if (line.trim() !== '' && (en[index] ?? '').trim() !== '')
        pairs.push({ bn: line, en: en[index]! });
    });
  }
  if (pairs.length === 0) throw new Error(`No sentence pairs under ${directory}`);
  return pairs;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  const pairs = realSentencePairs();
  const scratch = path.join(projectRoot, 'test-results');
  mkdirSync(scratch, { recursive: true });
  const folder = mkdtempSync(path.join(scratch, 'bench-'));
  const databaseFile = path.join(folder, 'corpus.sqlite');
  let host: CorpusHost;
  if (mode === 'worker') {
    const build = spawnSync(
      process.execPath,
      [path.join(projectRoot, 'scripts', 'build-electron.mjs'), '--outdir', folder],
      {
        encoding: 'utf8',
      },
    );
    if (build.status !== 0) throw new Error(build.stderr);
    host = await startWorkerHost({
      script: path.join(folder, 'corpus-worker.cjs'),
      databaseFile,
      seedSampleWhenNew: false,
    });
  } else {
    host = inProcessHost(createCorpus(openCorpus(databaseFile)));
  }
  let changedEvents = 0;
  host.subscribe((event) => {
    if (event.type === 'corpus.changed') changedEvents += 1;
  });

  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const frameGaps: number[] = [];
  let lastFrame = performance.now();
  const frames = setInterval(() => {
    const now = performance.now();
    frameGaps.push(now - lastFrame);
    lastFrame = now;
  }, 16);

  const started = performance.now();
  let imported = 0;
  let cursor = 0;
  const chunkTimes: number[] = [];
  if (mode === 'idle') await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000));
  while (mode !== 'idle' && imported < units) {
    const size = Math.min(chunk, units - imported);
    const source: string[] = [];
    const target: string[] = [];
    for (let index = 0; index < size; index += 1) {
      const pair = pairs[cursor % pairs.length]!;
      source.push(pair.bn);
      target.push(pair.en);
      cursor += 1;
    }
    const chunkStarted = performance.now();
    const response = await host.dispatch('document.import', {
      title: `bench ${imported / chunk + 1}`,
      source: source.join('\n'),
      target: target.join('\n'),
      presegmented: true,
    });
    if (!response.ok) throw new Error(response.error.message);
    chunkTimes.push(performance.now() - chunkStarted);
    // Each IPC call is its own task in the main process: let timers run between calls.
    await new Promise((resolve) => setImmediate(resolve));
    imported += size;
    if ((imported / chunk) % 10 === 0 || imported === units)
      console.log(
        `  ${imported.toLocaleString('en')} units, ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
  }
  const total = performance.now() - started;
  clearInterval(frames);
  delay.disable();
  await host.close();
  const size = statSync(databaseFile).size;
  rmSync(folder, { recursive: true, force: true });

  const gaps = [...frameGaps].sort((a, b) => a - b);
  const chunks = [...chunkTimes].sort((a, b) => a - b);
  const ms = (nanoseconds: number) => (nanoseconds / 1e6).toFixed(1);
  console.log(
    JSON.stringify(
      {
        mode,
        units: mode === 'idle' ? 0 : units,
        chunk,
        seconds: +(total / 1000).toFixed(1),
        unitsPerSecond: mode === 'idle' ? 0 : Math.round(units / (total / 1000)),
        databaseMB: +(size / 1048576).toFixed(0),
        chunkMs: {
          median: +percentile(chunks, 0.5).toFixed(0),
          max: +(chunks.at(-1) ?? 0).toFixed(0),
        },
        eventLoopDelayMs: {
          p50: +ms(delay.percentile(50)),
          p99: +ms(delay.percentile(99)),
          max: +ms(delay.max),
        },
        frameGapMs: {
          p50: +percentile(gaps, 0.5).toFixed(1),
          p99: +percentile(gaps, 0.99).toFixed(1),
          max: +(gaps.at(-1) ?? 0).toFixed(1),
        },
        frames: gaps.length,
        framesOver50Ms: gaps.filter((gap) => gap > 50).length,
        progressEvents: changedEvents,
      },
      null,
      2,
    ),
  );
}

await main();
