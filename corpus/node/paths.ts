import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding package.json. Bundles (the fast CLI, the Electron main process) move this
 * file, so they set `globalThis.setuProjectRoot` first; from source it is two folders up.
 */
export const projectRoot =
  (globalThis as { setuProjectRoot?: string }).setuProjectRoot ??
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const samplesDirectory = path.join(projectRoot, 'corpus', 'samples');
export const rendererDirectory = path.join(projectRoot, 'renderer', 'dist');

/** Where the default corpus lives: SETU_HOME, else the platform's per-user data folder (XDG on Linux). */
export function dataDirectory(
  environment: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (environment.SETU_HOME) return path.resolve(environment.SETU_HOME);
  if (platform === 'win32')
    return path.join(environment.APPDATA ?? path.join(homedir(), 'AppData', 'Roaming'), 'Setu');
  if (platform === 'darwin') return path.join(homedir(), 'Library', 'Application Support', 'Setu');
  const xdg = environment.XDG_DATA_HOME;
  return path.join(
    xdg && path.isAbsolute(xdg) ? xdg : path.join(homedir(), '.local', 'share'),
    'setu',
  );
}

export function defaultDatabasePath(environment: NodeJS.ProcessEnv = process.env): string {
  return path.join(dataDirectory(environment), 'corpus.sqlite');
}
