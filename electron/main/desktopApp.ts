// The desktop app's composition: one window on the `setu://app/` page, the corpus in a worker
// thread on userData/corpus.sqlite, the menu, the single-instance lock and a shutdown that
// answers the calls in flight and closes the database before the process exits.

import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import type { AppCommand, OpenedTextFile } from '../../shared/client';
import { appProtocolHandler, appSchemePrivileges } from './appProtocol';
import type { CorpusHost } from './corpusHost';
import { startWorkerHost } from './corpusHost';
import { nativeDialogs } from './dialogs';
import { fileArguments, readOpenedFile } from './files';
import type { IpcRegistration } from './ipc';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { recentFilesStore } from './recentFiles';
import { appEntryUrl, appScheme, guardNavigation, secureWebPreferences } from './security';
import { fitToDisplays, measureWindow, minimumWindowSize, windowStateStore } from './windowState';

export const productName = 'Setu';

export type DesktopPaths = {
  /** The built renderer (index.html and assets). */
  rendererDirectory: string;
  preload: string;
  workerScript: string;
  /** better-sqlite3 built for Electron, when it is kept beside the Node build. */
  nativeBinding?: string;
  icon?: string;
};

/**
 * The bundle's neighbours: electron/dist/{preload,corpus-worker}.cjs and native/. Inside an
 * asar archive the worker and the native module are read from app.asar.unpacked, because
 * neither a worker thread nor dlopen reads from the archive.
 */
export function bundledPaths(bundleDirectory: string, projectRoot: string): DesktopPaths {
  const unpacked = (file: string) =>
    file.replace(`${path.sep}app.asar${path.sep}`, `${path.sep}app.asar.unpacked${path.sep}`);
  const nativeBinding = unpacked(path.join(bundleDirectory, 'native', 'better_sqlite3.node'));
  const icon = path.join(projectRoot, 'build', 'icons', '512x512.png');
  return {
    rendererDirectory: path.join(projectRoot, 'renderer', 'dist'),
    preload: path.join(bundleDirectory, 'preload.cjs'),
    workerScript: unpacked(path.join(bundleDirectory, 'corpus-worker.cjs')),
    ...(existsSync(nativeBinding) ? { nativeBinding } : {}),
    ...(existsSync(icon) ? { icon } : {}),
  };
}

/** SETU_HOME moves the corpus (as it does for the CLI); otherwise it lives in userData. */
export function corpusFile(environment: NodeJS.ProcessEnv, userData: string): string {
  const home = environment.SETU_HOME;
  return path.join(home ? path.resolve(home) : userData, 'corpus.sqlite');
}

function log(message: string): void {
  console.warn(`[setu] ${message}`);
}

export type DesktopApp = {
  /** Resolves once the window is created (or rejects when the corpus cannot be opened). */
  ready: Promise<void>;
};

/** This launch's command line, whose file arguments are opened once the window is up. */
export type LaunchArguments = {
  argv: readonly string[];
  workingDirectory: string;
  /** Electron runs an app folder (`electron .`): argv[1] is that folder, not a file. */
  defaultApp: boolean;
};

export function processLaunchArguments(): LaunchArguments {
  return {
    argv: process.argv,
    workingDirectory: process.cwd(),
    defaultApp: process.defaultApp === true,
  };
}

