#!/usr/bin/env node
// Runs the TypeScript CLI. A bundle of it (esbuild, which tsx brings) starts several times faster
// than compiling on the fly, so it is rebuilt whenever a file it was built from is newer, then
// reused.
//
// Most of a short command is starting up, so this file is CommonJS (an ES module entry loads
// Node's ES module loader first) and the bundle is compiled with a V8 code cache: the first run
// of each command saves the bytecode of every function it ran, and later runs load it instead
// of parsing and compiling the bundle again.
'use strict';

const {
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
/**
 * The bundle's first line names its content, which its code caches are filed under, and the
 * files it was built from (relative to the root), which decide when it is stale.
 */
const bundleHeader = /^\/\/ setu-cli ([0-9a-f]+) (\[.*\])\n/;
/** Caches of earlier bundles are removed once this old: a process started before may still read them. */
const staleCacheMs = 10 * 60 * 1000;

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
    if (name.startsWith(`${currentId}.`)) continue;
    const file = path.join(codeCacheDirectory, name);
    try {
      if (Date.now() - statSync(file).mtimeMs > staleCacheMs) rmSync(file, { force: true });
    } catch {
      // Removed meanwhile by another setu.
    }
  }
}

/**
 * The bundle when none of the files it was built from (nor this launcher, which builds it) has
 * changed since; a file gone or unreadable makes it stale too.
 */
function currentBundle() {
  let source;
  let builtMs;
  try {
    source = readFileSync(bundle, 'utf8');
    builtMs = statSync(bundle).mtimeMs;
  } catch {
    return null;
  }
  const header = bundleHeader.exec(source);
  if (!header) return null;
  try {
    for (const input of [__filename, ...JSON.parse(header[2]).map((name) => path.join(root, name))])
      if (statSync(input).mtimeMs >= builtMs) return null;
  } catch {
    return null;
  }
  return { source, id: header[1] };
}

async function freshBundle() {
  const current = currentBundle();
  if (current) return current;
  try {
    const { build } = require('esbuild');
    const { createHash } = require('node:crypto');
    const result = await build({
      entryPoints: [entry],
      absWorkingDir: root,
      write: false,
      metafile: true,
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
    // ASCII only (esbuild leaves comments and regular expressions as written): V8 then holds the
    // source in one byte per character, half the memory of reading it at every start. A \u escape
    // means the same character in a comment, a string, a template or a regular expression.
    const code = result.outputFiles[0].text.replace(
      /[^\0-\x7f]/g,
      (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    // V8 checks a code cache against the length of its source, not its content: a cache is
    // only ever read beside the bundle whose hash it was filed under.
    const id = createHash('sha256').update(code).digest('hex').slice(0, 16);
    const inputs = JSON.stringify(Object.keys(result.metafile.inputs));
    const source = `// setu-cli ${id} ${inputs}\n${code}`;
    writeAtomically(bundle, source);
    removeStaleCaches(id);
    return { source, id };
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
function loadBundle({ source, id }, argv) {
  const { Script, constants } = require('node:vm');
  const cacheFile = path.join(codeCacheDirectory, `${id}.${commandKey(argv)}.bin`);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // The command's first run: it saves the cache when it ends.
  }
  // The wrapper is Node's own for CommonJS; it begins on the bundle's first line, so line
  // numbers in stack traces stay true.
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    // (`import()` in the bundle, kept by esbuild for some built-ins, loads as it would in a module.)
    {
      filename: bundle,
      cachedData,
      importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    },
  );
  const module = { exports: {} };
  const { createRequire } = require('node:module');
  script.runInThisContext()(
    module.exports,
    createRequire(bundle),
    module,
    bundle,
    path.dirname(bundle),
  );
  const saveCodeCache = () => {
    if (cachedData && !script.cachedDataRejected) return;
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
    globalThis.setuCliBundle = bundle;
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
