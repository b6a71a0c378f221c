// Running the third-party TMX consumers the exchange tests check Setu's files against.
// A missing tool is a failure with the apt-get line to fix it, never a skipped test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The reference shelf sits beside the repository root: <root>/../shared.
export const tmxDtd = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../..',
  'shared',
  'spec',
  'tmx14.dtd',
);

const tools = {
  xmllint: { path: '/usr/bin/xmllint', install: 'apt-get install -y libxml2-utils' },
  python3: { path: '/usr/bin/python3', install: 'apt-get install -y python3 translate-toolkit' },
  po2tmx: { path: '/usr/bin/po2tmx', install: 'apt-get install -y translate-toolkit' },
  java: { path: '/usr/bin/java', install: 'apt-get install -y omegat' },
  omegat: { path: '/usr/share/omegat/OmegaT.jar', install: 'apt-get install -y omegat' },
} as const;

export function requireTool(name: keyof typeof tools): string {
  const tool = tools[name];
  if (!existsSync(tool.path)) {
    throw new Error(
      `${name} is not installed (${tool.path} is missing); install it with: ${tool.install}`,
    );
  }
  return tool.path;
}

export function requireTmxDtd(): string {
  if (!existsSync(tmxDtd))
    throw new Error(`the TMX 1.4 DTD is missing from the reference shelf: ${tmxDtd}`);
  return tmxDtd;
}

export type RunResult = { status: number; stdout: string; stderr: string };

export function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {},
): RunResult {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 240_000,
    ...options,
  });
  if (result.error) throw result.error;
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The translate-toolkit module ships for Debian's python3; a pyenv python3 first on PATH may lack it. */
export function python(script: string, args: string[]): string {
  const result = run(requireTool('python3'), ['-c', script, ...args]);
  if (result.status !== 0) {
    if (/No module named 'translate'/.test(result.stderr)) {
      throw new Error(
        `translate-toolkit is not installed for ${tools.python3.path}; install it with: ${tools.po2tmx.install}`,
      );
    }
    throw new Error(`python3 failed (${result.status}):\n${result.stderr}`);
  }
  return result.stdout;
}

export function temporaryDirectory(prefix: string): { path: string; remove(): void } {
  const directory = mkdtempSync(path.join(tmpdir(), prefix));
  return { path: directory, remove: () => rmSync(directory, { recursive: true, force: true }) };
}
