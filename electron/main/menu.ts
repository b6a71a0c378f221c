// The application menu as data. Commands the page owns (undo, redo, find, export, shortcuts)
// show their key but do not register it on Windows and Linux: the page's keymap handles the key
// where focus is (Ctrl+Z in the English editor is the editor's undo), and a registered
// accelerator would fire a second time.

import path from 'node:path';
import type { AppCommand } from '../../shared/client';

/** The subset of Electron's MenuItemConstructorOptions used here (Menu.buildFromTemplate takes it). */
export type MenuItemTemplate = {
  label?: string;
  role?:
    | 'appMenu'
    | 'about'
    | 'services'
    | 'hide'
    | 'hideOthers'
    | 'unhide'
    | 'quit'
    | 'close'
    | 'cut'
    | 'copy'
    | 'paste'
    | 'pasteAndMatchStyle'
    | 'selectAll'
    | 'delete'
    | 'resetZoom'
    | 'zoomIn'
    | 'zoomOut'
    | 'togglefullscreen'
    | 'toggleDevTools'
    | 'windowMenu'
    | 'minimize'
    | 'zoom'
    | 'front'
    | 'help'
    | 'recentDocuments'
    | 'clearRecentDocuments';
  type?: 'normal' | 'separator' | 'submenu';
  accelerator?: string;
  registerAccelerator?: boolean;
  enabled?: boolean;
  click?: () => void;
  submenu?: MenuItemTemplate[];
};

export type MenuActions = {
  /** Sends a command to the page. */
  send(command: AppCommand): void;
  openTextFile(): void;
  openRecent(file: string): void;
  clearRecent(): void;
  showAbout(): void;
  showDataFolder(): void;
};

export type MenuOptions = {
  platform: NodeJS.Platform;
  productName: string;
  recentFiles: readonly string[];
  /** Development builds get the developer tools item. */
  developer: boolean;
  actions: MenuActions;
};

const separator: MenuItemTemplate = { type: 'separator' };

export function menuTemplate(options: MenuOptions): MenuItemTemplate[] {
  const { actions, platform } = options;
  const mac = platform === 'darwin';
  const pageCommand = (
    label: string,
    command: AppCommand,
    accelerator?: string,
  ): MenuItemTemplate => ({
    label,
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => actions.send(command),
  });

  const recent: MenuItemTemplate[] =
    options.recentFiles.length === 0
      ? [{ label: 'No Recent Files', enabled: false }]
      : [
          ...options.recentFiles.map((file) => ({
            label: `${path.basename(file)} — ${path.dirname(file)}`,
            click: () => actions.openRecent(file),
          })),
          separator,
          { label: 'Clear Recent Files', click: actions.clearRecent },
        ];

  const file: MenuItemTemplate = {
    label: '&File',
    submenu: [
      // N is free in the page (Ctrl+I inserts a row there), so Import registers its key.
      {
        label: '&Import Document Pair…',
        accelerator: 'CmdOrCtrl+N',
        click: () => actions.send({ command: 'import.open' }),
      },
      { label: '&Open Text File…', accelerator: 'CmdOrCtrl+O', click: actions.openTextFile },
      { label: 'Open &Recent', submenu: recent },
      pageCommand('&Documents', { command: 'documents.show' }),
      separator,
      pageCommand('&Export…', { command: 'export.open' }, 'CmdOrCtrl+Shift+E'),
      separator,
      mac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
    ],
  };
  const edit: MenuItemTemplate = {
    label: '&Edit',
    submenu: [
      pageCommand('&Undo', { command: 'history.undo' }, 'CmdOrCtrl+Z'),
      pageCommand('&Redo', { command: 'history.redo' }, mac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      pageCommand('&Find…', { command: 'search.focus' }, 'CmdOrCtrl+F'),
    ],
  };

  const view: MenuItemTemplate = {
    label: '&View',
    submenu: [
      pageCommand('Toggle &Dark Theme', { command: 'theme.toggle' }),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(options.developer ? [separator, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  const help: MenuItemTemplate = {
    role: 'help',
    label: '&Help',
    submenu: [
      pageCommand('&Keyboard Shortcuts', { command: 'help.shortcuts' }, 'F1'),
      { label: 'Show the &Corpus Folder', click: actions.showDataFolder },
      ...(mac
        ? []
        : [separator, { label: `&About ${options.productName}`, click: actions.showAbout }]),
    ],
  };

  const appMenu: MenuItemTemplate[] = mac
    ? [
        {
          label: options.productName,
          submenu: [
            { label: `About ${options.productName}`, click: actions.showAbout },
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];
  const window: MenuItemTemplate[] = mac ? [{ role: 'windowMenu' }] : [];
  return [...appMenu, file, edit, view, ...window, help];
}
