// The JSON of `setu align` in pieces. A 100k-sentence alignment's JSON is ~60 MB: as one string,
// then one UTF-8 buffer of it, it held twice that in memory at the end of the command, and on
// a machine where a page of fresh memory costs ~15 µs (this VM) writing it took longer than
// making it.

/** Pieces are handed on once they hold at least this many UTF-16 code units. */
const pieceLength = 1 << 16;
/** Arrays of at most this many elements, none an array, go through JSON.stringify whole. */
const wholeArrayLength = 256;

/** Elements of the arrays in `value` and in its members, and of theirs: what makes JSON long. */
function elementsNear(value: unknown, depth = 2): number {
  if (Array.isArray(value)) return value.length;
  if (depth === 0 || typeof value !== 'object' || value === null) return 0;
  let elements = 0;
  for (const member of Object.values(value)) elements += elementsNear(member, depth - 1);
  return elements;
}

/**
 * Calls `write` with pieces of text whose concatenation is `JSON.stringify(value)`. Arrays and
 * plain objects are walked; everything else, short arrays, and every element of a long array that
 * is not itself an array, go whole through JSON.stringify (elements are small: sentences, beads).
 * (A toJSON method of such an element is called with '' where JSON.stringify gives the index.)
 */
export function writeJsonPieces(
  value: unknown,
  write: (piece: string) => void,
  /** Written after the JSON, in its last piece: a line break for a file or a terminal. */
  ending = '',
  /** Up to this many elements (see elementsNear), the JSON goes whole, in one piece. */
  wholeUpTo = 4096,
): void {
  let pending = '';
  const emit = (text: string) => {
    pending += text;
    if (pending.length >= pieceLength) {
      write(pending);
      pending = '';
    }
  };

  const isPlainObject = (node: unknown): node is Record<string, unknown> => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return false;
    const prototype = Object.getPrototypeOf(node) as unknown;
    return (
      (prototype === Object.prototype || prototype === null) &&
      typeof (node as { toJSON?: unknown }).toJSON !== 'function'
    );
  };

  const walkArray = (array: readonly unknown[]) => {
    // A short document's lists whole: one call instead of one per element.
    if (array.length <= wholeArrayLength && !array.some((element) => Array.isArray(element))) {
      emit(JSON.stringify(array));
      return;
    }
    emit('[');
    for (let index = 0; index < array.length; index++) {
      if (index > 0) emit(',');
      const element = array[index];
      if (Array.isArray(element)) walkArray(element);
      // Left out of an object, undefined (or a function) is null in an array.
      else emit((JSON.stringify(element) as string | undefined) ?? 'null');
    }
    emit(']');
  };

  const walkObject = (object: Record<string, unknown>) => {
    emit('{');
    let first = true;
    for (const key of Object.keys(object)) {
      const member = object[key];
      const walked = Array.isArray(member) || isPlainObject(member);
      const text = walked ? '' : (JSON.stringify(member) as string | undefined);
      if (text === undefined) continue;
      emit((first ? '' : ',') + JSON.stringify(key) + ':');
      first = false;
      if (Array.isArray(member)) walkArray(member);
      else if (walked) walkObject(member as Record<string, unknown>);
      else emit(text);
    }
    emit('}');
  };

  // A short document's JSON whole: walking it costs more than the memory it would save (7 M
  // instructions over the 41 documents of a dev batch, where it is all in the interpreter).
  if (elementsNear(value) <= wholeUpTo)
    pending = ((JSON.stringify(value) as string | undefined) ?? '') + ending;
  else {
    if (Array.isArray(value)) walkArray(value);
    else if (isPlainObject(value)) walkObject(value);
    else emit((JSON.stringify(value) as string | undefined) ?? '');
    pending += ending;
  }
  if (pending.length > 0) write(pending);
}
