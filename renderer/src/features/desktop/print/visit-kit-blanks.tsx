import type { Question } from '@core/templates';
import type { TFunction } from 'i18next';

const BOX = '☐';

/** Where the answer goes on paper: boxes to tick, a date to write, lines for free text. */
export function AnswerBlank({
  question,
  language,
  t,
}: {
  question: Question;
  language: 'en' | 'es';
  t: TFunction<'desktop'>;
}) {
  const boxes = (labels: string[]) => (
    <p className="kit-boxes">
      {labels.map((label) => (
        <span key={label} className="kit-box">
          {BOX} {label}
        </span>
      ))}
    </p>
  );
  switch (question.type) {
    case 'yes_no':
      return boxes([t('visitKit.yes'), t('visitKit.no')]);
    case 'yes_no_unknown':
      return boxes([t('visitKit.yes'), t('visitKit.no'), t('visitKit.dontKnow')]);
    case 'choice':
      return boxes((question.options ?? []).map((o) => o.label[language]));
    case 'multi_choice':
      return (
        <>
          <p className="kit-hint">{t('visitKit.markAll')}</p>
          {boxes((question.options ?? []).map((o) => o.label[language]))}
        </>
      );
    case 'date':
      return <p className="kit-line">{t('visitKit.dateBlank')}</p>;
    case 'number':
      return <p className="kit-line">______________</p>;
    case 'text':
      return <p className="kit-line kit-rule" />;
    case 'long_text':
      return (
        <>
          {[0, 1, 2, 3].map((line) => (
            <p key={line} className="kit-line kit-rule" />
          ))}
        </>
      );
  }
}
