/** Synthetic intake answers for console screen tests (the server's shapes, no real names). */
import type { ConflictCheck, IntakeSummary } from '@core/sync/intake-schemas';

export const ids = {
  intake: '5a1e0000-0000-4000-8000-000000000001',
  check: '5a1e0000-0000-4000-8000-000000000002',
  attorney1: '5a1e0000-0000-4000-8000-000000000003',
  attorney2: '5a1e0000-0000-4000-8000-000000000004',
  supervisor: '0b9d2c36-93c4-4c5f-8a9b-3c2f3b1e0a02',
  plantedCase: '5a1e0000-0000-4000-8000-000000000005',
  newCase: '5a1e0000-0000-4000-8000-000000000006',
  party: '5a1e0000-0000-4000-8000-000000000007',
};

export const summary = (overrides: Partial<IntakeSummary> = {}): IntakeSummary => ({
  id: ids.intake,
  reference: 'INT-2026-000123',
  version: 1,
  state: 'submitted',
  source: 'laptop',
  startedBy: ids.attorney1,
  startedAt: '2026-12-01T15:00:00.000Z',
  submittedAt: '2026-12-01T16:00:00.000Z',
  clientName: 'Ana Prueba',
  custodyStatus: 'detained',
  duplicateANumber: ['MCJ-2026-0007'],
  conflictDecision: null,
  caseId: null,
  caseReference: null,
  ...overrides,
});

export const intakeDoc = {
  id: ids.intake,
  reference: 'INT-2026-000123',
  schemaVersion: 1,
  source: 'laptop',
  startedBy: ids.attorney1,
  startedAt: '2026-12-01T15:00:00.000Z',
  client: { familyName: 'Prueba', givenNames: 'Ana', aNumber: '098765432' },
  custody: { status: 'detained', facility: 'Adams County Detention Center' },
  court: {},
  flags: { asylumProtected: false, vawaProtected1367: true, minor: false },
  notes: 'Met at the detention centre.',
  parties: [
    { id: ids.party, role: 'adverse', name: 'José Ángel Pérez', relationship: 'ex-spouse' },
  ],
  state: 'submitted',
  submittedAt: '2026-12-01T16:00:00.000Z',
  extra: {},
};

export const check = (overrides: Partial<ConflictCheck> = {}): ConflictCheck => ({
  id: ids.check,
  intakeId: ids.intake,
  intakeVersion: 1,
  createdAt: '2026-12-02T10:00:00.000Z',
  createdBy: ids.supervisor,
  searched: [{ name: 'José Ángel Pérez', role: 'adverse', aNumber: null }],
  hits: [
    {
      scopeId: ids.plantedCase,
      kind: 'case',
      reference: 'MCJ-2026-0042',
      role: 'adverse',
      relationship: 'abuser',
      name: 'Perez, Jose A.',
      matchedBy: 'name',
      query: 'José Ángel Pérez',
      queryRole: 'adverse',
      score: 0.83,
    },
  ],
  decision: null,
  reason: null,
  decidedBy: null,
  decidedAt: null,
  ...overrides,
});

export const volunteers = [
  {
    id: ids.attorney1,
    displayName: 'Abogada Uno (test)',
    role: 'attorney',
    languages: ['es', 'mam'],
    organisation: 'Prueba LLP',
    availability: 'available',
    activeCases: 3,
  },
  {
    id: ids.attorney2,
    displayName: 'Abogado Dos (test)',
    role: 'attorney',
    languages: ['en'],
    organisation: null,
    availability: 'limited',
    activeCases: 7,
  },
];
