// Which runtime a native module was built for, read from the file itself. A module built with
// node-gyp exports `node_register_module_v<ABI>`; Node 20 is ABI 115, Electron 42 is 146. The
// build script checks this after compiling better-sqlite3 for Electron, because a build can
// report success while it compiled against Node's headers (npm's `nodedir` setting wins over
// `--target`; seen here with electron-builder install-app-deps).

import { readFileSync } from 'node:fs';
import path from 'node:path';

const registration = /node_register_module_v(\d+)/;

/** The ABI a compiled module registers for, or null when the file is not such a module. */
export function moduleAbi(bytes: Uint8Array): number | null {
  // The symbol name is ASCII inside a binary: latin1 maps each byte to one character.
  const match = registration.exec(Buffer.from(bytes).toString('latin1'));
  return match ? Number(match[1]) : null;
}

export function moduleAbiOfFile(file: string): number | null {
  return moduleAbi(readFileSync(file));
}

/** Electron's npm package records its ABI in `abi_version` (Electron 42: 146). */
export function electronAbi(electronPackageDirectory: string): number {
  const text = readFileSync(path.join(electronPackageDirectory, 'abi_version'), 'utf8').trim();
  const abi = Number(text);
  if (!Number.isInteger(abi) || abi <= 0)
    throw new Error(`${electronPackageDirectory}/abi_version holds “${text}”, not an ABI number.`);
  return abi;
}

/**
 * The environment for node-gyp when building for Electron: npm exports its config as
 * npm_config_* variables, and `nodedir` (set in this machine's npmrc to Node's own headers)
 * silently overrides the Electron target. Those settings are removed so the flags decide.
 */
export function electronBuildEnvironment(environment: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const overriding =
    /^npm_config_(nodedir|target|target_arch|arch|disturl|dist_url|runtime|build_from_source)$/i;
  return Object.fromEntries(Object.entries(environment).filter(([name]) => !overriding.test(name)));
}

export type AbiVerdict = { ok: true; abi: number } | { ok: false; message: string };

export function checkModuleAbi(file: string, expected: number, runtime: string): AbiVerdict {
  const abi = moduleAbiOfFile(file);
  if (abi === null)
    return {
      ok: false,
      message: `${file} does not register as a Node module (no node_register_module_v*).`,
    };
  if (abi !== expected)
    return {
      ok: false,
      message:
        `${file} is built for ABI ${abi}, but ${runtime} needs ABI ${expected}` +
        (abi === Number(process.versions.modules)
          ? ` (ABI ${abi} is this Node's: the build used Node's headers, e.g. from npm's nodedir setting).`
          : '.'),
    };
  return { ok: true, abi };
}
