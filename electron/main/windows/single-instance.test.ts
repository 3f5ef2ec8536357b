import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, resetElectronMock } from '../../../test/mocks/electron';
import { acquireSingleInstanceLock } from './single-instance';

vi.mock('electron', () => import('../../../test/mocks/electron'));

beforeEach(() => resetElectronMock());

describe('acquireSingleInstanceLock', () => {
  it('focuses the existing window on a second launch, ignoring its argv', () => {
    const focus = vi.fn();
    expect(acquireSingleInstanceLock(focus)).toBe(true);
    app.emit(
      'second-instance',
      {},
      ['amparo', '--inspect=9229', 'app://amparo.evil.example/', '../../etc/passwd'],
      '/tmp/attacker',
      { caseId: 'c-1' },
    );
    expect(focus).toHaveBeenCalledTimes(1);
    expect(focus).toHaveBeenCalledWith();
  });

  it('reports when another instance holds the lock', () => {
    app.requestSingleInstanceLock.mockReturnValueOnce(false);
    const focus = vi.fn();
    expect(acquireSingleInstanceLock(focus)).toBe(false);
    expect(app.listenerCount('second-instance')).toBe(0);
  });
});
