import { cleanup, render, screen } from '@testing-library/react';
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

const renderForm = (mode: 'web' | 'desktop') => {
  setBridgeForTests({ ...createTestBridge(), mode });
  render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <SignInForm defaultServer="https://sync.example.org" />
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
