// The preload entry exposes exactly one object, `setuBridge`, built on ipcRenderer.
import { describe, expect, it, vi } from 'vitest';
import type { fakeIpcPair } from './fakes';

const exposed = vi.hoisted(() => new Map<string, unknown>());
const pair = vi.hoisted(() => ({ current: null as ReturnType<typeof fakeIpcPair> | null }));
vi.mock('electron', async () => {
  const { fakeIpcPair: makePair } = await import('./fakes');
  pair.current = makePair();
  return {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: pair.current.ipcRenderer,
  };
});

describe('the preload', () => {
  it('exposes the bridge as window.setuBridge and nothing else', async () => {
    await import('../../../electron/preload/index');
    expect([...exposed.keys()]).toEqual(['setuBridge']);
    const bridge = exposed.get('setuBridge') as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual(['call', 'native', 'onCommand', 'onEvent']);
    expect(Object.keys(bridge.native as object).sort()).toEqual(['openTextFile', 'saveFile']);
  });

  it('calls only the channels the main process serves', async () => {
    await import('../../../electron/preload/index');
    const bridge = exposed.get('setuBridge') as {
      call(name: string, args: unknown): Promise<unknown>;
      native: { saveFile(name: string, content: string): Promise<unknown> };
    };
    const channels: string[] = [];
    pair.current!.ipcMain.handle(
      'corpus:call',
      (_event, name) => (channels.push(`corpus:call ${String(name)}`), { ok: true, value: 1 }),
    );
    pair.current!.ipcMain.handle(
      'app:saveFile',
      () => (channels.push('app:saveFile'), '/tmp/a.tmx'),
    );
    await expect(bridge.call('corpus.info', {})).resolves.toEqual({ ok: true, value: 1 });
    await expect(bridge.native.saveFile('a.tmx', 'x')).resolves.toBe('/tmp/a.tmx');
    expect(channels).toEqual(['corpus:call corpus.info', 'app:saveFile']);
  });
});
