import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  defaultWindowState,
  fitToDisplays,
  measureWindow,
  parseWindowState,
  windowStateStore,
} from '../../../electron/main/windowState';

const folder = mkdtempSync(path.join(tmpdir(), 'setu-window-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('reads what was saved and falls back to the default on anything malformed', () => {
    expect(parseWindowState('{"x":10,"y":20,"width":1000,"height":700,"maximized":true}')).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: true,
    });
    expect(parseWindowState(null)).toEqual(defaultWindowState);
    expect(parseWindowState('{broken')).toEqual(defaultWindowState);
    expect(parseWindowState('[1,2]')).toEqual(defaultWindowState);
    expect(parseWindowState('{"width":"wide","height":700}')).toEqual(defaultWindowState);
    expect(parseWindowState('{"width":100,"height":50}')).toMatchObject({
      width: 720,
      height: 480,
    });
    expect(parseWindowState('{"width":1000,"height":700,"x":null}')).not.toHaveProperty('x');
  });
});

describe('fitToDisplays', () => {
  it('keeps a place that is still on a display', () => {
    const state = { x: 1600, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(state, [laptop, monitorOnTheRight])).toEqual(state);
  });

  it('drops the place when its display is gone, keeping a size that fits', () => {
    const state = { x: 1600, y: 100, width: 2400, height: 1300, maximized: true };
    expect(fitToDisplays(state, [laptop])).toEqual({ width: 1440, height: 870, maximized: true });
  });

  it('drops a place whose title bar is off the top of every display', () => {
    expect(
      fitToDisplays({ x: 100, y: -600, width: 900, height: 700, maximized: false }, [laptop]),
    ).not.toHaveProperty('y');
  });
});

describe('windowStateStore', () => {
  it('saves the normal bounds and whether the window was maximized, and reads them back', () => {
    const store = windowStateStore(folder);
    expect(store.load()).toEqual(defaultWindowState);
    const window = {
      getNormalBounds: () => ({ x: 12, y: 34, width: 1100, height: 760 }),
      isMaximized: () => true,
    };
    store.save(measureWindow(window));
    expect(JSON.parse(readFileSync(store.file, 'utf8'))).toEqual({
      x: 12,
      y: 34,
      width: 1100,
      height: 760,
      maximized: true,
    });
    expect(windowStateStore(folder).load()).toEqual({
      x: 12,
      y: 34,
      width: 1100,
      height: 760,
      maximized: true,
    });
    writeFileSync(store.file, 'garbage');
    expect(store.load()).toEqual(defaultWindowState);
  });
});
