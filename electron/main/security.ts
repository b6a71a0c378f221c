// Electron's security checklist, as pure functions and one wiring step: the page is our own
// bundle served from the `setu://app/` scheme, it may not navigate anywhere else or open windows,
// links leave for the system browser only after a check, and IPC answers only our own page.

import { contentSecurityPolicy } from '../../corpus/node/server';

export const appScheme = 'setu';
export const appHost = 'app';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** The renderer's CSP (browser mode serves the same one), sent as a header with every app file. */
export const appContentSecurityPolicy = contentSecurityPolicy;

/** The BrowserWindow's webPreferences: isolated, sandboxed, no Node, nothing remote. */
export function secureWebPreferences(preload: string) {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  } as const;
}

/** Whether a URL is a page of the app itself (and not, say, `setu://app.evil/` or `setu://app@x/`). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${appScheme}:` &&
    parsed.host === appHost &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

export type ExternalLinkVerdict = { open: true; url: string } | { open: false; reason: string };

/**
 * Which links may leave for the system browser: web pages and mail addresses, written without
 * credentials. `file:`, `javascript:`, custom schemes (which can launch other programs) and
 * anything unparsable stay closed.
 */
export function externalLinkVerdict(url: string): ExternalLinkVerdict {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { open: false, reason: 'not a valid URL' };
  }
  if (parsed.protocol === 'mailto:') return { open: true, url: parsed.href };
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return { open: false, reason: `the ${parsed.protocol} scheme is not opened from Setu` };
  if (parsed.username !== '' || parsed.password !== '')
    return { open: false, reason: 'the link carries a user name or password' };
  if (parsed.hostname === '') return { open: false, reason: 'the link has no host' };
  return { open: true, url: parsed.href };
}

/** The part of an IPC event the sender check reads. */
export type IpcSender = {
  senderFrame: { url: string; parent: unknown } | null;
};

/** IPC is answered only for the app's own top-level page, never a subframe or a foreign page. */
export function isTrustedSender(event: IpcSender): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/** The WebContents events the guards listen to (Electron's WebContents satisfies it). */
export type GuardedContents = {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void; url: string }) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
};

/**
 * Blocks navigation away from the app and every new window; a link to the web is handed to
 * `openExternal` when `externalLinkVerdict` allows it, and reported to `refused` otherwise.
 */
export function guardNavigation(
  contents: GuardedContents,
  openExternal: (url: string) => void,
  refused: (url: string, reason: string) => void = () => {},
): void {
  const leave = (url: string) => {
    const verdict = externalLinkVerdict(url);
    if (verdict.open) openExternal(verdict.url);
    else refused(url, verdict.reason);
  };
  const stayInApp = (event: { preventDefault(): void; url: string }) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    leave(event.url);
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    leave(url);
    return { action: 'deny' };
  });
}
