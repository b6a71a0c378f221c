import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { CorpusClient } from '../../../shared/client';
import type { BeadView, DocumentSummary } from '../../../shared/model';
import { rememberDocument } from '../app/recentDocuments';
import type { Reporter } from '../app/reporter';
import { useReporter } from '../app/reporter';
import type { Theme } from '../app/theme';
import type { WorkbenchCommandSlot } from '../app/workbenchCommands';
import type { CommandName, FocusPlace } from '../logic/keymap';
import { commandFor } from '../logic/keymap';
import type { RowFilter } from '../logic/rowFilter';
import { showAllRows, visibleRows } from '../logic/rowFilter';
import { defaultSuspicion } from '../logic/suspicious';
import type { Monaco } from '../monaco/loadMonaco';
import { loadMonaco } from '../monaco/loadMonaco';
import { AlignmentGrid } from './AlignmentGrid';
import type { CommandContext, Dialog, Panel } from './commands';
import { runCommand } from './commands';
import { DocumentSession } from './documentSession';
import { EnglishEditor } from './englishEditor';
import { ExportDialog } from './ExportDialog';
import { FilterBar } from './FilterBar';
import { HistoryPanel } from './HistoryPanel';
import { NamesPanel } from './NamesPanel';
import { useBeadHints } from './useBeadHints';
import type { ShownRange } from './useVisibleFlags';
import { useVisibleFlags } from './useVisibleFlags';
import { ShortcutSheet } from './ShortcutSheet';
import { Toolbar } from './Toolbar';
import { useBeadSearch } from './useBeadSearch';

type WorkbenchProps = {
  client: CorpusClient;
  documentId: number;
  theme: Theme;
  /** Where the desktop app's menu commands come in. */
  commands: WorkbenchCommandSlot;
  onClose: () => void;
};

const panelTabs = [
  ['history', 'This row'],
  ['changes', 'All changes'],
  ['names', 'Names'],
] as const satisfies readonly (readonly [NonNullable<Panel>, string])[];

export function WorkbenchPage(props: WorkbenchProps) {
  const reporter = useReporter();
  // App keys this page by document, so one session lives as long as the page.
  const [session] = useState(() => new DocumentSession(props.client, props.documentId, reporter));
  useEffect(() => {
    session.start();
    rememberDocument(session.documentId);
    return () => session.stop();
  }, [session]);
  return <Workbench {...props} session={session} reporter={reporter} />;
}

/** Asked for once the first rows are in: the server answers one call at a time, and the rows matter more. */
function useDocumentSummary(
  client: CorpusClient,
  documentId: number,
  reporter: Reporter,
  rowsShown: boolean,
): DocumentSummary | null {
  const [summary, setSummary] = useState<DocumentSummary | null>(null);
  useEffect(() => {
    if (!rowsShown) return;
    let cancelled = false;
    client.call('document.get', { documentId }).then(
      (result) => {
        if (!cancelled) setSummary(result);
      },
      (error: unknown) => reporter.error(error, 'Opening the document'),
    );
    return () => {
      cancelled = true;
    };
  }, [client, documentId, reporter, rowsShown]);
  return summary;
}

/**
 * Monaco (4 MB of script) is loaded once the first rows are on screen: parsing it earlier
 * would hold them back.
 */
function useEnglishEditor(
  session: DocumentSession,
  theme: Theme,
  reporter: Reporter,
  rowsShown: boolean,
) {
  const [loaded, setLoaded] = useState<{ monaco: Monaco; editor: EnglishEditor } | null>(null);
  const initialTheme = useRef(theme);
  useEffect(() => {
    if (!rowsShown) return;
    let created: EnglishEditor | null = null;
    let cancelled = false;
    loadMonaco().then(
      (monaco) => {
        if (cancelled) return;
        created = new EnglishEditor(monaco, session, initialTheme.current);
        setLoaded({ monaco, editor: created });
      },
      (error: unknown) => reporter.error(error, 'Loading the editor'),
    );
    return () => {
      cancelled = true;
      created?.dispose();
    };
  }, [session, reporter, rowsShown]);
  useEffect(() => {
    if (loaded) loaded.editor.setTheme(theme, loaded.monaco);
  }, [loaded, theme]);
  return loaded?.editor ?? null;
}

function isTextField(node: EventTarget | null): boolean {
  return (
    node instanceof HTMLElement &&
    (node.isContentEditable ||
      node instanceof HTMLInputElement ||
      node instanceof HTMLTextAreaElement ||
      node instanceof HTMLSelectElement)
  );
}

