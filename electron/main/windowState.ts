// The main window's size and place, kept in userData/window-state.json between launches. A saved
// place that no longer lies on any display (a monitor unplugged) is dropped, keeping the size.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type Rectangle = { x: number; y: number; width: number; height: number };

export type WindowState = {
  width: number;
  height: number;
  /** Absent until the user has placed the window: the OS centres it then. */
  x?: number;
  y?: number;
  maximized: boolean;
};

export const defaultWindowState: WindowState = { width: 1280, height: 860, maximized: false };
export const minimumWindowSize = { width: 720, height: 480 };

const finite = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** Reads the saved JSON; anything malformed gives the default rather than a broken window. */
export function parseWindowState(text: string | null): WindowState {
  if (text === null) return defaultWindowState;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return defaultWindowState;
  }
  if (typeof value !== 'object' || value === null) return defaultWindowState;
  const saved = value as Record<string, unknown>;
  if (!finite(saved.width) || !finite(saved.height)) return defaultWindowState;
  const state: WindowState = {
    width: Math.max(minimumWindowSize.width, Math.round(saved.width)),
    height: Math.max(minimumWindowSize.height, Math.round(saved.height)),
    maximized: saved.maximized === true,
  };
  if (finite(saved.x) && finite(saved.y)) {
    state.x = Math.round(saved.x);
    state.y = Math.round(saved.y);
  }
  return state;
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Keeps the window reachable: it must show at least a title bar's worth (100 × 40 px) on some
 * display's work area, or it is re-centred by the OS; and it is never larger than the biggest
 * work area.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  if (workAreas.length === 0) return state;
  const widest = Math.max(...workAreas.map((area) => area.width));
  const tallest = Math.max(...workAreas.map((area) => area.height));
  const width = Math.min(state.width, widest);
  const height = Math.min(state.height, tallest);
  const fitted: WindowState = { width, height, maximized: state.maximized };
  if (state.x !== undefined && state.y !== undefined) {
    const titleBar = { x: state.x, y: state.y, width: Math.min(width, 100), height: 40 };
    const visible = workAreas.some((area) => overlap(titleBar, area) >= titleBar.width * 20);
    if (visible) {
      fitted.x = state.x;
      fitted.y = state.y;
    }
  }
  return fitted;
}

/** What a window tells us to save; Electron's BrowserWindow satisfies it. */
export type MeasuredWindow = {
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
};

export function measureWindow(window: MeasuredWindow): WindowState {
  const bounds = window.getNormalBounds();
  return { ...bounds, maximized: window.isMaximized() };
}

export function windowStateStore(directory: string) {
  const file = path.join(directory, 'window-state.json');
  return {
    file,
    load(): WindowState {
      let text: string | null = null;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        // first launch: no file yet
      }
      return parseWindowState(text);
    },
    /** Written to a temporary file and renamed, so a crash mid-write leaves the old state. */
    save(state: WindowState): void {
      mkdirSync(directory, { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(state));
      renameSync(temporary, file);
    },
  };
}
