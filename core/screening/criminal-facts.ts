/**
 * Criminal bars read from the case file. Whether an offense is an aggravated felony or a
 * particularly serious crime is the attorney's call (a tri-state on each event); the app never
 * decides it. Where the attorney has not decided but the facts suggest a bar, it says "possibly":
 * a drug-trafficking statute, a crime of violence, theft or burglary with a sentence of a year or
 * more (INA 101(a)(43)(B), (F), (G)), or sentences adding up to 5 years or more.
 */
import type { CaseFile } from '../domain/case-file';
import type { CriminalEvent } from '../domain/case-file-history';
import type { LocalizedText } from '../law/law-schema';
import { type PartialFacts, UNKNOWN } from './fact-types';
import type { FactId } from './fact-vocabulary';
import { normalize } from './text-matchers';

const YEAR_DAYS = 365;
/** INA 241(b)(3)(B): aggregate sentences of at least 5 years for aggravated felonies. */
const FIVE_YEARS_DAYS = 5 * 365;

const DRUG_TRAFFICKING = [
  /traffick/,
  /intent to (distribute|deliver|sell)/,
  /\bdistribut/,
  /\bdeliver(y|ing)? (of )?(a )?controlled/,
  /\bsale of\b/,
  /\bsell(ing)? (a )?(controlled|drug|narcotic|cocaine|heroin|marijuana|meth|fentanyl)/,
  /manufactur/,
  /\b21 u\.?s\.?c\.? ?(§ ?)?84[01]/,
  /narcotrafico/,
  /trafico de (drogas|estupefacientes|narcoticos)/,
  /intencion de (distribuir|vender)/,
  /\bventa de (drogas|estupefacientes|narcoticos|sustancias)/,
];

const VIOLENCE_OR_THEFT = [
  /assault/,
  /batter/,
  /robbery/,
  /murder/,
  /homicid/,
  /manslaughter/,
  /\brape\b/,
  /sexual/,
  /kidnap/,
  /crime of violence/,
  /\btheft\b/,
  /\bsteal/,
  /\bstole/,
  /larceny/,
  /burglar/,
  /shoplift/,
  /stolen property/,
  /agresion/,
  /lesiones/,
  /\brobo\b/,
  /\bhurto\b/,
  /allanamiento/,
  /violacion/,
  /secuestro/,
];

const matches = (patterns: readonly RegExp[], event: CriminalEvent) => {
  const text = normalize(`${event.offense} ${event.statute ?? ''}`);
  return patterns.some((pattern) => pattern.test(text));
};

const convicted = (event: CriminalEvent) => event.disposition === 'convicted';

function aggregateDays(events: readonly CriminalEvent[]): number {
  return events.reduce((sum, event) => sum + (event.sentenceDays ?? 0), 0);
}

function years(days: number): string {
  return (Math.round((days / YEAR_DAYS) * 10) / 10).toString();
}

export interface CriminalAssessment {
  readonly facts: PartialFacts;
  readonly details: Partial<Record<FactId, LocalizedText>>;
}

export function criminalAssessment(c: CaseFile): CriminalAssessment {
  const convictions = c.criminalEvents.filter(convicted);
  const decidedAf = convictions.filter((e) => e.aggravatedFelony === true);
  const undecidedAf = convictions.filter((e) => e.aggravatedFelony == null);
  const afTotal = aggregateDays(decidedAf);
  const allTotal = aggregateDays(convictions);

  const aggravatedFelony =
    decidedAf.length > 0
      ? true
      : convictions.length > 0 && undecidedAf.length === 0
        ? false
        : UNKNOWN;
  // An aggravated felony with 5 years or more in total is a particularly serious crime by statute.
  const perSePsc = decidedAf.length > 0 && afTotal >= FIVE_YEARS_DAYS;
  const psc =
    perSePsc || convictions.some((e) => e.particularlySeriousCrime === true)
      ? true
      : convictions.length > 0 && convictions.every((e) => e.particularlySeriousCrime === false)
        ? false
        : UNKNOWN;

  const afReasons: LocalizedText[] = [];
  const pscReasons: LocalizedText[] = [];
  for (const event of undecidedAf) {
    const name = event.offense.trim();
    if (matches(DRUG_TRAFFICKING, event)) {
      afReasons.push({
        en: `"${name}" reads as drug trafficking (INA 101(a)(43)(B))`,
        es: `"${name}" parece narcotráfico (INA 101(a)(43)(B))`,
      });
    } else if (matches(VIOLENCE_OR_THEFT, event) && (event.sentenceDays ?? 0) >= YEAR_DAYS) {
      afReasons.push({
        en: `"${name}" reads as violence, theft or burglary with a sentence of a year or more (INA 101(a)(43)(F), (G))`,
        es: `"${name}" parece violencia, hurto o robo con una condena de un año o más (INA 101(a)(43)(F), (G))`,
      });
    }
  }
  if (aggravatedFelony !== true && allTotal >= FIVE_YEARS_DAYS) {
    afReasons.push({
      en: `sentences add up to ${years(allTotal)} years (5 or more)`,
      es: `las condenas suman ${years(allTotal)} años (5 o más)`,
    });
  }
  if (psc !== true) {
    for (const event of convictions.filter((e) => e.particularlySeriousCrime == null)) {
      if (!matches(DRUG_TRAFFICKING, event)) continue;
      pscReasons.push({
        en: `"${event.offense.trim()}" reads as drug trafficking, presumptively a particularly serious crime (Matter of Y-L-, A-G- & R-S-R-)`,
        es: `"${event.offense.trim()}" parece narcotráfico, que se presume delito particularmente grave (Matter of Y-L-, A-G- & R-S-R-)`,
      });
    }
    if (allTotal >= FIVE_YEARS_DAYS && decidedAf.length === 0) {
      pscReasons.push({
        en: `sentences add up to ${years(allTotal)} years: if they are aggravated felonies, a particularly serious crime by statute`,
        es: `las condenas suman ${years(allTotal)} años: si son delitos graves agravados, es un delito particularmente grave por ley`,
      });
    }
  }
  const join = (reasons: readonly LocalizedText[]): LocalizedText => ({
    en: reasons.map((r) => r.en).join('; '),
    es: reasons.map((r) => r.es).join('; '),
  });
  const details: Partial<Record<FactId, LocalizedText>> = {};
  if (afReasons.length > 0) details.possibleAggravatedFelony = join(afReasons);
  if (pscReasons.length > 0) details.possibleParticularlySeriousCrime = join(pscReasons);
  if (perSePsc) {
    details.particularlySeriousCrime = {
      en: `aggravated felonies with sentences adding up to ${years(afTotal)} years (INA 241(b)(3)(B))`,
      es: `delitos graves agravados con condenas que suman ${years(afTotal)} años (INA 241(b)(3)(B))`,
    };
  }
  return {
    facts: {
      aggravatedFelony,
      particularlySeriousCrime: psc,
      possibleAggravatedFelony: afReasons.length > 0,
      possibleParticularlySeriousCrime: pscReasons.length > 0,
    },
    details,
  };
}
