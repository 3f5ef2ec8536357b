/** The screening part of the interview memo: every result "Possible: attorney to confirm". */
import { formatApproximateDate, parseApproximateDateCode } from '../domain/approximate-date';
import { type FactId, factDefinition } from '../screening/fact-vocabulary';
import type { FactValue } from '../screening/fact-types';
import type { TriggeringFact } from '../screening/screen';
import { type Content, type DraftBuilder, bold } from './draft-builder';
import { longDate } from './english-format';
import { pendingFilings } from './draft-facts';
import type { SensitiveCategory } from './draft-types';
import { defenseCategories, factCategory, filingCategory } from './redaction';
import { officialCitations } from './citation-filter';

function valueText(value: FactValue): string {
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return longDate(value);
  // A month- or year-only date fact (`2016-03`) is written at its precision.
  const approximate = typeof value === 'string' ? parseApproximateDateCode(value) : null;
  return approximate ? formatApproximateDate(approximate, 'en') : String(value);
}

/** A pending-petition fact is protected when every pending petition is a VAWA/T/U one. */
function categoryOf(b: DraftBuilder, fact: FactId): SensitiveCategory | null {
  if (fact !== 'pendingUscisPetition') return factCategory(fact);
  const pending = pendingFilings(b.caseFile).map((f) => filingCategory(f.kind));
  return pending.length > 0 && pending.every((c) => c === 'protected1367') ? 'protected1367' : null;
}

function factAllowed(b: DraftBuilder, fact: FactId): boolean {
  const category = categoryOf(b, fact);
  if (!category) return true;
  const label = factDefinition(fact).label;
  return b.admit([category], {
    en: `Screening fact: ${label.en}`,
    es: `Dato de la evaluación: ${label.es}`,
  });
}

function factLines(b: DraftBuilder, facts: readonly TriggeringFact[]): Content[][] {
  return facts
    .filter((f) => factAllowed(b, f.fact))
    .map((f) => [
      `${factDefinition(f.fact).label.en}: ${valueText(f.value)} (${f.source === 'case' ? 'case file' : 'interview'})`,
    ]);
}

/** Writes the screening section; returns the citations of the results it included. */
export function screeningSection(b: DraftBuilder): string[] {
  const result = b.input.screening;
  b.heading('Screening result: Possible: attorney to confirm');
  if (!result) {
    b.para(b.gap('interview', 'screening result (run the screening from the Defenses tab)'));
    return [];
  }
  b.para(
    `${result.label.en}. Screening rules version ${result.rulesetVersion} (effective `,
    `${longDate(result.rulesetEffectiveDate)}), defense catalog version ${result.catalogVersion}, `,
    `run on ${longDate(result.screenedOn)}. Each result below is a possibility for the attorney to `,
    'confirm, not a finding of eligibility.',
  );
  const citizenship = result.citizenshipFirst;
  b.para(bold('Citizenship (checked first, R01): '), citizenship.message.en);
  b.bullets(factLines(b, citizenship.triggeredBy));

  const citations = new Set<string>();
  for (const candidate of result.candidates) {
    const categories = [
      ...defenseCategories(candidate.defenseIds),
      ...candidate.triggeredBy.flatMap((f) => categoryOf(b, f.fact) ?? []),
    ];
    const label = {
      en: `Screening: ${candidate.title.en}`,
      es: `Evaluación: ${candidate.title.es}`,
    };
    if (!b.admit(categories, label)) continue;
    const flags = [
      candidate.volatile ? 'law in flux' : null,
      candidate.verified ? null : 'not verified',
    ].filter(Boolean);
    b.para(
      bold(`${candidate.title.en} (${candidate.ruleId})`),
      ` — ${result.label.en}`,
      flags.length > 0 ? ` (${flags.join('; ')})` : '',
    );
    b.bullets([
      ...factLines(b, [...candidate.triggeredBy, ...candidate.context]),
      ...candidate.caveats.map((c) => [`Caveat: ${c.en}`]),
      ...candidate.notes.map((n) => [`Note: ${n.en}`]),
      [`Authority: ${officialCitations(candidate.citations).join('; ')}`],
    ]);
    for (const citation of officialCitations(candidate.citations)) citations.add(citation);
  }
  if (result.candidates.length === 0)
    b.para('No possible defenses from the facts recorded so far.');

  // R01 is reported first, above.
  const asks = result.askAbout
    .filter((ask) => ask.ruleId !== 'R01')
    .filter((ask) =>
      b.admit(defenseCategories(ask.defenseIds), {
        en: `Ask about: ${ask.title.en}`,
        es: `Preguntar: ${ask.title.es}`,
      }),
    );
  if (asks.length > 0) {
    b.para(bold('Ask about (facts still missing):'));
    b.bullets(asks.map((ask) => [ask.prompt.en]));
  }
  const conflicts = result.conflicts.filter((c) => factAllowed(b, c.fact));
  if (conflicts.length > 0) {
    b.para(bold('Case file and interview disagree:'));
    b.bullets(
      conflicts.map((c) => [
        `${factDefinition(c.fact).label.en}: case file ${valueText(c.caseValue)}, interview ${valueText(c.interviewValue)}`,
      ]),
    );
  }
  return [...citations];
}
