import type { FactId } from '../screening/fact-vocabulary';
import type { AnswerType, FactFeed, QuestionInput } from './template-schema';

type Pair = readonly [en: string, es: string];
type OptionRow = readonly [id: string, en: string, es: string];

export interface FeedsInput {
  readonly facts?: readonly FactFeed[];
  readonly caseFields?: readonly string[];
}

/** A feed into a screening fact; the id is checked against the vocabulary at compile time. */
export function fact(
  id: FactId,
  match: {
    trueWhen?: (string | boolean)[];
    falseWhen?: (string | boolean)[];
    onOrBefore?: string;
  } = {},
): FactFeed {
  return { fact: id, ...match };
}

/** A question: attorney prompt, client wording (null for attorney-only items), feeds, options. */
export function q(
  id: string,
  type: AnswerType,
  attorney: Pair,
  client: Pair | null,
  feeds: FeedsInput = {},
  options?: readonly OptionRow[],
): QuestionInput {
  return {
    id,
    type,
    attorneyPrompt: { en: attorney[0], es: attorney[1] },
    clientWording: client ? { en: client[0], es: client[1] } : null,
    feeds: { facts: [...(feeds.facts ?? [])], caseFields: [...(feeds.caseFields ?? [])] },
    ...(options
      ? { options: options.map(([optionId, en, es]) => ({ id: optionId, label: { en, es } })) }
      : {}),
  };
}

export const YES_NO_UNKNOWN_NOTE: Pair = [
  'Record "unknown" rather than guess.',
  'Anote "no se sabe" en lugar de adivinar.',
];

/** Options reused by several templates. */
export const entryMannerOptions: readonly OptionRow[] = [
  [
    'ewi',
    'Without inspection (crossed without seeing an officer)',
    'Sin inspección (cruzó sin pasar por un oficial)',
  ],
  ['visa', 'With a visa or other admission', 'Con visa u otra admisión'],
  ['parole', 'Parole at the border or airport', 'Con parole en la frontera o el aeropuerto'],
  ['cbp_one', 'CBP One appointment', 'Con cita de CBP One'],
  ['lpr', 'As a permanent resident', 'Como residente permanente'],
  ['refugee', 'As a refugee', 'Como refugiado'],
  ['other', 'Other', 'Otra forma'],
  ['unknown', 'Does not know', 'No sabe'],
];

export const relativeOptions: readonly OptionRow[] = [
  ['spouse-usc', 'Spouse: US citizen', 'Cónyuge: ciudadano'],
  ['spouse-lpr', 'Spouse: permanent resident', 'Cónyuge: residente permanente'],
  ['child-usc', 'Son or daughter: US citizen', 'Hijo o hija: ciudadano'],
  ['child-lpr', 'Son or daughter: permanent resident', 'Hijo o hija: residente permanente'],
  ['parent-usc', 'Parent: US citizen', 'Padre o madre: ciudadano'],
  ['parent-lpr', 'Parent: permanent resident', 'Padre o madre: residente permanente'],
  [
    'other-status',
    'Relatives with another status or none',
    'Familiares con otro estatus o sin papeles',
  ],
  ['none', 'No relatives in the United States', 'No tiene familiares en Estados Unidos'],
];
