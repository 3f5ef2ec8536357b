import type { MissingItem, RequirementTarget } from '@core/drafts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

function TargetLink({ target }: { target: RequirementTarget }) {
  const { t } = useTranslation(['drafts', 'caseFile']);
  switch (target.kind) {
    case 'case':
      return (
        <Link to={`../file/${target.section}`}>
          {t('missing.fillIn', { place: t(`caseFile:sections.${target.section}`) })}
        </Link>
      );
    case 'profile':
      return <Link to="/settings">{t('missing.fillIn', { place: t('missing.profile') })}</Link>;
    case 'interviews':
      return (
        <Link to="../interviews">{t('missing.fillIn', { place: t('missing.interviews') })}</Link>
      );
    case 'defense':
      return (
        <Link to={`../defenses/${target.defenseId}`}>
          {t('missing.fillIn', { place: t('missing.defense') })}
        </Link>
      );
    case 'options':
      return <span className="small">{t('missing.options')}</span>;
    case 'document':
      return null;
  }
}

function Items({ items }: { items: readonly MissingItem[] }) {
  const { t } = useTranslation('drafts');
  return (
    <ul className="missing-list">
      {items.map((item) => (
        <li key={item.id}>
          <span>{t(`requirements.${item.id}`)}</span>{' '}
          <span className="small muted">({t('missing.places', { count: item.count })})</span>{' '}
          <TargetLink target={item.target} />
        </li>
      ))}
    </ul>
  );
}

/** What the draft lacks, before generation: what to fill in Amparo (with links), what in Word. */
export function MissingDataList({ missing }: { missing: readonly MissingItem[] }) {
  const { t } = useTranslation('drafts');
  const inAmparo = missing.filter((m) => m.target.kind !== 'document');
  const inDocument = missing.filter((m) => m.target.kind === 'document');
  return (
    <section className="panel" aria-labelledby="missing-title">
      <h3 id="missing-title">{t('missing.title')}</h3>
      {inAmparo.length === 0 ? (
        <p>{t('missing.none')}</p>
      ) : (
        <section aria-labelledby="missing-amparo-title">
          <h4 id="missing-amparo-title">{t('missing.inAmparo')}</h4>
          <Items items={inAmparo} />
        </section>
      )}
      {inDocument.length > 0 ? (
        <section aria-labelledby="missing-document-title">
          <h4 id="missing-document-title">{t('missing.inDocument')}</h4>
          <Items items={inDocument} />
        </section>
      ) : null}
      <p className="field-hint">{t('missing.hint')}</p>
    </section>
  );
}
