import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { UpdateStatus } from '@core/ipc';
import { createTestBridge } from '../../../bridge/test-bridge';
import { renderRouted, testI18n } from '../test-i18n';
import { UpdatePrompt } from './UpdatePrompt';

afterEach(cleanup);

describe('update prompt', () => {
  it('asks once an update is downloaded, and Later installs nothing', async () => {
    const user = userEvent.setup();
    const bridge = createTestBridge({ mode: 'desktop' });
    renderRouted(await testI18n(), <UpdatePrompt bridge={bridge} />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const push = bridge.onUpdateStatusChanged.mock.calls[0]![0] as (s: UpdateStatus) => void;
    act(() => push({ state: 'downloading', version: '1.4.0' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    act(() => push({ state: 'ready', version: '1.4.0' }));
    const dialog = screen.getByRole('dialog', { name: 'Update ready' });
    expect(dialog).toHaveTextContent('Amparo 1.4.0 has been downloaded. Install it now?');
    expect(screen.getByRole('button', { name: 'Later' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(bridge.installUpdate).not.toHaveBeenCalled();
  });

  it('installs only on Install now', async () => {
    const user = userEvent.setup();
    const bridge = createTestBridge({ mode: 'desktop' });
    bridge.getUpdateStatus.mockResolvedValue({ state: 'ready', version: '2.0.0' });
    renderRouted(await testI18n('es'), <UpdatePrompt bridge={bridge} />);
    await user.click(await screen.findByRole('button', { name: 'Instalar ahora' }));
    expect(bridge.installUpdate).toHaveBeenCalledTimes(1);
  });

  it('says nothing in web mode, where updates are disabled', async () => {
    const bridge = createTestBridge();
    renderRouted(await testI18n(), <UpdatePrompt bridge={bridge} />);
    await act(async () => {});
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
