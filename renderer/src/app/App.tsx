import type { CorpusClient } from '../../../shared/client';
import { DocumentsPage } from '../documents/DocumentsPage';
import { WorkbenchPage } from '../workbench/WorkbenchPage';
import { ReporterProvider } from './reporter';
import { useRoute } from './route';
import { useTheme } from './theme';

export function App({ client }: { client: CorpusClient }) {
  const [route, navigate] = useRoute();
  const [theme, toggleTheme] = useTheme();
  return (
    <ReporterProvider>
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
          {route.page === 'document' ? (
            <WorkbenchPage
              key={route.documentId}
              client={client}
              documentId={route.documentId}
              theme={theme}
              onClose={() => navigate({ page: 'documents' })}
            />
          ) : (
            <DocumentsPage
              client={client}
              onOpen={(documentId) => navigate({ page: 'document', documentId })}
            />
          )}
        </main>
      </div>
    </ReporterProvider>
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
