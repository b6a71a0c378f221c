// Monaco from the local package only (the app works offline; no CDN loader). The slim entry
// plus the editor features keeps out the TypeScript/JSON/CSS language services we never use.
// The Bengali web font must be loaded before the first editor exists: Monaco measures glyph
// widths once, and with a fallback font its cursor lands in the wrong place.

import type * as MonacoModule from 'monaco-editor/editor';

export type Monaco = typeof MonacoModule;

let ready: Promise<Monaco> | null = null;

export function loadMonaco(): Promise<Monaco> {
  ready ??= (async () => {
    const [module] = await Promise.all([
      import('./monacoModule'),
      document.fonts.load("16px 'Noto Sans Bengali'", 'ক্ষ'),
      document.fonts.load("16px 'Noto Sans Bengali'", 'A'),
    ]);
    return module.monaco;
  })();
  return ready;
}
