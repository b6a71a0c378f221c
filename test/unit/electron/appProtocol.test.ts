import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appProtocolHandler, resolveAppAsset } from '../../../electron/main/appProtocol';
import { contentSecurityPolicy } from '../../../corpus/node/server';

const root = mkdtempSync(path.join(tmpdir(), 'setu-protocol-'));
mkdirSync(path.join(root, 'dist', 'assets'), { recursive: true });
writeFileSync(path.join(root, 'dist', 'index.html'), '<!doctype html><title>Setu</title>');
writeFileSync(path.join(root, 'dist', 'assets', 'app.js'), 'console.log("সেতু")');
writeFileSync(path.join(root, 'secret.txt'), 'outside the renderer');
const dist = path.join(root, 'dist');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('resolveAppAsset', () => {
  it('maps app URLs into the renderer folder and routes to index.html', () => {
    expect(resolveAppAsset(dist, 'setu://app/assets/app.js')).toEqual({
      file: path.join(dist, 'assets', 'app.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppAsset(dist, 'setu://app/')).toMatchObject({
      file: path.join(dist, 'index.html'),
    });
    expect(resolveAppAsset(dist, 'setu://app/documents')).toMatchObject({
      file: path.join(dist, 'index.html'),
    });
  });

  it('refuses paths that leave the folder and other hosts', () => {
    for (const url of [
      'setu://app/../secret.txt',
      'setu://app/%2e%2e/secret.txt',
      'setu://app/assets/..%2f..%2fsecret.txt',
      'setu://app/..%5csecret.txt',
      'setu://app/%00.js',
      'setu://other/index.html',
      'https://app/index.html',
    ]) {
      const lookup = resolveAppAsset(dist, url);
      // URL parsing folds `..` away; whatever remains must lie inside the renderer folder.
      if ('file' in lookup) expect(lookup.file.startsWith(dist + path.sep), url).toBe(true);
    }
    expect(resolveAppAsset(dist, 'setu://other/index.html')).toEqual({ status: 404 });
    expect(resolveAppAsset(dist, 'setu://app/%E0%A4%A.js')).toEqual({ status: 400 });
  });
});

describe('appProtocolHandler', () => {
  const handle = appProtocolHandler(dist);

  it('serves files with the CSP and nosniff', async () => {
    const response = await handle({ url: 'setu://app/assets/app.js' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log("সেতু")');
  });

  it('answers 404 for missing files and never serves a file outside', async () => {
    expect((await handle({ url: 'setu://app/assets/missing.js' })).status).toBe(404);
    const escaped = await handle({ url: 'setu://app/%2e%2e/secret.txt' });
    expect(await escaped.text()).not.toContain('outside the renderer');
  });
});
