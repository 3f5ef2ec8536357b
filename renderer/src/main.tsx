import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createI18n } from './i18n';
import { bindDocumentLanguage } from './i18n/document-language';
import { preventBrowserFormMemory } from './lib/no-form-memory';
import { captureOrganisationReturn } from './sync/organisation-redirect';
import './styles/app.css';

async function start() {
  // Web mode, back from the organisation's sign-in: the one-time code leaves the address bar first.
  captureOrganisationReturn();
  preventBrowserFormMemory(document);
  const i18n = await createI18n();
  bindDocumentLanguage(i18n, document);
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element.');
  createRoot(container).render(
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>,
  );
}

void start();
