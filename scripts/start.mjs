#!/usr/bin/env node
// `npm start`: the desktop app where the Electron binary exists, otherwise the same UI served to
// a browser on 127.0.0.1 (the URL is printed). Builds the UI first when it is missing or stale.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newestChange(directory) {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestChange(full));
    else newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function ensureRendererBuilt() {
  const index = path.join(root, 'renderer', 'dist', 'index.html');
  const sources = [
    path.join(root, 'renderer', 'src'),
    path.join(root, 'shared'),
    path.join(root, 'corpus', 'common'),
  ];
  const stale =
    !existsSync(index) ||
    sources.some(
      (directory) => existsSync(directory) && newestChange(directory) > statSync(index).mtimeMs,
    );
  if (!stale) return;
  console.log('Building the Setu UI…');
  const result = spawnSync(
    process.execPath,
    [
      // vite's exports map hides bin/; the file is there all the same.
      path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'renderer/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * The Electron executable if its binary was downloaded: path.txt names it inside dist/. Not
 * `require('electron')`, which from Electron 42 on tries to download the binary when missing.
 */
function electronBinary() {
  const packageDirectory = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDirectory, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = path.join(packageDirectory, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

function ensureElectronBuilt() {
  const steps = [[]];
  // better-sqlite3 compiled for Electron's ABI (Node's build would not load in Electron).
  if (!existsSync(path.join(root, 'electron', 'dist', 'native', 'better_sqlite3.node')))
    steps.push(['--native']);
  for (const flags of steps) {
    const build = spawnSync(
      process.execPath,
      [path.join(root, 'scripts', 'build-electron.mjs'), ...flags],
      { cwd: root, stdio: 'inherit' },
    );
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
}

ensureRendererBuilt();
const passThrough = process.argv.slice(2);
const electron = electronBinary();
let child;
if (electron && !passThrough.includes('--browser')) {
  ensureElectronBuilt();
  child = spawn(electron, [root, ...passThrough], { cwd: root, stdio: 'inherit' });
} else {
  if (!passThrough.includes('--browser')) {
    console.log('The Electron binary is not installed here, so Setu runs in browser mode.');
  }
  const args = passThrough.filter((arg) => arg !== '--browser');
  child = spawn(process.execPath, [path.join(root, 'bin', 'setu.cjs'), 'serve', ...args], {
    cwd: root,
    stdio: 'inherit',
  });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
