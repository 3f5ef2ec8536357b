/** Shapes of the screening result beside candidates: the facts shown, not met, and warnings. */
import type { LocalizedText } from '../law/law-schema';
import { type FactSource, type FactValue, type ScreeningFacts, UNKNOWN } from './fact-types';
import { type FactId, factDefinition } from './fact-vocabulary';

export interface TriggeringFact {
  readonly fact: FactId;
  readonly value: FactValue;
  readonly source: FactSource;
}

/** A rule that evaluated false, or a bar that holds: an exclusion the volunteer can see. */
export interface NotMet {
  readonly ruleId: string;
  readonly kind: 'rule' | 'bar';
  readonly title: LocalizedText;
  readonly defenseIds: readonly string[];
  /** The facts that decided it. */
  readonly decisive: readonly TriggeringFact[];
  /** One line: the rule and the decisive facts with their values and details. */
  readonly reason: LocalizedText;
  readonly citations: readonly string[];
  readonly verified: boolean;
  readonly attorneyToConfirm: true;
}

export type WarningSeverity = 'info' | 'warning' | 'critical';

export interface ScreeningWarning {
  /** Stable: `W01`, `possible-bar.B01`, `age-out.42b`, ... */
  readonly id: string;
  readonly severity: WarningSeverity;
  /** The defenses it is about (empty: the case as a whole). */
  readonly defenseIds: readonly string[];
  readonly text: LocalizedText;
  readonly citations: readonly string[];
  readonly verified: boolean;
  readonly attorneyToConfirm: true;
}

export function describeFacts(ids: readonly FactId[], facts: ScreeningFacts): TriggeringFact[] {
  return ids.flatMap((fact) => {
    const entry = facts.facts[fact];
    return entry.source === null || entry.value === UNKNOWN
      ? []
      : [{ fact, value: entry.value, source: entry.source }];
  });
}

function valueText(value: FactValue): LocalizedText {
  if (value === true) return { en: 'yes', es: 'sí' };
  if (value === false) return { en: 'no', es: 'no' };
  return { en: String(value), es: String(value) };
}

/** "Cancellation … (42B): 10 years of continuous presence …: no (9 y 8 m counted …)". */
export function notMetReason(
  title: LocalizedText,
  decisive: readonly TriggeringFact[],
  facts: ScreeningFacts,
): LocalizedText {
  const part = (lang: 'en' | 'es') =>
    decisive
      .map(({ fact, value }) => {
        const detail = facts.details[fact]?.[lang];
        const label = factDefinition(fact).label[lang];
        return `${label}: ${valueText(value)[lang]}${detail ? ` (${detail})` : ''}`;
      })
      .join('; ');
  return { en: `${title.en}: ${part('en')}`, es: `${title.es}: ${part('es')}` };
}
