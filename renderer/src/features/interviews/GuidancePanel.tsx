import type { InterviewTemplate } from '@core/templates';
import { useTranslation } from 'react-i18next';
import { useLocalized } from './useAnswerText';

export const GUIDANCE_ID = 'interview-guidance';

/** Opens the guidance panel and puts focus on its toggle (Alt+G). */
export function focusGuidance(): void {
  const details = document.getElementById(GUIDANCE_ID);
  if (!(details instanceof HTMLDetailsElement)) return;
  details.open = true;
  details.querySelector<HTMLElement>('summary')?.focus();
}

/** The template's interviewing rules (trauma-informed practice), open until the attorney folds it. */
export function GuidancePanel({ template }: { template: InterviewTemplate }) {
  const { t } = useTranslation('interviews');
  const localized = useLocalized();
  return (
    <aside className="guidance-panel" aria-labelledby={`${GUIDANCE_ID}-title`}>
      <details id={GUIDANCE_ID} open>
        <summary>
          <span id={`${GUIDANCE_ID}-title`}>{t('guidance.title')}</span>
        </summary>
        <p className="guidance-purpose">{localized(template.purpose)}</p>
        <ul>
          {template.guidance.map((rule, index) => (
            <li key={index}>{localized(rule)}</li>
          ))}
        </ul>
        <p className="muted small">{t('guidance.confidentiality')}</p>
      </details>
    </aside>
  );
}
