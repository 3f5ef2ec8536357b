import { lastContact } from '@core/cases/case-activity';
import { custodyClock } from '@core/cases/custody-clock';
import type { CaseFile } from '@core/domain/case-file';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { caseLogsRepository } from '../../db/case-logs-repository';
import { pendingCountsByCase } from '../../db/documents-repository';
import { useLiveQuery } from '../../db/live';
import { syncReviewRepository } from '../../db/sync-review-repository';
import { formatClock, formatDate, formatDateTime, todayInChicago } from '../../lib/format';
import { RecheckText } from '../case-logs/CustodyClockPanel';
import { caseHeaderFacts, type BondFacts } from './case-header-facts';
import { genderContext } from './gender-context';
import './case-header.css';

function useMoney(language: string): (dollars: number) => string {
  const format = new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  });
  return (dollars) => format.format(dollars);
}

function BondText({ bond, agree }: { bond: BondFacts; agree: ReturnType<typeof genderContext> }) {
  const { t, i18n } = useTranslation(['cases', 'caseFile']);
  const money = useMoney(i18n.language);
  if (bond.kind === 'released') {
    const status = t(`caseFile:options.custodyStatus.${bond.status}`, agree);
    return bond.date
      ? t('header.releasedOn', { status, date: formatDate(bond.date, i18n.language) })
      : t('header.releaseDateMissing', { status });
  }
  const parts = [t(`caseFile:options.bondPath.${bond.path ?? 'undecided'}`)];
  if (bond.ijBondAmount !== null)
    parts.push(t('header.ijBond', { amount: money(bond.ijBondAmount) }));
  if (bond.iceBondAmount !== null)
    parts.push(t('header.iceBond', { amount: money(bond.iceBondAmount) }));
  if (bond.bondHearing)
    parts.push(t('header.bondHearing', { date: formatDate(bond.bondHearing.date, i18n.language) }));
  return parts.join(' · ');
}

/**
 * Under the client's name on every case tab: custody and facility, days in custody, the next
 * hearing, bond or parole, protection flags and the last sync, so no tab hides them.
 */
export function CaseHeader({ caseFile }: { caseFile: CaseFile }) {
  const { t, i18n } = useTranslation(['cases', 'caseFile', 'logs']);
  const logs = useLiveQuery(() => caseLogsRepository.forCase(caseFile.id), [caseFile.id]);
  const sync = useLiveQuery(async () => {
    const [pending, state] = await Promise.all([
      pendingCountsByCase(),
      syncReviewRepository.syncState(),
    ]);
    return { waiting: pending.get(caseFile.id) ?? 0, lastSuccessAt: state.lastSuccessAt };
  }, [caseFile.id]);
  const today = todayInChicago();
  const facts = caseHeaderFacts(caseFile, today);
  const clock = logs ? custodyClock(caseFile, logs.custodyChecks, today) : null;
  const contact = logs ? lastContact(logs.contacts, today) : null;
  const language = i18n.language;
  const agree = genderContext(caseFile.identity.gender);
  const statusLabel = t(`caseFile:options.custodyStatus.${facts.status}`, agree);
  const { flags } = caseFile;
  const protections = [
    flags.asylumProtected ? t('header.asylumProtected') : null,
    flags.vawaProtected1367 ? t('header.vawaProtected1367') : null,
    flags.minor ? t('header.minor') : null,
  ].filter((label): label is string => label !== null);
  const hearing = facts.nextHearing;
  const headingId = useId();
  return (
    // A named group with a heading (a <dl> has no role to carry a name): "next heading" finds it.
    <div role="group" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('header.label')}
      </h2>
      <dl className="case-facts">
        <div>
          <dt>{t('header.custody')}</dt>
          <dd className={facts.status === 'detained' ? 'detained' : undefined}>
            {facts.facility
              ? t('header.custodyAt', { status: statusLabel, facility: facts.facility })
              : statusLabel}
          </dd>
        </div>
        {facts.status === 'detained' ? (
          <div>
            <dt>{t('header.daysInCustody')}</dt>
            <dd>
              {facts.custodyDays ? (
                t('header.days', {
                  count: facts.custodyDays.days,
                  date: formatDate(facts.custodyDays.since, language),
                })
              ) : (
                <>
                  {t('header.noDetentionDate')} ·{' '}
                  <Link to="file/custody">{t('header.enterDate')}</Link>
                </>
              )}
            </dd>
          </div>
        ) : null}
        {clock?.detained ? (
          <div>
            <dt>{t('logs:custody.lastConfirmed')}</dt>
            <dd>
              {clock.lastConfirmed
                ? `${clock.lastConfirmed.facility} · ${formatDate(clock.lastConfirmed.checkedOn, language)}`
                : t('logs:custody.never')}
              {clock.recheck ? (
                <>
                  {' · '}
                  <Link to="custody-log">{t('logs:custody.recheck')}</Link>:{' '}
                  <RecheckText recheck={clock.recheck} />
                </>
              ) : null}
            </dd>
          </div>
        ) : null}
        {logs ? (
          <div>
            <dt>{t('logs:contact.lastContact')}</dt>
            <dd>
              {contact
                ? contact.daysAgo === 0
                  ? t('logs:contact.contactToday')
                  : t('logs:contact.daysAgo', { count: contact.daysAgo })
                : t('logs:contact.none')}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('header.nextHearing')}</dt>
          <dd>
            {hearing
              ? [
                  `${formatDate(hearing.date, language)}${hearing.time ? ` ${formatClock(hearing.time, language)}` : ''}`,
                  t(`caseFile:options.hearingType.${hearing.type}`),
                  t(`caseFile:options.hearingFormat.${hearing.format}`),
                ].join(' · ')
              : t('header.noHearing')}
          </dd>
        </div>
        {facts.bond ? (
          <div>
            <dt>{t('header.bond')}</dt>
            <dd>
              <BondText bond={facts.bond} agree={agree} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('header.protected')}</dt>
          <dd>
            {protections.length > 0
              ? protections.map((label) => (
                  <span key={label} className="tag protected">
                    {label}
                  </span>
                ))
              : t('header.notProtected')}
          </dd>
        </div>
        <div>
          <dt>{t('header.lastSync')}</dt>
          <dd>
            {sync === undefined ? null : (
              <>
                {sync.lastSuccessAt
                  ? formatDateTime(sync.lastSuccessAt, language)
                  : t('header.neverSynced')}
                {' · '}
                {sync.waiting > 0
                  ? t('header.waiting', { count: sync.waiting })
                  : t('header.allSynced')}
              </>
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}