function Workbench({
  client,
  documentId,
  theme,
  commands,
  onClose,
  session,
  reporter,
}: WorkbenchProps & { session: DocumentSession; reporter: Reporter }) {
  const state = useSyncExternalStore(session.subscribe, session.getState);
  const summary = useDocumentSummary(client, documentId, reporter, state.rows !== null);
  const editor = useEnglishEditor(session, theme, reporter, state.rows !== null);
  const [filter, setFilter] = useState<RowFilter>(showAllRows);
  const [panel, setPanel] = useState<Panel>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const beads = state.rows?.beads;
  const search = useBeadSearch(
    client,
    documentId,
    filter.text,
    state.rows?.revision ?? 0,
    reporter,
  );
  const visible = useMemo(
    () => (beads ? visibleRows(beads, filter, defaultSuspicion, search.ids) : null),
    [beads, filter, search.ids],
  );
  const activeBead = beads?.[state.activeIndex];

  useEffect(() => {
    editor?.show(activeBead);
  }, [editor, activeBead]);

  const [unsaved, setUnsaved] = useState(false);
  useEffect(() => editor?.onDirtyChange(setUnsaved), [editor]);

  const [glossaryVersion, setGlossaryVersion] = useState(0);
  const hints = useBeadHints(client, documentId, activeBead, glossaryVersion, reporter);
  useEffect(() => {
    if (!editor) return;
    const names = new Map<string, string>();
    for (const hint of hints?.hints ?? [])
      if (!names.has(hint.english)) names.set(hint.english, hint.text);
    editor.setNameCompletions([...names].map(([english, bengali]) => ({ english, bengali })));
  }, [editor, hints]);

  const [shownRange, setShownRange] = useState<ShownRange>({ first: 0, last: -1 });
  const flags = useVisibleFlags(client, documentId, beads, shownRange, reporter);
  const flagsOf = useCallback((bead: BeadView) => flags.get(bead), [flags]);

  const commandContext = useCallback(
    (fromEditor: boolean): CommandContext => ({
      session,
      editor,
      reporter,
      visible,
      suspicion: defaultSuspicion,
      fromEditor,
      focusGrid: () => gridRef.current?.focus(),
      focusSearch: () => searchRef.current?.focus(),
      togglePanel: (next) => setPanel((current) => (current === next ? null : next)),
      openDialog: setDialog,
    }),
    [session, editor, reporter, visible],
  );

  const run = useCallback(
    (command: CommandName, place: FocusPlace) =>
      runCommand(command, commandContext(place === 'editor')),
    [commandContext],
  );

  // The window listener reads the latest `run` through a ref, so it is added once.
  const runRef = useRef(run);
  useLayoutEffect(() => {
    runRef.current = run;
  }, [run]);
  const editorRef = useRef(editor);
  useLayoutEffect(() => {
    editorRef.current = editor;
  }, [editor]);

  useEffect(
    () =>
      commands.attach((command) =>
        runRef.current(command, editorRef.current?.hasFocus() ? 'editor' : 'grid'),
      ),
    [commands],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || document.querySelector('dialog[open]')) return;
      const target = event.target instanceof Node ? event.target : null;
      const currentEditor = editorRef.current;
      const inEditor = currentEditor?.contains(target) ?? false;
      const inGrid =
        !inEditor && (target === document.body || (gridRef.current?.contains(target) ?? false));
      if (!inEditor && !inGrid && isTextField(target)) {
        if (event.key === 'Escape') {
          event.preventDefault();
          gridRef.current?.focus();
        }
        return;
      }
      const place: FocusPlace = inEditor ? 'editor' : inGrid ? 'grid' : 'elsewhere';
      const command = commandFor(event, place);
      if (!command) return;
      // Enter and Tab pick a completion, Escape closes the list, when Monaco's suggestions are open.
      const suggesting = inEditor && (currentEditor?.suggestionsVisible() ?? false);
      if (suggesting && (command === 'row.confirmAndNext' || command === 'row.leaveEditor')) return;
      event.preventDefault();
      event.stopPropagation();
      runRef.current(command, place);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);

  const onActivate = useCallback(
    (index: number, focusEditor: boolean) => {
      editor?.flush();
      if (focusEditor) editor?.focusAfterMove();
      session.setActive(index);
    },
    [editor, session],
  );

  const onScrolledTo = useCallback(
    (first: number, last: number) => {
      session.want(first);
      setShownRange((current) =>
        current.first === first && current.last === last ? current : { first, last },
      );
    },
    [session],
  );

  const showBead = useCallback(
    (beadId: number) => {
      const index = session.getState().rows?.beads.findIndex((bead) => bead?.id === beadId) ?? -1;
      if (index >= 0) onActivate(index, false);
      else reporter.notice('That row no longer exists.');
    },
    [session, onActivate, reporter],
  );

  const total = beads?.length ?? 0;
  const confirmed = useMemo(
    () => beads?.reduce((sum, bead) => sum + (bead?.status === 'confirmed' ? 1 : 0), 0) ?? 0,
    [beads],
  );

  return (
    <div className="workbench">
      <div className="workbench-heading">
        <button type="button" className="link-button" onClick={onClose}>
          ← Documents
        </button>
        <h1 className="document-title-heading">{summary?.title ?? '…'}</h1>
        <StatusLine
          activeIndex={state.activeIndex}
          total={total}
          confirmed={confirmed}
          loading={state.loading}
          pending={state.pending}
          unsaved={unsaved}
        />
      </div>
      <Toolbar
        onCommand={(command) => run(command, editor?.hasFocus() ? 'editor' : 'grid')}
        busy={state.pending > 0}
      />
      <FilterBar
        filter={filter}
        onChange={setFilter}
        shown={visible ? visible.length : total}
        total={total}
        searchRef={searchRef}
        searching={search.searching}
        truncated={search.truncated}
      />
      <div className={panel ? 'workbench-body with-panel' : 'workbench-body'}>
        {beads ? (
          <AlignmentGrid
            beads={beads}
            visible={visible}
            activeIndex={state.activeIndex}
            editor={editor}
            gridRef={gridRef}
            onActivate={onActivate}
            onScrolledTo={onScrolledTo}
            activeHints={hints?.hints ?? null}
            flagsOf={flagsOf}
          />
        ) : (
          <p className="empty-state">Loading rows…</p>
        )}
        {panel && state.rows && (
          <aside className="side-panel" aria-label="Side panel">
            <div className="side-panel-tabs" role="tablist">
              {panelTabs.map(([name, label]) => (
                <button
                  key={name}
                  type="button"
                  role="tab"
                  aria-selected={panel === name}
                  onClick={() => setPanel(name)}
                >
                  {label}
                </button>
              ))}
              <button
                type="button"
                className="modal-close"
                onClick={() => setPanel(null)}
                aria-label="Close the panel"
              >
                ×
              </button>
            </div>
            {panel === 'history' && activeBead ? (
              <HistoryPanel
                client={client}
                documentId={documentId}
                revision={state.rows.revision}
                scope={{ kind: 'row', beadId: activeBead.id }}
                onShowBead={showBead}
              />
            ) : panel === 'names' ? (
              <NamesPanel
                client={client}
                documentId={documentId}
                hints={hints}
                onGlossaryChanged={() => setGlossaryVersion((version) => version + 1)}
              />
            ) : panel === 'changes' ? (
              <HistoryPanel
                client={client}
                documentId={documentId}
                revision={state.rows.revision}
                scope={{ kind: 'document' }}
                onShowBead={showBead}
              />
            ) : null}
          </aside>
        )}
      </div>
      {dialog === 'shortcuts' && <ShortcutSheet onClose={() => setDialog(null)} />}
      {dialog === 'export' && (
        <ExportDialog
          client={client}
          documentId={documentId}
          beforeExport={() => {
            editor?.flush();
            return session.settled();
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}

function StatusLine({
  activeIndex,
  total,
  confirmed,
  loading,
  pending,
  unsaved,
}: {
  activeIndex: number;
  total: number;
  confirmed: number;
  loading: { loaded: number; total: number } | null;
  pending: number;
  /** The editor holds typing not yet sent (the autosave waits for a pause). */
  unsaved: boolean;
}) {
  return (
    <div className="status-line" aria-live="polite">
      <span data-testid="row-position">
        Row {total === 0 ? 0 : (activeIndex + 1).toLocaleString()} of {total.toLocaleString()}
      </span>
      <span>{confirmed.toLocaleString()} confirmed</span>
      {loading && (
        <span>
          loading {loading.loaded.toLocaleString()} / {loading.total.toLocaleString()}
        </span>
      )}
      <span
        className={pending > 0 || unsaved ? 'save-state saving' : 'save-state'}
        data-testid="save-state"
      >
        {pending > 0 ? 'saving…' : unsaved ? 'unsaved' : 'all saved'}
      </span>
    </div>
  );
}
