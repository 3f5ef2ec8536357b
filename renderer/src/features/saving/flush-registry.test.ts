import { describe, expect, it } from 'vitest';
import { createFlushRegistry, type UnsavedWork } from './flush-registry';

const work = (text: string): UnsavedWork => ({ kind: 'note', caseId: 'c1', text });

function saver(text: string, attempts: boolean[]) {
  let isDirty = true;
  return {
    flush: async () => {
      const ok = attempts.shift() ?? true;
      if (ok) isDirty = false;
    },
    unsaved: () => (isDirty ? work(text) : null),
  };
}

describe('flush registry (app-wide)', () => {
  it('saves every registered editor and says whether all succeeded', async () => {
    const registry = createFlushRegistry();
    registry.register(saver('a', [true]));
    registry.register(saver('b', [false]));
    expect(registry.hasUnsaved()).toBe(true);
    expect(await registry.flushAll()).toEqual({ ok: false, unsaved: [work('b')] });
    expect(await registry.flushAll()).toEqual({ ok: true, unsaved: [] });
    expect(registry.hasUnsaved()).toBe(false);
  });

  it('waits for the final save of an editor that left the screen', async () => {
    const registry = createFlushRegistry();
    let finish: () => void = () => undefined;
    let isSaved = false;
    const registration = registry.register({
      flush: () =>
        new Promise<void>((resolve) => {
          finish = () => {
            isSaved = true;
            resolve();
          };
        }),
      unsaved: () => (isSaved ? null : work('typed on leaving')),
    });
    void registration.retire();
    let done = false;
    const all = registry.flushAll().then((result) => {
      done = true;
      return result;
    });
    await Promise.resolve();
    expect(done).toBe(false);
    finish();
    expect(await all).toEqual({ ok: true, unsaved: [] });
  });

  it('keeps an editor that left with a failed save until a later flush succeeds', async () => {
    const registry = createFlushRegistry();
    const leaving = registry.register(saver('kept', [false, false, true]));
    await leaving.retire();
    expect(await registry.flushAll()).toEqual({ ok: false, unsaved: [work('kept')] });
    expect(await registry.flushAll()).toEqual({ ok: true, unsaved: [] });
    expect(registry.hasUnsaved()).toBe(false);
  });

  it('a saver that throws does not stop the others', async () => {
    const registry = createFlushRegistry();
    registry.register({
      flush: () => Promise.reject(new Error('boom')),
      unsaved: () => work('broken'),
    });
    registry.register(saver('fine', [true]));
    expect(await registry.flushAll()).toEqual({ ok: false, unsaved: [work('broken')] });
  });

  it('hands over, synchronously, the drafts of every editor whose work is not committed', async () => {
    const registry = createFlushRegistry();
    const draft = (id: string) => ({ draftId: id, caseId: 'c1', values: { body: id } });
    const pending = saver('typed', [false]);
    registry.register({ ...pending, rescue: () => [draft('note/a')] });
    const saved = saver('saved', [true]);
    registry.register({ ...saved, rescue: () => [draft('note/b')] });
    registry.register(saver('no drafts of its own', [false]));
    await saved.flush();
    expect(registry.rescueAll()).toEqual([draft('note/a')]);
  });
});
