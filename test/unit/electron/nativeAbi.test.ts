import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkModuleAbi,
  electronAbi,
  electronBuildEnvironment,
  moduleAbi,
  moduleAbiOfFile,
} from '../../../electron/main/nativeAbi';

const require = createRequire(import.meta.url);
const folder = mkdtempSync(path.join(tmpdir(), 'setu-abi-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The better-sqlite3 this checkout's Node loads: built for this Node's ABI. */
const nodeBuild = path.join(
  path.dirname(require.resolve('better-sqlite3/package.json')),
  'build',
  'Release',
  'better_sqlite3.node',
);

describe('moduleAbi', () => {
  it('reads the ABI a real native module registers for', () => {
    expect(moduleAbiOfFile(nodeBuild)).toBe(Number(process.versions.modules));
  });

  it('finds nothing in a file that is not a module', () => {
    expect(
      moduleAbi(new TextEncoder().encode('just text, node_register_module_ without digits')),
    ).toBeNull();
  });
});

describe('checkModuleAbi', () => {
  it('accepts the expected ABI and names the Node-headers mistake otherwise', () => {
    expect(checkModuleAbi(nodeBuild, Number(process.versions.modules), 'Node')).toEqual({
      ok: true,
      abi: Number(process.versions.modules),
    });
    const verdict = checkModuleAbi(nodeBuild, 146, 'Electron 42.11.18');
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.message).toMatch(
      /built for ABI \d+, but Electron 42\.11\.18 needs ABI 146 .*Node's headers/,
    );
  });
});

describe('electronAbi', () => {
  it('reads abi_version from the electron package', () => {
    writeFileSync(path.join(folder, 'abi_version'), '146\n');
    expect(electronAbi(folder)).toBe(146);
    writeFileSync(path.join(folder, 'abi_version'), 'v146');
    expect(() => electronAbi(folder)).toThrow(/not an ABI number/);
  });
});

describe('electronBuildEnvironment', () => {
  it('drops the npm settings that would point node-gyp at Node’s headers', () => {
    expect(
      electronBuildEnvironment({
        PATH: '/usr/bin',
        npm_config_nodedir: '/usr',
        NPM_CONFIG_TARGET: '20.20.2',
        npm_config_disturl: 'https://nodejs.org/dist',
        npm_config_cache: '/root/.npm',
      }),
    ).toEqual({ PATH: '/usr/bin', npm_config_cache: '/root/.npm' });
  });
});
