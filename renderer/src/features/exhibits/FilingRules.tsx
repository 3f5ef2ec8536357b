import { filingRules } from '@core/exhibits/filing-rules';
import { useTranslation } from 'react-i18next';
import { ConfirmTag, UnverifiedTag } from '../defenses/LawTags';
import { useLocalizedText } from '../defenses/localized';

/** What the packet follows, each rule with its citation: the attorney checks them for the court. */
export function FilingRules() {
  const { t } = useTranslation('attachments');
  const localized = useLocalizedText();
  return (
    <details className="panel filing-rules">
      <summary>
        {t('packet.rules')} <ConfirmTag />
      </summary>
      <ul>
        {filingRules.map((rule) => (
          <li key={rule.id}>
            {localized(rule.text)} <UnverifiedTag verified={rule.verified} />
            <br />
            <cite className="muted small">{rule.citations.join('; ')}</cite>
          </li>
        ))}
      </ul>
    </details>
  );
}
