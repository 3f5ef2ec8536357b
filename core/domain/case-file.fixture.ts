/**
 * A realistic, entirely synthetic case file for tests across the project. Every name, number and
 * date is invented; none belongs to a real person.
 */
import type { CaseFile } from './case-file';
import { emptyCaseFile } from './case-file';

export const SYNTHETIC_CASE_ID = '5a2c8f0e-3b1d-4e6a-9c7f-0d1e2f3a4b5c';

/** `n` → a valid v4 UUID that is easy to read in test output. */
export function syntheticUuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export function syntheticCaseFile(): CaseFile {
  const base = emptyCaseFile({
    id: SYNTHETIC_CASE_ID,
    reference: 'MCJ-2026-0042',
    familyName: 'Prueba',
    givenNames: 'Ana',
  });
  return {
    ...base,
    identity: {
      ...base.identity,
      aliases: ['Ana P. Ejemplo'],
      dateOfBirth: '1990-02-28',
      countryOfBirth: 'GT',
      nationalities: ['GT'],
      languages: [
        { code: 'mam', name: 'Mam', dialect: 'Todos Santos' },
        { code: 'es', name: 'Español' },
      ],
      bestLanguage: { code: 'mam', name: 'Mam', dialect: 'Todos Santos' },
      literacy: 'limited',
      aNumber: '012345678',
      maritalStatus: 'married',
      address: {
        line1: '100 Example St',
        city: 'Jackson',
        state: 'MS',
        postalCode: '39201',
        country: 'US',
      },
      phone: '(601) 555-0142',
      email: 'ana.prueba@example.org',
    },
    immigrationStatus: { current: 'none', notes: null },
    nta: {
      dateIssued: '2019-05-01',
      dateServed: '2019-05-03',
      serviceMethod: 'in_person',
      hearingTimeOnNta: 'tbd',
      classBox: 'present_without_admission',
      dateFiledWithCourt: '2019-06-10',
      pleadingsClosed: false,
      allegations: [
        {
          id: syntheticUuid(1),
          text: 'You are not a citizen or national of the United States.',
          pleading: 'admitted',
        },
      ],
      charges: [
        {
          id: syntheticUuid(2),
          section: '212(a)(6)(A)(i)',
          description: 'EWI',
          pleading: 'pending',
        },
      ],
    },
    court: { court: 'Memphis Immigration Court', controlCourt: 'Memphis', judge: 'IJ Example' },
    hearings: [
      {
        id: syntheticUuid(3),
        type: 'master',
        format: 'video',
        date: '2026-12-15',
        time: '08:30',
        callIn: null,
      },
      {
        id: syntheticUuid(4),
        type: 'individual',
        format: 'in_person',
        date: '2027-03-02',
        time: null,
      },
    ],
    custody: {
      status: 'released_recognizance',
      authority: '236a',
      facility: null,
      iceOffice: 'ERO New Orleans (Jackson sub-office)',
      arrestDate: '2019-05-01',
      iceBondAmount: null,
      bondPath: 'undecided',
    },
    entries: [
      {
        id: syntheticUuid(5),
        date: '2008-02-29',
        place: 'near Nogales, AZ',
        manner: 'ewi',
        borderEvents: [],
      },
      {
        id: syntheticUuid(6),
        date: '2012-07-04',
        dateApproximate: true,
        manner: 'ewi',
        borderEvents: [],
      },
    ],
    departures: [
      { id: syntheticUuid(7), leftOn: '2012-05-01', returnedOn: '2012-07-04', underOrder: false },
    ],
    priorOrders: [],
    priorFilings: [
      {
        id: syntheticUuid(8),
        kind: 'i130',
        filedOn: '2020-01-15',
        receiptNumber: 'IOE0912345678',
        priorityDate: '2020-01-15',
        status: 'pending',
        beneficiary: 'client',
      },
    ],
    criminalEvents: [
      {
        id: syntheticUuid(9),
        offense: 'Driving without a license',
        statute: 'Miss. Code 63-1-5',
        jurisdiction: 'Hinds County, MS',
        offenseDate: '2016-08-20',
        arrestDate: '2016-08-20',
        disposition: 'convicted',
        convictionDate: '2016-09-30',
        sentence: 'Fine',
        sentenceDays: 0,
        documentsHeld: true,
      },
    ],
    family: [
      {
        id: syntheticUuid(10),
        relation: 'child',
        name: 'Canary Testperson',
        dateOfBirth: '2015-10-31',
        married: false,
        status: 'usc',
        statusHow: 'birth in the US',
        location: 'Jackson, MS',
        needs: 'Asthma; IEP at school',
      },
      {
        id: syntheticUuid(11),
        relation: 'spouse',
        name: 'Beto Ejemplo',
        married: true,
        status: 'none',
      },
    ],
    medical: {
      conditions: [
        {
          id: syntheticUuid(12),
          condition: 'Type 2 diabetes',
          medications: 'Metformin',
          records: 'Clinic letter requested',
        },
      ],
      pregnant: false,
    },
    releasePlan: {
      sponsorName: 'Beto Ejemplo',
      sponsorRelation: 'spouse',
      sponsorStatus: 'none',
      phone: '601-555-0199',
    },
    flags: {
      asylumProtected: true,
      vawaProtected1367: false,
      minor: false,
      safeContact: {
        call: true,
        text: true,
        voicemail: false,
        mail: null,
        notes: 'Call after 6 pm',
      },
    },
    eoirStatus: { status: 'pending', decisionWasOral: null },
  };
}
