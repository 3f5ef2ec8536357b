/**
 * Intakes from a CSV file: which column holds which intake field (guessed from the headers in
 * English or Spanish, then confirmed on the console's mapping screen), and each row read into
 * intake content checked by the same `core/` schema as the intake form. The file itself is parsed
 * by a CSV library in the console; this module sees rows of cells.
 */
import type { IntakeContent } from '../domain/intake';
import { IntakeContentSchema } from '../domain/intake';
import type { Party } from '../domain/case-file-parties';
import type { CellResult } from './csv-values';
import { intakeFieldOfPath } from './intake-form';
import {
  aNumberCell,
  booleanCell,
  choiceCell,
  countryCell,
  dateCell,
  languageCell,
  looksLikeFormula,
  simplify,
  textCell,
  timeCell,
} from './csv-values';

export const intakeCsvFields = [
  'familyName',
  'givenNames',
  'aNumber',
  'dateOfBirth',
  'countryOfBirth',
  'language',
  'phone',
  'custodyStatus',
  'facility',
  'detainedOn',
  'court',
  'hearingDate',
  'hearingTime',
  'hearingType',
  'hearingFormat',
  'asylumProtected',
  'vawaProtected1367',
  'minor',
  'referralSource',
  'notes',
  'adverseParties',
  'relatedParties',
] as const;
export type IntakeCsvField = (typeof intakeCsvFields)[number];

/** Field → index of the column that holds it (a field left out is not in the file). */
export type CsvMapping = Partial<Record<IntakeCsvField, number>>;

export const requiredCsvFields: readonly IntakeCsvField[] = ['familyName'];

/** Header words (simplified: lower case, no accents or spaces) that name each field. */
const headerWords: Record<IntakeCsvField, readonly string[]> = {
  familyName: ['familyname', 'lastname', 'surname', 'apellido', 'apellidos'],
  givenNames: ['givennames', 'givenname', 'firstname', 'firstnames', 'nombre', 'nombres'],
  aNumber: ['anumber', 'alienumber', 'aliennumber', 'anum', 'numeroa', 'numerodeextranjero'],
  dateOfBirth: ['dateofbirth', 'dob', 'birthdate', 'fechadenacimiento', 'fechanacimiento'],
  countryOfBirth: ['countryofbirth', 'birthcountry', 'country', 'paisdenacimiento', 'pais'],
  language: ['language', 'bestlanguage', 'idioma', 'lengua'],
  phone: ['phone', 'telephone', 'phonenumber', 'telefono'],
  custodyStatus: ['custody', 'custodystatus', 'custodia', 'estadodecustodia'],
  facility: ['facility', 'detentionfacility', 'centro', 'centrodedetencion'],
  detainedOn: ['detainedon', 'detentiondate', 'dateofdetention', 'arrestdate', 'fechadedetencion'],
  court: ['court', 'immigrationcourt', 'tribunal', 'corte'],
  hearingDate: ['nexthearing', 'nexthearingdate', 'hearingdate', 'proximaaudiencia'],
  hearingTime: ['hearingtime', 'nexthearingtime', 'horadeaudiencia', 'hora'],
  hearingType: ['hearingtype', 'tipodeaudiencia'],
  hearingFormat: ['hearingformat', 'formatodeaudiencia'],
  asylumProtected: ['asylumprotected', 'asylum', 'asilo'],
  vawaProtected1367: ['vawaprotected1367', 'protected1367', '1367', 'vawa'],
  minor: ['minor', 'menor', 'menordeedad'],
  referralSource: ['referralsource', 'referredby', 'referral', 'referidopor', 'fuente'],
  notes: ['notes', 'note', 'notas', 'observaciones'],
  adverseParties: ['adverseparties', 'adverseparty', 'partecontraria', 'partescontrarias'],
  relatedParties: ['relatedparties', 'relatedpeople', 'personasrelacionadas'],
};

/** A first guess from the header row; the staff member confirms or changes it. */
export function guessCsvMapping(headers: readonly string[]): CsvMapping {
  const mapping: CsvMapping = {};
  const taken = new Set<number>();
  for (const field of intakeCsvFields) {
    const index = headers.findIndex(
      (header, i) => !taken.has(i) && headerWords[field].includes(simplify(header)),
    );
    if (index >= 0) {
      mapping[field] = index;
      taken.add(index);
    }
  }
  return mapping;
}

export type CsvMappingIssue =
  | { field: IntakeCsvField; code: 'validation.csv.mappingRequired' }
  | { field: IntakeCsvField; code: 'validation.csv.sameColumn' };

/** Problems with a mapping itself: a required field without a column, a column used twice. */
export function checkCsvMapping(mapping: CsvMapping): CsvMappingIssue[] {
  const issues: CsvMappingIssue[] = [];
  for (const field of requiredCsvFields)
    if (mapping[field] === undefined)
      issues.push({ field, code: 'validation.csv.mappingRequired' });
  const seen = new Map<number, IntakeCsvField>();
  for (const field of intakeCsvFields) {
    const column = mapping[field];
    if (column === undefined) continue;
    if (seen.has(column)) issues.push({ field, code: 'validation.csv.sameColumn' });
    else seen.set(column, field);
  }
  return issues;
}

export interface CsvRowIssue {
  field: IntakeCsvField;
  /** An i18n key (`validation.*` or `validation.csv.*`). */
  code: string;
}

export type CsvRowResult =
  { ok: true; content: IntakeContent } | { ok: false; issues: CsvRowIssue[] };

