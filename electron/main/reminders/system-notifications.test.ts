import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Notification, resetElectronMock } from '../../../test/mocks/electron';
import { showSystemNotification } from './system-notifications';

vi.mock('electron', () => import('../../../test/mocks/electron'));

beforeEach(() => resetElectronMock());

describe('a reminder notification', () => {
  it.skipIf(process.platform === 'darwin')('carries the runtime icon from assets/', () => {
    showSystemNotification({ title: 'Hearing tomorrow', body: 'MCJ-2026-0042' }, () => undefined);
    expect(Notification.shown[0]?.options).toMatchObject({
      title: 'Hearing tomorrow',
      icon: join('/tmp/amparo-fake-app', 'assets', 'icons/notification.png'),
    });
  });
});
