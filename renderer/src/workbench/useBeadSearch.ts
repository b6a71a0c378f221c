import { useEffect, useState } from 'react';
import type { CorpusClient } from '../../../shared/client';
import type { Reporter } from '../app/reporter';

export type SearchResult = {
  /** Beads matching the words (by id, which survives splices); null while there are no words. */
  ids: ReadonlySet<number> | null;
  searching: boolean;
  /** More beads matched than `searchLimit`; only the first are shown. */
  truncated: boolean;
};

export const searchLimit = 50_000;
const searchDelayMs = 250;

/**
 * Full-text search of both sides through the server's FTS index (whole Bengali words, NFC on
 * both sides; the client could only do substrings). Runs again when the document changes.
 */
export function useBeadSearch(
  client: CorpusClient,
  documentId: number,
  query: string,
  revision: number,
  reporter: Reporter,
): SearchResult {
  const words = query.trim();
  const [found, setFound] = useState<{
    words: string;
    ids: ReadonlySet<number>;
    truncated: boolean;
  } | null>(null);
  const [searching, setSearching] = useState<string | null>(null);

  useEffect(() => {
    if (words === '') return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      setSearching(words);
      try {
        const ids = new Set<number>();
        let from: number | null = 0;
        while (from !== null && ids.size < searchLimit) {
          const page: { beads: { id: number }[]; next: number | null } = await client.call(
            'bead.search',
            {
              documentId,
              query: words,
              from,
              limit: 5000,
            },
          );
          if (cancelled) return;
          for (const bead of page.beads) ids.add(bead.id);
          from = page.next;
        }
        setFound({ words, ids, truncated: from !== null });
      } catch (error) {
        if (!cancelled) reporter.error(error, 'Searching');
      } finally {
        if (!cancelled) setSearching(null);
      }
    }, searchDelayMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, documentId, words, revision, reporter]);

  if (words === '') return { ids: null, searching: false, truncated: false };
  // Until the first answer for these words arrives, the previous answer stays on screen.
  return {
    ids: found?.ids ?? new Set(),
    searching: searching !== null || found?.words !== words,
    truncated: found?.truncated ?? false,
  };
}
