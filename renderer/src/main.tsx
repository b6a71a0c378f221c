import '@fontsource/noto-sans-bengali/400.css';
import '@fontsource/noto-sans-bengali/600.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, StartupError } from './app/App';
import { createCorpusClient } from './client/createCorpusClient';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

const choice = createCorpusClient();
createRoot(rootElement).render(
  <StrictMode>
    {'error' in choice ? (
      <StartupError message={choice.error} />
    ) : (
      <App client={choice.client} onCommand={choice.onCommand} />
    )}
  </StrictMode>,
);
