import type { NoteRevision } from '@core/domain/note-revision';
import { commonAncestor } from '@core/sync/note-graph';
import { mergeNotes } from '@core/sync/note-merge';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { notesRepository } from '../../db/notes-repository';
import { formatDateTime } from '../../lib/format';
import { useCaseReadOnly } from '../case-file/case-read-only';

interface NoteForkCardProps {
  noteId: string;
  caseId: string;
  revisions: readonly NoteRevision[];
  heads: readonly NoteRevision[];
}

/**
 * A note changed on two computers from the same starting text. A clean, unambiguous merge is
 * offered; otherwise both versions are shown and the attorney decides. Either way the original
 * revisions stay in the note's history.
 */
export function NoteForkCard({ noteId, caseId, revisions, heads }: NoteForkCardProps) {
  const { t, i18n } = useTranslation('sync');
  const [a, b] = heads;
  const readOnly = useCaseReadOnly();
  const merge = useMemo(() => {
    if (!a || !b) return null;
    const baseId = commonAncestor(revisions, a.id, b.id);
    const base = revisions.find((r) => r.id === baseId)?.body ?? '';
    return mergeNotes(base, a.body, b.body);
  }, [a, b, revisions]);
  if (!a || !b) return null;
  const keep = (body: string) => void notesRepository.resolveFork({ noteId, caseId, body });
  return (
    <li className="note-fork">
      <p>{t('review.forkIntro')}</p>
      <div className="side-by-side">
        {[a, b].map((head, index) => (
          <div key={head.id}>
            <p className="muted">
              {t('review.version', {
                number: index + 1,
                when: formatDateTime(head.createdAt, i18n.language),
              })}
            </p>
            <pre className="note-text">{head.body}</pre>
            {readOnly ? null : (
              <button type="button" onClick={() => keep(head.body)}>
                {t('review.keepVersion', { number: index + 1 })}
              </button>
            )}
          </div>
        ))}
      </div>
      {merge?.kind === 'merged' ? (
        <div>
          <p>{t('review.mergeClean')}</p>
          <pre className="note-text">{merge.text}</pre>
          {readOnly ? null : (
            <button type="button" className="primary" onClick={() => keep(merge.text)}>
              {t('review.useMerged')}
            </button>
          )}
        </div>
      ) : (
        <div>
          <p>
            {t(
              `review.mergeRefused.${merge?.kind === 'conflict' ? merge.reason : 'overlap'}` as never,
            )}
          </p>
          {readOnly ? null : (
            <button type="button" onClick={() => keep(`${a.body}\n\n———\n\n${b.body}`)}>
              {t('review.combineBoth')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
