/**
 * A dozen synthetic case files for the demo organisation. Every name is an obvious test name and
 * every number is invented. Hearing dates are relative to the day of seeding, so the demo always
 * shows hearings in the coming weeks.
 */
import type { CaseFile } from '@core/domain/case-file';
import type { Hearing } from '@core/domain/case-file-sections';
import { emptyCaseFile } from '@core/domain/case-file';

/** Readable, valid v4 UUIDs reserved for demo data. */
export function demoUuid(n: number): string {
  return `d3e00000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

function daysFrom(today: Date, days: number): string {
  const date = new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days),
  );
  return date.toISOString().slice(0, 10);
}

interface DemoSpec {
  n: number;
  familyName: string;
  givenNames: string;
  aNumber: string;
  country: 'GT' | 'HN' | 'SV' | 'MX' | 'VE' | 'HT';
  language: { code: string; name: string };
  custody: CaseFile['custody'];
  /** Detained clients: how long ago this detention began (the demo's days in custody). */
  detainedDaysAgo?: number;
  hearing: {
    type: Hearing['type'];
    format: Hearing['format'];
    inDays: number;
    time: string | null;
  } | null;
  tweak?: (file: CaseFile, today: Date) => void;
}

const detained = (facility: string): CaseFile['custody'] => ({
  status: 'detained',
  authority: '236a',
  facility,
  iceOffice: 'ERO New Orleans (demo)',
  bondPath: 'undecided',
});

const specs: DemoSpec[] = [
  {
    n: 1,
    familyName: 'Prueba',
    givenNames: 'Ana',
    aNumber: '099000001',
    country: 'GT',
    language: { code: 'mam', name: 'Mam' },
    custody: detained('Demo Processing Center'),
    detainedDaysAgo: 95,
    hearing: { type: 'master', format: 'video', inDays: 9, time: '08:30' },
  },
  {
    n: 2,
    familyName: 'Testperson',
    givenNames: 'Canary',
    aNumber: '099000002',
    country: 'HN',
    language: { code: 'es', name: 'Español' },
    custody: { status: 'never_detained' },
    hearing: { type: 'individual', format: 'in_person', inDays: 23, time: '13:00' },
    tweak: (file) => {
      file.nta.hearingTimeOnNta = 'tbd';
      file.nta.dateIssued = '2019-03-11';
      file.nta.classBox = 'present_without_admission';
    },
  },
  {
    n: 3,
    familyName: 'Ejemplo',
    givenNames: 'Beto',
    aNumber: '099000003',
    country: 'MX',
    language: { code: 'es', name: 'Español' },
    custody: { status: 'released_bond', authority: '236a', ijBondAmount: 5000 },
    hearing: { type: 'master', format: 'in_person', inDays: 16, time: '09:00' },
    tweak: (file) => {
      file.family = [
        {
          id: demoUuid(1003),
          relation: 'child',
          name: 'Luz Ejemplo',
          dateOfBirth: '2016-04-12',
          married: false,
          status: 'usc',
          statusHow: 'birth in the US',
        },
      ];
    },
  },
  {
    n: 4,
    familyName: 'Muestra',
    givenNames: 'Carla',
    aNumber: '099000004',
    country: 'SV',
    language: { code: 'es', name: 'Español' },
    custody: { status: 'released_recognizance' },
    hearing: { type: 'master', format: 'video', inDays: 30, time: '10:30' },
    tweak: (file, today) => {
      file.flags.minor = true;
      file.identity.dateOfBirth = daysFrom(today, -16 * 365);
    },
  },
  {
    n: 5,
    familyName: 'Ficticio',
    givenNames: 'Diego',
    aNumber: '099000005',
    country: 'VE',
    language: { code: 'es', name: 'Español' },
    custody: detained('Demo County Jail'),
    detainedDaysAgo: 41,
    hearing: { type: 'individual', format: 'video', inDays: 12, time: '08:00' },
    tweak: (file) => {
      file.flags.asylumProtected = true;
    },
  },
  {
    n: 6,
    familyName: 'Simulada',
    givenNames: 'Elena',
    aNumber: '099000006',
    country: 'MX',
    language: { code: 'es', name: 'Español' },
    custody: { status: 'never_detained' },
    hearing: { type: 'master', format: 'in_person', inDays: 37, time: '09:30' },
    tweak: (file) => {
      file.flags.vawaProtected1367 = true;
      file.flags.safeContact = {
        call: true,
        text: false,
        voicemail: false,
        mail: false,
        notes: 'Only the number on file',
      };
    },
  },
  {
    n: 7,
    familyName: 'Prueba',
    givenNames: 'Fabio',
    aNumber: '099000007',
    country: 'HN',
    language: { code: 'es', name: 'Español' },
    custody: detained('Demo Processing Center'),
    detainedDaysAgo: 12,
    hearing: { type: 'bond', format: 'video', inDays: 5, time: '14:00' },
  },
  {
    n: 8,
    familyName: 'Ejemplo',
    givenNames: 'Gloria',
    aNumber: '099000008',
    country: 'GT',
    language: { code: 'quc', name: "K'iche'" },
    custody: { status: 'never_detained' },
    hearing: null,
    tweak: (file, today) => {
      file.eoirStatus = {
        status: 'removal_order_in_absentia',
        decisionDate: daysFrom(today, -20),
        decisionWasOral: false,
        decisionServedOn: daysFrom(today, -18),
      };
    },
  },
  {
    n: 9,
    familyName: 'Demo',
    givenNames: 'Hugo',
    aNumber: '099000009',
    country: 'MX',
    language: { code: 'es', name: 'Español' },
    custody: detained('Demo County Jail'),
    detainedDaysAgo: 203,
    hearing: { type: 'master', format: 'video', inDays: 19, time: '08:30' },
    tweak: (file) => {
      file.immigrationStatus = { current: 'lpr', lprSince: '2010-06-01' };
    },
  },
  {
    n: 10,
    familyName: 'Prueba',
    givenNames: 'Inés',
    aNumber: '099000010',
    country: 'HT',
    language: { code: 'ht', name: 'Kreyòl' },
    custody: { status: 'never_detained' },
    hearing: { type: 'master', format: 'in_person', inDays: 44, time: '13:30' },
    tweak: (file) => {
      file.immigrationStatus = { current: 'tps', tpsCountry: 'HT' };
    },
  },
  {
    n: 11,
    familyName: 'Muestra',
    givenNames: 'Jorge',
    aNumber: '099000011',
    country: 'SV',
    language: { code: 'es', name: 'Español' },
    custody: { status: 'never_detained' },
    hearing: { type: 'master', format: 'in_person', inDays: 35, time: '09:00' },
  },
  {
    n: 12,
    familyName: 'Ficticia',
    givenNames: 'Karla',
    aNumber: '099000012',
    country: 'HN',
    language: { code: 'es', name: 'Español' },
    custody: { status: 'released_parole' },
    hearing: { type: 'master', format: 'phone', inDays: 26, time: '11:00' },
    tweak: (file) => {
      file.family = [
        {
          id: demoUuid(1012),
          relation: 'child',
          name: 'Nico Ficticio',
          dateOfBirth: '2019-09-01',
          married: false,
          status: 'usc',
          statusHow: 'birth in the US',
        },
      ];
    },
  },
];

/** Invented join details: a remote hearing says how to join (numbers from reserved ranges). */
function callInFor(format: Hearing['format'], n: number): string | null {
  if (format === 'video') return `Webex meeting 2600 000 ${String(100 + n)} (demo)`;
  if (format === 'phone') return `Call 1-800-555-01${String(n).padStart(2, '0')} (demo)`;
  return null;
}

export function demoCaseFiles(today: Date): CaseFile[] {
  return specs.map((spec) => {
    const file = emptyCaseFile({
      id: demoUuid(spec.n),
      reference: `DEMO-2026-${String(spec.n).padStart(3, '0')}`,
      familyName: spec.familyName,
      givenNames: spec.givenNames,
    });
    file.identity.aNumber = spec.aNumber;
    file.identity.countryOfBirth = spec.country;
    file.identity.nationalities = [spec.country];
    file.identity.languages = [spec.language];
    file.identity.bestLanguage = spec.language;
    file.custody =
      spec.detainedDaysAgo === undefined
        ? spec.custody
        : { ...spec.custody, detentionDate: daysFrom(today, -spec.detainedDaysAgo) };
    file.court = { court: 'Demo Immigration Court', controlCourt: 'Demo Immigration Court' };
    file.nta.hearingTimeOnNta = 'specified';
    if (spec.hearing) {
      file.hearings = [
        {
          id: demoUuid(500 + spec.n),
          type: spec.hearing.type,
          format: spec.hearing.format,
          date: daysFrom(today, spec.hearing.inDays),
          time: spec.hearing.time,
          callIn: callInFor(spec.hearing.format, spec.n),
        },
      ];
    }
    spec.tweak?.(file, today);
    return file;
  });
}
