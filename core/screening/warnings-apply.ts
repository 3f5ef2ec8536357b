/** Warnings beside the candidates: rule-data warnings, possible bars, age-out, and the case file. */
import type { CaseFile } from '../domain/case-file';
import { ageOutWarning } from './age-out';
import type { BarredOutcome } from './bars-apply';
import { evaluate } from './evaluate';
import type { ScreeningFacts } from './fact-types';
import { factDefinition } from './fact-vocabulary';
import { knownFactWarnings } from './known-facts-check';
import { ruleset } from './ruleset';
import type { ScreeningWarning } from './screening-output';

export interface WarningInput {
  readonly facts: ScreeningFacts;
  readonly caseFile: CaseFile;
  readonly outcome: BarredOutcome;
}

const ORDER = { critical: 0, warning: 1, info: 2 } as const;

export function screeningWarnings({ facts, caseFile, outcome }: WarningInput): ScreeningWarning[] {
  const offered = new Set(outcome.candidates.flatMap((c) => c.defenseIds));
  const warnings: ScreeningWarning[] = [];
  for (const rule of ruleset.warnings) {
    const shown = rule.defenseIds.length === 0 || rule.defenseIds.some((id) => offered.has(id));
    if (!shown || evaluate(rule.when, facts).value !== true) continue;
    warnings.push({
      id: rule.id,
      severity: rule.severity,
      defenseIds: rule.defenseIds,
      text: rule.text,
      citations: rule.citations,
      verified: rule.verified,
      attorneyToConfirm: true,
    });
  }
  for (const { bar, facts: suggesting } of outcome.possibleBars) {
    const why = (lang: 'en' | 'es') =>
      suggesting.map(({ fact }) => facts.details[fact]?.[lang] ?? factDefinition(fact).label[lang]);
    warnings.push({
      id: `possible-bar.${bar.id}`,
      severity: 'warning',
      defenseIds: bar.defenseIds,
      text: {
        en: `Possibly barred, attorney to confirm: ${bar.title.en}. ${bar.possibleReason.en} Why: ${why('en').join('; ')}.`,
        es: `Posible impedimento, el abogado debe confirmarlo: ${bar.title.es}. ${bar.possibleReason.es} Por qué: ${why('es').join('; ')}.`,
      },
      citations: bar.citations,
      verified: bar.verified,
      attorneyToConfirm: true,
    });
  }
  warnings.push(...knownFactWarnings(caseFile));
  if (offered.has('cancellation-42b') || facts.facts.tenYearsPresence42b.value !== false) {
    const ageOut = ageOutWarning(caseFile, facts.today);
    if (ageOut) warnings.push(ageOut);
  }
  return warnings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
