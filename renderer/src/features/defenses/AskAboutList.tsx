import type { AskAbout } from '@core/screening';
import { useTranslation } from 'react-i18next';
import { groupByFact } from './ask-about';
import { useLocalizedText } from './localized';
import { useFactText } from './useFactText';

/** Ends a question or instruction once: the ask texts sometimes end with their own "?". */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** "Ask about": what to find out so screening can answer instead of guessing. */
export function AskAboutList({ items }: { items: readonly AskAbout[] }) {
  const { t } = useTranslation('defenses');
  const localized = useLocalizedText();
  const facts = useFactText();
  const groups = groupByFact(items);
  return (
    <section aria-labelledby="ask-title" className="panel ask-about">
      <h2 id="ask-title">{t('ask.title')}</h2>
      {groups.length === 0 ? (
        <p>{t('ask.none')}</p>
      ) : (
        <>
          <p className="intro">{t('ask.intro', { count: items.length })}</p>
          <ul className="ask-list">
            {groups.map(({ fact, rules }) => (
              <li key={fact}>
                <span className="ask-question">
                  {sentence(t('ask.findOut', { what: facts.ask(fact) }))}
                </span>
                <span className="small muted">
                  {' '}
                  {t('ask.decides', {
                    rules: rules.map((r) => `${r.ruleId} ${localized(r.title)}`).join('; '),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
