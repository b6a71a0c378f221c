// The `setu://app/` scheme serves the built renderer (renderer/dist) to the window. A custom
// standard scheme rather than file:// gives the page a real origin, so the CSP's 'self' means
// our files only and module scripts and workers load without opening up file:// access.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentTypes } from '../../corpus/node/content-types';
import { appContentSecurityPolicy, appHost, appScheme } from './security';

/** Passed to protocol.registerSchemesAsPrivileged before the app is ready. */
export const appSchemePrivileges = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

export type AssetLookup = { file: string; contentType: string } | { status: 400 | 404 };

/**
 * Maps a request URL to a file inside `root`. Anything outside it (`..`, encoded slashes,
 * another host) is refused; a path without an extension is a client-side route and gets
 * index.html.
 */
export function resolveAppAsset(root: string, requestUrl: string): AssetLookup {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { status: 400 };
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return { status: 404 };
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return { status: 400 };
  }
  if (relative.includes('\0') || relative.includes('\\')) return { status: 400 };
  const normalised = path.posix.normalize(relative);
  const wanted =
    normalised === '/' || path.posix.extname(normalised) === '' ? '/index.html' : normalised;
  const base = path.resolve(root);
  const file = path.resolve(base, '.' + wanted);
  if (!file.startsWith(base + path.sep)) return { status: 404 };
  return {
    file,
    contentType: contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
  };
}

/** The protocol handler: our files with the CSP and nosniff headers, nothing else. */
export function appProtocolHandler(root: string) {
  return async (request: { url: string }): Promise<Response> => {
    const lookup = resolveAppAsset(root, request.url);
    if ('status' in lookup) return new Response(null, { status: lookup.status });
    let body: Buffer;
    try {
      body = await readFile(lookup.file);
    } catch {
      return new Response(null, { status: 404 });
    }
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'content-type': lookup.contentType,
        'content-security-policy': appContentSecurityPolicy,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
      },
    });
  };
}
