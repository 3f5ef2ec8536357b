import type { Defense } from '@core/catalog';
import { feeOn } from '@core/law';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { UnverifiedTag } from './LawTags';
import { formatLawDate, formatUsd } from './law-format';
import { useLocalizedText } from './localized';

/** What bars the defense, each with its citation. */
export function BarsSection({ defense }: { defense: Defense }) {
  const { t } = useTranslation('defenses');
  const localized = useLocalizedText();
  return (
    <section aria-labelledby="bars-title" className="panel">
      <h3 id="bars-title">{t('checklist.bars')}</h3>
      {defense.bars.length === 0 ? (
        <p>{t('checklist.noBars')}</p>
      ) : (
        <ul className="law-list">
          {defense.bars.map((bar) => (
            <li key={bar.id}>
              {localized(bar.text)} <UnverifiedTag verified={bar.verified} />
              <span className="small muted"> · {bar.citation}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Forms and the fee in force today, from the dated fee table. */
export function FormsSection({ defense, today }: { defense: Defense; today: string }) {
  const { t, i18n } = useTranslation('defenses');
  const localized = useLocalizedText();
  const language = i18n.language;
  return (
    <section aria-labelledby="forms-title" className="panel">
      <h3 id="forms-title">{t('checklist.forms')}</h3>
      {defense.forms.length === 0 ? (
        <p>{t('checklist.noForms')}</p>
      ) : (
        <table className="case-table fee-table">
          <caption className="visually-hidden">{t('checklist.formsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fees.form')}</th>
              <th scope="col">{t('fees.filedWith')}</th>
              <th scope="col">{t('fees.fee')}</th>
              <th scope="col">{t('fees.waivable')}</th>
            </tr>
          </thead>
          <tbody>
            {defense.forms.map((form) => {
              const fee = form.feeId ? feeOn(form.feeId, today) : null;
              return (
                <tr key={`${form.form}-${form.feeId ?? 'none'}`}>
                  <th scope="row">
                    {form.form}
                    <span className="small muted"> · {localized(form.name)}</span>
                  </th>
                  <td>{t(`fees.place.${form.filedWith}`)}</td>
                  <td>
                    {form.feeId === null ? (
                      t(`fees.noFee.${form.noFeeReason ?? 'not-tracked'}`)
                    ) : !fee ? (
                      t('fees.unknown')
                    ) : (
                      <>
                        {fee.entry.amountUsd === null
                          ? t('fees.checkCurrent')
                          : formatUsd(fee.entry.amountUsd, language)}{' '}
                        <UnverifiedTag verified={fee.entry.verified} />
                        {fee.amountMayHaveChanged ? (
                          <span className="tag warn">{t('fees.mayHaveChanged')}</span>
                        ) : null}
                        <span className="small muted">
                          {' '}
                          {t('fees.since', { date: formatDate(fee.entry.effectiveDate, language) })}
                          {' · '}
                          {fee.entry.citations.join('; ')}
                        </span>
                        {fee.entry.notes.map((note) => (
                          <span key={note.date + note.text.en} className="small block">
                            {formatLawDate(note.date, note.datePrecision, language)}:{' '}
                            {localized(note.text)} <UnverifiedTag verified={note.verified} />
                          </span>
                        ))}
                      </>
                    )}
                  </td>
                  <td>{fee ? t(`fees.waiver.${fee.entry.waivable}`) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Citations and dated notes on law that changed. */
export function CitationsAndChanges({ defense }: { defense: Defense }) {
  const { t, i18n } = useTranslation('defenses');
  const localized = useLocalizedText();
  return (
    <>
      <section aria-labelledby="citations-title" className="panel">
        <h3 id="citations-title">{t('checklist.citations')}</h3>
        <ul className="law-list">
          {defense.citations.map((citation) => (
            <li key={citation}>{citation}</li>
          ))}
        </ul>
        <p className="small muted">
          {t('checklist.effective', { date: formatDate(defense.effectiveDate, i18n.language) })}
        </p>
      </section>
      <section aria-labelledby="changes-title" className="panel">
        <h3 id="changes-title">{t('checklist.changes')}</h3>
        {defense.changes.length === 0 ? (
          <p>{t('checklist.noChanges')}</p>
        ) : (
          <ul className="law-list">
            {[...defense.changes]
              .sort((a, b) => b.date.localeCompare(a.date))
              .map((note) => (
                <li key={note.date + note.text.en}>
                  <strong>
                    <time dateTime={note.date}>
                      {formatLawDate(note.date, note.datePrecision, i18n.language)}
                    </time>
                  </strong>
                  : {localized(note.text)} <UnverifiedTag verified={note.verified} />
                  {note.citations.length > 0 ? (
                    <span className="small muted"> · {note.citations.join('; ')}</span>
                  ) : null}
                </li>
              ))}
          </ul>
        )}
      </section>
    </>
  );
}
