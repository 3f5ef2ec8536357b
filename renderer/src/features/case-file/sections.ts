import {
  DepartureSchema,
  CriminalEventSchema,
  EntrySchema,
  PriorFilingSchema,
  PriorOrderSchema,
} from '@core/domain/case-file-history';
import {
  KnownCriminalSchema,
  KnownFamilySchema,
  KnownHistorySchema,
} from '@core/domain/case-file-known';
import {
  BiaDecisionSchema,
  CaseFlagsSchema,
  EoirStatusSchema,
  FamilyMemberSchema,
  MedicalConditionSchema,
  MedicalSchema,
  ReleasePlanSchema,
  SafeContactSchema,
} from '@core/domain/case-file-people';
import { PartySchema } from '@core/domain/case-file-parties';
import {
  AllegationSchema,
  ChargeSchema,
  CourtSchema,
  CustodySchema,
  HearingSchema,
  IdentitySchema,
  ImmigrationStatusSchema,
  NtaSchema,
} from '@core/domain/case-file-sections';
import type { z } from 'zod';
import type { FieldSpec } from '../forms/field-spec';
import { blankRecord, fieldsOf, withoutRecordLists } from '../forms/schema-fields';
import { optionLabelGroup } from './option-keys';
import { bornInThePast } from './past-dates';

type Item = Record<string, unknown> & { id: string };

export interface ObjectPart {
  kind: 'object';
  /** i18n key of the part: `parts.<key>`, `fields.<key>.<field>`. */
  key: string;
  path: string[];
  schema: z.ZodType;
  fields: FieldSpec[];
}

export interface ListPart {
  kind: 'list';
  key: string;
  path: string[];
  schema: z.ZodType;
  fields: FieldSpec[];
  newItem: (id: string) => Item;
  /** Field values that make up a row's heading (formatted by the section component). */
  summary: string[];
}

export type Part = ObjectPart | ListPart;

export interface CaseFileSectionDef {
  id: string;
  parts: Part[];
}

// Fields come from the core/ schemas (schema-fields.ts): a field added there appears here. This
// file only says which schema goes in which section; nested parts of their own are left out of
// their parent with `omit`, and lists of records are always parts of their own.
const asObject = (schema: unknown) => schema as z.ZodObject;

function objectPart(key: string, path: string[], schema: z.ZodObject): ObjectPart {
  const shown = withoutRecordLists(schema);
  return {
    kind: 'object',
    key,
    path,
    schema: shown,
    fields: fieldsOf(shown, { optionKey: optionLabelGroup }),
  };
}

function listPart(
  key: string,
  path: string[],
  schema: z.ZodType,
  summary: string[],
  choices: Record<string, unknown> = {},
): ListPart {
  const shape = asObject(schema);
  return {
    kind: 'list',
    key,
    path,
    schema,
    fields: fieldsOf(shape, { optionKey: optionLabelGroup }),
    newItem: (id) => blankRecord(shape, id, choices),
    summary,
  };
}

/** The part, refusing a date of birth after today (the fields stay those of the plain schema). */
function withPastBirthDate<T extends Part>(part: T): T {
  return { ...part, schema: bornInThePast(part.schema) };
}

export const caseFileSections: CaseFileSectionDef[] = [
  {
    id: 'identity',
    parts: [
      withPastBirthDate(objectPart('identity', ['identity'], asObject(IdentitySchema))),
      objectPart('immigrationStatus', ['immigrationStatus'], asObject(ImmigrationStatusSchema)),
    ],
  },
  {
    id: 'court',
    parts: [
      objectPart('court', ['court'], asObject(CourtSchema)),
      listPart('hearings', ['hearings'], HearingSchema, ['type', 'date', 'time']),
      objectPart('eoirStatus', ['eoirStatus'], asObject(EoirStatusSchema)),
      objectPart('biaDecision', ['biaDecision'], asObject(BiaDecisionSchema)),
    ],
  },
  {
    id: 'custody',
    parts: [
      objectPart('custody', ['custody'], asObject(CustodySchema)),
      objectPart('releasePlan', ['releasePlan'], asObject(ReleasePlanSchema)),
      objectPart('medical', ['medical'], asObject(MedicalSchema)),
      listPart('conditions', ['medical', 'conditions'], MedicalConditionSchema, ['condition']),
    ],
  },
  {
    id: 'nta',
    parts: [
      objectPart('nta', ['nta'], asObject(NtaSchema)),
      listPart('allegations', ['nta', 'allegations'], AllegationSchema, ['text', 'pleading']),
      listPart('charges', ['nta', 'charges'], ChargeSchema, ['section', 'pleading']),
    ],
  },
  {
    id: 'travel',
    parts: [
      listPart('entries', ['entries'], EntrySchema, ['date', 'manner']),
      listPart('departures', ['departures'], DepartureSchema, ['leftOn', 'returnedOn']),
    ],
  },
  {
    id: 'family',
    parts: [
      objectPart('knownFamily', ['knownFacts', 'family'], asObject(KnownFamilySchema)),
      withPastBirthDate(
        listPart('family', ['family'], FamilyMemberSchema, ['name', 'relation', 'status'], {
          relation: 'child',
        }),
      ),
      // Adverse and related parties (conflict check; 1367-sensitive: shown only in the file).
      listPart('parties', ['parties'], PartySchema, ['name', 'role'], { role: 'adverse' }),
    ],
  },
  {
    id: 'criminal',
    parts: [
      objectPart('knownCriminal', ['knownFacts', 'criminal'], asObject(KnownCriminalSchema)),
      listPart('criminalEvents', ['criminalEvents'], CriminalEventSchema, [
        'offense',
        'disposition',
      ]),
    ],
  },
  {
    id: 'filings',
    parts: [
      objectPart('knownHistory', ['knownFacts', 'history'], asObject(KnownHistorySchema)),
      listPart('priorOrders', ['priorOrders'], PriorOrderSchema, ['kind', 'date']),
      listPart('priorFilings', ['priorFilings'], PriorFilingSchema, ['kind', 'status'], {
        kind: 'other',
      }),
    ],
  },
  {
    id: 'flags',
    parts: [
      objectPart('flags', ['flags'], asObject(CaseFlagsSchema).omit({ safeContact: true })),
      objectPart('safeContact', ['flags', 'safeContact'], asObject(SafeContactSchema)),
    ],
  },
];

export const sectionIds = caseFileSections.map((s) => s.id);
