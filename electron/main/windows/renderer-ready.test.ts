import { describe, expect, it, vi } from 'vitest';
import { FakeWebContents } from '../../../test/mocks/electron';
import { markRendererReady, whenRendererReady } from './renderer-ready';

vi.mock('electron', () => import('../../../test/mocks/electron'));

describe('renderer readiness', () => {
  it('holds events until the page reports ready, and again after a reload', () => {
    const contents = new FakeWebContents();
    const first = vi.fn();
    whenRendererReady(contents as never, first);
    expect(first).not.toHaveBeenCalled();
    markRendererReady(contents as never);
    expect(first).toHaveBeenCalledTimes(1);

    const now = vi.fn();
    whenRendererReady(contents as never, now);
    expect(now).toHaveBeenCalledTimes(1);

    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    const later = vi.fn();
    whenRendererReady(contents as never, later);
    expect(later).not.toHaveBeenCalled();
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    markRendererReady(contents as never);
    expect(later).toHaveBeenCalledTimes(1);
  });
});
