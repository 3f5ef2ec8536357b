import type { LeaseState } from '@core/lease/lease-state';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { setBridgeForTests } from '../../bridge';
import { createTestBridge } from '../../bridge/test-bridge';
import { createI18n } from '../../i18n';
import { LeaseWarning } from './LeaseWarning';
import type { Session } from './session';
import { SessionProvider } from './SessionContext';

afterEach(() => {
  cleanup();
  setBridgeForTests(undefined);
});

/** Only what the provider and the warning read of a session. */
function sessionWith(state: LeaseState | Promise<LeaseState>): Session {
  return {
    status: async () => 'unlocked',
    guard: { held: null, onChange: () => () => undefined },
    closeRequested: async () => undefined,
    lease: { state: () => Promise.resolve(state) },
  } as unknown as Session;
}

async function shown(language: 'en' | 'es', state: LeaseState | Promise<LeaseState>) {
  setBridgeForTests(createTestBridge());
  render(
    <I18nextProvider i18n={await createI18n(language)}>
      <SessionProvider session={sessionWith(state)}>
        <LeaseWarning />
      </SessionProvider>
    </I18nextProvider>,
  );
}

describe("Today's lease warning (issue 19 #2)", () => {
  it('shows in the last 7 days (en, es), with the days left', async () => {
    const warning: LeaseState = {
      kind: 'warning',
      expiresAt: '2027-01-05T18:00:00.000Z',
      daysLeft: 1,
    };
    let readLease: (state: LeaseState) => void = () => undefined;
    await shown('en', new Promise<LeaseState>((resolve) => (readLease = resolve)));
    // The live region is on the page, empty, before the lease is read: what arrives in it is said.
    const region = await screen.findByRole('status');
    expect(region).toHaveTextContent('');
    readLease(warning);
    const text = "This computer must check in with MCJ's server by January 5, 2027 (1 day left).";
    await screen.findByText(text, { exact: false });
    expect(screen.getByRole('status')).toBe(region);
    expect(region).toHaveTextContent(text);
    cleanup();
    await shown('es', warning);
    expect(await screen.findByText(/\(queda 1 día\)/)).toHaveAttribute('role', 'status');
  });

  it('says nothing while more than 7 days are left', async () => {
    await shown('en', { kind: 'ok', expiresAt: '2027-01-05T18:00:00.000Z' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByText(/must check in/)).toBeNull();
  });
});
