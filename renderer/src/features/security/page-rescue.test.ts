import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestBridge } from '../../bridge/test-bridge';
import { sessionKeyRing, setSessionKeyRing } from '../../db/database';
import { createDraftsRepository } from '../../db/drafts-repository';
import { Session } from './session';
import { testPassphrase, unlockedSession, unsavedNote } from './test-session';
import { createFlushRegistry } from '../saving/flush-registry';

const typed = 'Ana Prueba said she left Huehuetenango in March 2016 after the threats.';
const draft = { draftId: 'note/n-1', caseId: 'case-1', values: { body: typed } };

function storedText(): string {
  return Object.keys(localStorage)
    .map((key) => `${key}=${localStorage.getItem(key)}`)
    .join('\n');
}

beforeEach(() => {
  setSessionKeyRing(null);
  localStorage.clear();
});

async function typingNotCommitted() {
  const opened = await unlockedSession();
  let committed = false;
  opened.saves.register({
    flush: () => new Promise<void>(() => undefined), // cut off: the page goes away first
    unsaved: () => (committed ? null : unsavedNote),
    rescue: () => [draft],
  });
  return { ...opened, commit: () => (committed = true) };
}

/** The next page of the same profile: a new Session on the same store, unlocked. */
async function nextPage(db: Awaited<ReturnType<typeof unlockedSession>>['db']) {
  const session = new Session(createTestBridge(), () => db, vi.fn(), createFlushRegistry());
  const result = await session.unlock(testPassphrase);
  if (!result.ok) throw new Error('did not unlock');
  return session;
}

describe('a web page going away before its saves commit (reload, closed tab)', () => {
  it('seals the uncommitted typing, and the next unlock puts it in the drafts store', async () => {
    const { session, db } = await typingNotCommitted();
    session.rescue.pageHidden();
    expect(storedText()).not.toContain('Huehuetenango');
    expect(storedText()).not.toContain('note/n-1');

    setSessionKeyRing(null);
    await nextPage(db);
    expect(await createDraftsRepository(() => db).get('note/n-1')).toEqual({ body: typed });
    expect(storedText()).not.toContain('.data');
  });

  it('seals nothing for work that is committed', async () => {
    const { session, db, commit } = await typingNotCommitted();
    commit();
    session.rescue.pageHidden();
    setSessionKeyRing(null);
    await nextPage(db);
    expect(await createDraftsRepository(() => db).get('note/n-1')).toBeUndefined();
  });

  it('after a lock (everything saved, the key gone) leaves no key and seals nothing', async () => {
    const opened = await unlockedSession();
    await opened.session.lock();
    opened.session.rescue.pageHidden();
    expect(sessionKeyRing()).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('forgets the rescue when the page comes back from the back/forward cache', async () => {
    const { session, db } = await typingNotCommitted();
    session.rescue.pageHidden();
    session.rescue.pageShown();
    setSessionKeyRing(null);
    await nextPage(db);
    expect(await createDraftsRepository(() => db).get('note/n-1')).toBeUndefined();
  });
});
