import { useCallback, useEffect, useState } from 'react';
import type { CorpusClient } from '../../../shared/client';
import type { DocumentSummary } from '../../../shared/model';
import type { Reporter } from '../app/reporter';

export type DocumentsState = { documents: DocumentSummary[] | null; reload: () => void };

/** Every document, read page by page (keyset paging, so a big corpus costs no OFFSET scans). */
export function useDocuments(client: CorpusClient, reporter: Reporter): DocumentsState {
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const all: DocumentSummary[] = [];
      let after: number | undefined;
      for (;;) {
        const page = await client.call(
          'document.list',
          after === undefined ? { limit: 500 } : { after, limit: 500 },
        );
        all.push(...page.documents);
        if (page.next === null) break;
        after = page.next;
      }
      if (!cancelled) setDocuments(all);
    })().catch((error: unknown) => {
      if (!cancelled) {
        setDocuments([]);
        reporter.error(error, 'Listing the documents');
      }
    });
    return () => {
      cancelled = true;
    };
  }, [client, reporter, generation]);
  useEffect(
    () =>
      client.subscribe((event) => {
        if (event.type === 'corpus.changed') setGeneration((value) => value + 1);
      }),
    [client],
  );
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { documents, reload };
}
