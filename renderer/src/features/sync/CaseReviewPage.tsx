import type { NoteRevision } from '@core/domain/note-revision';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../db/live';
import { headsOf, notesRepository } from '../../db/notes-repository';
import { syncReviewRepository } from '../../db/sync-review-repository';
import { useCaseContext } from '../case-file/CaseLayout';
import { ConflictCard } from './ConflictCard';
import { NoteForkCard } from './NoteForkCard';
import { RefusedChange } from './RefusedChange';
import { ReplacedValueCard } from './ReplacedValueCard';

/** Per case: what sync needs a person for — legal-field conflicts, forked notes, refused changes. */
export function CaseReviewPage() {
  const { t } = useTranslation('sync');
  const { caseFile, readOnly } = useCaseContext();
  const conflicts =
    useLiveQuery(() => syncReviewRepository.conflicts(caseFile.id), [caseFile.id]) ?? [];
  const quarantine =
    useLiveQuery(
      async () => (await syncReviewRepository.quarantine()).filter((q) => q.caseId === caseFile.id),
      [caseFile.id],
    ) ?? [];
  const forks =
    useLiveQuery(async () => {
      const byNote = new Map<string, NoteRevision[]>();
      for (const revision of await notesRepository.listByCase(caseFile.id)) {
        byNote.set(revision.noteId, [...(byNote.get(revision.noteId) ?? []), revision]);
      }
      return [...byNote.entries()]
        .map(([noteId, revisions]) => ({ noteId, revisions, heads: headsOf(revisions) }))
        .filter((n) => n.heads.length > 1);
    }, [caseFile.id]) ?? [];
  const me = useLiveQuery(async () => (await syncReviewRepository.syncState()).userId, []) ?? null;
  const legal = conflicts.filter((c) => c.kind !== 'overwritten');
  const replaced = conflicts.filter((c) => c.kind === 'overwritten');
  const open = conflicts.filter((c) => c.status === 'open');

  return (
    <section className="page" aria-labelledby="review-title">
      <h2 id="review-title">{t('review.title')}</h2>
      {open.length === 0 && forks.length === 0 && quarantine.length === 0 ? (
        <p role="status">{t('review.nothing')}</p>
      ) : null}
      {legal.length > 0 ? (
        <section className="form-card" aria-labelledby="conflicts-heading">
          <h3 id="conflicts-heading">{t('review.conflicts')}</h3>
          <p className="intro">{t('review.conflictsIntro')}</p>
          <ul className="plain-list">
            {legal.map((conflict) => (
              <ConflictCard key={conflict.id} conflict={conflict} readOnly={readOnly} />
            ))}
          </ul>
        </section>
      ) : null}
      {replaced.length > 0 ? (
        <section className="form-card" aria-labelledby="replaced-heading">
          <h3 id="replaced-heading">{t('review.replaced.title')}</h3>
          <p className="intro">{t('review.replaced.intro')}</p>
          <ul className="plain-list">
            {replaced.map((conflict) => (
              <ReplacedValueCard
                key={conflict.id}
                conflict={conflict}
                me={me}
                readOnly={readOnly}
              />
            ))}
          </ul>
        </section>
      ) : null}
      {forks.length > 0 ? (
        <section className="form-card" aria-labelledby="forks-heading">
          <h3 id="forks-heading">{t('review.forks')}</h3>
          <ul className="plain-list">
            {forks.map((fork) => (
              <NoteForkCard
                key={fork.noteId}
                noteId={fork.noteId}
                caseId={caseFile.id}
                revisions={fork.revisions}
                heads={fork.heads}
              />
            ))}
          </ul>
        </section>
      ) : null}
      {quarantine.length > 0 ? (
        <section className="form-card" aria-labelledby="refused-heading">
          <h3 id="refused-heading">{t('page.quarantine')}</h3>
          <p>{t('page.quarantineIntro')}</p>
          <ul>
            {quarantine.map((item) => (
              <RefusedChange key={item.id} item={item} />
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
