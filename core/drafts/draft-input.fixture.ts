/**
 * Synthetic draft inputs for tests anywhere (not exported from `index.ts`). Every name, number and
 * note is invented.
 */
import type { CaseFile } from '../domain/case-file';
import { syntheticCaseFile, syntheticUuid } from '../domain/case-file.fixture';
import type { ChecklistState } from '../domain/case-records';
import type { InterviewSession } from '../domain/interview-session';
import { screenCase } from '../screening/screen-case';
import type { AttorneyProfile, DraftInput, InterviewRecord } from './draft-types';

export const FIXTURE_TODAY = '2026-11-27';

export const syntheticProfile: AttorneyProfile = {
  displayName: 'Vera Abogada',
  barNumber: 'MS 109876',
  eoirId: 'AB123456',
  phone: '601-555-0100',
  email: 'vera.abogada@example.org',
  mailingAddress: 'MCJ Volunteer Program\n5 Old River Place, Suite 203\nJackson, MS 39202',
};

const at = (minute: number) => `2026-11-20T15:${String(minute).padStart(2, '0')}:00.000Z`;
const answer = (value: InterviewSession['answers'][string]['value'], minute = 1) => ({
  value,
  updatedAt: at(minute),
});

function session(
  n: number,
  templateId: string,
  answers: InterviewSession['answers'],
  sectionNotes: Record<string, string> = {},
): InterviewSession {
  return {
    id: syntheticUuid(n),
    caseId: syntheticCaseFile().id,
    templateId,
    templateVersion: 1,
    interpreterName: 'Iris Interprete',
    interpreterLanguage: { code: 'mam', name: 'Mam' },
    clientLanguage: { code: 'mam', name: 'Mam' },
    state: 'draft',
    startedAt: at(n % 60),
    answers,
    sectionNotes: Object.fromEntries(
      Object.keys(sectionNotes).map((k, i) => [k, syntheticUuid(n * 10 + i)]),
    ),
    addenda: [],
  };
}

/** A detained-client interview: health, release plan, work and appearances. */
export function detainedInterview(): InterviewRecord {
  const notes = { release: 'Sponsor can drive the client home from the facility.' };
  return {
    session: session(
      101,
      'detained-client',
      {
        'detained.health_conditions': answer(['diabetes', 'high-blood-pressure']),
        'detained.medications': answer('Metformin twice a day; the facility gives it late.'),
        'detained.facility_conditions': answer('Crowded dorm; several people sick last week.'),
        'detained.years_here': answer(18),
        'detained.work': answer('Poultry plant in Forest, MS, since 2015'),
        'detained.missed_appointments': answer(false),
        'intake.ever_arrested': answer(true),
      },
      notes,
    ),
    sectionNotes: notes,
  };
}

/** A fear interview: asylum-protected content. */
export function fearInterview(): InterviewRecord {
  const notes = { chronology: 'Threatened by a gang member at the market in 2011.' };
  return {
    session: session(
      102,
      'fear-declaration',
      {
        'fear.what_happened': answer(
          'Gang members beat the client in 2011 (canary-fear-narrative).',
        ),
        'fear.afraid_now': answer(true),
      },
      notes,
    ),
    sectionNotes: notes,
  };
}

/** A victim-screening interview: 1367-protected content. */
export function victimInterview(): InterviewRecord {
  const notes = { crime: 'Robbery reported to Jackson police (canary-1367-note).' };
  return {
    session: session(
      103,
      'victim-screening',
      {
        'victim.crime_victim': answer(true),
        'victim.helped_police': answer(true),
        'victim.report_number': answer('JPD-2024-000123'),
      },
      notes,
    ),
    sectionNotes: notes,
  };
}

export function checklist(
  defenseId: string,
  elements: ChecklistState['elements'],
  received: readonly string[],
): ChecklistState {
  return {
    id: syntheticUuid(900 + defenseId.length),
    caseId: syntheticCaseFile().id,
    defenseId,
    elements,
    evidence: Object.fromEntries(received.map((id) => [id, { status: 'received' as const }])),
    origin: 'manual',
    dismissed: null,
  };
}

/** A detained version of the synthetic case, not flagged, with a chosen bond path. */
export function detainedCase(): CaseFile {
  const base = syntheticCaseFile();
  return {
    ...base,
    custody: {
      ...base.custody,
      status: 'detained',
      facility: 'Adams County Detention Center',
      bondPath: 'ij_bond',
      iceBondAmount: 10_000,
    },
    flags: { ...base.flags, asylumProtected: false },
  };
}

export function syntheticDraftInput(overrides: Partial<DraftInput> = {}): DraftInput {
  const caseFile = overrides.caseFile ?? syntheticCaseFile();
  const interviews = overrides.interviews ?? [detainedInterview()];
  return {
    caseFile,
    interviews,
    checklists: [],
    profile: syntheticProfile,
    screening: screenCase(
      caseFile,
      interviews.map((r) => r.session),
      { today: FIXTURE_TODAY },
    ),
    today: FIXTURE_TODAY,
    include: new Set(),
    options: {},
    approved: false,
    ...overrides,
  };
}
