import { describe, expect, it } from 'vitest';
import { emptyCaseFile } from '../domain/case-file';
import { isDefenseId } from '../catalog/defense-catalog';
import { evaluate } from './evaluate';
import { type FactEntry, type FactValue, type ScreeningFacts, UNKNOWN } from './fact-types';
import { type FactId, factIds } from './fact-vocabulary';
import { RulesetSchema } from './rule-schema';
import { getRule, ruleset } from './ruleset';
import { screenFacts } from './screening.test-support';

const TODAY = '2026-11-27';
const blankCase = emptyCaseFile({
  id: '00000000-0000-4000-8000-000000000001',
  reference: 'MCJ-2026-0001',
  familyName: 'Prueba',
  givenNames: 'Ana',
});

function factsWith(values: Partial<Record<FactId, FactValue>>): ScreeningFacts {
  const facts = {} as Record<FactId, FactEntry>;
  for (const id of factIds) {
    const value = values[id];
    facts[id] = value === undefined ? { value: UNKNOWN, source: null } : { value, source: 'case' };
  }
  return { today: TODAY, facts, conflicts: [], details: {} };
}

type Table = Record<
  string,
  { fires: Partial<Record<FactId, FactValue>>; nearMiss: Partial<Record<FactId, FactValue>> }
>;

const late = {
  lastArrivalWithinOneYear: false,
  asylumFiledTimely: false,
  oneYearException: false,
  unaccompaniedChild: false,
} as const;

