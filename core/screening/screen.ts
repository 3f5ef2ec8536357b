import type { CaseFile } from '../domain/case-file';
import { defenseCatalog } from '../catalog/defense-catalog';
import type { DeadlineReport } from '../deadlines/compute-deadlines';
import type { LocalizedText } from '../law/law-schema';
import { evaluate } from './evaluate';
import { type FactConflict, type ScreeningFacts, UNKNOWN } from './fact-types';
import { type FactId, factDefinition } from './fact-vocabulary';
import { ruleNotes } from './rule-notes';
import type { ScreeningRule } from './rule-schema';
import { ruleset } from './ruleset';
import {
  type NotMet,
  type ScreeningWarning,
  type TriggeringFact,
  describeFacts,
  notMetReason,
} from './screening-output';

export type { NotMet, ScreeningWarning, TriggeringFact } from './screening-output';

export interface Candidate {
  readonly ruleId: string;
  readonly title: LocalizedText;
  readonly defenseIds: readonly string[];
  readonly triggeredBy: readonly TriggeringFact[];
  /** Dates and ages shown beside the result (not part of the condition). */
  readonly context: readonly TriggeringFact[];
  readonly caveats: readonly LocalizedText[];
  /** Notes computed from this case (deadline dates, TPS status, undecided stop-time offenses). */
  readonly notes: readonly LocalizedText[];
  readonly citations: readonly string[];
  readonly verified: boolean;
  readonly volatile: boolean;
  readonly attorneyToConfirm: true;
}

export interface AskAbout {
  readonly ruleId: string;
  readonly title: LocalizedText;
  readonly defenseIds: readonly string[];
  readonly missingFacts: readonly FactId[];
  readonly prompt: LocalizedText;
}

export interface CitizenshipCheck {
  readonly ruleId: 'R01';
  readonly status: 'possible' | 'ask' | 'not_indicated';
  readonly triggeredBy: readonly TriggeringFact[];
  readonly missingFacts: readonly FactId[];
  readonly message: LocalizedText;
  /** The citizenship routes the case file suggests (transmission rule, INA 320 reading). */
  readonly notes: readonly LocalizedText[];
}

export interface ScreeningResult {
  readonly rulesetVersion: number;
  readonly rulesetEffectiveDate: string;
  readonly catalogVersion: number;
  readonly screenedOn: string;
  /** Shown with every result. */
  readonly label: LocalizedText;
  readonly citizenshipFirst: CitizenshipCheck;
  readonly candidates: readonly Candidate[];
  readonly askAbout: readonly AskAbout[];
  /** Rules that evaluated false, and bars that hold, with the fact that decided each. */
  readonly notMet: readonly NotMet[];
  readonly warnings: readonly ScreeningWarning[];
  /** Every deadline and clock for the case (core/deadlines), clocks included. */
  readonly deadlines: DeadlineReport;
  readonly conflicts: readonly FactConflict[];
}

export const SCREENING_LABEL: LocalizedText = {
  en: 'Possible: attorney to confirm',
  es: 'Posible: el abogado debe confirmarlo',
};

function askPrompt(rule: ScreeningRule, missing: readonly FactId[]): LocalizedText {
  const asks = missing.map((id) => factDefinition(id).ask);
  return {
    en: `${rule.title.en}: find out ${asks.map((a) => a.en).join('; ')}.`,
    es: `${rule.title.es}: averigüe ${asks.map((a) => a.es).join('; ')}.`,
  };
}

function citizenshipCheck(facts: ScreeningFacts, caseFile: CaseFile): CitizenshipCheck {
  const rule = ruleset.rules[0] as ScreeningRule;
  const result = evaluate(rule.when, facts);
  const notes = ruleNotes.R01?.(facts, caseFile) ?? [];
  if (result.value === true) {
    return {
      notes,
      ruleId: 'R01',
      status: 'possible',
      triggeredBy: describeFacts(result.support, facts),
      missingFacts: [],
      message: {
        en: 'Possible US citizenship: check this before anything else and do not concede alienage.',
        es: 'Posible ciudadanía estadounidense: revísela antes que todo y no acepte la extranjería.',
      },
    };
  }
  if (result.value === UNKNOWN) {
    return {
      notes,
      ruleId: 'R01',
      status: 'ask',
      triggeredBy: [],
      missingFacts: result.missing,
      message: askPrompt(rule, result.missing),
    };
  }
  return {
    notes,
    ruleId: 'R01',
    status: 'not_indicated',
    triggeredBy: describeFacts(result.support, facts),
    missingFacts: [],
    message: {
      en: 'Nothing recorded so far suggests a citizenship claim. Ask again if new family facts appear.',
      es: 'Nada de lo registrado hasta ahora indica un reclamo de ciudadanía. Vuelva a preguntar si aparecen nuevos datos de la familia.',
    },
  };
}

export interface RuleOutcome {
  readonly candidates: Candidate[];
  readonly askAbout: AskAbout[];
  readonly notMet: NotMet[];
}

/** Evaluates every rule on already-normalised facts. Pure and deterministic. */
export function evaluateRules(facts: ScreeningFacts, caseFile: CaseFile): RuleOutcome {
  const candidates: Candidate[] = [];
  const askAbout: AskAbout[] = [];
  const notMet: NotMet[] = [];
  for (const rule of ruleset.rules) {
    const result = evaluate(rule.when, facts);
    if (result.value === true) {
      candidates.push({
        ruleId: rule.id,
        title: rule.title,
        defenseIds: rule.defenseIds,
        triggeredBy: describeFacts(result.support, facts),
        context: describeFacts(rule.context as FactId[], facts),
        caveats: rule.caveats,
        notes: ruleNotes[rule.id]?.(facts, caseFile) ?? [],
        citations: rule.citations,
        verified: rule.verified,
        volatile: rule.volatile,
        attorneyToConfirm: true,
      });
    } else if (result.value === UNKNOWN) {
      askAbout.push({
        ruleId: rule.id,
        title: rule.title,
        defenseIds: rule.defenseIds,
        missingFacts: result.missing,
        prompt: askPrompt(rule, result.missing),
      });
    } else if (rule.id !== 'R01') {
      const decisive = describeFacts(result.support, facts);
      notMet.push({
        ruleId: rule.id,
        kind: 'rule',
        title: rule.title,
        defenseIds: rule.defenseIds,
        decisive,
        reason: notMetReason(rule.title, decisive, facts),
        citations: rule.citations,
        verified: rule.verified,
        attorneyToConfirm: true,
      });
    }
  }
  return { candidates, askAbout, notMet };
}

export interface ScreeningParts extends RuleOutcome {
  readonly warnings: readonly ScreeningWarning[];
  readonly deadlines: DeadlineReport;
}

/** Assembles the result with the versions it was screened under. */
export function screeningResult(
  facts: ScreeningFacts,
  caseFile: CaseFile,
  parts: ScreeningParts,
): ScreeningResult {
  return {
    rulesetVersion: ruleset.version,
    rulesetEffectiveDate: ruleset.effectiveDate,
    catalogVersion: defenseCatalog.version,
    screenedOn: facts.today,
    label: SCREENING_LABEL,
    citizenshipFirst: citizenshipCheck(facts, caseFile),
    candidates: parts.candidates,
    askAbout: parts.askAbout,
    notMet: parts.notMet,
    warnings: parts.warnings,
    deadlines: parts.deadlines,
    conflicts: facts.conflicts,
  };
}
