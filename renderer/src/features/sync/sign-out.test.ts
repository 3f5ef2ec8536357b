import { describe, expect, it, vi } from 'vitest';
import { createFlushRegistry } from '../saving/flush-registry';
import { SaveGuard } from '../security/save-guard';
import { signOutAfterSaving } from './sign-out';

function world(options: { fails?: boolean } = {}) {
  const saves = createFlushRegistry();
  const outbox: string[] = [];
  let typed: string | null = 'Client fears return';
  saves.register({
    flush: async () => {
      if (options.fails || typed === null) return;
      outbox.push(typed);
      typed = null;
    },
    unsaved: () => (typed === null ? null : { kind: 'note', caseId: 'c1', text: typed }),
  });
  const steps = {
    signOut: vi.fn(async (): Promise<'signed_out' | 'unsynced_work'> =>
      outbox.length > 0 ? 'unsynced_work' : 'signed_out',
    ),
    onUnsyncedWork: vi.fn(),
    onSignedOut: vi.fn(async () => undefined),
  };
  return { guard: new SaveGuard(saves), steps, outbox };
}

describe('sign-out', () => {
  it('saves pending typing first, so the outbox count includes it', async () => {
    const { guard, steps, outbox } = world();
    expect(await signOutAfterSaving(guard, steps)).toBe('done');
    expect(outbox).toEqual(['Client fears return']);
    expect(steps.signOut).toHaveBeenCalledWith(false);
    expect(steps.onUnsyncedWork).toHaveBeenCalledTimes(1);
    expect(steps.onSignedOut).not.toHaveBeenCalled();
  });

  it('waits for the attorney when typing cannot be saved, then signs out only if told', async () => {
    const { guard, steps } = world({ fails: true });
    expect(await signOutAfterSaving(guard, steps)).toBe('held');
    expect(steps.signOut).not.toHaveBeenCalled();
    expect(guard.held).toMatchObject({ purpose: 'signOut', unsaved: [{ kind: 'note' }] });
    await guard.proceedAnyway();
    expect(steps.signOut).toHaveBeenCalledWith(false);
    expect(steps.onSignedOut).toHaveBeenCalledTimes(1);
  });
});
