#!/usr/bin/env node
// Runs the TypeScript CLI. A bundle of it (esbuild, which tsx brings) starts several times faster
// than compiling on the fly, so it is rebuilt whenever a source file is newer, then reused.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'corpus', 'node', 'cli', 'main.ts');
const bundle = path.join(root, 'node_modules', '.cache', 'setu', 'cli.mjs');

function newestSource(directory) {
  let newest = 0;
  for (const item of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, item.name);
    if (item.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (item.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

async function freshBundle() {
  const sources = ['shared', 'corpus'].map((folder) => newestSource(path.join(root, folder)));
  if (existsSync(bundle) && statSync(bundle).mtimeMs > Math.max(...sources)) return bundle;
  try {
    const { build } = await import('esbuild');
    mkdirSync(path.dirname(bundle), { recursive: true });
    const result = await build({
      entryPoints: [entry],
      outfile: bundle,
      write: false,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'error',
      banner: { js: `globalThis.setuProjectRoot = ${JSON.stringify(root)};` },
    });
    // Written aside and renamed: another setu starting now must never import half a file.
    const partial = `${bundle}.${process.pid}.partial`;
    writeFileSync(partial, result.outputFiles[0].contents);
    renameSync(partial, bundle);
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
