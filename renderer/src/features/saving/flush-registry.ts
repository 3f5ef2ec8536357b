import type { RescuedDraft } from '../../db/crypto/rescue-vault';

/** Typing that is not (yet) committed to the database, described so that a person can act on it. */
export interface UnsavedWork {
  readonly kind: 'note' | 'answers' | 'checklist' | 'form';
  readonly caseId: string;
  /** The text or values that would be lost, for the attorney to copy. */
  readonly text: string;
  /** An i18n key saying why the last save failed, when one did. */
  readonly error?: string;
}

/** One editor's saving: `flush` commits what waits; `unsaved` says what is still not committed. */
export interface Saver {
  flush: () => Promise<void>;
  unsaved: () => UnsavedWork | null;
  /**
   * What is not committed, as the drafts this editor brings back when it opens: sealed when a
   * web page goes away before its saves commit (a reload), restored at the next unlock.
   */
  rescue?: () => readonly RescuedDraft[];
}

export interface FlushResult {
  /** Everything typed anywhere in the app is committed. */
  readonly ok: boolean;
  readonly unsaved: readonly UnsavedWork[];
}

export interface Registration {
  /** The editor is leaving the screen: save what waits; keep it listed until that succeeded. */
  retire: () => Promise<void>;
}

/**
 * Every editor's pending save, app-wide, so that lock, auto-lock, screen lock, suspend, sign-out
 * and window close can save everything before the key leaves memory. An editor that left the screen
 * with a save that failed stays here, so the next flush tries it again and the lock can name it.
 */
export interface FlushRegistry {
  register: (saver: Saver) => Registration;
  flushAll: () => Promise<FlushResult>;
  /** Whether any editor has a save waiting or not committed (read without saving). */
  hasUnsaved: () => boolean;
  /** Every editor's uncommitted work as drafts, read synchronously (a page going away). */
  rescueAll: () => RescuedDraft[];
}

export function createFlushRegistry(): FlushRegistry {
  const savers = new Set<Saver>();
  /** Editors that left the screen; kept while their work is not committed. */
  const retired = new Set<Saver>();
  /** Final saves of editors that left the screen, still running. */
  const leaving = new Set<Promise<void>>();
  const forgetSaved = () => {
    for (const saver of retired) {
      if (saver.unsaved() !== null) continue;
      retired.delete(saver);
      savers.delete(saver);
    }
  };

  const settle = async (saver: Saver): Promise<void> => {
    try {
      await saver.flush();
    } catch {
      // The saver reports what is left through `unsaved`; a throw must not hide the others.
    }
  };

  return {
    register(saver) {
      savers.add(saver);
      return {
        retire() {
          retired.add(saver);
          const done = settle(saver).then(forgetSaved);
          leaving.add(done);
          return done.finally(() => leaving.delete(done));
        },
      };
    },
    async flushAll() {
      await Promise.all([...leaving]);
      await Promise.all([...savers].map(settle));
      const unsaved = [...savers].flatMap((saver) => saver.unsaved() ?? []);
      forgetSaved();
      return { ok: unsaved.length === 0, unsaved };
    },
    hasUnsaved() {
      return leaving.size > 0 || [...savers].some((saver) => saver.unsaved() !== null);
    },
    rescueAll() {
      return [...savers].flatMap((saver) =>
        saver.unsaved() !== null ? [...(saver.rescue?.() ?? [])] : [],
      );
    },
  };
}