const table: Table = {
  R01: {
    fires: { parentOrGrandparentUsc: true },
    nearMiss: {
      parentOrGrandparentUsc: false,
      parentNaturalizedBeforeClient18: false,
      ina320Conditions: false,
      acquisitionAtBirthPossible: false,
    },
  },
  R02: { fires: { pastHarm: true }, nearMiss: { fearOfReturn: false, pastHarm: false } },
  R03: {
    fires: { fearOfReturn: true, lastArrivalWithinOneYear: true },
    nearMiss: { fearOfReturn: true, ...late },
  },
  R04: {
    fires: { fearOfReturn: true, ...late },
    nearMiss: {
      fearOfReturn: true,
      lastArrivalWithinOneYear: true,
      aggravatedFelony: false,
    },
  },
  R05: {
    fires: { fearOfOfficials: true, aggravatedFelony: true },
    nearMiss: { fearOfOfficials: false, aggravatedFelony: true },
  },
  R06: {
    fires: { isLpr: false, tenYearsPresence42b: true, qualifyingRelative42b: true },
    nearMiss: { isLpr: false, tenYearsPresence42b: true, qualifyingRelative42b: false },
  },
  R07: {
    fires: {
      isLpr: true,
      lprFiveYears: true,
      sevenYearsAfterAdmission: true,
      aggravatedFelony: false,
    },
    nearMiss: {
      isLpr: true,
      lprFiveYears: true,
      sevenYearsAfterAdmission: true,
      aggravatedFelony: true,
    },
  },
  R08: {
    fires: { abusedByFamilyMember: true, abuserUscOrLpr: true },
    nearMiss: { abusedByFamilyMember: true, abuserUscOrLpr: false },
  },
  R09: {
    fires: { crimeVictimInUs: true, uVisaQualifyingCrime: true, helpedLawEnforcement: true },
    nearMiss: { crimeVictimInUs: true, uVisaQualifyingCrime: false, helpedLawEnforcement: true },
  },
  R10: { fires: { traffickingIndicators: true }, nearMiss: { traffickingIndicators: false } },
  R11: {
    fires: { clientUnder21: true, clientUnmarried: true, abusedNeglectedAbandonedByParent: true },
    nearMiss: {
      clientUnder21: false,
      clientUnmarried: true,
      abusedNeglectedAbandonedByParent: true,
    },
  },
  R12: {
    fires: { tpsCountryNational: true, tpsDatesMet: true },
    nearMiss: { tpsCountryNational: false, tpsDatesMet: true },
  },
  R13: {
    fires: { immediateRelativeUsc: true, admittedOrParoled: true },
    nearMiss: { immediateRelativeUsc: true, admittedOrParoled: false },
  },
  R14: {
    fires: { enteredWithoutInspection: true, petitionFiledBy2001: true },
    nearMiss: { enteredWithoutInspection: false, petitionFiledBy2001: true },
  },
  R15: {
    fires: { anyConviction: true, conviction212hType: true, relative212h: true },
    nearMiss: { anyConviction: true, conviction212hType: true, relative212h: false },
  },
  R16: {
    fires: { isLpr: true, convictionBefore1997: true },
    nearMiss: { isLpr: true, convictionBefore1997: false },
  },
  R17: {
    fires: { ntaTimeTbd: true, pleadingsOpen: true },
    nearMiss: { ntaTimeTbd: true, pleadingsOpen: false },
  },
  R18: { fires: { ntaTimeTbd: true }, nearMiss: { ntaTimeTbd: false } },
  R19: {
    fires: { criminalChargeDoubtful: true },
    nearMiss: {
      allegationsDisputed: false,
      criminalChargeDoubtful: false,
      arrivingDesignationConflict: false,
    },
  },
  R20: {
    fires: {
      goodMoralCharacter5y: true,
      presenceOneYearBeforeNta: true,
      meansToDepart: true,
      aggravatedFelony: false,
    },
    nearMiss: {
      goodMoralCharacter5y: true,
      presenceOneYearBeforeNta: true,
      meansToDepart: false,
      aggravatedFelony: false,
    },
  },
  R21: { fires: { pendingUscisPetition: true }, nearMiss: { pendingUscisPetition: false } },
  R22: {
    fires: { detained: true, enteredWithoutInspection: true },
    nearMiss: { detained: false, enteredWithoutInspection: true },
  },
  R23: {
    fires: { detained: true, pregnant: true },
    nearMiss: { detained: true, medicalRisk: false, pregnant: false },
  },
  R24: {
    fires: { lakenRileyOffense: true, noDocumentsOrFraud: true },
    nearMiss: {
      lakenRileyOffense: true,
      enteredWithoutInspection: false,
      noDocumentsOrFraud: false,
    },
  },
  R25: {
    fires: { inAbsentiaOrder: true },
    nearMiss: { priorRemovalOrder: false, inAbsentiaOrder: false },
  },
  R26: { fires: { earlierDaca: true }, nearMiss: { earlierDaca: false, earlierTps: true } },
  R27: {
    fires: { dhsProposesDismissal: true, lastEntryWithinTwoYears: true, admittedOrParoled: false },
    nearMiss: {
      dhsProposesDismissal: true,
      lastEntryWithinTwoYears: false,
      admittedOrParoled: false,
    },
  },
  R28: {
    fires: { inAbsentiaOrder: true, noticeToReportedOldAddress: true },
    nearMiss: { inAbsentiaOrder: true, noticeToReportedOldAddress: false },
  },
  R29: { fires: { earlierTps: true }, nearMiss: { earlierTps: false, earlierDaca: true } },
};

