import { useEffect, useState } from 'react';
import type { CorpusClient } from '../../../shared/client';
import type { BeadView, QaFlagView } from '../../../shared/model';
import { joinSentences } from '../../../shared/model';
import type { Reporter } from '../app/reporter';

export type ShownRange = { first: number; last: number };

const flagDelayMs = 200;

function sameText(a: BeadView, b: BeadView): boolean {
  return (
    joinSentences(a.source) === joinSentences(b.source) &&
    joinSentences(a.target) === joinSentences(b.target)
  );
}

/**
 * QA flags for the rows on screen. Checking costs the server about a millisecond a bead, too
 * much for a whole 100k document, so only the rows shown are checked, after scrolling pauses.
 * Flags are filed by bead object: a changed row is a new object and is checked again.
 */
export function useVisibleFlags(
  client: CorpusClient,
  documentId: number,
  beads: readonly (BeadView | undefined)[] | undefined,
  range: ShownRange,
  reporter: Reporter,
): WeakMap<BeadView, QaFlagView[]> {
  // One map for the page's life, filled in place; `checks` counts the answers so the grid redraws.
  const [flags] = useState(() => new WeakMap<BeadView, QaFlagView[]>());
  const [, setChecks] = useState(0);
  useEffect(() => {
    if (!beads) return;
    const first = Math.max(0, range.first);
    const last = Math.min(beads.length - 1, range.last);
    const unchecked = beads
      .slice(first, last + 1)
      .some((bead) => bead !== undefined && !flags.has(bead));
    if (!unchecked) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      client
        .call('bead.list', { documentId, from: first, limit: last - first + 1, withFlags: true })
        .then(
          (page) => {
            if (cancelled) return;
            const checked = new Map(page.beads.map((bead) => [bead.id, bead]));
            for (let index = first; index <= last; index++) {
              const bead = beads[index];
              const answer = bead && checked.get(bead.id);
              if (bead && answer && sameText(bead, answer)) flags.set(bead, answer.flags ?? []);
            }
            setChecks((count) => count + 1);
          },
          (error: unknown) => {
            if (!cancelled) reporter.error(error, 'Checking the rows');
          },
        );
    }, flagDelayMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, documentId, beads, range.first, range.last, flags, reporter]);
  return flags;
}
