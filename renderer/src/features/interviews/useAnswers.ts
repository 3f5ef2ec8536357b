import type { AnswerValue, InterviewSession } from '@core/domain/interview-session';
import { jsonEqual } from '@core/sync/json-value';
import type { InterviewTemplate, Question } from '@core/templates';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentsRepository } from '../../db/documents-repository';
import { draftIdsWithPrefix, draftsRepository } from '../../db/drafts-repository';
import type { SaveState } from '../forms/useAutosave';
import { useSaveScheduler } from '../saving/useSaveScheduler';
import type { DateLocale } from '@core/domain/approximate-date';
import { dateLocale, parseAnswer, toRawAnswer, type RawAnswer } from './answer-parsing';
import { writeAnswers } from './interview-actions';

export interface AnswerStore {
  rawFor: (question: Question) => RawAnswer;
  errorFor: (questionId: string) => string | undefined;
  /** Typing that is not (or could not be) saved in the interview: a draft, or a failed save. */
  unsavedFor: (questionId: string) => RawAnswer | undefined;
  setRaw: (question: Question, raw: RawAnswer) => void;
  /** Saves what is waiting now (on blur, before finalising, when leaving). */
  flush: () => Promise<void>;
  /** Nothing waits to be saved and no save failed (drafts aside). */
  isSaved: () => boolean;
  state: SaveState;
  savedAt: Date | null;
  /** Questions whose typed value is not valid yet and waits as a draft. */
  draftIds: ReadonlySet<string>;
  /** The language a date was typed under: it decides how `03/04/2026` reads. */
  dateLocaleFor: (questionId: string) => DateLocale;
}

interface DraftValue {
  raw: RawAnswer;
  /** The screen language when it was typed; absent in drafts from before it was kept. */
  locale?: DateLocale;
}

const isRaw = (value: unknown): value is RawAnswer =>
  typeof value === 'string' ||
  (Array.isArray(value) && value.every((item) => typeof item === 'string'));

export const answerDraftPrefix = (sessionId: string) => `interview/${sessionId}/`;

/**
 * Answers saved while the attorney works: debounced, one `documentsRepository.update` (one
 * transaction with its outbox entry) per save, "saved" only after it commits. A value that is
 * not valid stays on screen with its message and waits in the drafts store, so a reload keeps it.
 */
