import { useState } from 'react';
import type { CorpusClient } from '../../../shared/client';
import type { DocumentSummary } from '../../../shared/model';
import { recentDocumentIds } from '../app/recentDocuments';
import { useReporter } from '../app/reporter';
import { ImportForm } from './ImportForm';
import { useDocuments } from './useDocuments';

export function DocumentsPage({
  client,
  onOpen,
}: {
  client: CorpusClient;
  onOpen: (documentId: number) => void;
}) {
  const reporter = useReporter();
  const { documents, reload } = useDocuments(client, reporter);
  const [importing, setImporting] = useState(false);

  const remove = async (document: DocumentSummary) => {
    if (!window.confirm(`Delete “${document.title}” and its alignment? Undo cannot bring it back.`))
      return;
    try {
      await client.call('document.delete', { documentId: document.id });
      reload();
    } catch (error) {
      reporter.error(error, `Deleting “${document.title}”`);
    }
  };

  return (
    <div className="documents-page">
      <div className="documents-heading">
        <h1>Documents</h1>
        <button
          type="button"
          className="primary"
          onClick={() => setImporting((value) => !value)}
          aria-expanded={importing}
        >
          {importing ? 'Close import' : 'Import a document pair…'}
        </button>
      </div>
      {importing && (
        <ImportForm
          client={client}
          onImported={(document) => {
            setImporting(false);
            onOpen(document.id);
          }}
        />
      )}
      {documents === null ? (
        <p className="empty-state">Loading documents…</p>
      ) : documents.length === 0 ? (
        <p className="empty-state">
          No documents yet. Import a Bengali text and its English translation to begin.
        </p>
      ) : (
        <DocumentTable documents={orderByRecent(documents)} onOpen={onOpen} onDelete={remove} />
      )}
    </div>
  );
}

function orderByRecent(documents: DocumentSummary[]): DocumentSummary[] {
  const recent = recentDocumentIds();
  const rank = (document: DocumentSummary) => {
    const position = recent.indexOf(document.id);
    return position === -1 ? recent.length : position;
  };
  return documents
    .slice()
    .sort((a, b) => rank(a) - rank(b) || b.updatedAt.localeCompare(a.updatedAt));
}

function DocumentTable({
  documents,
  onOpen,
  onDelete,
}: {
  documents: DocumentSummary[];
  onOpen: (documentId: number) => void;
  onDelete: (document: DocumentSummary) => void;
}) {
  const recent = new Set(recentDocumentIds());
  return (
    <table className="document-table">
      <thead>
        <tr>
          <th>Title</th>
          <th>Languages</th>
          <th>Progress</th>
          <th>Updated</th>
          <th>
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {documents.map((document) => (
          <tr key={document.id} data-testid="document-row">
            <td>
              <button
                type="button"
                className="link-button document-title"
                onClick={() => onOpen(document.id)}
              >
                {document.title}
              </button>
              {recent.has(document.id) && <span className="recent-mark">recent</span>}
            </td>
            <td>
              {document.sourceLang} → {document.targetLang}
            </td>
            <td>
              <ProgressMeter done={document.confirmedCount} total={document.beadCount} />
            </td>
            <td>{formatDate(document.updatedAt)}</td>
            <td className="document-actions">
              <button type="button" onClick={() => onOpen(document.id)}>
                Open
              </button>
              <button type="button" className="danger" onClick={() => onDelete(document)}>
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ProgressMeter({ done, total }: { done: number; total: number }) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <span className="progress-meter" title={`${done} of ${total} rows confirmed`}>
      <progress max={total || 1} value={done} />
      <span>
        {done} / {total} ({percent}%)
      </span>
    </span>
  );
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}
