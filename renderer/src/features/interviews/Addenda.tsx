import type { InterviewSession, SessionAddendum } from '@core/domain/interview-session';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notesRepository } from '../../db/notes-repository';
import { formatDateTime } from '../../lib/format';
import { addAddendum } from './interview-actions';
import { NoteEditor } from './NoteEditor';

interface AddendaProps {
  session: InterviewSession;
  caseReadOnly: boolean;
}

const addendumTextareaId = (addendum: SessionAddendum) => `addendum-${addendum.id}`;

/** After finalising, every later word is an addendum: its own note, time and finalisation. */
export function Addenda({ session, caseReadOnly }: AddendaProps) {
  const { t, i18n } = useTranslation('interviews');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [focusId, setFocusId] = useState<string>();
  const addenda = [...session.addenda].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));

  if (session.state !== 'final') return null;

  const add = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const addendum = await addAddendum(session.id);
      setFocusId(addendum.id);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="addenda" aria-labelledby="addenda-title">
      <h3 id="addenda-title">{t('addenda.title')}</h3>
      <p className="muted">{t('addenda.intro')}</p>
      {addenda.length === 0 ? <p>{t('addenda.none')}</p> : null}
      <ol className="addendum-list">
        {addenda.map((addendum, index) => (
          <li key={addendum.id} className="addendum">
            <NoteEditor
              noteId={addendum.noteId}
              caseId={session.caseId}
              label={t('addenda.label', {
                number: index + 1,
                time: formatDateTime(addendum.createdAt, i18n.language),
              })}
              readOnly={caseReadOnly}
              textareaId={addendumTextareaId(addendum)}
              autoFocus={addendum.id === focusId}
              onFinalize={async () => {
                await notesRepository.finalize(addendum.noteId, session.caseId);
              }}
            />
          </li>
        ))}
      </ol>
      {caseReadOnly ? null : (
        <button type="button" disabled={busy} onClick={() => void add()}>
          {t('addenda.add')}
        </button>
      )}
      {failed ? (
        <p className="field-error" role="alert">
          {t('addenda.failed')}
        </p>
      ) : null}
    </section>
  );
}
