// The aligner's WebAssembly module (built from ./assembly by scripts/build-wasm.mjs), compiled and
// instantiated synchronously on first use, once per thread: a worker has an instance of its own.

import { alignerModuleBase64 } from './wasm-module';

// corpus/common compiles against ES2023 alone, which declares no WebAssembly: the subset used here.
// (Module scope: where a wider lib declares it globally, this declaration shadows it harmlessly.)
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (
    module: object,
    imports: Record<string, Record<string, (value: number) => number>>,
  ) => { exports: unknown };
};

/** Exports of ./assembly/index.ts; pointers are byte offsets into `memory`. */
export type AlignerExports = {
  memory: { buffer: ArrayBuffer };
  allocate(bytes: number): number;
  mark(): number;
  release(to: number): void;
  reset(): void;
  beginSkeletons(): void;
  skeletonSide(
    text: number,
    byteLength: number,
    unitEnds: number,
    count: number,
    bengali: number,
  ): number;
  skeletonIds(): number;
  visibleLengths(): number;
  skeletonCount(): number;
  skeletonLetters(number: number): number;
  skeletonLength(number: number): number;
  newSide(
    count: number,
    lengthPrefix: number,
    sentencePrefix: number,
    continuesPrefix: number,
    anchorMatchPrefix: number,
    anchorMissPrefix: number,
    anchorChancePrefix: number,
    paragraphEnd: number,
    anchorStart: number,
    anchorIds: number,
  ): number;
  newDocument(
    source: number,
    target: number,
    anchorCount: number,
    matchWeight: number,
    missWeight: number,
  ): number;
  prepareCost(
    document: number,
    ratio: number,
    variance: number,
    shapeCost: number,
    shapeCostStride: number,
    weakBreakCost: number,
    anchorBonus: number,
    anchorPenalty: number,
    sentenceCountWeight: number,
    boundarySpread: number,
    paragraphBeadCost: number,
    paragraphBeadMinUnits: number,
    paragraphWeight: number,
    shapes: number,
    shapeCount: number,
    low: number,
    high: number,
  ): void;
  cheapestPath(
    sourceCorners: number,
    sourceCornerCount: number,
    targetCorners: number,
    targetCornerCount: number,
    cornerMaxUnits: number,
    output: number,
  ): number;
  beadPosteriors(
    path: number,
    beadCount: number,
    temperature: number,
    sourceCorners: number,
    sourceCornerCount: number,
    targetCorners: number,
    targetCornerCount: number,
    cornerMaxUnits: number,
    output: number,
  ): void;
};

let compiled: object | null = null;
let instance: AlignerExports | null = null;

export function alignerWasm(): AlignerExports {
  return instance ?? renewAlignerWasm();
}

/**
 * A new instance, with a new memory: a WebAssembly memory never shrinks, and one grown for a
 * long document would otherwise stay that large for the life of the thread.
 */
export function renewAlignerWasm(): AlignerExports {
  compiled ??= new WebAssembly.Module(decodeBase64(alignerModuleBase64));
  // The host's own Math.log and Math.exp (V8 calls them directly from WebAssembly), so that the
  // costs are those the JavaScript aligner computed, to the last bit.
  const { exports } = new WebAssembly.Instance(compiled, {
    host: { log: Math.log, exp: Math.exp },
  });
  instance = exports as AlignerExports;
  return instance;
}

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Bytes of padded base64 (neither atob nor Buffer is in ES2023). */
export function decodeBase64(text: string): Uint8Array {
  const valueOf = new Uint8Array(128);
  for (let index = 0; index < base64Alphabet.length; index++)
    valueOf[base64Alphabet.charCodeAt(index)] = index;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let at = 0;
  for (let index = 0; index < text.length; index += 4) {
    const quad =
      (valueOf[text.charCodeAt(index)]! << 18) |
      (valueOf[text.charCodeAt(index + 1)]! << 12) |
      (valueOf[text.charCodeAt(index + 2)]! << 6) |
      valueOf[text.charCodeAt(index + 3)]!;
    bytes[at++] = quad >>> 16;
    if (at < bytes.length) bytes[at++] = (quad >>> 8) & 0xff;
    if (at < bytes.length) bytes[at++] = quad & 0xff;
  }
  return bytes;
}
