import { deadlineRule, type DeadlineResult } from '@core/deadlines';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { UnverifiedTag, VolatileBanner } from '../defenses/LawTags';
import { useLocalizedText } from '../defenses/localized';
import { useInputText } from './useInputText';

/**
 * What must be seen without opening anything: the litigation banner of a volatile rule and the
 * critical caveats (a passed date, a stale litigation status).
 */
export function DeadlineAlerts({ result }: { result: DeadlineResult }) {
  const localized = useLocalizedText();
  const critical = result.caveats.filter((c) => c.severity === 'critical');
  return (
    <>
      <VolatileBanner volatility={result.volatility} />
      {critical.length > 0 ? (
        <ul className="caveats critical-caveats">
          {critical.map((caveat) => (
            <li key={caveat.id} className="caveat severity-critical">
              {localized(caveat.text)}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** Why a computed date is what it is: rule, trigger, inputs, citations and caveats. */
export function DeadlineDetails({ result }: { result: DeadlineResult }) {
  const { t, i18n } = useTranslation('agenda');
  const localized = useLocalizedText();
  const inputText = useInputText();
  const rule = deadlineRule(result.ruleId);
  const inputs = Object.entries(result.inputs);
  const moved = result.unrolledDate && result.dueDate && result.unrolledDate !== result.dueDate;
  return (
    <details className="deadline-details">
      <summary>{t('details.summary', { rule: localized(result.name) })}</summary>
      <dl className="facts">
        <dt>{t('details.rule')}</dt>
        <dd>
          {localized(rule.name)} <span className="muted small">({result.ruleId})</span>{' '}
          <UnverifiedTag verified={result.verified} />
        </dd>
        <dt>{t('details.trigger')}</dt>
        <dd>{localized(rule.trigger)}</dd>
        {result.dueDate ? (
          <>
            <dt>{t('details.due')}</dt>
            <dd>{formatDate(result.dueDate, i18n.language, 'long')}</dd>
          </>
        ) : null}
        {result.safeDate ? (
          <>
            <dt>{t('details.safe')}</dt>
            <dd>{formatDate(result.safeDate, i18n.language, 'long')}</dd>
          </>
        ) : null}
        {moved ? (
          <>
            <dt>{t('details.unrolled')}</dt>
            <dd>{formatDate(result.unrolledDate, i18n.language, 'long')}</dd>
          </>
        ) : null}
        <dt>{t('details.citations')}</dt>
        <dd>{result.citations.join('; ')}</dd>
      </dl>
      {inputs.length > 0 ? (
        <>
          <h4>{t('details.inputs')}</h4>
          <dl className="facts">
            {inputs.map(([key, value]) => (
              <Fragment key={key}>
                <dt>{inputText.label(key)}</dt>
                <dd>{inputText.value(key, value)}</dd>
              </Fragment>
            ))}
          </dl>
        </>
      ) : null}
      {result.missing.length > 0 ? (
        <>
          <h4>{t('details.missing')}</h4>
          <ul>
            {result.missing.map((path) => (
              <li key={path}>{inputText.missing(path)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {result.caveats.length > 0 ? (
        <>
          <h4>{t('details.caveats')}</h4>
          <ul className="caveats">
            {result.caveats.map((caveat) => (
              <li key={caveat.id} className={`caveat severity-${caveat.severity}`}>
                {caveat.severity !== 'info' ? (
                  <strong>{t(`details.severity.${caveat.severity}`)}: </strong>
                ) : null}
                {localized(caveat.text)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="muted small">{t('details.rulesVersion', { version: result.rulesVersion })}</p>
    </details>
  );
}
