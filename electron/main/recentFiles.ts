// File > Open Recent: the text files opened last, newest first, kept in userData/recent-files.json.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const recentFileLimit = 10;

export function parseRecentFiles(text: string | null): string[] {
  if (text === null) return [];
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value
      .filter((entry): entry is string => typeof entry === 'string' && path.isAbsolute(entry))
      .slice(0, recentFileLimit);
  } catch {
    return [];
  }
}

export function withRecentFile(files: readonly string[], file: string): string[] {
  return [file, ...files.filter((each) => each !== file)].slice(0, recentFileLimit);
}

export function recentFilesStore(
  directory: string,
  exists: (file: string) => boolean = existsSync,
) {
  const file = path.join(directory, 'recent-files.json');
  let files: string[] = (() => {
    try {
      return parseRecentFiles(readFileSync(file, 'utf8')).filter(exists);
    } catch {
      return [];
    }
  })();
  const write = () => {
    mkdirSync(directory, { recursive: true });
    writeFileSync(file, JSON.stringify(files));
  };
  return {
    list: (): readonly string[] => files,
    add(opened: string): void {
      files = withRecentFile(files, opened);
      write();
    },
    remove(missing: string): void {
      files = files.filter((each) => each !== missing);
      write();
    },
    clear(): void {
      files = [];
      write();
    },
  };
}

export type RecentFiles = ReturnType<typeof recentFilesStore>;