/** Starts the app; returns null when another instance holds the lock (this one then quits). */
export function startDesktopApp(
  paths: DesktopPaths,
  environment: NodeJS.ProcessEnv = process.env,
  launch: LaunchArguments = processLaunchArguments(),
): DesktopApp | null {
  // userData is fixed by product name, so `electron .` in a checkout and the installed app share it.
  app.setName(productName);
  app.setPath(
    'userData',
    environment.SETU_USER_DATA
      ? path.resolve(environment.SETU_USER_DATA)
      : path.join(app.getPath('appData'), productName),
  );
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  app.enableSandbox();

  const userData = app.getPath('userData');
  const windowState = windowStateStore(userData);
  const recent = recentFilesStore(userData);
  const developer = !app.isPackaged;
  let window: BrowserWindow | null = null;
  let host: CorpusHost | null = null;
  let registration: IpcRegistration | null = null;
  let pageLoaded = false;
  const commandsBeforeLoad: AppCommand[] = [];
  // Files handed over before the window exists (macOS open-file, an early second launch).
  const filesBeforeReady: string[] = [];
  let shutDown = false;

  const sendCommand = (command: AppCommand) => {
    if (registration && pageLoaded) registration.sendCommand(command);
    else commandsBeforeLoad.push(command);
  };

  const dialogs = nativeDialogs({
    dialog,
    window: () => visibleWindow(),
    documentsFolder: () => app.getPath('documents'),
    opened: (file) => rememberFile(file),
  });

  function rememberFile(file: string): void {
    recent.add(file);
    app.addRecentDocument(file);
    buildMenu();
  }

  async function openFiles(files: readonly string[]): Promise<void> {
    if (!registration) {
      filesBeforeReady.push(...files);
      return;
    }
    const opened: OpenedTextFile[] = [];
    for (const file of files) {
      try {
        opened.push(readOpenedFile(file));
        rememberFile(file);
      } catch (error) {
        if (!existsSync(file)) recent.remove(file);
        await dialogs.showOpenError(file, error);
      }
    }
    if (opened.length > 0) sendCommand({ command: 'files.opened', files: opened });
  }

  function showAbout(): void {
    const versions = process.versions;
    void dialog.showMessageBox(visibleWindow(), {
      type: 'info',
      title: `About ${productName}`,
      message: `${productName} (সেতু) ${app.getVersion()}`,
      detail:
        'A Bengali–English translation alignment workbench.\n\n' +
        `Corpus: ${corpusFile(environment, userData)}\n` +
        `Electron ${versions.electron}, Chromium ${versions.chrome}, Node ${versions.node}`,
    });
  }

  function buildMenu(): void {
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({
          platform: process.platform,
          productName,
          recentFiles: recent.list(),
          developer,
          actions: {
            send: sendCommand,
            openTextFile: () => {
              void dialogs.chooseTextFile().then((file) => (file ? openFiles([file]) : undefined));
            },
            openRecent: (file) => void openFiles([file]),
            clearRecent: () => {
              recent.clear();
              app.clearRecentDocuments();
              buildMenu();
            },
            showAbout,
            showDataFolder: () => shell.showItemInFolder(corpusFile(environment, userData)),
          },
        }),
      ),
    );
  }

  function createWindow(): BrowserWindow {
    const state = fitToDisplays(
      windowState.load(),
      screen.getAllDisplays().map((display) => display.workArea),
    );
    const created = new BrowserWindow({
      ...state,
      minWidth: minimumWindowSize.width,
      minHeight: minimumWindowSize.height,
      show: false,
      title: productName,
      backgroundColor: '#ffffff',
      ...(paths.icon ? { icon: paths.icon } : {}),
      webPreferences: secureWebPreferences(paths.preload),
    });
    if (state.maximized) created.maximize();
    created.once('ready-to-show', () => created.show());
    guardNavigation(
      created.webContents,
      (url) => void shell.openExternal(url),
      (url, reason) => log(`refused to open ${url}: ${reason}`),
    );
    let saveTimer: NodeJS.Timeout | null = null;
    const saveState = () => {
      if (saveTimer) clearTimeout(saveTimer);
      saveTimer = null;
      if (!created.isDestroyed() && !created.isMinimized())
        windowState.save(measureWindow(created));
    };
    const saveSoon = () => {
      if (saveTimer) clearTimeout(saveTimer);
      saveTimer = setTimeout(saveState, 500);
    };
    created.on('resize', saveSoon);
    created.on('move', saveSoon);
    created.on('maximize', saveSoon);
    created.on('unmaximize', saveSoon);
    created.on('close', saveState);
    created.on('closed', () => {
      if (window === created) window = null;
      pageLoaded = false;
    });
    created.webContents.on('did-start-loading', () => {
      pageLoaded = false;
    });
    created.webContents.on('did-finish-load', () => {
      pageLoaded = true;
      for (const command of commandsBeforeLoad.splice(0)) registration?.sendCommand(command);
    });
    void created.loadURL(appEntryUrl);
    return created;
  }

  function focusWindow(): void {
    if (!window) {
      if (registration) window = createWindow();
      return;
    }
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  }

  /** The window dialogs attach to; on macOS the menu outlives it, so it is reopened first. */
  function visibleWindow(): BrowserWindow {
    if (!window) window = createWindow();
    return window;
  }

  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusWindow();
    void openFiles(fileArguments(argv, workingDirectory, launch.defaultApp));
  });
  // macOS hands files over by event, before or after ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    void openFiles([file]);
  });
  app.on('activate', () => focusWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    if (shutDown) return;
    event.preventDefault();
    shutDown = true;
    registration?.dispose();
    registration = null;
    const closing = host ? host.close() : Promise.resolve();
    host = null;
    void closing
      .catch((error) => log(`closing the corpus: ${String(error)}`))
      .finally(() => app.quit());
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  const ready = app.whenReady().then(async () => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
      callback(false),
    );
    session.defaultSession.setPermissionCheckHandler(() => false);
    protocol.handle(appScheme, appProtocolHandler(paths.rendererDirectory));
    try {
      host = await startWorkerHost({
        script: paths.workerScript,
        databaseFile: corpusFile(environment, userData),
        seedSampleWhenNew: true,
        ...(paths.nativeBinding ? { nativeBinding: paths.nativeBinding } : {}),
      });
    } catch (error) {
      dialog.showErrorBox(
        `${productName} cannot open its corpus`,
        error instanceof Error ? error.message : String(error),
      );
      shutDown = true;
      app.exit(1);
      throw error;
    }
    registration = registerIpc({
      ipc: ipcMain,
      host,
      dialogs,
      target: () => (window ? window.webContents : null),
      refused: (channel, url) => log(`refused IPC on ${channel} from ${url}`),
    });
    buildMenu();
    window = createWindow();
    await openFiles([
      ...fileArguments(launch.argv, launch.workingDirectory, launch.defaultApp),
      ...filesBeforeReady.splice(0),
    ]);
  });
  return { ready };
}
