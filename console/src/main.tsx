import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { preventBrowserFormMemory } from '../../renderer/src/lib/no-form-memory';
import { ConsoleApi } from './api/console-api';
import { ConsoleApp } from './app/ConsoleApp';
import { createConsoleI18n } from './i18n';
import { SessionStore } from './session/session-store';
import '../../renderer/src/styles/app.css';
import './styles/console.css';

async function start() {
  preventBrowserFormMemory(document);
  const i18n = await createConsoleI18n();
  const fetchFn = window.fetch.bind(window);
  const store = new SessionStore({ fetch: fetchFn });
  const api = new ConsoleApi(store, fetchFn);
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element.');
  createRoot(container).render(
    <StrictMode>
      <ConsoleApp i18n={i18n} store={store} api={api} />
    </StrictMode>,
  );
}

void start();