export function useAnswers(
  session: InterviewSession,
  template: InterviewTemplate,
  delayMs?: number,
): AnswerStore {
  const { id: sessionId, caseId } = session;
  const prefix = answerDraftPrefix(sessionId);
  // Dates are read in the screen's language ("03/04/2026" is day first in Spanish).
  const { i18n } = useTranslation();
  const locale = useRef(dateLocale(i18n?.language ?? 'en'));
  locale.current = dateLocale(i18n?.language ?? 'en');
  // A draft typed under Spanish is read as Spanish even after the screen switches to English, so
  // "03/04/2026" never turns into 4 March without the attorney choosing.
  const typedIn = useRef(new Map<string, DateLocale>());
  const parse = useCallback(
    (question: Question, raw: RawAnswer) =>
      parseAnswer(question, raw, { locale: typedIn.current.get(question.id) ?? locale.current }),
    [],
  );
  const dateLocaleFor = useCallback(
    (questionId: string) => typedIn.current.get(questionId) ?? locale.current,
    [],
  );
  const questions = useMemo(
    () => new Map(template.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const))),
    [template],
  );
  const [edits, setEdits] = useState<Record<string, RawAnswer>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const editsRef = useRef(edits);
  const errorsRef = useRef(errors);
  const dirty = useRef(new Set<string>());
  const committed = useRef(new Map<string, AnswerValue>());
  const storedAnswers = useRef(session.answers);
  // A save reaches `session` only when the live query has read it back; until then the stored
  // value is older than ours, not another device's change (which would replace the field, and
  // keystrokes typed meanwhile would land on the older text).
  const caughtUp = useRef(new Set<string>());
  useEffect(() => {
    storedAnswers.current = session.answers;
    for (const [id, value] of committed.current)
      if (jsonEqual(value, session.answers[id]?.value ?? null)) caughtUp.current.add(id);
  }, [session.answers]);

  const setError = useCallback((questionId: string, error: string | undefined) => {
    const next = { ...errorsRef.current };
    if (error) next[questionId] = error;
    else delete next[questionId];
    errorsRef.current = next;
    setErrors(next);
  }, []);

  const setEdit = useCallback((questionId: string, raw: RawAnswer) => {
    editsRef.current = { ...editsRef.current, [questionId]: raw };
    setEdits(editsRef.current);
  }, []);

  const run = useCallback(async () => {
    const ids = [...dirty.current];
    dirty.current.clear();
    if (ids.length === 0) return;
    const valid: Record<string, AnswerValue> = {};
    const invalid: string[] = [];
    for (const id of ids) {
      const question = questions.get(id);
      const raw = editsRef.current[id];
      if (!question || raw === undefined) continue;
      const parsed = parse(question, raw);
      if (parsed.ok) valid[id] = parsed.value;
      else invalid.push(id);
    }
    // An answer saved a moment ago (e.g. "1990-02-3" read as 3 February on the way to an invalid
    // "1990-02-30") must not outlive the invalid text that replaced it on screen.
    const withdrawn = invalid.filter(
      (id) => committed.current.has(id) || storedAnswers.current[id] !== undefined,
    );
    setState('saving');
    try {
      if (Object.keys(valid).length > 0 || withdrawn.length > 0) {
        await documentsRepository.update(sessionId, (doc) =>
          writeAnswers(doc, valid, undefined, withdrawn),
        );
        for (const [id, value] of Object.entries(valid)) {
          committed.current.set(id, value);
          caughtUp.current.delete(id);
        }
        for (const id of withdrawn) committed.current.delete(id);
      }
      for (const id of Object.keys(valid)) await draftsRepository.clear(prefix + id);
      for (const id of invalid) {
        const typed = typedIn.current.get(id);
        const draft: DraftValue = {
          raw: editsRef.current[id]!,
          ...(typed ? { locale: typed } : {}),
        };
        await draftsRepository.put(prefix + id, caseId, draft);
      }
      if (Object.keys(valid).length > 0) setSavedAt(new Date());
      const hasDrafts = Object.keys(errorsRef.current).length > 0;
      setState(dirty.current.size > 0 ? 'pending' : hasDrafts ? 'draft' : 'saved');
    } catch {
      for (const id of ids) {
        dirty.current.add(id);
        const raw = editsRef.current[id];
        if (raw !== undefined)
          await draftsRepository.put(prefix + id, caseId, { raw }).catch(() => undefined);
      }
      setState('error');
    }
  }, [caseId, parse, prefix, questions, sessionId]);

  const unsaved = useCallback(() => {
    if (dirty.current.size === 0) return null;
    const text = [...dirty.current]
      .map((id) => editsRef.current[id])
      .flatMap((raw) => (raw === undefined ? [] : [Array.isArray(raw) ? raw.join(', ') : raw]))
      .join('\n');
    return { kind: 'answers' as const, caseId, text };
  }, [caseId]);
  const rescue = useCallback(
    () =>
      [...dirty.current].flatMap((id) => {
        const raw = editsRef.current[id];
        if (raw === undefined) return [];
        const typed = typedIn.current.get(id);
        const draft: DraftValue = { raw, ...(typed ? { locale: typed } : {}) };
        return [{ draftId: prefix + id, caseId, values: draft }];
      }),
    [caseId, prefix],
  );
  const scheduler = useSaveScheduler({
    run,
    unsaved,
    rescue,
    delayMs,
    identity: `answers/${sessionId}`,
  });
  const flush = useCallback(() => scheduler.flush(), [scheduler]);

  const setRaw = useCallback(
    (question: Question, raw: RawAnswer) => {
      typedIn.current.set(question.id, locale.current);
      setEdit(question.id, raw);
      const parsed = parse(question, raw);
      setError(question.id, parsed.ok ? undefined : parsed.error);
      dirty.current.add(question.id);
      setState('pending');
      scheduler.schedule();
    },
    [parse, scheduler, setEdit, setError],
  );

  // Typing kept as drafts (invalid, or not saved when the app closed) comes back on open.
  useEffect(() => {
    let active = true;
    void (async () => {
      const ids = await draftIdsWithPrefix(caseId, prefix);
      let restored = false;
      for (const id of ids) {
        const question = questions.get(id);
        const draft = (await draftsRepository.get(prefix + id)) as DraftValue | undefined;
        if (!active || !question || !isRaw(draft?.raw)) continue;
        if (draft.locale === 'en' || draft.locale === 'es') typedIn.current.set(id, draft.locale);
        setEdit(id, draft.raw);
        const parsed = parse(question, draft.raw);
        setError(id, parsed.ok ? undefined : parsed.error);
        dirty.current.add(id);
        restored = true;
      }
      if (active && restored) void flush();
    })();
    return () => {
      active = false;
    };
  }, [caseId, flush, parse, prefix, questions, setEdit, setError]);

  const rawFor = useCallback(
    (question: Question): RawAnswer => {
      const edit = edits[question.id];
      const value = session.answers[question.id]?.value;
      if (edit === undefined) return toRawAnswer(question, value);
      const settled = !dirty.current.has(question.id) && !errors[question.id];
      const savedHere = committed.current.get(question.id);
      // Another device or tab changed this answer after it was saved here: show theirs.
      if (
        settled &&
        savedHere !== undefined &&
        caughtUp.current.has(question.id) &&
        !jsonEqual(savedHere, value ?? null)
      )
        return toRawAnswer(question, value);
      return edit;
    },
    [edits, errors, session.answers],
  );

  const isSaved = useCallback(() => dirty.current.size === 0, []);
  const draftIds = useMemo(() => new Set(Object.keys(errors)), [errors]);
  const errorFor = useCallback((id: string) => errors[id], [errors]);
  const unsavedFor = useCallback(
    (id: string) =>
      errors[id] || (state === 'error' && dirty.current.has(id)) ? edits[id] : undefined,
    [edits, errors, state],
  );
  return {
    rawFor,
    errorFor,
    unsavedFor,
    setRaw,
    flush,
    isSaved,
    state,
    savedAt,
    draftIds,
    dateLocaleFor,
  };
}
