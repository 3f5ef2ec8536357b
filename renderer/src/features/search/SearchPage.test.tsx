import { syntheticCaseFile } from '@core/domain/case-file.fixture';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { setDatabase, type AmparoDatabase } from '../../db/database';
import { createDocumentsRepository } from '../../db/documents-repository';
import { createNotesRepository } from '../../db/notes-repository';
import { createTestDatabase } from '../../db/test-database';
import { createI18n } from '../../i18n';
import { newId } from '../../lib/ids';
import { inProcessWorker } from './search-client';
import { SearchProvider } from './SearchContext';
import { SearchPage } from './SearchPage';
import { SearchService } from './search-service';

afterEach(() => {
  cleanup();
  setDatabase(undefined);
});

function Arrived() {
  const location = useLocation();
  return (
    <p data-testid="arrived">
      {location.pathname} {JSON.stringify(location.state)}
    </p>
  );
}

async function world(db: AmparoDatabase) {
  const ana = syntheticCaseFile();
  ana.identity.givenNames = 'Ana';
  ana.identity.familyName = 'Prueba';
  const other = { ...syntheticCaseFile(), id: newId(), reference: 'MCJ-2026-0002' };
  other.identity = { ...other.identity, givenNames: 'Canary', familyName: 'Testperson' };
  const docs = createDocumentsRepository(() => db);
  await docs.create('case', ana.id, ana);
  await docs.create('case', other.id, other);
  const notes = createNotesRepository(() => db);
  await notes.save({ noteId: newId(), caseId: ana.id, body: 'Habló de la detención de su hijo.' });
  await notes.save({ noteId: newId(), caseId: ana.id, body: 'Otra detención, en 2019.' });
  await notes.save({ noteId: newId(), caseId: other.id, body: 'Detención en Jena.' });
  return { ana, other };
}

async function renderPage(language: 'en' | 'es', db: AmparoDatabase) {
  setDatabase(db);
  const service = new SearchService(() => db, {
    makeWorker: inProcessWorker,
    persistDelayMs: 60_000,
    channelName: null,
  });
  const router = createMemoryRouter(
    [
      { path: '/search', element: <SearchPage /> },
      { path: '*', element: <Arrived /> },
    ],
    { initialEntries: ['/search'] },
  );
  const i18n = await createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <SearchProvider service={service}>
        <RouterProvider router={router} />
      </SearchProvider>
    </I18nextProvider>,
  );
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await service.ready;
  });
  return service;
}

describe('SearchPage', () => {
  it('starts the index at once when opened before the idle start', async () => {
    const { db } = await createTestDatabase();
    await world(db);
    setDatabase(db);
    const service = new SearchService(() => db, {
      makeWorker: inProcessWorker,
      persistDelayMs: 60_000,
      channelName: null,
    });
    const router = createMemoryRouter([{ path: '/search', element: <SearchPage /> }], {
      initialEntries: ['/search'],
    });
    render(
      <I18nextProvider i18n={await createI18n('en')}>
        <SearchProvider service={service}>
          <RouterProvider router={router} />
        </SearchProvider>
      </I18nextProvider>,
    );
    // Well before the idle start's fallback delay (250 ms).
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(service.status).not.toBe('idle');
    await act(async () => service.ready);
    expect((await service.search('detencion')).total).toBe(3);
  });

  it('groups results by case, announces the count, and moves through them with the keyboard', async () => {
    const { db } = await createTestDatabase();
    const { ana } = await world(db);
    await renderPage('en', db);
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: /search notes/i }), 'detencion');
    expect(await screen.findByText('3 results in 2 cases.', {}, { timeout: 3000 })).toHaveAttribute(
      'role',
      'status',
    );
    const results = screen.getByRole('region', { name: 'Results' });
    const anaGroup = await within(results).findByRole('region', { name: /Ana Prueba/ });
    expect(within(anaGroup).getAllByRole('button')).toHaveLength(2);
    expect(within(results).getByRole('region', { name: /Testperson/ })).toBeInTheDocument();
    expect(results.querySelectorAll('mark')[0]!.textContent).toMatch(/detención/i);

    await user.keyboard('{ArrowDown}');
    const buttons = within(results).getAllByRole('button');
    expect(buttons[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(buttons[1]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('searchbox')).toHaveFocus();

    within(anaGroup).getAllByRole('button')[0]!.focus();
    await user.keyboard('{Enter}');
    const arrived = await screen.findByTestId('arrived');
    expect(arrived.textContent).toContain(`/cases/${ana.id}`);
    expect(arrived.textContent).toContain('"noteId"');
  });

  it('speaks Spanish, and says when nothing matched', async () => {
    const { db } = await createTestDatabase();
    await world(db);
    await renderPage('es', db);
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: /buscar en notas/i }), 'hijos');
    expect(await screen.findByText('1 resultado en 1 caso.', {}, { timeout: 3000 })).toBeVisible();
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'tormenta');
    expect(await screen.findByText('No hay resultados.', {}, { timeout: 3000 })).toBeVisible();
  });
});
