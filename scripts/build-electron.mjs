#!/usr/bin/env node
// Builds the Electron side.
//
//   node scripts/build-electron.mjs            bundle main, preload and the corpus worker into
//                                              electron/dist/{main,preload,corpus-worker}.cjs
//                                              (--outdir DIR elsewhere, e.g. for tests)
//   node scripts/build-electron.mjs --native   compile better-sqlite3 for the installed Electron
//                                              into electron/dist/native/better_sqlite3.node and
//                                              check its ABI (needs electronjs.org for headers)
//   node scripts/build-electron.mjs --check-abi FILE [--abi N]
//                                              print the ABI a .node file was built for
//
// --native leaves node_modules alone: the CLI and the tests keep Node's build, the desktop app
// loads the Electron build beside its bundle (better-sqlite3's nativeBinding option).
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const distDirectory = path.join(root, 'electron', 'dist');

register();
const abiTools = await import('../electron/main/nativeAbi.ts');

function fail(message) {
  console.error(`build-electron: ${message}`);
  process.exit(1);
}

function option(name) {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

// corpus/node/paths.ts finds the project from its own file; in a bundle it reads this instead.
// Both bundles sit two folders below the project root (electron/dist), as paths.ts does.
const projectRootBanner =
  "globalThis.setuProjectRoot = require('node:path').resolve(__dirname, '..', '..');";

/** What a bundle may require at run time; anything else means a dependency was not bundled. */
function checkRequires(file, allowed) {
  const text = readFileSync(file, 'utf8');
  const required = new Set(
    [...text.matchAll(/\brequire\((["'])([^"']+)\1\)/g)].map((match) => match[2]),
  );
  const stray = [...required].filter((name) => !allowed(name));
  if (stray.length > 0)
    fail(
      `${path.relative(root, file)} requires ${stray.join(', ')} at run time; it must be bundled.`,
    );
}

async function bundle(outdir) {
  const { build } = await import('esbuild');
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    sourcemap: 'linked',
    logLevel: 'warning',
    logOverride: { 'empty-import-meta': 'silent' },
    absWorkingDir: root,
  };
  const nodeBuiltin = (name) => name.startsWith('node:') || require('node:module').isBuiltin(name);
  await build({
    ...common,
    entryPoints: {
      main: 'electron/main/index.ts',
      'corpus-worker': 'electron/main/corpusWorker.ts',
    },
    outdir,
    outExtension: { '.js': '.cjs' },
    external: ['electron', 'better-sqlite3'],
    banner: { js: projectRootBanner },
  });
  // A sandboxed preload can require 'electron' and nothing else of ours: one self-contained file.
  await build({
    ...common,
    entryPoints: { preload: 'electron/preload/index.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
    external: ['electron'],
  });
  checkRequires(path.join(outdir, 'preload.cjs'), (name) => name === 'electron');
  for (const file of ['main.cjs', 'corpus-worker.cjs'])
    checkRequires(
      path.join(outdir, file),
      (name) => name === 'electron' || name === 'better-sqlite3' || nodeBuiltin(name),
    );
  console.log(
    `Bundled main.cjs, preload.cjs and corpus-worker.cjs into ${path.relative(root, outdir) || '.'}/`,
  );
}

function nodeGypScript() {
  const candidates = [
    process.env.npm_config_node_gyp,
    process.env.npm_execpath &&
      path.join(
        path.dirname(process.env.npm_execpath),
        '..',
        'node_modules',
        'node-gyp',
        'bin',
        'node-gyp.js',
      ),
    path.join(
      path.dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    ),
  ];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    return fail(
      'node-gyp was not found (it comes with npm); run this through `npm run rebuild:electron`.',
    );
  }
}

function buildNative() {
  let electronDirectory;
  try {
    electronDirectory = path.dirname(require.resolve('electron/package.json'));
  } catch {
    fail('the electron package is not installed (npm install installs it as a devDependency).');
  }
  const version =
    option('--electron-version') ??
    JSON.parse(readFileSync(path.join(electronDirectory, 'package.json'), 'utf8')).version;
  const expectedAbi = Number(option('--abi') ?? abiTools.electronAbi(electronDirectory));
  const arch = option('--arch') ?? process.arch;
  const source = path.dirname(require.resolve('better-sqlite3/package.json'));

  // Compiled in a copy, so node_modules/better-sqlite3 keeps the build Node uses.
  const workDirectory = mkdtempSync(path.join(tmpdir(), 'setu-native-'));
  try {
    for (const entry of ['package.json', 'binding.gyp', 'src', 'deps'])
      cpSync(path.join(source, entry), path.join(workDirectory, entry), { recursive: true });
    console.log(`Compiling better-sqlite3 for Electron ${version} (ABI ${expectedAbi}, ${arch})…`);
    const result = spawnSync(
      process.execPath,
      [
        nodeGypScript(),
        'rebuild',
        '--release',
        `--target=${version}`,
        `--arch=${arch}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: workDirectory, stdio: 'inherit', env: abiTools.electronBuildEnvironment(process.env) },
    );
    if (result.status !== 0) fail(`node-gyp exited with ${result.status ?? result.signal}.`);
    const built = path.join(workDirectory, 'build', 'Release', 'better_sqlite3.node');
    const verdict = abiTools.checkModuleAbi(built, expectedAbi, `Electron ${version}`);
    if (!verdict.ok) fail(verdict.message);
    const target = path.join(distDirectory, 'native', 'better_sqlite3.node');
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(built, target);
    console.log(`${path.relative(root, target)}: ABI ${verdict.abi}, checked.`);
  } finally {
    rmSync(workDirectory, { recursive: true, force: true });
  }
}

function checkAbi() {
  const file = option('--check-abi');
  if (!file) fail('--check-abi needs a file.');
  const expected = option('--abi');
  if (expected === undefined) {
    const abi = abiTools.moduleAbiOfFile(file);
    if (abi === null) fail(`${file} does not register as a Node module.`);
    console.log(`${file}: ABI ${abi} (this Node is ${process.versions.modules})`);
    return;
  }
  const verdict = abiTools.checkModuleAbi(file, Number(expected), 'the runtime named by --abi');
  if (!verdict.ok) fail(verdict.message);
  console.log(`${file}: ABI ${verdict.abi}, as expected.`);
}

if (process.argv.includes('--check-abi')) checkAbi();
else if (process.argv.includes('--native')) buildNative();
else await bundle(path.resolve(option('--outdir') ?? distDirectory));
