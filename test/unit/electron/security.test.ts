import { describe, expect, it, vi } from 'vitest';
import type { GuardedContents } from '../../../electron/main/security';
import {
  appEntryUrl,
  externalLinkVerdict,
  guardNavigation,
  isAppUrl,
  isTrustedSender,
  secureWebPreferences,
} from '../../../electron/main/security';

describe('the window security options', () => {
  it('isolate and sandbox the page and give it no Node', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('isAppUrl', () => {
  it('accepts the app origin only', () => {
    expect(isAppUrl(appEntryUrl)).toBe(true);
    expect(isAppUrl('setu://app/index.html#/doc/3')).toBe(true);
    expect(isAppUrl('setu://app.evil.com/index.html')).toBe(false);
    expect(isAppUrl('setu://user@app/index.html')).toBe(false);
    expect(isAppUrl('setu://other/index.html')).toBe(false);
    expect(isAppUrl('file:///work/renderer/dist/index.html')).toBe(false);
    expect(isAppUrl('http://127.0.0.1:4000/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('externalLinkVerdict', () => {
  it('lets web pages and mail addresses leave, nothing else', () => {
    expect(externalLinkVerdict('https://omegat.org/')).toEqual({
      open: true,
      url: 'https://omegat.org/',
    });
    expect(externalLinkVerdict('http://example.org/a b')).toEqual({
      open: true,
      url: 'http://example.org/a%20b',
    });
    expect(externalLinkVerdict('mailto:someone@example.org')).toMatchObject({ open: true });
    for (const refused of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'https://user:secret@example.org/',
      'setu://app/index.html',
      '//example.org',
      '',
    ])
      expect(externalLinkVerdict(refused), refused).toMatchObject({ open: false });
  });
});

describe('isTrustedSender', () => {
  it('answers the app page’s top frame only', () => {
    expect(isTrustedSender({ senderFrame: { url: appEntryUrl, parent: null } })).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: appEntryUrl, parent: {} } })).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'https://example.org/', parent: null } })).toBe(
      false,
    );
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });
});

describe('guardNavigation', () => {
  function fakeContents() {
    const listeners = new Map<string, (event: { preventDefault(): void; url: string }) => void>();
    let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
    const contents: GuardedContents = {
      on(event: string, listener: (event: { preventDefault(): void; url: string }) => void) {
        listeners.set(event, listener);
        return contents;
      },
      setWindowOpenHandler(handler) {
        openHandler = handler;
      },
    };
    const fire = (name: string, url: string) => {
      const event = { url, preventDefault: vi.fn() };
      listeners.get(name)!(event);
      return event.preventDefault.mock.calls.length > 0;
    };
    return { contents, fire, open: (url: string) => openHandler!({ url }) };
  }

  it('keeps the page in the app and sends checked links to the browser', () => {
    const { contents, fire, open } = fakeContents();
    const opened: string[] = [];
    const refused: string[] = [];
    guardNavigation(
      contents,
      (url) => opened.push(url),
      (url) => refused.push(url),
    );

    expect(fire('will-navigate', 'setu://app/index.html')).toBe(false);
    expect(fire('will-navigate', 'https://example.org/')).toBe(true);
    expect(fire('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-attach-webview', 'https://example.org/')).toBe(true);
    expect(open('https://omegat.org/manual')).toEqual({ action: 'deny' });
    expect(open('setu://app/index.html')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });

    expect(opened).toEqual(['https://example.org/', 'https://omegat.org/manual']);
    expect(refused).toEqual(['file:///etc/passwd', 'setu://app/index.html', 'javascript:alert(1)']);
  });
});
