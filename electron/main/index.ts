// The Electron main process entry, bundled to electron/dist/main.cjs (package.json "main").
import { projectRoot } from '../../corpus/node/paths';
import { bundledPaths, startDesktopApp } from './desktopApp';

const desktop = startDesktopApp(bundledPaths(__dirname, projectRoot));
desktop?.ready.catch((error: unknown) => {
  console.error('[setu] the desktop app could not start:', error);
});
