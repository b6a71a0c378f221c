import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { AppCommand, CorpusClient } from '../../../shared/client';
import type { DocumentsView } from '../documents/DocumentsPage';
import { closedDocumentsView, DocumentsPage } from '../documents/DocumentsPage';
import type { AppAction, AppPlace } from '../logic/appCommands';
import { actionsFor } from '../logic/appCommands';
import { ShortcutSheet } from '../workbench/ShortcutSheet';
import { WorkbenchPage } from '../workbench/WorkbenchPage';
import { ReporterProvider, useReporter } from './reporter';
import type { Route } from './route';
import { useRoute } from './route';
import type { Theme } from './theme';
import { useTheme } from './theme';
import type { WorkbenchCommandSlot } from './workbenchCommands';
import { createWorkbenchCommandSlot } from './workbenchCommands';

/** Subscribes to the desktop app's menu commands; absent in the browser. */
export type CommandSource = (listener: (command: AppCommand) => void) => () => void;

export function App({ client, onCommand }: { client: CorpusClient; onCommand?: CommandSource }) {
  return (
    <ReporterProvider>
      <Shell client={client} onCommand={onCommand} />
    </ReporterProvider>
  );
}

const plainTextInputTypes = new Set(['text', 'search', 'url', 'email', 'tel', 'number', '']);

/** An input or textarea of the page's own, not Monaco's (whose undo is the corpus's undo). */
function plainTextFieldFocused(): boolean {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement) || element.closest('.monaco-editor')) return false;
  if (element instanceof HTMLTextAreaElement) return true;
  return element instanceof HTMLInputElement && plainTextInputTypes.has(element.type);
}

function Shell({ client, onCommand }: { client: CorpusClient; onCommand?: CommandSource }) {
  const reporter = useReporter();
  const [route, navigate] = useRoute();
  const [theme, toggleTheme] = useTheme();
  const [documentsView, setDocumentsView] = useState<DocumentsView>(closedDocumentsView);
  const [shortcutsShown, setShortcutsShown] = useState(false);
  const [workbenchCommands] = useState(createWorkbenchCommandSlot);

  const carryOut = (action: AppAction, place: AppPlace) => {
    switch (action.action) {
      case 'documents.show':
        navigate({ page: 'documents' });
        return;
      case 'pair.open':
      case 'units.open':
        navigate({ page: 'documents' });
        setDocumentsView((current) =>
          action.action === 'pair.open'
            ? {
                panel: 'pair',
                serial: current.serial + 1,
                pair: { source: action.source, target: action.target },
              }
            : { panel: 'units', serial: current.serial + 1, unitFiles: action.files },
        );
        return;
      case 'workbench.run':
        if (!workbenchCommands.run(action.command))
          reporter.notice('The document is still opening; try again in a moment.');
        return;
      case 'text.undo':
      case 'text.redo':
        // The menu item took the key from the text field, so the field's own undo is run for it.
        // execCommand is deprecated but remains the only way to reach a field's undo stack.
        document.execCommand(action.action === 'text.undo' ? 'undo' : 'redo');
        return;
      case 'theme.toggle':
        toggleTheme();
        return;
      case 'shortcuts.show':
        if (place.page === 'documents') setShortcutsShown(true);
        return;
      case 'notice':
        reporter.notice(action.text);
        return;
    }
  };

  // The subscription is made once; it reads the latest route and handlers through this ref.
  const latest = useRef({ route, carryOut });
  useLayoutEffect(() => {
    latest.current = { route, carryOut };
  });
  useEffect(() => {
    if (!onCommand) return;
    return onCommand((command) => {
      const { route: current, carryOut: run } = latest.current;
      const place: AppPlace = {
        page: current.page === 'document' ? 'document' : 'documents',
        textFieldFocused: plainTextFieldFocused(),
      };
      for (const action of actionsFor(command, place)) run(action, place);
    });
  }, [onCommand]);

  return (
    <div className="app">
      <header className="app-header">
        <a className="app-name" href="#/" lang="bn">
          সেতু <span lang="en">Setu</span>
        </a>
        <div className="app-header-space" />
        <button
          type="button"
          className="theme-toggle"
          onClick={toggleTheme}
          title="Switch light / dark theme"
        >
          {theme === 'dark' ? '☀ Light' : '☾ Dark'}
        </button>
      </header>
      <main className="app-main">
        <Page
          route={route}
          client={client}
          theme={theme}
          navigate={navigate}
          documentsView={documentsView}
          onDocumentsViewChange={setDocumentsView}
          workbenchCommands={workbenchCommands}
        />
      </main>
      {shortcutsShown && route.page === 'documents' && (
        <ShortcutSheet onClose={() => setShortcutsShown(false)} />
      )}
    </div>
  );
}

function Page({
  route,
  client,
  theme,
  navigate,
  documentsView,
  onDocumentsViewChange,
  workbenchCommands,
}: {
  route: Route;
  client: CorpusClient;
  theme: Theme;
  navigate: (route: Route) => void;
  documentsView: DocumentsView;
  onDocumentsViewChange: (view: DocumentsView) => void;
  workbenchCommands: WorkbenchCommandSlot;
}) {
  return route.page === 'document' ? (
    <WorkbenchPage
      key={route.documentId}
      client={client}
      documentId={route.documentId}
      theme={theme}
      commands={workbenchCommands}
      onClose={() => navigate({ page: 'documents' })}
    />
  ) : (
    <DocumentsPage
      client={client}
      view={documentsView}
      onViewChange={onDocumentsViewChange}
      onOpen={(documentId) => navigate({ page: 'document', documentId })}
    />
  );
}

export function StartupError({ message }: { message: string }) {
  return (
    <div className="startup-error" role="alert">
      <h1>Setu cannot start</h1>
      <p>{message}</p>
    </div>
  );
}
