// A fresh `setu serve` on a temporary database for every test, and an API client on the same
// server so a test can check what the UI stored, not only what it shows.

import { test as base, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CorpusClient } from '../../shared/client';
import { createHttpClient } from '../../shared/http-client';

export const repositoryRoot = path.resolve(import.meta.dirname, '../..');
export const samplesDirectory = path.join(repositoryRoot, 'corpus', 'samples');
export const resultsDirectory = path.join(repositoryRoot, 'test-results');

export type SetuServer = {
  /** The URL as printed, with #token=… */
  url: string;
  origin: string;
  token: string;
  api: CorpusClient;
  databasePath: string;
};

async function startSetu(
  directory: string,
): Promise<{ server: SetuServer; stop: () => Promise<void> }> {
  const databasePath = path.join(directory, 'corpus.db');
  const child = spawn(
    process.execPath,
    [path.join(repositoryRoot, 'bin', 'setu.cjs'), 'serve', '--db', databasePath, '--port', '0'],
    {
      cwd: repositoryRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let errors = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`setu serve printed no URL in 60 s:\n${output}\n${errors}`)),
      60_000,
    );
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const match = /Setu is serving (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`setu serve exited with ${code}:\n${output}\n${errors}`));
    });
  });
  const parsed = new URL(url);
  const token = new URLSearchParams(parsed.hash.slice(1)).get('token');
  if (!token) throw new Error(`The printed URL carries no token: ${url}`);
  const api = createHttpClient({
    baseUrl: parsed.origin,
    token,
    fetch: async (target, init) => {
      const response = await fetch(target, init);
      return { status: response.status, json: () => response.json() as Promise<unknown> };
    },
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { server: { url, origin: parsed.origin, token, api, databasePath }, stop };
}

export const test = base.extend<{ setu: SetuServer }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern, so it must be one.
  // eslint-disable-next-line no-empty-pattern
  setu: async ({}, use) => {
    const built = path.join(repositoryRoot, 'renderer', 'dist', 'index.html');
    if (!existsSync(built)) {
      throw new Error(
        'renderer/dist is missing: run `npx vite build --config renderer/vite.config.ts` first.',
      );
    }
    const directory = mkdtempSync(path.join(tmpdir(), 'setu-e2e-'));
    const { server, stop } = await startSetu(directory);
    try {
      await use(server);
    } finally {
      await stop();
      rmSync(directory, { recursive: true, force: true });
    }
  },
});

export { expect };
