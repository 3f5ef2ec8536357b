import { getDefense } from '@core/catalog';
import type { NotMet } from '@core/screening';
import { useTranslation } from 'react-i18next';
import { ConfirmTag, UnverifiedTag } from './LawTags';
import { useLocalizedText } from './localized';

/** What screening excludes, and the fact that decided it: an exclusion, never silence. */
export function NotMetList({ items }: { items: readonly NotMet[] }) {
  const { t } = useTranslation('defenses');
  const localized = useLocalizedText();
  const ordered = [
    ...items.filter((i) => i.kind === 'bar'),
    ...items.filter((i) => i.kind === 'rule'),
  ];
  const names = (ids: readonly string[]) =>
    ids.map((id) => {
      const defense = getDefense(id);
      return defense ? localized(defense.name) : id;
    });
  return (
    <section aria-labelledby="not-met-title" className="panel not-met">
      <h2 id="not-met-title">{t('notMet.title')}</h2>
      {ordered.length === 0 ? (
        <p>{t('notMet.none')}</p>
      ) : (
        <>
          <p className="intro">{t('notMet.intro')}</p>
          <ul className="not-met-list">
            {ordered.map((item) => (
              <li key={item.ruleId}>
                <p>
                  <span className={`tag ${item.kind === 'bar' ? 'barred' : 'not-met'}`}>
                    {t(item.kind === 'bar' ? 'notMet.barred' : 'notMet.rule')}
                  </span>{' '}
                  <strong>{names(item.defenseIds).join('; ')}</strong>{' '}
                  <span className="muted small">{item.ruleId}</span>
                </p>
                <p>{localized(item.reason)}</p>
                <p className="small">
                  <ConfirmTag /> <UnverifiedTag verified={item.verified} />{' '}
                  <span className="muted">{item.citations.join('; ')}</span>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
