import { useEffect, useState } from 'react';
import type { CorpusClient } from '../../../shared/client';
import type { RevisionView } from '../../../shared/model';
import { useReporter } from '../app/reporter';
import { revisionDiffs } from '../logic/revisionDiff';
import type { DiffPart } from '../logic/wordDiff';

type Scope = { kind: 'row'; beadId: number } | { kind: 'document' };

/**
 * Revisions with a word diff of what each changed: the active row's history, or every change
 * in the document (review mode). Reloads whenever the document revision moves.
 */
export function HistoryPanel({
  client,
  documentId,
  revision,
  scope,
  onShowBead,
}: {
  client: CorpusClient;
  documentId: number;
  revision: number;
  scope: Scope;
  onShowBead: (beadId: number) => void;
}) {
  const reporter = useReporter();
  const [revisions, setRevisions] = useState<RevisionView[] | null>(null);
  const beadId = scope.kind === 'row' ? scope.beadId : undefined;

  useEffect(() => {
    let cancelled = false;
    client
      .call(
        'history.list',
        beadId === undefined ? { documentId, limit: 500 } : { documentId, beadId, limit: 100 },
      )
      .then(
        (result) => {
          if (!cancelled) setRevisions(result.revisions);
        },
        (error: unknown) => {
          if (!cancelled) reporter.error(error, 'Reading the history');
        },
      );
    return () => {
      cancelled = true;
    };
  }, [client, documentId, beadId, revision, reporter]);

  if (revisions === null) return <p className="empty-state">Loading the history…</p>;
  if (revisions.length === 0) {
    return (
      <p className="empty-state">
        {scope.kind === 'row' ? 'This row has not been changed.' : 'No changes yet.'}
      </p>
    );
  }
  return (
    <ol className="revision-list" data-testid="revision-list">
      {revisions.map((each) => (
        <RevisionEntry
          key={each.id}
          revision={each}
          onShowBead={scope.kind === 'document' ? onShowBead : null}
        />
      ))}
    </ol>
  );
}

function RevisionEntry({
  revision,
  onShowBead,
}: {
  revision: RevisionView;
  onShowBead: ((beadId: number) => void) | null;
}) {
  const diffs = revisionDiffs(revision);
  const shapeBefore = revision.before.length;
  const shapeAfter = revision.after.length;
  const firstBead = revision.after[0] ?? revision.before[0];
  return (
    <li className={revision.undone ? 'revision undone' : 'revision'}>
      <div className="revision-heading">
        <span className="revision-operation">{revision.operation}</span>
        {shapeBefore !== shapeAfter && (
          <span className="hint">
            {shapeBefore} → {shapeAfter} rows
          </span>
        )}
        {revision.undone && <span className="hint">undone</span>}
        <time dateTime={revision.createdAt}>{new Date(revision.createdAt).toLocaleString()}</time>
        {onShowBead && firstBead && (
          <button type="button" className="link-button" onClick={() => onShowBead(firstBead.id)}>
            show row
          </button>
        )}
      </div>
      {diffs.map((diff, index) => (
        <DiffText key={index} parts={diff.parts} lang={diff.side === 'source' ? 'bn' : 'en'} />
      ))}
      {diffs.length === 0 && revision.before.length + revision.after.length > 0 && (
        <p className="hint">No text changed (status or row boundaries only).</p>
      )}
    </li>
  );
}

export function DiffText({ parts, lang }: { parts: DiffPart[]; lang: string }) {
  return (
    <p className="diff-text" lang={lang}>
      {parts.map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={index}>{part.text}</ins>
        ) : (
          <del key={index}>{part.text}</del>
        ),
      )}
    </p>
  );
}
