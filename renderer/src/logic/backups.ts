// The restore command the backups panel shows. Restoring replaces the corpus file, which the
// running app holds open, so it is done from a terminal with Setu closed.

// Characters every shell (sh, bash, zsh, cmd, PowerShell) reads literally in a bare word.
const bareWord = /^[A-Za-z0-9_@%+=:,./\\-]+$/;

/**
 * Quotes one argument for the user's shell. Double quotes work in sh, cmd and PowerShell alike
 * (backslashes of a Windows path stay literal); a value holding a character double quotes do
 * not protect in sh gets POSIX single quotes instead.
 */
export function quoteShellArgument(value: string): string {
  if (bareWord.test(value)) return value;
  if (!/["$`!]/.test(value)) return `"${value}"`;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export function restoreCommand(backupName: string, databasePath: string): string {
  return `setu backup restore ${quoteShellArgument(backupName)} --db ${quoteShellArgument(databasePath)}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 10 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}
