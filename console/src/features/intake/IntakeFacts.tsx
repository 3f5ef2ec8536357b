import type { Intake } from '@core/domain/intake';
import { intakeClientName } from '@core/domain/intake';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../components/LanguageChoices';
import { formatDate } from '../../components/format';

/**
 * What the intake says, parties included: supervisors only (the screen is theirs), since the
 * parties may be 1367-protected and are shown only where a case's protected content may be.
 */
export function IntakeFacts({ intake }: { intake: Intake }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const none = t('common.none');
  const date = (value: string | null | undefined) => (value ? formatDate(value, locale) : none);
  const hearing = intake.court.nextHearing;
  const flags = (['asylumProtected', 'vawaProtected1367', 'minor'] as const).filter(
    (flag) => intake.flags[flag],
  );
  const rows: [string, ReactNode][] = [
    ['name', intakeClientName(intake.client)],
    ['aNumber', intake.client.aNumber ?? none],
    ['dateOfBirth', date(intake.client.dateOfBirth)],
    ['countryOfBirth', intake.client.countryOfBirth ?? none],
    [
      'language',
      intake.client.language
        ? (intake.client.language.name ?? languageName(intake.client.language.code, locale))
        : none,
    ],
    ['phone', intake.client.phone ?? none],
    ['custody', t(`custodyStatus.${intake.custody.status}`)],
    ['facility', intake.custody.facility ?? none],
    ['detainedOn', date(intake.custody.detainedOn)],
    ['court', intake.court.court ?? none],
    [
      'nextHearing',
      hearing
        ? t('intakes.hearing', {
            date: formatDate(hearing.date, locale),
            time: hearing.time ?? '',
            type: t(`hearingType.${hearing.type}`),
            format: t(`hearingFormat.${hearing.format}`),
          })
        : none,
    ],
    [
      'protected',
      flags.length
        ? flags.map((flag) => t(`intakes.flags.${flag}`)).join(', ')
        : t('intakes.noFlags'),
    ],
    ['referralSource', intake.referralSource ?? none],
    ['notes', intake.notes ? <span className="note-text">{intake.notes}</span> : none],
  ];
  return (
    <>
      <section aria-labelledby="intake-facts">
        <h2 id="intake-facts">{t('intakes.facts')}</h2>
        <dl className="field-values">
          {rows.map(([key, value]) => (
            <div key={key}>
              <dt>{t(`intakes.fields.${key}` as never)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="intake-parties">
        <h2 id="intake-parties">{t('intakes.parties')}</h2>
        {intake.parties.length === 0 ? <p>{t('intakes.noParties')}</p> : null}
        <ul>
          {intake.parties.map((party) => (
            <li key={party.id}>
              {party.name} · {t(`intakes.partyRoles.${party.role}`)}
              {party.relationship ? ` · ${party.relationship}` : ''}
              {party.aNumber ? ` · ${party.aNumber}` : ''}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
