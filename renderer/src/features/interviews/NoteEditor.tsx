import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { searchArrival } from '../search/open-hit';
import { useInlinePanel } from '../../lib/useInlinePanel';
import { FieldError } from '../../components/FieldError';
import { formatDateTime } from '../../lib/format';
import { SaveStatus } from '../../components/SaveStatus';
import { NoteComments } from '../review/NoteComments';
import { useNoteAutosave } from './useNoteAutosave';

interface NoteEditorProps {
  noteId: string | undefined;
  caseId: string;
  label: string;
  /** The interview is final (or the case read-only): show the text, do not edit. */
  readOnly: boolean;
  /** Id for the textarea, so shortcuts can focus it. */
  textareaId?: string;
  /** Addenda: a button (with a confirm step) that saves and then finalises this note. */
  onFinalize?: () => Promise<void>;
  /** Put focus in the textarea as soon as it can be typed in (a new addendum). */
  autoFocus?: boolean;
}

/** A free-text note with autosave; read-only once it (or its interview) is final. */
export function NoteEditor(props: NoteEditorProps) {
  const { noteId, caseId, label, readOnly, textareaId, onFinalize, autoFocus = false } = props;
  const { t, i18n } = useTranslation('interviews');
  const confirming = useInlinePanel();
  const [finalizing, setFinalizing] = useState(false);
  const generated = useId();
  const id = textareaId ?? `${generated}-note`;
  const note = useNoteAutosave(noteId, caseId);
  const { flush, isSaved } = note;
  const saveAll = useCallback(async () => {
    await flush();
    return isSaved();
  }, [flush, isSaved]);
  const retry = useCallback(() => void flush(), [flush]);
  const locked = readOnly || note.view?.isFinal === true;
  const others = (note.view?.heads ?? []).slice(0, -1);
  const disabled = !noteId || note.view === undefined;
  const textarea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (autoFocus && !disabled) textarea.current?.focus();
  }, [autoFocus, disabled]);

  // Opened from a search result: select the matched words (or mark them, in a locked note).
  const location = useLocation();
  const navigate = useNavigate();
  const arrival = searchArrival(location.state);
  const [marked, setMarked] = useState<{ start: number; end: number } | null>(null);
  const shown = useRef<HTMLParagraphElement>(null);
  const loaded = note.view !== undefined;
  // Read by the effect below, which must not run again on every keystroke.
  const textLength = useRef(0);
  textLength.current = note.text.length;
  useEffect(() => {
    if (!arrival || !noteId || arrival.noteId !== noteId || !loaded) return;
    const length = textLength.current;
    const start = Math.min(arrival.start ?? 0, length);
    const end = Math.min(Math.max(arrival.end ?? start, start), length);
    const field = textarea.current;
    if (field) {
      field.focus();
      field.setSelectionRange(start, end);
      // Chromium reveals the selection when a text field gains focus.
      field.blur();
      field.focus();
    } else {
      setMarked({ start, end });
    }
    // Once: history keeps the state, and a reload here must not select again.
    void navigate(
      { pathname: location.pathname, search: location.search },
      { replace: true, state: null },
    );
  }, [arrival, loaded, location.pathname, location.search, navigate, noteId]);
  useEffect(() => {
    if (!marked) return;
    shown.current?.focus();
    shown.current?.querySelector('mark')?.scrollIntoView({ block: 'center' });
  }, [marked]);

  // A locked note shows what was committed; typing that never got in is shown apart, not lost.
  const committed = note.view?.current?.body ?? '';
  if (locked) {
    return (
      <div className="note-view">
        <p className="note-label">
          {label}
          {note.view?.isFinal ? <span className="tag final">{t('note.final')}</span> : null}
        </p>
        {committed && marked ? (
          <p className="note-text" tabIndex={-1} ref={shown}>
            {committed.slice(0, marked.start)}
            <mark>{committed.slice(marked.start, marked.end)}</mark>
            {committed.slice(marked.end)}
          </p>
        ) : committed ? (
          <p className="note-text">{committed}</p>
        ) : (
          <p className="muted">{t('note.empty')}</p>
        )}
        {note.text !== committed ? (
          <div className="banner warn">
            <p>{t('note.unsaved')}</p>
            <p className="note-text">{note.text}</p>
            <NoteComments
              caseId={caseId}
              noteId={noteId}
              current={note.view?.current}
              allowNew={false}
            />
          </div>
        ) : null}
        <NoteComments caseId={caseId} noteId={noteId} current={note.view?.current} />
      </div>
    );
  }

  return (
    <div className="field note-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={5}
        value={note.text}
        ref={textarea}
        disabled={disabled}
        aria-invalid={note.error ? true : undefined}
        aria-describedby={note.error ? `${id}-error` : undefined}
        onChange={(e) => note.setText(e.target.value)}
        onBlur={() => void note.flush()}
      />
      <FieldError id={`${id}-error`} code={note.state === 'error' ? note.error : undefined} />
      {note.newerVersion ? (
        <div className="banner warn" role="status">
          <p>
            {t('note.newerArrived', {
              when: formatDateTime(note.newerVersion.createdAt, i18n.language),
            })}
          </p>
          <details>
            <summary>{t('note.showNewer')}</summary>
            <p className="note-text">{note.newerVersion.body}</p>
          </details>
        </div>
      ) : null}
      <SaveStatus state={note.state} savedAt={note.savedAt} onRetry={retry} draft="note" />
      <NoteComments caseId={caseId} noteId={noteId} current={note.view?.current} />
      {onFinalize && note.text.trim() ? (
        confirming.isOpen ? (
          <div
            className="confirm-inline"
            role="group"
            aria-label={t('addenda.finalizeConfirm')}
            ref={confirming.panelRef}
          >
            <p>{t('addenda.finalizeConfirm')}</p>
            <button
              type="button"
              className="primary"
              disabled={finalizing}
              onClick={() => {
                setFinalizing(true);
                void saveAll()
                  .then((saved) => (saved ? onFinalize() : undefined))
                  .finally(() => setFinalizing(false));
              }}
            >
              {t('addenda.finalizeYes')}
            </button>{' '}
            <button type="button" data-autofocus onClick={() => confirming.close()}>
              {t('addenda.finalizeNo')}
            </button>
          </div>
        ) : (
          <button type="button" ref={confirming.opener} onClick={confirming.open}>
            {t('addenda.finalize')}
          </button>
        )
      ) : null}
      {others.length > 0 ? (
        <details className="note-versions">
          <summary>{t('note.otherVersions', { count: others.length })}</summary>
          {others.map((revision) => (
            <div key={revision.id}>
              <p className="muted">{formatDateTime(revision.createdAt, i18n.language)}</p>
              <p className="note-text">{revision.body}</p>
            </div>
          ))}
        </details>
      ) : null}
    </div>
  );
}
