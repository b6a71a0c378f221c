// The composition root with Electron mocked: the single-instance lock, the window's security
// options, bounds kept between launches, files handed over by a second launch, the menu, and a
// shutdown that closes the database. The corpus runs in the real worker bundle on a real file.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDesktopBridge } from '../../../electron/preload/bridge';
import type { AppCommand } from '../../../electron/preload/bridge';
import type { DesktopPaths } from '../../../electron/main/desktopApp';
import { appEntryUrl } from '../../../electron/main/security';
import type { MenuItemTemplate } from '../../../electron/main/menu';
import type { FakeElectron } from './fakeElectron';
import { createFakeElectron } from './fakeElectron';
import { buildBundles, repositoryRoot } from './fakes';

const holder = vi.hoisted(() => ({ current: null as FakeElectron | null }));
vi.mock('electron', () => {
  const current = () => {
    if (!holder.current) throw new Error('no fake electron installed');
    return holder.current.electron;
  };
  return {
    get app() {
      return current().app;
    },
    get BrowserWindow() {
      return current().BrowserWindow;
    },
    get dialog() {
      return current().dialog;
    },
    get ipcMain() {
      return current().ipcMain;
    },
    get Menu() {
      return current().Menu;
    },
    get protocol() {
      return current().protocol;
    },
    get screen() {
      return current().screen;
    },
    get session() {
      return current().session;
    },
    get shell() {
      return current().shell;
    },
  };
});

const { startDesktopApp } = await import('../../../electron/main/desktopApp');

