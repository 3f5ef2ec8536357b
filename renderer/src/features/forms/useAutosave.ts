import { jsonEqual, type JsonObject, type JsonValue } from '@core/sync/json-value';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { documentsRepository } from '../../db/documents-repository';
import { draftsRepository } from '../../db/drafts-repository';
import { useSaveScheduler } from '../saving/useSaveScheduler';
import type { FieldSpec, FormValues } from './field-spec';
import { fieldNameOf, fromFormValues, toFormValues } from './form-values';

type Domain = Record<string, unknown>;

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'draft' | 'error';

export interface AutosaveOptions {
  /** Where invalid values wait (one per form). */
  draftId: string;
  caseId: string;
  /** The synced document this form edits (the case for case-file sections). */
  documentId: string;
  fields: readonly FieldSpec[];
  schema: z.ZodType;
  /** The current value in the document, or null/undefined when there is none yet. */
  value: Domain | null | undefined;
  write: (doc: JsonObject, value: Domain | null) => JsonObject;
  readOnly?: boolean;
  delayMs?: number;
}

export interface Autosave {
  form: UseFormReturn<FormValues>;
  state: SaveState;
  savedAt: Date | null;
  canUndo: boolean;
  undo: () => Promise<void>;
  saveNow: () => Promise<void>;
  removeValue: () => Promise<void>;
}

/**
 * Saves a form while the attorney types: debounced, each save one transaction with its outbox
 * entry, "saved" shown only after it commits. Values that do not validate are kept as a draft
 * (on disk) with their field messages, never thrown away.
 */
export function useAutosave(options: AutosaveOptions): Autosave {
  const {
    draftId,
    caseId,
    documentId,
    fields,
    schema,
    value,
    write,
    readOnly = false,
    delayMs,
  } = options;
  const form = useForm<FormValues>({ defaultValues: toFormValues(fields, value) });
  const [state, setState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [undoDepth, setUndoDepth] = useState(0);
  const undoStack = useRef<Array<Domain | null>>([]);
  const stateRef = useRef<SaveState>('idle');
  const valueRef = useRef(value);
  valueRef.current = value;
  /** Changes made in this form so far: a save that read fewer leaves the form 'pending'. */
  const changes = useRef(0);

  const setBoth = useCallback((next: SaveState) => {
    stateRef.current = next;
    setState(next);
  }, []);

  const showIssues = useCallback(
    (issues: readonly z.core.$ZodIssue[]) => {
      form.clearErrors();
      for (const issue of issues)
        form.setError(fieldNameOf(issue.path), { type: 'schema', message: issue.message });
    },
    [form],
  );

  const commit = useCallback(
    async (next: Domain | null, recordUndo: boolean, changesSeen = changes.current) => {
      let before: Domain | null = null;
      // The save and its draft's removal commit together (one transaction, one flush).
      await documentsRepository.update(
        documentId,
        (doc) => {
          before = (valueRef.current ?? null) as Domain | null;
          return write(doc, next);
        },
        { clearDraft: draftId },
      );
      if (recordUndo && !jsonEqual(before as JsonValue, next as JsonValue)) {
        undoStack.current = [...undoStack.current.slice(-19), before];
        setUndoDepth(undoStack.current.length);
      }
      setSavedAt(new Date());
      // A change typed while this save was writing is not in it: the form stays 'pending' (busy),
      // so the stored value arriving now does not reset the form over that change.
      setBoth(changes.current === changesSeen ? 'saved' : 'pending');
    },
    [documentId, draftId, setBoth, write],
  );

  const runSave = useCallback(async () => {
    const changesSeen = changes.current;
    const values = form.getValues();
    const domain = fromFormValues(fields, values, valueRef.current);
    const parsed = schema.safeParse(domain);
    if (!parsed.success) {
      showIssues(parsed.error.issues);
      try {
        await draftsRepository.put(draftId, caseId, values);
        setBoth('draft');
      } catch {
        setBoth('error');
      }
      return;
    }
    form.clearErrors();
    setBoth('saving');
    try {
      await commit(parsed.data as Domain, true, changesSeen);
    } catch {
      await draftsRepository.put(draftId, caseId, values).catch(() => undefined);
      setBoth('error');
    }
  }, [caseId, commit, draftId, fields, form, schema, setBoth, showIssues]);

  const unsaved = useCallback(() => {
    if (!['pending', 'saving', 'error'].includes(stateRef.current)) return null;
    const text = Object.values(form.getValues())
      .flatMap((value) => (Array.isArray(value) ? value : [value]))
      .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
      .join('\n');
    return { kind: 'form' as const, caseId, text };
  }, [caseId, form]);
  const rescue = useCallback(
    () => [{ draftId, caseId, values: form.getValues() }],
    [caseId, draftId, form],
  );
  const scheduler = useSaveScheduler({
    run: runSave,
    unsaved,
    rescue,
    delayMs,
    identity: draftId,
  });
  const saveNow = useCallback(() => scheduler.flush(), [scheduler]);

  useEffect(() => {
    if (readOnly) return;
    const subscription = form.watch((_values, { type }) => {
      if (type !== 'change') return;
      changes.current += 1;
      setBoth('pending');
      scheduler.schedule();
    });
    return () => subscription.unsubscribe();
  }, [form, readOnly, scheduler, setBoth]);

  useEffect(() => {
    let active = true;
    void draftsRepository.get(draftId).then((draft) => {
      if (!active || !draft || typeof draft !== 'object') return;
      const parsed = schema.safeParse(
        fromFormValues(fields, draft as FormValues, valueRef.current),
      );
      // Typing rescued from a page that went away, and committed after all: nothing to redo.
      if (parsed.success && jsonEqual(parsed.data as JsonValue, valueRef.current as JsonValue)) {
        void draftsRepository.clear(draftId);
        return;
      }
      form.reset(draft as FormValues);
      if (!parsed.success) {
        showIssues(parsed.error.issues);
        setBoth('draft');
        return;
      }
      // Valid typing that had not been saved (a reload, a failed save): saved now.
      setBoth('pending');
      scheduler.schedule();
    });
    return () => {
      active = false;
    };
  }, [draftId, fields, form, schema, scheduler, setBoth, showIssues]);

  // A change from elsewhere (sync, undo in another form) is shown unless the attorney is typing here.
  const external = useMemo(() => toFormValues(fields, value), [fields, value]);
  useEffect(() => {
    const busy = ['pending', 'saving', 'draft', 'error'].includes(stateRef.current);
    if (!busy && !jsonEqual(external as JsonValue, form.getValues() as JsonValue))
      form.reset(external);
  }, [external, form]);

  const undo = useCallback(async () => {
    const previous = undoStack.current.pop();
    setUndoDepth(undoStack.current.length);
    if (previous === undefined) return;
    scheduler.cancel();
    setBoth('saving');
    await commit(previous, false);
    form.reset(toFormValues(fields, previous));
  }, [commit, fields, form, scheduler, setBoth]);

  const removeValue = useCallback(async () => {
    scheduler.cancel();
    setBoth('saving');
    await commit(null, true);
  }, [commit, scheduler, setBoth]);

  return { form, state, savedAt, canUndo: undoDepth > 0, undo, saveNow, removeValue };
}
