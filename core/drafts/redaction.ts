/**
 * What counts as protected information in a draft. Asylum information (8 CFR 208.6/1208.6; by
 * policy also withholding and CAT) and VAWA/T/U information (8 U.S.C. 1367) stay out of an export
 * of a case flagged for them unless the attorney explicitly includes them. Redaction leaves no mark
 * in the file: a "[[withheld]]" mark would itself reveal that such a claim exists.
 */
import type { CaseFile } from '../domain/case-file';
import type { PriorFiling } from '../domain/case-file-history';
import { interviewFacts } from '../screening/interview-facts';
import { questionIndex, templateRegistry } from '../templates/template-registry';
import type { DraftInput, SensitiveCategory } from './draft-types';

const ASYLUM_FACTS = new Set([
  'fearOfReturn',
  'pastHarm',
  'fearOfOfficials',
  'oneYearException',
  'unaccompaniedChild',
  'asylumFiledTimely',
  'lastArrivalWithinOneYear',
]);
const PROTECTED_1367_FACTS = new Set([
  'crimeVictimInUs',
  'helpedLawEnforcement',
  'abusedByFamilyMember',
  'abuserUscOrLpr',
  'traffickingIndicators',
  'abusedNeglectedAbandonedByParent',
]);
const ASYLUM_DEFENSES = new Set(['asylum', 'withholding-241b3', 'cat']);
const PROTECTED_1367_DEFENSES = new Set([
  'u-visa',
  't-visa',
  'vawa-self-petition',
  'vawa-cancellation',
]);
/** Whole templates about a protected claim (their opening section excepted). */
const TEMPLATE_CATEGORY: Readonly<Record<string, SensitiveCategory>> = {
  'fear-declaration': 'asylum',
  'victim-screening': 'protected1367',
};
const ASYLUM_FILINGS = new Set<PriorFiling['kind']>(['i589']);
/** I-360 covers VAWA self-petitions (and SIJ): treated as protected in a 1367 case. */
const PROTECTED_1367_FILINGS = new Set<PriorFiling['kind']>(['i360', 'i918', 'i914']);

export function factCategory(factId: string): SensitiveCategory | null {
  if (ASYLUM_FACTS.has(factId)) return 'asylum';
  if (PROTECTED_1367_FACTS.has(factId)) return 'protected1367';
  return null;
}

export function defenseCategories(defenseIds: readonly string[]): SensitiveCategory[] {
  const out = new Set<SensitiveCategory>();
  for (const id of defenseIds) {
    if (ASYLUM_DEFENSES.has(id)) out.add('asylum');
    if (PROTECTED_1367_DEFENSES.has(id)) out.add('protected1367');
  }
  return [...out];
}

export function filingCategory(kind: PriorFiling['kind']): SensitiveCategory | null {
  if (ASYLUM_FILINGS.has(kind)) return 'asylum';
  if (PROTECTED_1367_FILINGS.has(kind)) return 'protected1367';
  return null;
}

/** Categories of one interview question, wherever it appears. */
export function questionCategories(questionId: string): SensitiveCategory[] {
  const out = new Set<SensitiveCategory>();
  if (questionId.startsWith('fear.') || questionId.startsWith('intake.fear_')) out.add('asylum');
  if (questionId.startsWith('victim.')) out.add('protected1367');
  for (const feed of questionIndex.get(questionId)?.feeds.facts ?? []) {
    const category = factCategory(feed.fact);
    if (category) out.add(category);
  }
  return [...out];
}

/** Categories of a template section: its own, plus those of any of its questions. */
export function sectionCategories(templateId: string, sectionId: string): SensitiveCategory[] {
  const out = new Set<SensitiveCategory>();
  const whole = TEMPLATE_CATEGORY[templateId];
  if (whole && sectionId !== 'opening') out.add(whole);
  const template = templateRegistry.find((t) => t.id === templateId);
  const section = template?.sections.find((s) => s.id === sectionId);
  for (const question of section?.questions ?? []) {
    for (const category of questionCategories(question.id)) out.add(category);
  }
  return [...out];
}

/** The categories this case is flagged for. */
export function protectedCategories(caseFile: CaseFile): SensitiveCategory[] {
  const out: SensitiveCategory[] = [];
  if (caseFile.flags.asylumProtected) out.push('asylum');
  if (caseFile.flags.vawaProtected1367) out.push('protected1367');
  return out;
}

/** True when information of these categories may go into this export. */
export function mayInclude(
  input: Pick<DraftInput, 'caseFile' | 'include'>,
  categories: readonly SensitiveCategory[],
): boolean {
  const flagged = protectedCategories(input.caseFile);
  return categories.every((c) => !flagged.includes(c) || input.include.has(c));
}

/**
 * Categories the case holds information for but is not flagged for: the screen suggests checking
 * the flags before exporting.
 */
export function unflaggedSensitive(input: Pick<DraftInput, 'caseFile' | 'interviews'>): {
  readonly category: SensitiveCategory;
}[] {
  const found = new Set<SensitiveCategory>();
  for (const filing of input.caseFile.priorFilings) {
    const category = filingCategory(filing.kind);
    if (category) found.add(category);
  }
  for (const { session } of input.interviews) {
    const whole = TEMPLATE_CATEGORY[session.templateId];
    if (whole) found.add(whole);
    for (const [factId, value] of Object.entries(interviewFacts(session.answers))) {
      const category = factCategory(factId);
      if (category && value === true) found.add(category);
    }
  }
  const flagged = protectedCategories(input.caseFile);
  return [...found].filter((c) => !flagged.includes(c)).map((category) => ({ category }));
}