let bundles: ReturnType<typeof buildBundles>;
const folders: string[] = [];
beforeAll(() => {
  bundles = buildBundles();
});
afterAll(() => {
  bundles.remove();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

type Launch = { fake: FakeElectron; home: string; userData: string; paths: DesktopPaths };

function prepare(home?: string): Launch {
  const folder = home ?? mkdtempSync(path.join(tmpdir(), 'setu-desktop-'));
  if (!home) folders.push(folder);
  const fake = createFakeElectron(folder);
  holder.current = fake;
  const paths: DesktopPaths = {
    rendererDirectory: path.join(repositoryRoot, 'renderer'),
    preload: path.join(bundles.directory, 'preload.cjs'),
    workerScript: path.join(bundles.directory, 'corpus-worker.cjs'),
  };
  return { fake, home: folder, userData: path.join(folder, 'user-data'), paths };
}

function environment(launch: Launch): NodeJS.ProcessEnv {
  return { SETU_HOME: launch.home, SETU_USER_DATA: launch.userData };
}

const noFileArguments = { argv: ['/opt/Setu/setu'], workingDirectory: '/', defaultApp: false };

/** Quits the app the way Electron does and waits until the corpus is closed. */
async function quit(launch: Launch): Promise<void> {
  launch.fake.app.quit();
  await expect.poll(() => launch.fake.calls.includes('exited'), { timeout: 10_000 }).toBe(true);
}

const running: Launch[] = [];
afterEach(async () => {
  for (const launch of running.splice(0))
    if (!launch.fake.calls.includes('exited')) await quit(launch);
});

async function launch(home?: string, launchArguments = noFileArguments): Promise<Launch> {
  const prepared = prepare(home);
  const desktop = startDesktopApp(prepared.paths, environment(prepared), launchArguments);
  expect(desktop).not.toBeNull();
  prepared.fake.state.readyResolve!();
  await desktop!.ready;
  running.push(prepared);
  return prepared;
}

describe('the desktop app', () => {
  it('quits at once when another instance holds the lock, opening nothing', () => {
    const prepared = prepare();
    prepared.fake.state.lock = false;
    expect(startDesktopApp(prepared.paths, environment(prepared), noFileArguments)).toBeNull();
    expect(prepared.fake.calls).toContain('quit');
    expect(prepared.fake.windows).toHaveLength(0);
    expect(prepared.fake.state.protocolHandlers.size).toBe(0);
  });

  it('opens one sandboxed, isolated window on the app page, over a seeded corpus in userData', async () => {
    const started = await launch();
    const { fake } = started;
    expect(fake.calls).toContain('enableSandbox');
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0]!;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      preload: started.paths.preload,
    });
    expect(window.webContents.getURL()).toBe(appEntryUrl);
    expect(fake.state.privilegedSchemes).toEqual([
      expect.objectContaining({
        scheme: 'setu',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect([...fake.state.protocolHandlers.keys()]).toEqual(['setu']);

    // Permissions (camera, notifications, …) are refused, asked or checked.
    let granted: boolean | null = null;
    fake.state.permissionRequest!(null, 'media', (answer) => (granted = answer));
    expect(granted).toBe(false);
    expect(fake.state.permissionCheck!()).toBe(false);

    // The corpus: SETU_HOME here, seeded with the sample on first start, reachable over IPC.
    expect(existsSync(path.join(started.home, 'corpus.sqlite'))).toBe(true);
    const bridge = createDesktopBridge(fake.pair.ipcRenderer);
    const listed = await bridge.call('document.list', {});
    expect(listed).toMatchObject({ ok: true });
    const documents = (listed as { ok: true; value: { documents: { title: string }[] } }).value
      .documents;
    expect(documents.map((document) => document.title)).toEqual(['Lavrov in Pyongyang (sample)']);

    // Navigation away and new windows are refused; a web link goes to the system browser.
    const navigation = { url: 'https://example.org/page', preventDefault: vi.fn() };
    window.webContents.emit('will-navigate', navigation);
    expect(navigation.preventDefault).toHaveBeenCalled();
    expect(window.webContents.openHandler!({ url: 'file:///etc/passwd' })).toEqual({
      action: 'deny',
    });
    expect(fake.state.opened).toEqual(['https://example.org/page']);
  });

  it('serves the built page with the CSP through the setu scheme', async () => {
    const { fake } = await launch();
    const handler = fake.state.protocolHandlers.get('setu')!;
    const response = await handler({ url: 'setu://app/index.html' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<div id="root">');
    expect((await handler({ url: 'setu://app/../package.json' })).status).not.toBe(200);
  });

  it('remembers the window bounds in userData for the next launch', async () => {
    const first = await launch();
    const window = first.fake.windows[0]!;
    window.bounds = { x: 40, y: 30, width: 1111, height: 777 };
    window.emit('close');
    const saved = JSON.parse(readFileSync(path.join(first.userData, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ x: 40, y: 30, width: 1111, height: 777, maximized: false });
    await quit(first);

    const second = await launch(first.home);
    expect(second.fake.windows[0]!.options).toMatchObject({
      x: 40,
      y: 30,
      width: 1111,
      height: 777,
    });
  });

  it('focuses the window on a second launch and opens the file it was given', async () => {
    const started = await launch();
    const { fake } = started;
    const window = fake.windows[0]!;
    window.minimized = true;
    const file = path.join(started.home, 'chapter.bn.txt');
    writeFileSync(file, 'প্রথম বাক্য। দ্বিতীয় বাক্য।\n');
    const bridge = createDesktopBridge(fake.pair.ipcRenderer);
    const commands: AppCommand[] = [];
    bridge.onCommand((command) => commands.push(command));

    // Before the page has loaded, the command waits; then it is delivered once.
    fake.app.emit(
      'second-instance',
      {},
      ['/opt/Setu/setu', '--enable-logging', 'chapter.bn.txt'],
      started.home,
    );
    await expect.poll(() => fake.calls.includes('addRecentDocument chapter.bn.txt')).toBe(true);
    expect(window.focused).toBe(1);
    expect(fake.calls).toContain('restore');
    expect(commands).toEqual([]);
    window.webContents.emit('did-finish-load');
    await expect.poll(() => commands.length).toBe(1);
    expect(commands[0]).toEqual({
      command: 'files.opened',
      files: [{ name: 'chapter.bn.txt', text: 'প্রথম বাক্য। দ্বিতীয় বাক্য।\n' }],
    });

    // The file is now in File > Open Recent.
    const menu = fake.state.menuTemplate as MenuItemTemplate[];
    const recent = menu
      .find((item) => item.label === '&File')!
      .submenu!.find((item) => item.label === 'Open &Recent')!;
    expect(recent.submenu![0]!.label).toContain('chapter.bn.txt');
    expect(
      JSON.parse(readFileSync(path.join(started.userData, 'recent-files.json'), 'utf8')),
    ).toEqual([file]);
  });

  it('opens the files named when it is launched from a checkout (electron . FILE)', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'setu-desktop-'));
    folders.push(home);
    writeFileSync(path.join(home, 'a.en.txt'), 'One. Two.');
    const started = await launch(home, {
      argv: [
        '/usr/lib/electron/electron',
        repositoryRoot,
        '--no-sandbox',
        'a.en.txt',
        'missing.txt',
      ],
      workingDirectory: home,
      defaultApp: true,
    });
    const bridge = createDesktopBridge(started.fake.pair.ipcRenderer);
    const commands: AppCommand[] = [];
    bridge.onCommand((command) => commands.push(command));
    started.fake.windows[0]!.webContents.emit('did-finish-load');
    await expect
      .poll(() => commands)
      .toEqual([{ command: 'files.opened', files: [{ name: 'a.en.txt', text: 'One. Two.' }] }]);
  });

  it('keeps a file the OS hands over before the app is ready (macOS open-file)', async () => {
    const prepared = prepare();
    const file = path.join(prepared.home, 'early.en.txt');
    writeFileSync(file, 'Early.');
    const desktop = startDesktopApp(prepared.paths, environment(prepared), noFileArguments);
    const event = { preventDefault: vi.fn() };
    prepared.fake.app.emit('open-file', event, file);
    expect(event.preventDefault).toHaveBeenCalled();
    prepared.fake.state.readyResolve!();
    await desktop!.ready;
    running.push(prepared);
    const bridge = createDesktopBridge(prepared.fake.pair.ipcRenderer);
    const commands: AppCommand[] = [];
    bridge.onCommand((command) => commands.push(command));
    prepared.fake.windows[0]!.webContents.emit('did-finish-load');
    await expect
      .poll(() => commands)
      .toEqual([{ command: 'files.opened', files: [{ name: 'early.en.txt', text: 'Early.' }] }]);
  });

  it('reports a file it cannot read instead of sending it to the page', async () => {
    const started = await launch();
    const { fake } = started;
    const file = path.join(started.home, 'photo.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]));
    fake.app.emit('second-instance', {}, ['/opt/Setu/setu', file], '/');
    await expect.poll(() => fake.state.messageBoxes.length).toBe(1);
    expect(fake.state.messageBoxes[0]).toMatchObject({
      type: 'error',
      detail: expect.stringContaining(`${file}: `),
    });
    expect(fake.pair.sent.filter((each) => each.channel === 'app:command')).toEqual([]);
  });

  it('closes the database on quit, after answering the calls in flight', async () => {
    const started = await launch();
    const bridge = createDesktopBridge(started.fake.pair.ipcRenderer);
    const inFlight = bridge.call('document.import', {
      title: 'In flight',
      source: 'একটি বাক্য।',
      target: 'One sentence.',
    });
    await new Promise((resolve) => setImmediate(resolve));
    await quit(started);
    await expect(inFlight).resolves.toMatchObject({ ok: true });
    // A cleanly closed WAL database checkpoints and removes its -wal file.
    expect(existsSync(path.join(started.home, 'corpus.sqlite-wal'))).toBe(false);
    expect(started.fake.calls.filter((call) => call === 'quit').length).toBe(2);
  });

  it('shows an error and exits when the corpus cannot be opened', async () => {
    const prepared = prepare();
    // A folder where the database file should be: SQLite cannot open it.
    const blocked = path.join(prepared.home, 'corpus.sqlite');
    rmSync(blocked, { force: true });
    await import('node:fs').then((fs) => fs.mkdirSync(blocked));
    const desktop = startDesktopApp(prepared.paths, environment(prepared), noFileArguments);
    prepared.fake.state.readyResolve!();
    await expect(desktop!.ready).rejects.toThrow();
    expect(prepared.fake.state.errorBoxes[0]?.title).toMatch(/cannot open its corpus/);
    expect(prepared.fake.calls).toContain('exit 1');
    expect(prepared.fake.windows).toHaveLength(0);
  });
});
