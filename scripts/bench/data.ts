// Synthetic benchmark documents built from real dev sentences (NTREX-128, CC BY-SA 4.0, read from
// ../shared, never copied into the repo): concatenated to the size wanted, with merges and drops
// so the aligner meets 2-1 / 1-2 / 1-0 beads as in real translations.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../corpus/node/paths';

export const sharedDirectory = path.resolve(projectRoot, '..', 'shared');
const devDirectory = path.join(sharedDirectory, 'data', 'align', 'ntrex-dev');

function devLines(): { source: string[]; target: string[] } {
  const source: string[] = [];
  const target: string[] = [];
  for (const file of readdirSync(devDirectory)
    .filter((name) => name.endsWith('.bn.txt'))
    .sort()) {
    source.push(...readFileSync(path.join(devDirectory, file), 'utf8').split('\n').filter(Boolean));
    target.push(
      ...readFileSync(path.join(devDirectory, file.replace('.bn.txt', '.en.txt')), 'utf8')
        .split('\n')
        .filter(Boolean),
    );
  }
  return { source, target };
}

/** A deterministic pseudo-random sequence (mulberry32), so every run measures the same document. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About `size` sentences per side, one per line; 5 % of English lines merged, 2 % dropped per side. */
export function syntheticDocument(size: number, seed = 1): { source: string[]; target: string[] } {
  const dev = devLines();
  const next = random(seed);
  const source: string[] = [];
  const target: string[] = [];
  for (let index = 0; source.length < size; index++) {
    const at = index % dev.source.length;
    const bn = dev.source[at]!;
    const en = dev.target[at]!;
    const roll = next();
    if (roll < 0.02) {
      source.push(bn);
    } else if (roll < 0.04) {
      target.push(en);
    } else if (roll < 0.09 && target.length > 0) {
      source.push(bn);
      target[target.length - 1] += ' ' + en;
    } else {
      source.push(bn);
      target.push(en);
    }
  }
  return { source, target };
}

/** The middle value by `key` (the upper one of an even count). */
export function median<T>(values: readonly T[], key: (value: T) => number): T {
  return [...values].sort((left, right) => key(left) - key(right))[Math.floor(values.length / 2)]!;
}
