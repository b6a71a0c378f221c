import { useEffect, useState } from 'react';
import type { CorpusClient } from '../../../shared/client';
import type { BeadView, NameHintView, QaFlagView } from '../../../shared/model';
import type { Reporter } from '../app/reporter';

export type BeadHints = { bead: BeadView; hints: NameHintView[]; flags: QaFlagView[] };

/**
 * Name hints and QA flags of the active row, asked again whenever the row changes (every
 * saved edit gives a new bead) or the glossary does (`glossaryVersion`).
 */
export function useBeadHints(
  client: CorpusClient,
  documentId: number,
  bead: BeadView | undefined,
  glossaryVersion: number,
  reporter: Reporter,
): BeadHints | null {
  const [result, setResult] = useState<BeadHints | null>(null);
  useEffect(() => {
    if (!bead) return;
    let cancelled = false;
    client.call('bead.hints', { documentId, beadId: bead.id }).then(
      (answer) => {
        if (!cancelled) setResult({ bead, ...answer });
      },
      (error: unknown) => {
        if (!cancelled) reporter.error(error, 'Finding the names of the row');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, documentId, bead, glossaryVersion, reporter]);
  // Hints of another row must never be drawn over this one's text.
  return result && result.bead === bead ? result : null;
}
