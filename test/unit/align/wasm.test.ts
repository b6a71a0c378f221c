import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { align } from '../../../corpus/common/align';
import { beginAlignment, cheapestPath, fullBand } from '../../../corpus/common/align/dynamic';
import { beadShapes, defaultTuning } from '../../../corpus/common/align/engine';
import { computeFeatures } from '../../../corpus/common/align/features';
import { alignerWasm, decodeBase64 } from '../../../corpus/common/align/wasm';
import { alignerModuleBase64 } from '../../../corpus/common/align/wasm-module';
import { segmentLines } from '../../../corpus/common/segment';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const devDirectory = path.resolve(projectRoot, '..', 'shared', 'data', 'align', 'ntrex-dev');

describe('the aligner WebAssembly module', () => {
  it('is committed as the AssemblyScript compiles now (else: node scripts/build-wasm.mjs)', () => {
    const result = spawnSync(process.execPath, ['scripts/build-wasm.mjs', '--check'], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);

  it('decodes from base64 byte for byte', () => {
    for (const text of [
      '',
      'YQ==',
      'YWI=',
      'YWJj',
      '/+7dzLuqmYh3ZlVEMyIRAA==',
      alignerModuleBase64,
    ])
      expect(Buffer.from(decodeBase64(text))).toEqual(Buffer.from(text, 'base64'));
    // The module's magic number and version.
    expect([...decodeBase64(alignerModuleBase64).subarray(0, 8)]).toEqual([
      0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ]);
  });
});

describe('the dynamic program in WebAssembly', () => {
  it('gives each document the same beads and scores whatever was aligned before it', () => {
    // Documents alternate in the module's memory: each load must replace the last one's features.
    const documents = readdirSync(devDirectory)
      .filter((name) => name.endsWith('.bn.txt'))
      .sort()
      .slice(0, 3)
      .map((name) => ({
        source: segmentLines(readFileSync(path.join(devDirectory, name), 'utf8')).sentences,
        target: segmentLines(
          readFileSync(path.join(devDirectory, name.replace('.bn.txt', '.en.txt')), 'utf8'),
        ).sentences,
      }));
    expect(documents).toHaveLength(3);
    const alignOne = (index: number) =>
      align(documents[index]!.source, documents[index]!.target, {
        sourceLang: 'bn',
        targetLang: 'en',
      });
    const first = documents.map((_, index) => alignOne(index));
    expect(alignOne(2)).toEqual(first[2]);
    expect(alignOne(0)).toEqual(first[0]);
    expect(alignOne(1)).toEqual(first[1]);
    expect(alignOne(0)).toEqual(first[0]);
  });

  it('throws where the band leaves the end unreachable', () => {
    const units = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ text: `Sentence ${index}.` }));
    const features = computeFeatures(units(3), units(5), {});
    const band = fullBand(3, 5);
    // Row 0 holds only (0, 0) and every later row only column 5: no bead shape spans 5 targets.
    band.high[0] = 0;
    for (let row = 1; row <= 3; row++) band.low[row] = 5;
    const stride = 1 + Math.max(...beadShapes.flatMap((shape) => [shape.source, shape.target]));
    const model = {
      ratio: 1,
      variance: defaultTuning.initialVariance,
      shapeCost: new Float64Array(stride * stride).fill(1),
      shapeCostStride: stride,
      weakBreakCost: 1,
      anchorBonus: defaultTuning.anchorBonus,
      anchorPenalty: defaultTuning.anchorPenalty,
      sentenceCountWeight: 1,
      boundarySpread: 0,
      paragraphBeadCost: 1,
      paragraphBeadMinUnits: stride,
      paragraphWeight: 0,
    };
    expect(() => cheapestPath(features, model, band, beadShapes)).toThrow(
      'alignment band is disconnected at (3, 5)',
    );
    // The same document in the whole grid: a complete path, every bead one of the shapes.
    const path = cheapestPath(features, model, fullBand(3, 5), beadShapes);
    expect(path[0]).toMatchObject({ sourceStart: 0, targetStart: 0 });
    expect(path.at(-1)).toMatchObject({ sourceEnd: 3, targetEnd: 5 });
    for (const [index, bead] of path.entries()) {
      if (index > 0) expect(bead.sourceStart).toBe(path[index - 1]!.sourceEnd);
      if (index > 0) expect(bead.targetStart).toBe(path[index - 1]!.targetEnd);
      expect(
        beadShapes.some(
          (shape) =>
            shape.source === bead.sourceEnd - bead.sourceStart &&
            shape.target === bead.targetEnd - bead.targetStart,
        ),
      ).toBe(true);
      expect(Number.isFinite(bead.cost)).toBe(true);
    }
  });

  it('lets the memory of a long document go for a much shorter one, not for one as long', () => {
    const grown = alignerWasm();
    // As a 100k × 100k alignment leaves it: the module's memory grown past 64 MiB.
    grown.release(grown.allocate(80 * 1024 * 1024));
    beginAlignment(100_000, 100_000);
    beginAlignment(90_000, 110_000);
    expect(alignerWasm()).toBe(grown);
    beginAlignment(10, 12);
    const renewed = alignerWasm();
    expect(renewed).not.toBe(grown);
    expect(renewed.memory.buffer.byteLength).toBeLessThan(64 * 1024 * 1024);
    // And the new memory aligns.
    const units = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ text: `Sentence number ${index}.` }));
    expect(align(units(10), units(12)).flatMap((bead) => bead.source)).toEqual(
      Array.from({ length: 10 }, (_, index) => index),
    );
  });
});
