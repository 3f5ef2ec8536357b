import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { UpdateStatus } from '@core/ipc';
import { createTestBridge } from '../../../bridge/test-bridge';
import { renderRouted, testI18n } from '../test-i18n';
import { registryWrapper } from '../../saving/test-registry';
import { UpdatePrompt, type WaitingWork } from './UpdatePrompt';

afterEach(cleanup);

function waiting(unsyncedChanges: number): WaitingWork & { syncNow: Mock<() => void> } {
  return { unsyncedChanges, isSyncing: false, syncNow: vi.fn<() => void>() };
}

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
    expect(dialog).toHaveTextContent(
      'Amparo 1.4.0 has been downloaded. Installing it closes and reopens Amparo, locked',
    );
    expect(screen.getByRole('button', { name: 'Later' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(bridge.installUpdate).not.toHaveBeenCalled();
  });

  it('installs only on Install now, with everything synced', async () => {
    const user = userEvent.setup();
    const bridge = createTestBridge({ mode: 'desktop' });
    bridge.getUpdateStatus.mockResolvedValue({ state: 'ready', version: '2.0.0' });
    renderRouted(await testI18n('es'), <UpdatePrompt bridge={bridge} waiting={waiting(0)} />);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Todo lo que hay en esta computadora ya llegó a MCJ.',
    );
    expect(screen.queryByRole('button', { name: 'Sincronizar primero' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Instalar ahora' }));
    expect(bridge.installUpdate).toHaveBeenCalledExactlyOnceWith({ unsyncedChanges: 0 });
  });

  it('says how many changes wait for MCJ and offers to sync them first', async () => {
    const user = userEvent.setup();
    const bridge = createTestBridge({ mode: 'desktop' });
    bridge.getUpdateStatus.mockResolvedValue({ state: 'ready', version: '2.0.0' });
    const work = waiting(3);
    renderRouted(await testI18n(), <UpdatePrompt bridge={bridge} waiting={work} />);
    expect(await screen.findByRole('status')).toHaveTextContent(
      '3 changes have not reached MCJ yet.',
    );
    await user.click(screen.getByRole('button', { name: 'Sync first' }));
    expect(work.syncNow).toHaveBeenCalledTimes(1);
    expect(bridge.installUpdate).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Install now anyway' }));
    expect(bridge.installUpdate).toHaveBeenCalledExactlyOnceWith({ unsyncedChanges: 3 });
  });

  it('saves every open editor before installing', async () => {
    const user = userEvent.setup();
    const bridge = createTestBridge({ mode: 'desktop' });
    bridge.getUpdateStatus.mockResolvedValue({ state: 'ready', version: '2.0.0' });
    const { registry, wrapper: Saves } = registryWrapper();
    const order: string[] = [];
    registry.register({
      flush: async () => void order.push('saved'),
      unsaved: () => null,
    });
    bridge.installUpdate.mockImplementation(async () => {
      order.push('install');
      return true;
    });
    renderRouted(
      await testI18n(),
      <Saves>
        <UpdatePrompt bridge={bridge} waiting={waiting(0)} />
      </Saves>,
    );
    await user.click(await screen.findByRole('button', { name: 'Install now' }));
    expect(order).toEqual(['saved', 'install']);
  });

  it('does not install while an editor could not be saved, and shows its text', async () => {
    const user = userEvent.setup();
    const bridge = createTestBridge({ mode: 'desktop' });
    bridge.getUpdateStatus.mockResolvedValue({ state: 'ready', version: '2.0.0' });
    const { registry, wrapper: Saves } = registryWrapper();
    registry.register({
      flush: async () => {
        throw new Error('QuotaExceededError');
      },
      unsaved: () => ({ kind: 'note', caseId: 'c1', text: 'The client arrived in 2019' }),
    });
    renderRouted(
      await testI18n(),
      <Saves>
        <UpdatePrompt bridge={bridge} waiting={waiting(1)} />
      </Saves>,
    );
    await user.click(await screen.findByRole('button', { name: 'Install now anyway' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The update is waiting: 1 editor could not be saved.');
    expect(alert).toHaveTextContent('The client arrived in 2019');
    expect(bridge.installUpdate).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Update ready' })).toBeInTheDocument();
  });

  it('says nothing in web mode, where updates are disabled', async () => {
    const bridge = createTestBridge();
    renderRouted(await testI18n(), <UpdatePrompt bridge={bridge} />);
    await act(async () => {});
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
