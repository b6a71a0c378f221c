// The sandboxed preload: bundled into one file (electron/dist/preload.cjs) that requires only
// 'electron', since a sandboxed preload cannot load other modules.
import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopBridge } from './bridge';
import { createDesktopBridge } from './bridge';

contextBridge.exposeInMainWorld(
  'setuBridge',
  createDesktopBridge(ipcRenderer) satisfies DesktopBridge,
);
