import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useInlinePanel } from '../../lib/useInlinePanel';
import { Link } from 'react-router';
import type { ScreeningWarning } from '@core/screening';
import { checklistProgress } from './checklist-model';
import { DefenseNotices } from './DefenseNotices';
import type { DefenseEntry } from './defense-entries';
import { ConfirmTag, UnverifiedTag, VolatileBanner } from './LawTags';
import { useLocalizedText } from './localized';
import { RuleReasons } from './RuleReasons';

interface DefenseCardProps {
  entry: DefenseEntry;
  /** Screening warnings; the card shows those about its defense. */
  warnings: readonly ScreeningWarning[];
  readOnly: boolean;
  onDismiss: (entry: DefenseEntry, reason: string) => Promise<boolean>;
}

/** A possible defense: why it was raised, how far its checklist is, and dismissing it. */
export function DefenseCard({ entry, warnings, readOnly, onDismiss }: DefenseCardProps) {
  const { t } = useTranslation('defenses');
  const localized = useLocalizedText();
  const id = useId();
  const dismissing = useInlinePanel();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const { defense } = entry;
  const name = localized(defense.name);
  const progress = checklistProgress(defense, entry.checklist);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    if (await onDismiss(entry, reason)) {
      dismissing.close(false);
      setReason('');
    }
  };

  return (
    <article className="defense-card" aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`}>
        {name} <ConfirmTag /> <UnverifiedTag verified={defense.verified} />
        {entry.origin === 'manual' ? <span className="tag manual">{t('card.manual')}</span> : null}
      </h3>
      <VolatileBanner volatility={defense.volatility} />
      <DefenseNotices defenseId={defense.id} warnings={warnings} />
      <p className="muted">{localized(defense.summary)}</p>
      {entry.rules.map((rule) => (
        <RuleReasons key={rule.ruleId} rule={rule} />
      ))}
      {entry.origin === 'manual' && entry.rules.length === 0 ? (
        <p className="small">{t('card.addedByHand')}</p>
      ) : null}
      {entry.noLongerRaised ? <p className="banner info">{t('card.noLongerRaised')}</p> : null}
      <p className="small">
        {t('card.progress', {
          met: progress.elements.met,
          notMet: progress.elements.not_met,
          elements: defense.questions.length,
          received: progress.evidence.received,
          requested: progress.evidence.requested,
          evidence: defense.evidence.length,
        })}
      </p>
      <div className="item-actions">
        <Link className="button" to={defense.id} aria-label={t('card.openNamed', { name })}>
          {t('card.open')}
        </Link>
        {readOnly || dismissing.isOpen ? null : (
          <button
            type="button"
            ref={dismissing.opener}
            aria-label={t('card.dismissNamed', { name })}
            onClick={dismissing.open}
          >
            {t('card.dismiss')}
          </button>
        )}
      </div>
      {dismissing.isOpen ? (
        <form
          className="dismiss-form"
          ref={dismissing.panelRef}
          onSubmit={(e) => void submit(e)}
          noValidate
        >
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('card.reasonLabel', { name })}</label>
            <textarea
              id={`${id}-reason`}
              value={reason}
              maxLength={2000}
              aria-invalid={missing ? true : undefined}
              aria-describedby={missing ? `${id}-reason-error` : undefined}
              onChange={(e) => {
                setReason(e.target.value);
                setMissing(false);
              }}
            />
            {missing ? (
              <p id={`${id}-reason-error`} className="field-error" role="alert">
                {t('card.reasonRequired')}
              </p>
            ) : null}
          </div>
          <div className="item-actions">
            <button type="submit" className="danger">
              {t('card.confirmDismiss')}
            </button>
            <button type="button" onClick={() => dismissing.close()}>
              {t('card.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </article>
  );
}
