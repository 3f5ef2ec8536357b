import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setBridgeForTests } from '../../bridge';
import { createTestBridge } from '../../bridge/test-bridge';
import { createI18n } from '../../i18n';
import { SignInForm } from './SignInForm';

vi.mock('./SyncContext', () => ({ useSync: () => ({ engine: { syncNow: vi.fn() } }) }));

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n('en');
});
afterEach(() => {
  cleanup();
  setBridgeForTests(undefined);
});

const renderForm = (
  mode: 'web' | 'desktop',
  overrides: Parameters<typeof createTestBridge>[0] = {},
  server = 'https://sync.example.org',
) => {
  setBridgeForTests({ ...createTestBridge(overrides), mode });
  render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <SignInForm defaultServer={server} />
      </MemoryRouter>
    </I18nextProvider>,
  );
};

describe('SignInForm autofill', () => {
  it('keeps the browser from remembering the server address and email in web mode', () => {
    renderForm('web');
    expect(screen.getByLabelText('MCJ server address')).toHaveAttribute('autocomplete', 'off');
    expect(screen.getByLabelText('Email')).toHaveAttribute('autocomplete', 'off');
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
  });

  it('leaves the desktop app (its own profile, encrypted cookies) to the usual hints', () => {
    renderForm('desktop');
    expect(screen.getByLabelText('MCJ server address')).toHaveAttribute('autocomplete', 'url');
    expect(screen.getByLabelText('Email')).toHaveAttribute('autocomplete', 'username');
  });
});

describe('SignInForm: sign-in with the organisation (issue 20 #2)', () => {
  it('offers the button in desktop mode, and in web mode when the server offers it', async () => {
    const availability = vi.fn(async (url: string | URL | Request) => {
      expect(String(url)).toMatch(/\/v1\/oidc\/availability$/);
      const enabled = String(url).startsWith('https://sync.example.org');
      return Response.json({ enabled, provider: enabled ? 'entra' : null });
    });
    vi.stubGlobal('fetch', availability);
    try {
      renderForm('web', {}, 'https://password-only.example.org');
      await waitFor(() => expect(availability).toHaveBeenCalled());
      expect(screen.queryByRole('button', { name: 'Sign in with your organisation' })).toBeNull();
      cleanup();
      renderForm('web');
      expect(
        await screen.findByRole('button', { name: 'Sign in with your organisation' }),
      ).toBeVisible();
      cleanup();
      renderForm('desktop');
      expect(screen.getByRole('button', { name: 'Sign in with your organisation' })).toBeVisible();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("announces the server's refusal of another tenant's account", async () => {
    const signInWithOrganisation = vi.fn(async () => ({
      outcome: 'error' as const,
      error: 'tenant',
    }));
    renderForm('desktop', { signInWithOrganisation });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in with your organisation' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This account does not belong to your organisation',
    );
    expect(signInWithOrganisation).toHaveBeenCalledWith(
      expect.objectContaining({ serverUrl: 'https://sync.example.org' }),
    );
  });
});
