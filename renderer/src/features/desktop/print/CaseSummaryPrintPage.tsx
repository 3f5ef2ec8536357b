import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatANumber } from '@core/domain/a-number';
import { clientName } from '../../cases/case-summary';
import { formatClock, formatDate, todayInChicago } from '../../../lib/format';
import { PrintFrame } from './PrintFrame';
import { languageName, regionName } from './print-format';
import { useCaseSummaryData, type CaseSummaryData } from './usePrintData';
import { genderContext } from '../../case-file/gender-context';

function Field({ label, value }: { label: string; value: string | null | undefined }) {
  const { t } = useTranslation('desktop');
  return (
    <>
      <dt>{label}</dt>
      <dd>{value && value.trim() ? value : t('print.unknown')}</dd>
    </>
  );
}

function Summary({ data }: { data: CaseSummaryData }) {
  const { t, i18n } = useTranslation(['desktop', 'caseFile']);
  const language = i18n.language === 'es' ? 'es' : 'en';
  const { file } = data;
  const hearings = [...file.hearings].sort((a, b) =>
    (a.date + (a.time ?? '')).localeCompare(b.date + (b.time ?? '')),
  );
  const agree = genderContext(file.identity.gender);
  const option = (group: string, value: string) =>
    t(`caseFile:options.${group}.${value}` as never, { defaultValue: value, ...agree });
  return (
    <>
      <header>
        <p className="print-confidential">{t('print.confidential')}</p>
        <h1>{t('print.caseSummaryTitle')}</h1>
        <p>
          {t('print.reference')}: <strong>{file.reference}</strong> ·{' '}
          {t('print.generated', { date: formatDate(todayInChicago(), language, 'long') })}
        </p>
      </header>
      {file.flags.asylumProtected ? (
        <p className="print-flag">{t('print.asylumProtected')}</p>
      ) : null}
      {file.flags.vawaProtected1367 ? (
        <p className="print-flag">{t('print.vawaProtected')}</p>
      ) : null}
      <section aria-labelledby="print-client">
        <h2 id="print-client">{t('print.client')}</h2>
        <dl>
          <Field label={t('print.client')} value={clientName(file)} />
          <Field
            label={t('print.aNumber')}
            value={file.identity.aNumber ? formatANumber(file.identity.aNumber) : null}
          />
          <Field
            label={t('print.dateOfBirth')}
            value={formatDate(file.identity.dateOfBirth, language, 'long')}
          />
          <Field
            label={t('print.nationalities')}
            value={file.identity.nationalities.map((c) => regionName(c, language)).join(', ')}
          />
          <Field
            label={t('print.languages')}
            value={file.identity.languages
              .map((l) => l.name || languageName(l.code, language))
              .join(', ')}
          />
          <Field label={t('print.custody')} value={option('custodyStatus', file.custody.status)} />
          <Field label={t('print.facility')} value={file.custody.facility} />
          <Field label={t('print.court')} value={file.court.court} />
          <Field label={t('print.judge')} value={file.court.judge} />
        </dl>
      </section>
      <section aria-labelledby="print-hearings">
        <h2 id="print-hearings">{t('print.hearings')}</h2>
        {hearings.length === 0 ? (
          <p>{t('print.noHearings')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('print.date')}</th>
                <th scope="col">{t('print.time')}</th>
                <th scope="col">{t('print.type')}</th>
                <th scope="col">{t('print.format')}</th>
              </tr>
            </thead>
            <tbody>
              {hearings.map((h) => (
                <tr key={h.id}>
                  <td>{formatDate(h.date, language, 'long')}</td>
                  <td>{h.time ? formatClock(h.time, language) : '—'}</td>
                  <td>{option('hearingType', h.type)}</td>
                  <td>{option('hearingFormat', h.format)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="print-deadlines">
        <h2 id="print-deadlines">{t('print.deadlines')}</h2>
        {data.computed.length + data.manual.length === 0 ? (
          <p>{t('print.noDeadlines')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('print.deadline')}</th>
                <th scope="col">{t('print.due')}</th>
              </tr>
            </thead>
            <tbody>
              {data.computed.map((d) => (
                <tr key={`${d.ruleId}:${d.subjectId ?? ''}`}>
                  <td>{d.name[language]}</td>
                  <td>
                    {formatDate(d.dueDate, language, 'long')}
                    {d.safeDate
                      ? ` (${t('print.safeDate', { date: formatDate(d.safeDate, language, 'long') })})`
                      : ''}
                  </td>
                </tr>
              ))}
              {data.manual.map((d) => (
                <tr key={d.id}>
                  <td>{d.title}</td>
                  <td>{formatDate(d.date, language, 'long')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {data.computed.length > 0 ? <p>{t('print.attorneyToConfirm')}</p> : null}
      </section>
    </>
  );
}

/** `#/print/cases/:caseId/summary`: the case summary as it prints. */
export function CaseSummaryPrintPage() {
  const { t } = useTranslation('desktop');
  const { caseId } = useParams();
  const data = useCaseSummaryData(caseId);
  return (
    <PrintFrame
      document="case-summary"
      caseReference={data?.file.reference ?? null}
      backTo={`/cases/${caseId ?? ''}`}
    >
      {data === undefined ? <p role="status">{t('print.loading')}</p> : null}
      {data === null ? <p role="alert">{t('print.notFound')}</p> : null}
      {data ? <Summary data={data} /> : null}
    </PrintFrame>
  );
}
