#!/usr/bin/env node
// Runs the TypeScript CLI. A bundle of it (esbuild, which tsx brings) starts several times faster
// than compiling on the fly, so it is rebuilt whenever a source file is newer, then reused.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'corpus', 'node', 'cli', 'main.ts');
// Split into chunks: each command loads only what it uses (`align` needs no SQLite).
const bundleDirectory = path.join(root, 'node_modules', '.cache', 'setu', 'cli');
const bundle = path.join(bundleDirectory, 'main.mjs');
/** Chunks of earlier builds are removed once this old: a process started before may still load them. */
const staleChunkMs = 10 * 60 * 1000;

function newestSource(directory) {
  let newest = 0;
  for (const item of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, item.name);
    if (item.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (item.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Written aside and renamed: another setu starting now must never import half a file. */
function writeAtomically(file, contents) {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, contents);
  renameSync(partial, file);
}

async function freshBundle() {
  const sources = ['shared', 'corpus'].map((folder) => newestSource(path.join(root, folder)));
  if (existsSync(bundle) && statSync(bundle).mtimeMs > Math.max(...sources)) return bundle;
  try {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [entry],
      outdir: bundleDirectory,
      entryNames: '[name]',
      chunkNames: 'chunks/[name]-[hash]',
      splitting: true,
      write: false,
      bundle: true,
      platform: 'node',
      format: 'esm',
      outExtension: { '.js': '.mjs' },
      target: 'node20',
      packages: 'external',
      logLevel: 'error',
      banner: { js: `globalThis.setuProjectRoot = ${JSON.stringify(root)};` },
    });
    // Chunks are named by their content, so writing them never changes a file another setu is
    // loading; the entry is renamed into place last, so it never points at a missing chunk.
    const written = new Set();
    let entryFile = null;
    for (const file of result.outputFiles) {
      written.add(file.path);
      if (file.path === bundle) {
        entryFile = file;
        continue;
      }
      mkdirSync(path.dirname(file.path), { recursive: true });
      if (!existsSync(file.path)) writeAtomically(file.path, file.contents);
    }
    writeAtomically(bundle, entryFile.contents);
    const chunks = path.join(bundleDirectory, 'chunks');
    for (const name of readdirSync(chunks)) {
      const file = path.join(chunks, name);
      if (!written.has(file) && Date.now() - statSync(file).mtimeMs > staleChunkMs)
        rmSync(file, { force: true });
    }
    return bundle;
  } catch {
    return null; // fall back to compiling on the fly
  }
}

// Benchmarks ask for the process's own peak memory and CPU time, measured where it ran.
if (process.env.SETU_REPORT_USAGE) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    process.stderr.write(
      `setu-usage ${JSON.stringify({ maxRssKb: usage.maxRSS, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000 })}\n`,
    );
  });
}

// V8 optimises a function once it has run a while; in a process as short as most setu commands
// that costs more than it saves (TurboFan's compiles were a fifth of the instructions of aligning
// 41 news articles). A budget 16 times V8's default leaves the optimising to code that stays hot,
// as the aligner's does on long documents. (Set before the CLI's code is loaded: it applies to
// functions as they are compiled.)
setFlagsFromString(`--interrupt-budget=${16 * 67584}`);

const built = await freshBundle();
let main;
if (built) {
  ({ main } = await import(pathToFileURL(built).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(pathToFileURL(entry).href));
}
process.exitCode = await main(process.argv.slice(2));
