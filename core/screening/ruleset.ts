import { bars } from './bars';
import { REVIEW_2026_12_06, changed } from './rule-builders';
import { type Ruleset, RulesetSchema, type ScreeningRule } from './rule-schema';
import { rulesR01toR09 } from './rules-r01-r09';
import { rulesR10toR18 } from './rules-r10-r18';
import { rulesR19toR29 } from './rules-r19-r29';
import { warningRules } from './warning-rules';

/**
 * The screening ruleset (DOMAIN §4, with the fact-check's corrections). Bump `version` and
 * `effectiveDate` whenever a rule changes: each screening result records the version it used.
 */
export const ruleset: Ruleset = RulesetSchema.parse({
  version: 3,
  effectiveDate: REVIEW_2026_12_06,
  rules: [...rulesR01toR09, ...rulesR10toR18, ...rulesR19toR29],
  bars,
  warnings: warningRules,
  changes: [
    changed(
      '2026-11-27',
      'Version 1: DOMAIN §4 with the fact-check of 2026-11-27.',
      'Versión 1: DOMAIN §4 con la verificación del 2026-11-27.',
    ),
    changed(
      REVIEW_2026_12_06,
      'Version 2 (law review of 2026-12-06): criminal bars B01-B03 with attorney-decided aggravated-felony and particularly-serious-crime marks and "possibly barred" warnings; a not-met list; R04, R09, R19, R23, R24, R26, R27 corrected; R28 (notice to an old address) and R29 (earlier TPS) added; asylum pretermission warnings W01-W02; INA 320 and acquisition facts in R01; "known no" facts; dates from core/deadlines.',
      'Versión 2 (revisión del 2026-12-06): impedimentos penales B01-B03 con marcas del abogado de delito grave agravado y delito particularmente grave y avisos de "posible impedimento"; una lista de lo que no se cumple; R04, R09, R19, R23, R24, R26, R27 corregidas; R28 (aviso a una dirección anterior) y R29 (TPS anterior) nuevas; avisos W01-W02 sobre el descarte del asilo; datos de la INA 320 y de adquisición en R01; datos "se sabe que no"; fechas de core/deadlines.',
    ),
    changed(
      REVIEW_2026_12_06,
      'Version 3 (Spanish legal terms, issue 14): withholding of removal is "suspensión de la remoción" (R02, R04); pleadings are "la respuesta a los alegatos y cargos" (R17 and its fact); "extranjeros que llegan" only in quotation marks with its meaning (R13). No rule logic changed.',
      'Versión 3 (términos legales en español, issue 14): la withholding of removal es la "suspensión de la remoción" (R02, R04); los pleadings son "la respuesta a los alegatos y cargos" (R17 y su dato); "extranjeros que llegan" solo entre comillas y con su significado (R13). No cambió la lógica de ninguna regla.',
    ),
  ],
});

export function getRule(id: string): ScreeningRule | undefined {
  return ruleset.rules.find((rule) => rule.id === id);
}