const custodyWords: Record<string, IntakeContent['custody']['status']> = {
  detained: 'detained',
  detenido: 'detained',
  detenida: 'detained',
  detencion: 'detained',
  endetencion: 'detained',
  releasedbond: 'released_bond',
  bond: 'released_bond',
  fianza: 'released_bond',
  releasedrecognizance: 'released_recognizance',
  recognizance: 'released_recognizance',
  releasedparole: 'released_parole',
  parole: 'released_parole',
  releasedatd: 'released_atd',
  atd: 'released_atd',
  neverdetained: 'never_detained',
  nuncadetenido: 'never_detained',
  nuncadetenida: 'never_detained',
  nuncaendetencion: 'never_detained',
  unknown: 'unknown',
  desconocido: 'unknown',
  desconocida: 'unknown',
};

const hearingTypeWords: Record<string, 'master' | 'individual' | 'bond' | 'joseph'> = {
  master: 'master',
  mastercalendar: 'master',
  inicial: 'master',
  individual: 'individual',
  merits: 'individual',
  fondo: 'individual',
  bond: 'bond',
  fianza: 'bond',
  joseph: 'joseph',
};

const hearingFormatWords: Record<string, 'in_person' | 'video' | 'phone'> = {
  inperson: 'in_person',
  presencial: 'in_person',
  enpersona: 'in_person',
  video: 'video',
  phone: 'phone',
  telephone: 'phone',
  telefono: 'phone',
};

/** Schema paths (as joined by the form) → the CSV field that supplied them. */
const fieldOfPath: Record<string, IntakeCsvField> = {
  ...intakeFieldOfPath,
  'flags.asylumProtected': 'asylumProtected',
  'flags.vawaProtected1367': 'vawaProtected1367',
  'flags.minor': 'minor',
};

function fieldForIssuePath(path: readonly PropertyKey[], content: IntakeContent): IntakeCsvField {
  if (path[0] === 'parties') {
    const party = content.parties[Number(path[1])];
    return party?.role === 'related' ? 'relatedParties' : 'adverseParties';
  }
  for (let n = path.length; n > 0; n -= 1) {
    const field = fieldOfPath[path.slice(0, n).map(String).join('.')];
    if (field) return field;
  }
  return 'familyName';
}

/** `Name (relationship); Other Name` → parties of one role. */
function partiesCell(cell: string, role: Party['role'], newId: () => string): Party[] {
  return cell
    .split(';')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(entry);
      const name = (match ? match[1]! : entry).trim();
      const relationship = match?.[2]?.trim();
      return { id: newId(), role, name, ...(relationship ? { relationship } : {}) };
    });
}

/**
 * One row as intake content, or every problem with it (one per field, each an i18n key).
 * `newId` gives the ids of the parties the row names.
 */
export function intakeContentFromCsvRow(
  cells: readonly string[],
  mapping: CsvMapping,
  newId: () => string,
): CsvRowResult {
  const issues: CsvRowIssue[] = [];
  const cellOf = (field: IntakeCsvField) => {
    const column = mapping[field];
    return column === undefined ? '' : (cells[column] ?? '');
  };
  const formula = (field: IntakeCsvField) => {
    if (!looksLikeFormula(cellOf(field))) return false;
    issues.push({ field, code: 'validation.csv.formula' });
    return true;
  };
  function read<T>(field: IntakeCsvField, parse: (cell: string) => CellResult<T>): T | null {
    if (formula(field)) return null;
    const result = parse(cellOf(field));
    if (result.ok) return result.value;
    issues.push({ field, code: result.code });
    return null;
  }
  const text = (field: IntakeCsvField) => read(field, textCell);
  const flag = (field: IntakeCsvField) => read(field, booleanCell) ?? false;

  const hearingDate = read('hearingDate', dateCell);
  const hearingTime = read('hearingTime', timeCell);
  const hearingType = read('hearingType', (c) =>
    choiceCell(c, hearingTypeWords, 'validation.csv.hearingType'),
  );
  const hearingFormat = read('hearingFormat', (c) =>
    choiceCell(c, hearingFormatWords, 'validation.csv.hearingFormat'),
  );
  if (hearingDate && !hearingType && !issues.some((i) => i.field === 'hearingType'))
    issues.push({ field: 'hearingType', code: 'validation.csv.hearingIncomplete' });
  if (hearingDate && !hearingFormat && !issues.some((i) => i.field === 'hearingFormat'))
    issues.push({ field: 'hearingFormat', code: 'validation.csv.hearingIncomplete' });

  const content: IntakeContent = {
    client: {
      familyName: text('familyName') ?? '',
      givenNames: text('givenNames') ?? '',
      aNumber: read('aNumber', aNumberCell),
      dateOfBirth: read('dateOfBirth', dateCell),
      countryOfBirth: read('countryOfBirth', countryCell),
      language: read('language', languageCell),
      phone: text('phone'),
    },
    custody: {
      status:
        read('custodyStatus', (c) => choiceCell(c, custodyWords, 'validation.csv.custody')) ??
        'unknown',
      facility: text('facility'),
      detainedOn: read('detainedOn', dateCell),
    },
    court: {
      court: text('court'),
      nextHearing:
        hearingDate && hearingType && hearingFormat
          ? { date: hearingDate, time: hearingTime, type: hearingType, format: hearingFormat }
          : null,
    },
    flags: {
      asylumProtected: flag('asylumProtected'),
      vawaProtected1367: flag('vawaProtected1367'),
      minor: flag('minor'),
    },
    referralSource: text('referralSource'),
    notes: text('notes'),
    parties: [
      ...(formula('adverseParties') ? [] : partiesCell(cellOf('adverseParties'), 'adverse', newId)),
      ...(formula('relatedParties') ? [] : partiesCell(cellOf('relatedParties'), 'related', newId)),
    ],
  };
  const parsed = IntakeContentSchema.safeParse(content);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldForIssuePath(issue.path, content);
      if (!issues.some((i) => i.field === field)) issues.push({ field, code: issue.message });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, content: parsed.data! };
}
