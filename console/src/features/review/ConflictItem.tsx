import type { Conflict } from '@core/sync/admin-schemas';
import { awaitsReview } from '@core/sync/conflict-review';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../../components/format';
import { ValueView } from './ValueView';

export type Resolution = 'keep_server' | 'use_client' | 'restore';

/**
 * One conflict: both values with who set each and when, and the choices it allows. A replaced
 * value (`overwritten`) is labelled for what it is: its server side is the value a later change
 * replaced, its laptop side the value now current.
 */
export function ConflictItem({
  conflict,
  reference,
  nameOf,
  onChoose,
}: {
  conflict: Conflict;
  reference: string | undefined;
  nameOf: (id: string | null | undefined) => string;
  onChoose: (resolution: Resolution) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const replaced = conflict.kind === 'overwritten';
  const sides = replaced
    ? { server: t('conflicts.replaced.before'), laptop: t('conflicts.replaced.now') }
    : { server: t('conflicts.serverSide'), laptop: t('conflicts.laptopSide') };
  return (
    <article aria-labelledby={`c-${conflict.id}`}>
      <h2 id={`c-${conflict.id}`}>
        {t('conflicts.itemTitle', {
          what: t(`entities.${conflict.entity}`),
          reference: reference ?? t('quarantine.unknownCase'),
        })}
      </h2>
      <p>
        {t(`conflicts.kinds.${conflict.kind}`)}{' '}
        <span className="cell-note">
          {t('conflicts.field')} <code>{conflict.fieldPath}</code>
        </span>
      </p>
      <div className="both-values">
        <section aria-label={sides.server}>
          <h3>{sides.server}</h3>
          <ValueView value={conflict.serverValue} />
          <p className="cell-note">
            {t('conflicts.by', {
              who: nameOf(conflict.serverActorId),
              when: formatWhen(conflict.serverChangedAt, locale, t('common.unknownTime')),
            })}
          </p>
        </section>
        <section aria-label={sides.laptop}>
          <h3>{sides.laptop}</h3>
          <ValueView value={conflict.clientValue} />
          <p className="cell-note">
            {t(replaced ? 'conflicts.replaced.byOffline' : 'conflicts.by', {
              who: nameOf(conflict.clientActorId),
              when: formatWhen(conflict.clientTime, locale, conflict.clientTime),
            })}
          </p>
        </section>
      </div>
      <p className="cell-note">
        {t('conflicts.recorded', { when: formatWhen(conflict.createdAt, locale, '') })}
        {conflict.resolvedAt
          ? ` ${t('conflicts.closedBy', {
              who: nameOf(conflict.resolvedBy),
              when: formatWhen(conflict.resolvedAt, locale, ''),
            })}`
          : ''}
      </p>
      {awaitsReview(conflict) ? (
        <div className="button-row">
          {replaced ? (
            <>
              <button type="button" onClick={() => onChoose('restore')}>
                {t('conflicts.replaced.restore')}
              </button>
              <button type="button" onClick={() => onChoose('keep_server')}>
                {t('conflicts.replaced.keep')}
              </button>
            </>
          ) : (
            <>
              <button type="button" onClick={() => onChoose('keep_server')}>
                {t('conflicts.keepServer')}
              </button>
              {conflict.kind === 'legal_field' ? (
                <button type="button" onClick={() => onChoose('use_client')}>
                  {t('conflicts.useLaptop')}
                </button>
              ) : null}
            </>
          )}
        </div>
      ) : null}
    </article>
  );
}