describe('ruleset', () => {
  it('validates, has R01 to R29 in order, and points only at catalog defenses', () => {
    expect(RulesetSchema.safeParse(ruleset).success).toBe(true);
    const ids = ruleset.rules.map((rule) => rule.id);
    expect(ids).toEqual(Array.from({ length: 29 }, (_, i) => `R${String(i + 1).padStart(2, '0')}`));
    for (const item of [...ruleset.bars, ...ruleset.warnings]) {
      for (const id of item.defenseIds) expect(isDefenseId(id), `${item.id} → ${id}`).toBe(true);
    }
    for (const rule of ruleset.rules) {
      for (const id of rule.defenseIds) expect(isDefenseId(id), `${rule.id} → ${id}`).toBe(true);
      expect(rule.title.es.length, rule.id).toBeGreaterThan(0);
    }
    expect(getRule('R99')).toBeUndefined();
  });

  it('dates every change: the last ruleset note is its effective date, no note is later', () => {
    const last = ruleset.changes.at(-1);
    expect(last?.date).toBe(ruleset.effectiveDate);
    expect(last?.text.en).toContain(`Version ${ruleset.version}`);
    const notes = [...ruleset.rules, ...ruleset.bars, ...ruleset.warnings].flatMap((item) =>
      item.changes.map((note) => ({ id: item.id, date: note.date, es: note.text.es })),
    );
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      expect(note.date <= ruleset.effectiveDate, note.id).toBe(true);
      expect(note.es.length, note.id).toBeGreaterThan(0);
    }
    // Every bar and warning rule is new in a dated version.
    for (const item of [...ruleset.bars, ...ruleset.warnings]) {
      expect(item.changes.length, item.id).toBeGreaterThan(0);
    }
  });

  it('has a firing case and a near miss for every rule', () => {
    expect(Object.keys(table).sort()).toEqual(ruleset.rules.map((rule) => rule.id));
  });

  for (const rule of ruleset.rules) {
    const cases = table[rule.id]!;
    it(`${rule.id} fires on its facts and reports them as attorney-to-confirm candidates`, () => {
      const facts = factsWith(cases.fires);
      expect(evaluate(rule.when, facts).value).toBe(true);
      const candidate = screenFacts(facts, blankCase).candidates.find((c) => c.ruleId === rule.id);
      expect(candidate?.attorneyToConfirm).toBe(true);
      expect(candidate?.triggeredBy.length).toBeGreaterThan(0);
      for (const trigger of candidate?.triggeredBy ?? []) {
        expect(cases.fires[trigger.fact]).toBe(trigger.value);
      }
    });
    it(`${rule.id} does not fire on its near miss`, () => {
      const facts = factsWith(cases.nearMiss);
      expect(evaluate(rule.when, facts).value).toBe(false);
      const result = screenFacts(facts, blankCase);
      expect(result.candidates.some((c) => c.ruleId === rule.id)).toBe(false);
      expect(result.askAbout.some((a) => a.ruleId === rule.id)).toBe(false);
    });
  }

  it('asks about missing facts instead of answering "not eligible" when nothing is known', () => {
    const result = screenFacts(factsWith({}), blankCase);
    expect(result.candidates).toEqual([]);
    expect(result.askAbout.map((a) => a.ruleId)).toEqual(ruleset.rules.map((r) => r.id));
    for (const ask of result.askAbout) {
      expect(ask.missingFacts.length, ask.ruleId).toBeGreaterThan(0);
      expect(ask.prompt.en).toContain(ask.title.en);
      expect(ask.prompt.es).toContain('averigüe');
    }
    expect(result.citizenshipFirst.status).toBe('ask');
  });

  it('asks only about the facts that could still change an undecided rule', () => {
    const rule = getRule('R06')!;
    const result = evaluate(rule.when, factsWith({ isLpr: false, tenYearsPresence42b: true }));
    expect(result.value).toBe(UNKNOWN);
    expect(result.missing).toEqual(['qualifyingRelative42b']);
  });

  it('reports citizenship first, in its own field and at the head of the candidates', () => {
    const result = screenFacts(
      factsWith({ parentOrGrandparentUsc: true, fearOfReturn: true }),
      blankCase,
    );
    expect(result.citizenshipFirst.status).toBe('possible');
    expect(result.citizenshipFirst.triggeredBy).toEqual([
      { fact: 'parentOrGrandparentUsc', value: true, source: 'case' },
    ]);
    expect(result.candidates[0]?.ruleId).toBe('R01');
    const none = screenFacts(factsWith(table.R01!.nearMiss), blankCase).citizenshipFirst;
    expect(none.status).toBe('not_indicated');
    expect(none.message.en).not.toMatch(/not a citizen/i);
  });

  it('labels every result "possible: attorney to confirm" and records the versions used', () => {
    const result = screenFacts(factsWith({}), blankCase);
    expect(result.label.en).toBe('Possible: attorney to confirm');
    expect(result.rulesetVersion).toBe(ruleset.version);
    expect(result.screenedOn).toBe(TODAY);
  });
});
