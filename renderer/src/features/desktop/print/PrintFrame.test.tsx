import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setBridgeForTests } from '../../../bridge';
import { createTestBridge } from '../../../bridge/test-bridge';
import { todayInChicago } from '../../../lib/format';
import { renderRouted, testI18n } from '../test-i18n';
import { PrintFrame } from './PrintFrame';

let bridge: ReturnType<typeof createTestBridge>;
beforeEach(() => {
  bridge = createTestBridge();
  setBridgeForTests(bridge);
});
afterEach(() => {
  cleanup();
  setBridgeForTests(undefined);
});

const frame = (reference: string | null) => (
  <PrintFrame document="case-summary" caseReference={reference} backTo="/cases/c1">
    <h1>Case summary</h1>
  </PrintFrame>
);

describe('print frame', () => {
  it('warns that the copy is not encrypted before printing, with Cancel focused', async () => {
    renderRouted(await testI18n(), frame('MCJ-2026-0042'));
    const warning = screen.getByRole('alertdialog', { name: 'This copy is not encrypted' });
    expect(warning).toHaveAccessibleDescription(/not protected by Amparo's encryption/);
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(bridge.printDocument).not.toHaveBeenCalled();
  });

  it('opens the print dialog in web mode only after Print is pressed', async () => {
    const user = userEvent.setup();
    renderRouted(await testI18n(), frame('MCJ-2026-0042'));
    await user.click(screen.getByRole('button', { name: 'Print' }));
    await waitFor(() =>
      expect(bridge.printDocument).toHaveBeenCalledWith({
        document: 'case-summary',
        caseReference: 'MCJ-2026-0042',
        date: todayInChicago(),
      }),
    );
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('saves a PDF in desktop mode and says whether it was saved', async () => {
    const user = userEvent.setup();
    bridge = createTestBridge({ mode: 'desktop' });
    bridge.printDocument.mockResolvedValueOnce('saved').mockResolvedValueOnce('cancelled');
    setBridgeForTests(bridge);
    renderRouted(await testI18n(), frame('MCJ-2026-0042'));
    await user.click(screen.getByRole('button', { name: 'Save as PDF' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save or print again' }));
    await user.click(screen.getByRole('button', { name: 'Save as PDF' }));
    expect(await screen.findByText('Not saved: the save was cancelled.')).toBeInTheDocument();
  });

  it('Cancel prints nothing; nothing is offered before the case has loaded', async () => {
    const user = userEvent.setup();
    renderRouted(await testI18n(), frame('MCJ-2026-0042'));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(bridge.printDocument).not.toHaveBeenCalled();
    cleanup();
    renderRouted(await testI18n(), frame(null));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save or print again' })).toBeDisabled();
  });
});
