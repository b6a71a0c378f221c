// Browser mode: the same dispatch over HTTP, for the UI served to a browser on this machine.
// Threats it answers: other local users and web pages (token), DNS rebinding (Host check),
// cross-site requests (Origin check, no CORS), oversized bodies, path traversal.

import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import path from 'node:path';
import type { ApiErrorCode, ApiResponse } from '../../shared/errors';
import { httpPaths } from '../../shared/http-client';
import { contentTypes } from './content-types';
import type { Corpus } from './dispatch';

export const defaultBodyLimit = 200 * 1024 * 1024;

export type ServeOptions = {
  corpus: Corpus;
  /** Built renderer (index.html and assets); omit to serve the API only. */
  staticDirectory?: string;
  port?: number;
  token?: string;
  bodyLimit?: number;
};

export type RunningServer = { url: string; port: number; token: string; close(): Promise<void> };

const statusOf: Record<ApiErrorCode, number> = {
  invalid_args: 400,
  bad_input: 400,
  unknown_method: 404,
  not_found: 404,
  stale_revision: 409,
  conflict: 409,
  unauthorized: 401,
  internal: 500,
};

// Monaco injects <style> elements, hence 'unsafe-inline' for styles only.
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; " +
  "img-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(text);
}

function refuse(
  response: ServerResponse,
  status: number,
  code: ApiErrorCode,
  message: string,
): void {
  sendJson(response, status, { ok: false, error: { code, message } } satisfies ApiResponse<never>);
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new RangeError(`The request is larger than ${limit} bytes.`));
      request.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new RangeError(`The request is larger than ${limit} bytes.`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const bodyLimit = options.bodyLimit ?? defaultBodyLimit;
  const events = new Set<ServerResponse>();
  let port = 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const unsubscribe = options.corpus.subscribe((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const response of events) response.write(frame);
  });

  async function handleCall(
    request: IncomingMessage,
    response: ServerResponse,
    name: string,
  ): Promise<void> {
    const authorization = request.headers.authorization ?? '';
    if (!authorization.startsWith('Bearer ') || !sameToken(authorization.slice(7), token)) {
      refuse(
        response,
        401,
        'unauthorized',
        'Missing or wrong token: open the URL that `setu serve` printed.',
      );
      return;
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      refuse(response, 415, 'invalid_args', 'Send the arguments as application/json.');
      return;
    }
    let args: unknown;
    try {
      const body = await readBody(request, bodyLimit);
      args = body.trim() === '' ? {} : JSON.parse(body);
    } catch (error) {
      if (error instanceof RangeError) refuse(response, 413, 'bad_input', error.message);
      else refuse(response, 400, 'invalid_args', 'The request body is not valid JSON.');
      return;
    }
    const result = options.corpus.dispatch(name, args);
    sendJson(response, result.ok ? 200 : statusOf[result.error.code], result);
  }

  function handleEvents(url: URL, response: ServerResponse): void {
    if (!sameToken(url.searchParams.get('token') ?? '', token)) {
      refuse(response, 401, 'unauthorized', 'Missing or wrong token.');
      return;
    }
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    events.add(response);
    response.on('close', () => events.delete(response));
  }

  function handleStatic(url: URL, response: ServerResponse): void {
    const root = options.staticDirectory;
    if (!root || !existsSync(path.join(root, 'index.html'))) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('The Setu UI is not built. Run `npm run build`, then start the server again.\n');
      return;
    }
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const resolved = path.resolve(root, '.' + path.posix.normalize(relative));
    const inside =
      resolved === path.resolve(root) || resolved.startsWith(path.resolve(root) + path.sep);
    const file =
      inside && existsSync(resolved) && statSync(resolved).isFile()
        ? resolved
        : path.join(root, 'index.html');
    const extension = path.extname(file);
    response.writeHead(200, {
      'content-type': contentTypes[extension] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'content-security-policy': contentSecurityPolicy,
      'cache-control': extension === '.html' ? 'no-store' : 'public, max-age=3600',
    });
    createReadStream(file).pipe(response);
  }

  const server = createServer((request, response) => {
    if (!allowedHosts().has(request.headers.host ?? '')) {
      refuse(
        response,
        403,
        'unauthorized',
        'Unexpected Host header (Setu answers only 127.0.0.1 and localhost).',
      );
      return;
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) {
      refuse(response, 403, 'unauthorized', 'Cross-origin requests are not allowed.');
      return;
    }
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    const callPrefix = httpPaths.call('');
    if (url.pathname.startsWith(callPrefix)) {
      if (request.method !== 'POST') {
        refuse(response, 405, 'invalid_args', 'API calls are POST requests.');
        return;
      }
      handleCall(
        request,
        response,
        decodeURIComponent(url.pathname.slice(callPrefix.length)),
      ).catch((error) => refuse(response, 500, 'internal', String(error)));
      return;
    }
    if (url.pathname === httpPaths.events) {
      handleEvents(url, response);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    handleStatic(url, response);
  });
  server.requestTimeout = 0; // large imports can take minutes; the body limit bounds them instead

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}/#token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe();
            for (const response of events) response.end();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
