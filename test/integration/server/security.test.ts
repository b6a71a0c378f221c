import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../corpus/node/server';
import type { RunningServer } from '../../../corpus/node/server';
import { memoryCorpus } from '../../helpers/corpus';

let server: RunningServer;
let outside: string;

beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'setu-static-'));
  const ui = path.join(root, 'ui');
  mkdirSync(ui);
  writeFileSync(path.join(ui, 'index.html'), '<!doctype html><title>Setu</title>');
  outside = path.join(root, 'secret.txt');
  writeFileSync(outside, 'do not serve');
  server = await startServer({ corpus: memoryCorpus(), staticDirectory: ui, bodyLimit: 1024 });
});
afterAll(() => server.close());

/** A raw request, so tests control Host and Origin exactly as an attacker could. */
function send(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const call = request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: options.method ?? 'GET',
          path: options.path,
          headers: { host: `127.0.0.1:${server.port}`, ...options.headers },
        },
        (response) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode!, headers: response.headers, body }),
          );
        },
      );
      call.on('error', reject);
      call.end(options.body);
    },
  );
}

const call = (headers: Record<string, string>, body = '{}') =>
  send({
    method: 'POST',
    path: '/api/call/corpus.info',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('the local server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=/);
  });

  it('answers a call with the token', async () => {
    const response = await call({ authorization: `Bearer ${server.token}` });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { documentCount: 0 } });
  });

  it('refuses calls without the token or with a wrong one', async () => {
    expect((await call({})).status).toBe(401);
    expect((await call({ authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await call({ authorization: `Bearer ${server.token}x` })).status).toBe(401);
  });

  it('refuses a foreign Host (DNS rebinding)', async () => {
    const response = await call({
      authorization: `Bearer ${server.token}`,
      host: `evil.example:${server.port}`,
    });
    expect(response.status).toBe(403);
  });

  it('refuses a foreign Origin and sends no CORS headers', async () => {
    const response = await call({
      authorization: `Bearer ${server.token}`,
      origin: 'http://evil.example',
    });
    expect(response.status).toBe(403);
    const allowed = await call({
      authorization: `Bearer ${server.token}`,
      origin: `http://127.0.0.1:${server.port}`,
    });
    expect(allowed.status).toBe(200);
    expect(allowed.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a body over the limit', async () => {
    const response = await call(
      { authorization: `Bearer ${server.token}` },
      JSON.stringify({ padding: 'x'.repeat(4000) }),
    );
    expect(response.status).toBe(413);
  });

  it('refuses malformed JSON and the wrong method', async () => {
    expect((await call({ authorization: `Bearer ${server.token}` }, '{nope')).status).toBe(400);
    expect((await send({ path: '/api/call/corpus.info' })).status).toBe(405);
  });

  it('needs the token for the event stream', async () => {
    expect((await send({ path: '/api/events' })).status).toBe(401);
  });

  it('serves the UI with a strict CSP and never a file outside its folder', async () => {
    const page = await send({ path: '/' });
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const response = await send({ path: attempt });
      expect(response.body).not.toContain('do not serve');
    }
  });
});
