// A stand-in for the parts of the `electron` module the main process uses, recording what the
// app asks of it. Tests install it with vi.mock('electron', ...) and drive the app's events.

import { EventEmitter } from 'node:events';
import path from 'node:path';
import { fakeIpcPair } from './fakes';

export type FakeWindowOptions = Record<string, unknown> & {
  webPreferences: Record<string, unknown>;
};

export class FakeWebContents extends EventEmitter {
  url = '';
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  constructor(readonly pair: ReturnType<typeof fakeIpcPair>) {
    super();
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
  send(channel: string, payload: unknown) {
    this.pair.webContents.send(channel, payload);
  }
  isDestroyed() {
    return false;
  }
  getURL() {
    return this.url;
  }
}

export type FakeState = {
  lock: boolean;
  readyResolve: (() => void) | null;
  menuTemplate: unknown;
  protocolHandlers: Map<string, (request: { url: string }) => Promise<Response>>;
  privilegedSchemes: unknown[];
  permissionRequest:
    null | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void);
  permissionCheck: null | (() => boolean);
  opened: string[];
  errorBoxes: { title: string; content: string }[];
  messageBoxes: unknown[];
};

export class FakeApp extends EventEmitter {
  isPackaged = false;
  name = 'setu';
  readonly paths: Map<string, string>;
  readonly readyPromise: Promise<void>;
  constructor(
    readonly state: FakeState,
    readonly calls: string[],
    userDataParent: string,
  ) {
    super();
    this.paths = new Map([
      ['appData', userDataParent],
      ['documents', userDataParent],
    ]);
    this.readyPromise = new Promise<void>((resolve) => (state.readyResolve = resolve));
  }
  setName(name: string) {
    this.name = name;
  }
  setPath(name: string, value: string) {
    this.paths.set(name, value);
  }
  getPath(name: string) {
    const value = this.paths.get(name);
    if (!value) throw new Error(`no fake path ${name}`);
    return value;
  }
  getVersion() {
    return '0.1.0';
  }
  requestSingleInstanceLock() {
    this.calls.push('requestSingleInstanceLock');
    return this.state.lock;
  }
  quit() {
    this.calls.push('quit');
    const event = {
      defaultPrevented: false,
      preventDefault: () => (event.defaultPrevented = true),
    };
    this.emit('will-quit', event);
    if (!event.defaultPrevented) this.calls.push('exited');
  }
  exit(code: number) {
    this.calls.push(`exit ${code}`);
  }
  enableSandbox() {
    this.calls.push('enableSandbox');
  }
  whenReady() {
    return this.readyPromise;
  }
  addRecentDocument(file: string) {
    this.calls.push(`addRecentDocument ${path.basename(file)}`);
  }
  clearRecentDocuments() {
    this.calls.push('clearRecentDocuments');
  }
}

export class FakeBrowserWindow extends EventEmitter {
  /** Set by createFakeElectron: where new windows register and what they share. */
  static context: {
    pair: ReturnType<typeof fakeIpcPair>;
    windows: FakeBrowserWindow[];
    calls: string[];
  };
  readonly webContents = new FakeWebContents(FakeBrowserWindow.context.pair);
  bounds: { x: number; y: number; width: number; height: number };
  minimized = false;
  maximized = false;
  focused = 0;
  constructor(readonly options: FakeWindowOptions) {
    super();
    this.bounds = {
      x: Number(options.x ?? 100),
      y: Number(options.y ?? 80),
      width: Number(options.width),
      height: Number(options.height),
    };
    FakeBrowserWindow.context.windows.push(this);
  }
  loadURL(url: string) {
    this.webContents.url = url;
    return Promise.resolve();
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
    FakeBrowserWindow.context.calls.push('restore');
  }
  show() {
    FakeBrowserWindow.context.calls.push('show');
  }
  focus() {
    this.focused += 1;
  }
  isDestroyed() {
    return false;
  }
  getNormalBounds() {
    return this.bounds;
  }
}

export function createFakeElectron(userDataParent: string) {
  const pair = fakeIpcPair();
  const calls: string[] = [];
  const windows: FakeBrowserWindow[] = [];
  const state: FakeState = {
    lock: true,
    readyResolve: null,
    menuTemplate: null,
    protocolHandlers: new Map(),
    privilegedSchemes: [],
    permissionRequest: null,
    permissionCheck: null,
    opened: [],
    errorBoxes: [],
    messageBoxes: [],
  };
  FakeBrowserWindow.context = { pair, windows, calls };

  const app = new FakeApp(state, calls, userDataParent);
  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: pair.ipcMain,
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => {
        state.menuTemplate = menu;
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) =>
        state.protocolHandlers.set(scheme, handler),
    },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: typeof state.permissionRequest) =>
          (state.permissionRequest = handler),
        setPermissionCheckHandler: (handler: typeof state.permissionCheck) =>
          (state.permissionCheck = handler),
      },
    },
    shell: {
      openExternal: async (url: string) => {
        state.opened.push(url);
      },
      showItemInFolder: (file: string) => calls.push(`showItemInFolder ${file}`),
    },
    dialog: {
      showErrorBox: (title: string, content: string) => state.errorBoxes.push({ title, content }),
      showMessageBox: async (_window: unknown, options: unknown) => {
        state.messageBoxes.push(options);
        return { response: 0 };
      },
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
    },
  };
  return { electron, pair, calls, windows, state, app };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
