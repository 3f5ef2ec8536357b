import {
  DepartureSchema,
  CriminalEventSchema,
  EntrySchema,
  PriorFilingSchema,
  PriorOrderSchema,
} from '@core/domain/case-file-history';
import {
  CaseFlagsSchema,
  EoirStatusSchema,
  FamilyMemberSchema,
  MedicalConditionSchema,
  ReleasePlanSchema,
  SafeContactSchema,
} from '@core/domain/case-file-people';
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
import { MedicalSchema } from '@core/domain/case-file-people';
import type { z } from 'zod';
import type { FieldSpec } from '../forms/field-spec';
import * as specs from './section-specs';

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

/** Object schemas without fields the forms do not show (list items live in their own parts). */
const ntaHeader = (NtaSchema as unknown as z.ZodObject).omit({ allegations: true, charges: true });
const medicalHeader = (MedicalSchema as unknown as z.ZodObject).omit({ conditions: true });
const flagsHeader = (CaseFlagsSchema as unknown as z.ZodObject).omit({ safeContact: true });

export const caseFileSections: CaseFileSectionDef[] = [
  {
    id: 'identity',
    parts: [
      {
        kind: 'object',
        key: 'identity',
        path: ['identity'],
        schema: IdentitySchema,
        fields: specs.identityFields,
      },
      {
        kind: 'object',
        key: 'immigrationStatus',
        path: ['immigrationStatus'],
        schema: ImmigrationStatusSchema,
        fields: specs.immigrationStatusFields,
      },
    ],
  },
  {
    id: 'court',
    parts: [
      {
        kind: 'object',
        key: 'court',
        path: ['court'],
        schema: CourtSchema,
        fields: specs.courtFields,
      },
      {
        kind: 'list',
        key: 'hearings',
        path: ['hearings'],
        schema: HearingSchema,
        fields: specs.hearingFields,
        newItem: (id) => ({ id, type: 'master', format: 'in_person', date: '' }),
        summary: ['type', 'date', 'time'],
      },
      {
        kind: 'object',
        key: 'eoirStatus',
        path: ['eoirStatus'],
        schema: EoirStatusSchema,
        fields: specs.eoirStatusFields,
      },
    ],
  },
  {
    id: 'custody',
    parts: [
      {
        kind: 'object',
        key: 'custody',
        path: ['custody'],
        schema: CustodySchema,
        fields: specs.custodyFields,
      },
      {
        kind: 'object',
        key: 'releasePlan',
        path: ['releasePlan'],
        schema: ReleasePlanSchema,
        fields: specs.releasePlanFields,
      },
      {
        kind: 'object',
        key: 'medical',
        path: ['medical'],
        schema: medicalHeader,
        fields: specs.medicalFields,
      },
      {
        kind: 'list',
        key: 'conditions',
        path: ['medical', 'conditions'],
        schema: MedicalConditionSchema,
        fields: specs.medicalConditionFields,
        newItem: (id) => ({ id, condition: '' }),
        summary: ['condition'],
      },
    ],
  },
  {
    id: 'nta',
    parts: [
      { kind: 'object', key: 'nta', path: ['nta'], schema: ntaHeader, fields: specs.ntaFields },
      {
        kind: 'list',
        key: 'allegations',
        path: ['nta', 'allegations'],
        schema: AllegationSchema,
        fields: specs.allegationFields,
        newItem: (id) => ({ id, text: '', pleading: 'pending' }),
        summary: ['text', 'pleading'],
      },
      {
        kind: 'list',
        key: 'charges',
        path: ['nta', 'charges'],
        schema: ChargeSchema,
        fields: specs.chargeFields,
        newItem: (id) => ({ id, section: '', pleading: 'pending' }),
        summary: ['section', 'pleading'],
      },
    ],
  },
  {
    id: 'travel',
    parts: [
      {
        kind: 'list',
        key: 'entries',
        path: ['entries'],
        schema: EntrySchema,
        fields: specs.entryFields,
        newItem: (id) => ({ id, date: '', manner: 'unknown', borderEvents: [] }),
        summary: ['date', 'manner'],
      },
      {
        kind: 'list',
        key: 'departures',
        path: ['departures'],
        schema: DepartureSchema,
        fields: specs.departureFields,
        newItem: (id) => ({ id, leftOn: '', underOrder: null }),
        summary: ['leftOn', 'returnedOn'],
      },
    ],
  },
  {
    id: 'family',
    parts: [
      {
        kind: 'list',
        key: 'family',
        path: ['family'],
        schema: FamilyMemberSchema,
        fields: specs.familyFields,
        newItem: (id) => ({ id, relation: 'child', name: '', married: null, status: 'unknown' }),
        summary: ['name', 'relation', 'status'],
      },
    ],
  },
  {
    id: 'criminal',
    parts: [
      {
        kind: 'list',
        key: 'criminalEvents',
        path: ['criminalEvents'],
        schema: CriminalEventSchema,
        fields: specs.criminalEventFields,
        newItem: (id) => ({ id, offense: '', disposition: 'unknown', documentsHeld: false }),
        summary: ['offense', 'disposition'],
      },
    ],
  },
  {
    id: 'filings',
    parts: [
      {
        kind: 'list',
        key: 'priorOrders',
        path: ['priorOrders'],
        schema: PriorOrderSchema,
        fields: specs.priorOrderFields,
        newItem: (id) => ({ id, kind: 'removal' }),
        summary: ['kind', 'date'],
      },
      {
        kind: 'list',
        key: 'priorFilings',
        path: ['priorFilings'],
        schema: PriorFilingSchema,
        fields: specs.priorFilingFields,
        newItem: (id) => ({ id, kind: 'other', status: 'unknown', beneficiary: 'client' }),
        summary: ['kind', 'status'],
      },
    ],
  },
  {
    id: 'flags',
    parts: [
      {
        kind: 'object',
        key: 'flags',
        path: ['flags'],
        schema: flagsHeader,
        fields: specs.flagsFields,
      },
      {
        kind: 'object',
        key: 'safeContact',
        path: ['flags', 'safeContact'],
        schema: SafeContactSchema,
        fields: specs.safeContactFields,
      },
    ],
  },
];

export const sectionIds = caseFileSections.map((s) => s.id);
