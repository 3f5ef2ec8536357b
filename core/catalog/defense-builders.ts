import type { DefenseInput } from './catalog-schema';

type Question = DefenseInput['questions'][number];
type Bar = DefenseInput['bars'][number];
type Evidence = DefenseInput['evidence'][number];
type Note = DefenseInput['changes'][number];

/** Small constructors that keep the defense data files readable. */
export function yesNo(id: string, en: string, es: string, verified = true): Question {
  return { id, kind: 'yes_no', text: { en, es }, verified };
}

export function dateQ(id: string, en: string, es: string, verified = true): Question {
  return { id, kind: 'date', text: { en, es }, verified };
}

export function choice(
  id: string,
  en: string,
  es: string,
  options: [id: string, en: string, es: string][],
  verified = true,
): Question {
  return {
    id,
    kind: 'choice',
    text: { en, es },
    options: options.map(([optionId, optionEn, optionEs]) => ({
      id: optionId,
      label: { en: optionEn, es: optionEs },
    })),
    verified,
  };
}

export function bar(id: string, en: string, es: string, citation: string, verified = true): Bar {
  return { id, text: { en, es }, citation, verified };
}

export function evidence(id: string, en: string, es: string): Evidence {
  return { id, text: { en, es } };
}

/** The date of the Spanish legal-terms review (issue 14). */
export const SPANISH_REVIEW = '2026-12-06';

export function change(
  date: string,
  en: string,
  es: string,
  citations: string[],
  verified = true,
  datePrecision: 'day' | 'month' | 'year' = 'day',
): Note {
  return { date, datePrecision, text: { en, es }, citations, verified };
}
