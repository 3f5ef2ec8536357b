/**
 * What the volunteer wrote at intake, as the text of a note on the case it became or went into:
 * nothing they wrote is lost when an intake is accepted or merged. Labels in the language of
 * the staff member who decided (the note is content, read by the legal team).
 */
import { formatANumber } from '../domain/a-number';
import type { Intake } from '../domain/intake';
import { intakeClientName } from '../domain/intake';

export type NoteLanguage = 'en' | 'es';

const labels = {
  en: {
    title: 'Intake',
    client: 'Client',
    aNumber: 'A-number',
    dateOfBirth: 'Date of birth',
    countryOfBirth: 'Country of birth',
    language: 'Language',
    phone: 'Phone',
    custody: 'Custody',
    facility: 'Facility',
    detainedOn: 'Detained on',
    court: 'Court',
    nextHearing: 'Next hearing',
    referralSource: 'Referred by',
    adverse: 'Adverse party',
    related: 'Related person',
    protected: 'Protected',
    notes: 'Notes taken at intake',
  },
  es: {
    title: 'Admisión',
    client: 'Cliente',
    aNumber: 'Número A',
    dateOfBirth: 'Fecha de nacimiento',
    countryOfBirth: 'País de nacimiento',
    language: 'Idioma',
    phone: 'Teléfono',
    custody: 'Custodia',
    facility: 'Centro',
    detainedOn: 'Detenido el',
    court: 'Tribunal',
    nextHearing: 'Próxima audiencia',
    referralSource: 'Referido por',
    adverse: 'Parte contraria',
    related: 'Persona relacionada',
    protected: 'Protegido',
    notes: 'Notas tomadas en la admisión',
  },
} as const;

export function intakeNoteText(intake: Intake, language: NoteLanguage): string {
  const l = labels[language];
  const { client, custody, court, flags } = intake;
  const lines: string[] = [`${l.title} ${intake.reference}`, ''];
  const add = (label: string, value: string | null | undefined) => {
    if (value && value.trim()) lines.push(`${label}: ${value.trim()}`);
  };
  add(l.client, intakeClientName(client));
  add(l.aNumber, client.aNumber ? formatANumber(client.aNumber) : null);
  add(l.dateOfBirth, client.dateOfBirth);
  add(l.countryOfBirth, client.countryOfBirth);
  add(l.language, client.language ? (client.language.name ?? client.language.code) : null);
  add(l.phone, client.phone);
  add(l.custody, custody.status);
  add(l.facility, custody.facility);
  add(l.detainedOn, custody.detainedOn);
  add(l.court, court.court);
  const hearing = court.nextHearing;
  add(
    l.nextHearing,
    hearing
      ? [hearing.date, hearing.time, hearing.type, hearing.format].filter(Boolean).join(' ')
      : null,
  );
  add(l.referralSource, intake.referralSource);
  const marks = [
    flags.asylumProtected ? '8 CFR 1208.6' : null,
    flags.vawaProtected1367 ? '8 U.S.C. 1367' : null,
  ].filter(Boolean);
  add(l.protected, marks.join(', '));
  for (const party of intake.parties) {
    const detail = [party.relationship, party.aNumber ? formatANumber(party.aNumber) : null]
      .filter(Boolean)
      .join(', ');
    add(
      party.role === 'adverse' ? l.adverse : l.related,
      detail ? `${party.name} (${detail})` : party.name,
    );
  }
  if (intake.notes?.trim()) lines.push('', `${l.notes}:`, intake.notes.trim());
  return lines.join('\n');
}
