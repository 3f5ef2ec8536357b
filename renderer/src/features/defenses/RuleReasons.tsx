import type { Candidate } from '@core/screening';
import { useTranslation } from 'react-i18next';
import { FactList } from './FactList';
import { UnverifiedTag } from './LawTags';
import { useLocalizedText } from './localized';

/** One screening rule that raised a defense: the facts, dates, notes and caveats behind it. */
export function RuleReasons({ rule }: { rule: Candidate }) {
  const { t } = useTranslation('defenses');
  const localized = useLocalizedText();
  return (
    <div className="rule-reasons">
      <h4>
        <span className="rule-id">{rule.ruleId}</span> {localized(rule.title)}{' '}
        <UnverifiedTag verified={rule.verified} />
        {rule.volatile ? <span className="tag volatile">{t('law.volatileTag')}</span> : null}
      </h4>
      <p className="small muted">{t('candidate.raisedBy')}</p>
      <FactList facts={rule.triggeredBy} />
      {rule.context.length > 0 ? (
        <>
          <p className="small muted">{t('candidate.context')}</p>
          <FactList facts={rule.context} />
        </>
      ) : null}
      {rule.notes.length > 0 ? (
        <ul className="rule-notes">
          {rule.notes.map((note) => (
            <li key={note.en}>{localized(note)}</li>
          ))}
        </ul>
      ) : null}
      {rule.caveats.length > 0 ? (
        <>
          <p className="small muted">{t('candidate.caveats')}</p>
          <ul className="caveats">
            {rule.caveats.map((caveat) => (
              <li key={caveat.en}>{localized(caveat)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="small muted">{t('candidate.citations', { list: rule.citations.join('; ') })}</p>
    </div>
  );
}
