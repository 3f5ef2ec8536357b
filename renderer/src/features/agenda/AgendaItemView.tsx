import { useTranslation } from 'react-i18next';
import { useInlinePanel } from '../../lib/useInlinePanel';
import { Link } from 'react-router';
import { formatClock, formatDate } from '../../lib/format';
import { ConfirmTag, UnverifiedTag } from '../defenses/LawTags';
import { useLocalizedText } from '../defenses/localized';
import type { AgendaItem } from './agenda-items';
import { DeadlineDates } from './DeadlineDates';
import { DeadlineAlerts, DeadlineDetails } from './DeadlineDetails';

interface AgendaItemViewProps {
  item: AgendaItem;
  /** On the all-cases agenda: who and which case (on screen only; never exported). */
  caseLabel?: string;
  readOnly: boolean;
  onEdit: (item: AgendaItem & { kind: 'manual' }) => void;
  onRemove: (item: AgendaItem & { kind: 'manual' }) => Promise<void>;
}

export function AgendaItemView({
  item,
  caseLabel,
  readOnly,
  onEdit,
  onRemove,
}: AgendaItemViewProps) {
  const { t, i18n } = useTranslation(['agenda', 'caseFile']);
  const localized = useLocalizedText();
  const confirming = useInlinePanel();
  const titleId = `agenda-${item.key}`;
  const title =
    item.kind === 'hearing'
      ? t('item.hearing', { type: t(`caseFile:options.hearingType.${item.hearing.type}`) })
      : item.kind === 'computed'
        ? localized(item.result.name)
        : item.deadline.title;
  return (
    <li className={`agenda-item urgency-${item.urgency}`} aria-labelledby={titleId}>
      <p className="agenda-when">
        <time dateTime={item.date}>{formatDate(item.date, i18n.language, 'long')}</time>
        {item.kind === 'hearing' && item.hearing.time ? (
          <span> {formatClock(item.hearing.time, i18n.language)}</span>
        ) : null}
      </p>
      <div className="agenda-body">
        <p className="agenda-title" id={titleId}>
          <span className={`tag urgency urgency-${item.urgency}`}>
            {t(`urgency.${item.urgency}`)}
          </span>{' '}
          <span className="tag kind">{t(`kind.${item.kind}`)}</span> <strong>{title}</strong>
        </p>
        {caseLabel ? (
          <p className="small">
            <Link to={`/cases/${item.caseId}/agenda`}>{caseLabel}</Link>
          </p>
        ) : null}
        {item.kind === 'hearing' ? (
          <p className="small muted">
            {t(`caseFile:options.hearingFormat.${item.hearing.format}`)}
            {item.hearing.time ? ` · ${t('item.centralTime')}` : ` · ${t('item.noTime')}`}
          </p>
        ) : null}
        {item.kind === 'computed' ? (
          <>
            <p className="small">
              <ConfirmTag /> <UnverifiedTag verified={item.result.verified} />{' '}
              {t('item.rule', {
                id: item.result.ruleId,
                citation: item.result.citations[0] ?? '',
              })}
            </p>
            <DeadlineDates result={item.result} />
            <DeadlineAlerts result={item.result} />
            <DeadlineDetails result={item.result} />
          </>
        ) : null}
        {item.kind === 'manual' ? (
          <>
            <p className="small muted">
              {t(`manualKind.${item.deadline.kind}`)} · {t('item.addedByHand')}
            </p>
            {item.deadline.notes ? <p className="agenda-notes">{item.deadline.notes}</p> : null}
            {readOnly ? null : confirming.isOpen ? (
              <div
                className="confirm-inline"
                role="group"
                aria-label={t('item.confirmRemove')}
                ref={confirming.panelRef}
              >
                <span>{t('item.confirmRemove')}</span>
                <button type="button" className="danger" onClick={() => void onRemove(item)}>
                  {t('item.remove')}
                </button>
                <button type="button" data-autofocus onClick={() => confirming.close()}>
                  {t('item.keep')}
                </button>
              </div>
            ) : (
              <div className="item-actions">
                <button
                  type="button"
                  aria-label={t('item.editNamed', { title })}
                  data-edit-id={item.deadline.id}
                  onClick={() => onEdit(item)}
                >
                  {t('item.edit')}
                </button>
                <button
                  type="button"
                  aria-label={t('item.removeNamed', { title })}
                  ref={confirming.opener}
                  onClick={confirming.open}
                >
                  {t('item.removeStart')}
                </button>
              </div>
            )}
          </>
        ) : null}
      </div>
    </li>
  );
}
