import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, Link, Outlet, RouterProvider, type RouteObject } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../i18n';
import type { RouteHandle } from '../lib/page-title';
import { createAppRouter } from './router';
import { useRouteScreen } from './useRouteScreen';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n('en');
});
afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

function Shell() {
  useRouteScreen();
  return (
    <>
      <nav>
        <Link to="/">Home</Link> <Link to="/slow">Slow</Link> <Link to="/form">Form</Link>
      </nav>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

/** A page that shows its heading only after its data arrives. */
function SlowPage() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), 50);
    return () => clearTimeout(timer);
  }, []);
  return ready ? <h1>Slow page</h1> : <p role="status">Loading…</p>;
}

const titled = (key: string): RouteHandle => ({ title: (t) => t(key as never) });

function renderShell(path = '/') {
  const routes: RouteObject[] = [
    {
      path: '/',
      element: <Shell />,
      children: [
        {
          index: true,
          element: (
            <>
              <h1>Home page</h1>
              <Link to="/slow">Open the slow page</Link>
            </>
          ),
          handle: titled('titles.cases'),
        },
        { path: 'slow', element: <SlowPage />, handle: titled('titles.agenda') },
        {
          path: 'form',
          element: (
            <>
              <h1>Form page</h1>
              <input aria-label="Name" autoFocus />
            </>
          ),
          handle: titled('titles.newCase'),
        },
      ],
    },
  ];
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return router;
}

describe('a screen change', () => {
  it('focuses the first screen’s h1 and names the screen in the title', async () => {
    renderShell();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Home page' })).toHaveFocus());
    expect(document.title).toBe('Cases – Amparo');
  });

  it('moves focus from the link that was followed to the new h1, once it renders', async () => {
    const user = userEvent.setup();
    renderShell();
    await user.click(screen.getByRole('link', { name: 'Open the slow page' }));
    expect(document.title).toBe('Agenda – Amparo');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Slow page' })).toHaveFocus());
  });

  it('moves focus from a header link that stays on screen', async () => {
    const user = userEvent.setup();
    renderShell();
    await user.click(screen.getByRole('link', { name: 'Slow' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Slow page' })).toHaveFocus());
  });

  it('leaves a field the new screen focused on purpose', async () => {
    const user = userEvent.setup();
    renderShell();
    await user.click(screen.getByRole('link', { name: 'Form' }));
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
  });

  it('titles the screen in Spanish too', async () => {
    await i18n.changeLanguage('es');
    renderShell('/form');
    await waitFor(() => expect(document.title).toBe('Caso nuevo – Amparo'));
  });
});

describe('the app’s routes', () => {
  type Node = {
    path?: string;
    index?: boolean;
    handle?: unknown;
    children?: Node[];
    element?: unknown;
  };
  const leaves = (nodes: Node[], prefix = ''): { path: string; node: Node }[] =>
    nodes.flatMap((node) => {
      const path = node.index ? prefix : `${prefix}/${node.path ?? ''}`.replace('//', '/');
      return node.children ? leaves(node.children, path) : [{ path, node }];
    });
  const screens = leaves(createAppRouter().routes as Node[]).filter(
    ({ node }) => !(node.element as { type?: { name?: string } })?.type?.name?.includes('Navigate'),
  );

  it.each(['en', 'es'] as const)('each have a page title in %s', async (language) => {
    await i18n.changeLanguage(language);
    const t = i18n.getFixedT(language);
    const titles = screens.map(({ path, node }) => {
      const handle = node.handle as RouteHandle | undefined;
      return [path, handle?.title(t as never, { sectionId: 'custody' }) ?? ''] as const;
    });
    expect(titles.filter(([, title]) => !title || title.includes('titles.'))).toEqual([]);
    expect(screens.length).toBeGreaterThan(15);
  });
});
