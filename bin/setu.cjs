#!/usr/bin/env node
// Runs the TypeScript CLI. A bundle of it (esbuild, which tsx brings) starts several times faster
// than compiling on the fly, so it is rebuilt whenever a source file is newer, then reused.
//
// Most of a short command is starting up, so this file is CommonJS (an ES module entry loads
// Node's ES module loader first) and the bundle is compiled with a V8 code cache: the first run
// of each command saves the bytecode of every function it ran, and later runs load it instead
// of parsing and compiling the bundle again.
'use strict';

const {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { setFlagsFromString } = require('node:v8');

const root = path.resolve(__dirname, '..');
const entry = path.join(root, 'corpus', 'node', 'cli', 'main.ts');
const bundleDirectory = path.join(root, 'node_modules', '.cache', 'setu', 'cli');
const bundle = path.join(bundleDirectory, 'main.cjs');
const codeCacheDirectory = path.join(bundleDirectory, 'code-cache');
/** The bundle's first line names its content, which its code caches are filed under. */
const bundleHeader = /^\/\/ setu-cli ([0-9a-f]+)\n/;
/** Caches of earlier bundles are removed once this old: a process started before may still read them. */
const staleCacheMs = 10 * 60 * 1000;

function newestSource(directory) {
  let newest = 0;
  for (const item of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, item.name);
    if (item.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (item.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Written aside and renamed: another setu starting now must never read half a file. */
function writeAtomically(file, contents) {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, contents);
  renameSync(partial, file);
}

function removeStaleCaches(currentId) {
  let names;
  try {
    names = readdirSync(codeCacheDirectory);
  } catch {
    return;
  }
  for (const name of names) {
    const file = path.join(codeCacheDirectory, name);
    if (!name.startsWith(`${currentId}.`) && Date.now() - statSync(file).mtimeMs > staleCacheMs)
      rmSync(file, { force: true });
  }
}

async function freshBundle() {
  const sources = ['shared', 'corpus'].map((folder) => newestSource(path.join(root, folder)));
  if (existsSync(bundle) && statSync(bundle).mtimeMs > Math.max(...sources)) return bundle;
  try {
    const { build } = require('esbuild');
    const { createHash } = require('node:crypto');
    const result = await build({
      entryPoints: [entry],
      write: false,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      packages: 'external',
      logLevel: 'error',
      // paths.ts falls back to import.meta.url only when the banner has not set the root.
      logOverride: { 'empty-import-meta': 'silent' },
      banner: { js: `globalThis.setuProjectRoot = ${JSON.stringify(root)};` },
    });
    const code = result.outputFiles[0].text;
    // V8 checks a code cache against the length of its source, not its content: a cache is
    // only ever read beside the bundle whose hash it was filed under.
    const id = createHash('sha256').update(code).digest('hex').slice(0, 16);
    writeAtomically(bundle, `// setu-cli ${id}\n${code}`);
    removeStaleCaches(id);
    return bundle;
  } catch {
    return null; // fall back to compiling on the fly
  }
}

/**
 * The command and its switches, as a file name: each way of running setu caches the code it
 * runs (`align` and `align --presegmented` share the aligner but not the segmenter).
 */
function commandKey(argv) {
  const command = /^[a-z][a-z-]{0,30}$/.test(argv[0] ?? '') ? argv[0] : 'other';
  const switches = new Set(argv.slice(1).filter((arg) => /^--[a-z][a-z-]{0,30}$/.test(arg)));
  return [command, ...[...switches].sort()].join('');
}

/** Loads the bundle as a CommonJS module, compiled with its code cache when there is one. */
function loadBundle(file, argv) {
  const { Script, constants } = require('node:vm');
  const source = readFileSync(file, 'utf8');
  const id = bundleHeader.exec(source)?.[1];
  const cacheFile = id && path.join(codeCacheDirectory, `${id}.${commandKey(argv)}.bin`);
  let cachedData;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    // The command's first run: it saves the cache when it ends.
  }
  // The wrapper is Node's own for CommonJS; it begins on the bundle's first line, so line
  // numbers in stack traces stay true.
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    // (`import()` in the bundle, kept by esbuild for some built-ins, loads as it would in a module.)
    {
      filename: file,
      cachedData,
      importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    },
  );
  const module = { exports: {} };
  const { createRequire } = require('node:module');
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  const saveCodeCache = () => {
    if (!cacheFile || (cachedData && !script.cachedDataRejected)) return;
    try {
      // Taken after the run, so that it holds the functions compiled while running too.
      writeAtomically(cacheFile, script.createCachedData());
    } catch {
      // A read-only install runs without a cache.
    }
  };
  return { main: module.exports.main, saveCodeCache };
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
// as the aligner's does on long documents. Likewise a regular expression is compiled once, to
// machine code, instead of to bytecode first and again once it has run (-2 % of instructions).
// (Set before the CLI's code is loaded: they apply to code as it is compiled; a code cache
// holds the flags it was made with.)
setFlagsFromString(`--interrupt-budget=${16 * 67584} --no-regexp-tier-up`);

async function run() {
  const argv = process.argv.slice(2);
  const built = await freshBundle();
  if (built) {
    // Worker threads of `align --batch --jobs N` require the bundle by this name.
    globalThis.setuCliBundle = built;
    const { main, saveCodeCache } = loadBundle(built, argv);
    process.exitCode = await main(argv);
    saveCodeCache();
    return;
  }
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import(pathToFileURL(entry).href);
  process.exitCode = await main(argv);
}

// A rejection ends the process with its stack trace and exit code 1, as an uncaught error does.
void run();
