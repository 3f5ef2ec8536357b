import { AppError } from '@core/errors/app-error';
import { useCallback, useEffect, useRef, useState } from 'react';
import { draftsRepository } from '../../db/drafts-repository';
import { useLiveQuery } from '../../db/live';
import { notesRepository, type NoteView } from '../../db/notes-repository';
import type { SaveState } from '../forms/useAutosave';
import { useSaveScheduler } from '../saving/useSaveScheduler';

export interface NoteAutosave {
  /** undefined while loading. */
  view: NoteView | undefined;
  text: string;
  setText: (text: string) => void;
  flush: () => Promise<void>;
  /** Nothing typed is waiting or failed: what is on screen is committed. */
  isSaved: () => boolean;
  state: SaveState;
  savedAt: Date | null;
  /** An i18n key when the last save was refused (e.g. the note is too large). */
  error: string | undefined;
  /**
   * A revision from another device that arrived while the attorney was typing here. It never
   * replaces what is being typed; the editor offers it, and both versions are kept.
   */
  newerVersion: NoteView['current'] | null;
}

export const noteDraftId = (noteId: string) => `note/${noteId}`;

/** A note's typing kept as a draft: the text and the revision it was typed into. */
interface NoteDraft {
  body: string;
  baseRevisionId?: string | null;
  baseBody?: string;
}

/**
 * A free-text note saved as the attorney types: debounced `notesRepository.save` (which coalesces
 * typing until the revision is sent), "saved" only after it commits. If a save fails the text is
 * kept in the drafts store so a reload brings it back.
 */
export function useNoteAutosave(
  noteId: string | undefined,
  caseId: string,
  delayMs?: number,
): NoteAutosave {
  const view = useLiveQuery(
    async () => (noteId ? notesRepository.get(noteId) : undefined),
    [noteId],
  );
  const [local, setLocal] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [error, setError] = useState<string>();
  const textRef = useRef<string | null>(null);
  const dirty = useRef(false);
  const errorRef = useRef<string>(undefined);
  /** The revision this editor's text builds on (null for a new note). */
  const base = useRef<string | null | undefined>(undefined);
  /** The text this editor last had in `base`: if another tab changes it, saving forks. */
  const baseBody = useRef('');

  const draftOf = useCallback(
    (body: string): NoteDraft =>
      base.current === undefined
        ? { body }
        : { body, baseRevisionId: base.current, baseBody: baseBody.current },
    [],
  );

  const run = useCallback(async () => {
    if (!dirty.current || !noteId || textRef.current === null) return;
    dirty.current = false;
    const body = textRef.current;
    setState('saving');
    try {
      // Text is always saved; only an empty note asks first whether there is anything to empty
      // (a read of the note before every save was a transaction for nothing, issue 11).
      if (body !== '' || (await notesRepository.get(noteId)).current) {
        const saved = await notesRepository.save({
          noteId,
          caseId,
          body,
          baseRevisionId: base.current ?? null,
          baseBody: baseBody.current,
        });
        base.current = saved.id;
        baseBody.current = saved.body;
      }
      await draftsRepository.clear(noteDraftId(noteId));
      errorRef.current = undefined;
      setError(undefined);
      setSavedAt(new Date());
      setState(dirty.current ? 'pending' : 'saved');
    } catch (caught) {
      dirty.current = true;
      await draftsRepository.put(noteDraftId(noteId), caseId, draftOf(body)).catch(() => undefined);
      const issue = caught instanceof AppError ? caught.issues?.[0]?.code : undefined;
      errorRef.current = issue ?? 'interviews.errors.noteSave';
      setError(errorRef.current);
      setState('error');
    }
  }, [caseId, draftOf, noteId]);

  const unsaved = useCallback(
    () =>
      dirty.current && textRef.current !== null
        ? { kind: 'note' as const, caseId, text: textRef.current, error: errorRef.current }
        : null,
    [caseId],
  );
  const rescue = useCallback(
    () =>
      noteId && textRef.current !== null
        ? [{ draftId: noteDraftId(noteId), caseId, values: draftOf(textRef.current) }]
        : [],
    [caseId, draftOf, noteId],
  );
  const scheduler = useSaveScheduler({
    run,
    unsaved,
    rescue,
    delayMs,
    identity: `note/${noteId}`,
  });
  const flush = useCallback(() => scheduler.flush(), [scheduler]);

  const setText = useCallback(
    (text: string) => {
      if (base.current === undefined) {
        base.current = view?.current?.id ?? null;
        baseBody.current = view?.current?.body ?? '';
      }
      textRef.current = text;
      setLocal(text);
      dirty.current = true;
      setState('pending');
      scheduler.schedule();
    },
    [scheduler, view],
  );

  useEffect(() => {
    if (!noteId) return;
    let active = true;
    void draftsRepository.get(noteDraftId(noteId)).then(async (stored) => {
      const draft = stored as Partial<NoteDraft> | undefined;
      const body = draft?.body;
      if (!active || typeof body !== 'string') return;
      // A save that committed as the page went away leaves its rescued copy: nothing to redo.
      if ((await notesRepository.get(noteId)).current?.body === body) {
        await draftsRepository.clear(noteDraftId(noteId));
        return;
      }
      if (!active) return;
      if (draft?.baseRevisionId !== undefined && typeof draft.baseBody === 'string') {
        base.current = draft.baseRevisionId;
        baseBody.current = draft.baseBody;
      }
      textRef.current = body;
      setLocal(body);
      dirty.current = true;
      void flush();
    });
    return () => {
      active = false;
    };
  }, [flush, noteId]);

  const isSaved = useCallback(() => !dirty.current, []);
  const text = local ?? view?.current?.body ?? '';
  const latest = view?.current ?? null;
  const newerVersion =
    local !== null && latest && base.current !== undefined && latest.id !== base.current
      ? latest
      : null;
  return { view, text, setText, flush, isSaved, state, savedAt, error, newerVersion };
}
