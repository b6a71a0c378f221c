import type { ImportResult } from '../../../shared/api';
import type { CorpusClient, OpenedTextFile } from '../../../shared/client';
import type { DocumentSummary } from '../../../shared/model';
import { recentDocumentIds } from '../app/recentDocuments';
import { useReporter } from '../app/reporter';
import { BackupsPanel } from './BackupsPanel';
import { ImportForm } from './ImportForm';
import { UnitImportForm } from './UnitImportForm';
import { useDocuments } from './useDocuments';

/**
 * Which panel of the page is open, and the files it starts with. The app shell owns it, so a
 * menu command or an opened file can open a panel; `serial` changes to start a form afresh.
 */
export type DocumentsView = {
  panel: 'pair' | 'units' | 'backups' | null;
  serial: number;
  pair?: { source?: OpenedTextFile; target?: OpenedTextFile };
  unitFiles?: OpenedTextFile[];
};

export const closedDocumentsView: DocumentsView = { panel: null, serial: 0 };

export function DocumentsPage({
  client,
  view,
  onViewChange,
  onOpen,
}: {
  client: CorpusClient;
  view: DocumentsView;
  onViewChange: (view: DocumentsView) => void;
  onOpen: (documentId: number) => void;
}) {
  const reporter = useReporter();
  const { documents, reload } = useDocuments(client, reporter);

  const toggle = (panel: Exclude<DocumentsView['panel'], null>) =>
    onViewChange(
      view.panel === panel
        ? { panel: null, serial: view.serial }
        : { panel, serial: view.serial + 1 },
    );

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

  const unitsImported = (results: ImportResult[]) => {
    const made = new Set(results.flatMap((result) => result.documents.map((each) => each.id)));
    onViewChange({ panel: null, serial: view.serial });
    reload();
    // One document is opened; several are left for the user to pick from the list.
    if (made.size === 1) onOpen([...made][0]!);
  };

  return (
    <div className="documents-page">
      <div className="documents-heading">
        <h1>Documents</h1>
        <button
          type="button"
          className="primary"
          onClick={() => toggle('pair')}
          aria-expanded={view.panel === 'pair'}
        >
          {view.panel === 'pair' ? 'Close import' : 'Import a document pair…'}
        </button>
        <button
          type="button"
          onClick={() => toggle('units')}
          aria-expanded={view.panel === 'units'}
        >
          {view.panel === 'units' ? 'Close file import' : 'Import TMX, TSV or CSV…'}
        </button>
        <div className="app-header-space" />
        <button
          type="button"
          onClick={() => toggle('backups')}
          aria-expanded={view.panel === 'backups'}
        >
          {view.panel === 'backups' ? 'Close backups' : 'Backups…'}
        </button>
      </div>
      {view.panel === 'pair' && (
        <ImportForm
          key={view.serial}
          client={client}
          initial={view.pair}
          onImported={(document) => {
            onViewChange({ panel: null, serial: view.serial });
            onOpen(document.id);
          }}
        />
      )}
      {view.panel === 'units' && (
        <UnitImportForm
          key={view.serial}
          client={client}
          initialFiles={view.unitFiles ?? []}
          onImported={unitsImported}
        />
      )}
      {view.panel === 'backups' && <BackupsPanel client={client} />}
      {documents === null ? (
        <p className="empty-state">Loading documents…</p>
      ) : documents.length === 0 ? (
        <p className="empty-state">
          No documents yet. Import a Bengali text and its English translation to begin, or a TMX,
          TSV or CSV file of aligned units.
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
            <td>
              {/* A flex box inside the cell: a flex cell would drop out of the table's row lines. */}
              <div className="document-actions">
                <button type="button" onClick={() => onOpen(document.id)}>
                  Open
                </button>
                <button type="button" className="danger" onClick={() => onDelete(document)}>
                  Delete
                </button>
              </div>
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
