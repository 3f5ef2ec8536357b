import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppActionId } from '@core/actions/action-registry';
import { setBridgeForTests } from '../../bridge';
import { createTestBridge } from '../../bridge/test-bridge';
import { createI18n } from '../../i18n';
import { useActionHandler } from './actions/useActionHandler';
import { DesktopProvider } from './DesktopProvider';

vi.mock('./reminders/useReminderPlan', () => ({
  useNow: () => new Date('2026-12-01T15:00:00Z'),
  useReminderPlan: () => [],
}));

let i18n: I18n;
let bridge: ReturnType<typeof createTestBridge>;
const syncNow = vi.fn();

function SyncProvider() {
  useActionHandler('sync.now', syncNow);
  return <h1>Sync page</h1>;
}

function renderApp(path = '/') {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <DesktopProvider>
            <Outlet />
          </DesktopProvider>
        ),
        children: [
          { index: true, element: <h1>Today page</h1> },
          { path: 'cases', element: <input type="search" aria-label="Search cases" /> },
          { path: 'cases/new', element: <h1>New case page</h1> },
          { path: 'cases/:caseId/*', element: <h1>Case page</h1> },
          { path: 'agenda', element: <h1>Agenda page</h1> },
          { path: 'settings', element: <h1>Settings page</h1> },
          { path: 'sync', element: <SyncProvider /> },
          { path: 'print/cases/:caseId/summary', element: <h1>Summary print view</h1> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return router;
}

const commandList = () => screen.getByRole('dialog', { name: 'Command list' });

beforeAll(async () => {
  i18n = await createI18n('en');
});
beforeEach(async () => {
  bridge = createTestBridge();
  setBridgeForTests(bridge);
  syncNow.mockClear();
  await i18n.changeLanguage('en');
});
afterEach(() => {
  cleanup();
  setBridgeForTests(undefined);
});

describe('command list (web mode)', () => {
  it('opens with Ctrl+K, filters as you type, and runs the chosen action with Enter', async () => {
    const user = userEvent.setup();
    const router = renderApp();
    await user.keyboard('{Control>}k{/Control}');
    const combobox = within(commandList()).getByRole('combobox', { name: 'Type a command' });
    expect(combobox).toHaveFocus();
    await user.type(combobox, 'agen');
    expect(
      within(commandList())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Go to agendaAlt+2']);
    await user.keyboard('{Enter}');
    expect(router.state.location.pathname).toBe('/agenda');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('moves the active option with the arrow keys', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.keyboard('{Control>}k{/Control}');
    const combobox = screen.getByRole('combobox');
    const options = screen.getAllByRole('option');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(combobox).toHaveAttribute('aria-activedescendant', options[1]!.id);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(combobox).toHaveAttribute('aria-activedescendant', options.at(-1)!.id);
  });

  it('says which actions need an open case, and explains instead of running them', async () => {
    const user = userEvent.setup();
    const router = renderApp();
    await user.keyboard('{Control>}k{/Control}');
    const print = screen.getByRole('option', { name: /Print case summary/ });
    expect(print).toHaveAttribute('aria-disabled', 'true');
    expect(print).toHaveTextContent('Open a case first');
    await user.click(print);
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Open a case first to use “Print case summary…”.',
    );
  });

  it('prints the open case summary through its print view', async () => {
    const user = userEvent.setup();
    const router = renderApp('/cases/c1/file/identity');
    await user.keyboard('{Control>}p{/Control}');
    expect(router.state.location.pathname).toBe('/print/cases/c1/summary');
  });

  it('offers Sync now only once a feature provides it; Quit never in a browser', async () => {
    const user = userEvent.setup();
    renderApp('/sync');
    await user.keyboard('{Control>}k{/Control}');
    expect(screen.getByRole('option', { name: /Sync now/ })).toHaveAttribute(
      'aria-disabled',
      'false',
    );
    expect(screen.queryByRole('option', { name: /Quit/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: /Sync now/ }));
    expect(syncNow).toHaveBeenCalledTimes(1);
    cleanup();
    renderApp('/');
    await user.keyboard('{Control>}k{/Control}');
    expect(screen.getByRole('option', { name: /Sync now/ })).toHaveTextContent('Not available yet');
  });

  it('runs the web shortcuts: new case, find, lock, go to', async () => {
    const user = userEvent.setup();
    const router = renderApp('/settings');
    await user.keyboard('{Alt>}{Shift>}n{/Shift}{/Alt}');
    expect(router.state.location.pathname).toBe('/cases/new');
    await user.keyboard('{Control>}f{/Control}');
    await waitFor(() =>
      expect(screen.getByRole('searchbox', { name: 'Search cases' })).toHaveFocus(),
    );
    await user.keyboard('{Alt>}3{/Alt}');
    expect(router.state.location.pathname).toBe('/settings');
    await user.keyboard('{Alt>}{Shift>}l{/Shift}{/Alt}');
    expect(bridge.lockNow).toHaveBeenCalledTimes(1);
  });
});

describe('keyboard help and About', () => {
  it('lists every shortcut of the mode and gives focus back on Escape', async () => {
    const user = userEvent.setup();
    renderApp('/cases');
    const search = screen.getByRole('searchbox');
    search.focus();
    await user.keyboard('{Control>}/{/Control}');
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const lock = within(help).getByRole('rowheader', { name: 'Lock now' });
    expect(lock.closest('tr')).toHaveTextContent('Alt+Shift+L');
    expect(
      within(help).getByRole('rowheader', { name: 'Command list…' }).closest('tr'),
    ).toHaveTextContent('Ctrl+K');
    expect(help).toHaveTextContent('some shortcuts differ');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(search).toHaveFocus();
  });

  it('shows the version in About, in Spanish too', async () => {
    const user = userEvent.setup();
    await i18n.changeLanguage('es');
    renderApp();
    await user.keyboard('{Control>}k{/Control}');
    await user.type(screen.getByRole('combobox', { name: 'Escriba un comando' }), 'acerca');
    await user.keyboard('{Enter}');
    const about = screen.getByRole('dialog', { name: 'Acerca de Amparo' });
    expect(await within(about).findByText('Versión 0.1.0-test')).toBeInTheDocument();
  });
});

describe('desktop mode', () => {
  beforeEach(() => {
    bridge = createTestBridge({ mode: 'desktop' });
    setBridgeForTests(bridge);
  });

  it('leaves shortcuts to the native menu and runs menu actions from main', async () => {
    const user = userEvent.setup();
    const router = renderApp();
    await user.keyboard('{Control>}k{/Control}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const listener = bridge.onMenuAction.mock.calls[0]![0] as (id: AppActionId) => void;
    act(() => listener('go.settings'));
    expect(router.state.location.pathname).toBe('/settings');
    act(() => listener('commands.open'));
    expect(commandList()).toBeInTheDocument();
    expect(screen.getByRole('option', { name: /Quit Amparo/ })).toBeInTheDocument();
  });

  it('tells main the language and whether a case is open', async () => {
    const router = renderApp();
    await waitFor(() =>
      expect(bridge.setMenuState).toHaveBeenLastCalledWith({ language: 'en', hasOpenCase: false }),
    );
    await act(() => router.navigate('/cases/c1/file/identity'));
    await waitFor(() =>
      expect(bridge.setMenuState).toHaveBeenLastCalledWith({ language: 'en', hasOpenCase: true }),
    );
    await act(() => i18n.changeLanguage('es'));
    await waitFor(() =>
      expect(bridge.setMenuState).toHaveBeenLastCalledWith({ language: 'es', hasOpenCase: true }),
    );
  });

  it('opens the case of a clicked reminder', () => {
    const router = renderApp();
    const listener = bridge.onReminderClicked.mock.calls[0]![0] as (caseId: string) => void;
    act(() => listener('c9'));
    expect(router.state.location.pathname).toBe('/cases/c9');
  });
});
