import { render, type RenderResult } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createI18n } from '../../i18n';

let shared: I18n | undefined;

/** One i18n instance for this feature's component tests. */
export async function testI18n(language: 'en' | 'es' = 'en'): Promise<I18n> {
  shared ??= await createI18n('en');
  await shared.changeLanguage(language);
  return shared;
}

/** Renders `element` at `path` inside a memory router and i18n, the way the app does. */
export function renderRouted(
  i18n: I18n,
  element: ReactNode,
  { path = '/', route = '/' }: { path?: string; route?: string } = {},
): RenderResult {
  const router = createMemoryRouter([{ path: route, element }], { initialEntries: [path] });
  return render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
}
