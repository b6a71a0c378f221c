// Per-word results recur across the beads of a document (the same names, the same common
// words), so the pure per-word steps are memoised. The caches are bounded: when one fills up it
// starts again, which keeps memory flat over a whole corpus at the price of some recomputation.

import { normalizeForMatching } from '../text';

const defaultLimit = 100_000;

/** A memoised copy of a pure one-string function. */
export function memoize<Result>(
  compute: (key: string) => Result,
  limit = defaultLimit,
): (key: string) => Result {
  const cache = new Map<string, Result>();
  return (key: string) => {
    let result = cache.get(key);
    if (result === undefined) {
      result = compute(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, result);
    }
    return result;
  };
}

/** normalizeForMatching, memoised: every matching step starts from it. */
export const matchingForm = memoize(normalizeForMatching);
