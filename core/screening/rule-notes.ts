import type { CaseFile } from '../domain/case-file';
import type { LocalizedText } from '../law/law-schema';
import { tpsCountry, tpsStatusOn, tpsTable } from '../law/tps-table';
import { latestDay } from '../domain/approximate-date';
import { asApproximate, asylumDueRange, isDay } from './date-facts';
import { citizenshipNotes } from './citizenship-facts';
import type { ScreeningFacts } from './fact-types';

type NoteMaker = (facts: ScreeningFacts, c: CaseFile) => LocalizedText[];

const value = (facts: ScreeningFacts, id: keyof ScreeningFacts['facts']) => facts.facts[id].value;

const asylumNotes: NoteMaker = (facts, c) => {
  const notes: LocalizedText[] = [];
  const last = value(facts, 'lastArrivalDate');
  const due = asylumDueRange(last, facts.today);
  if (due) {
    const date =
      due.earliest === due.latest ? due.earliest : `${due.earliest} (${due.latest} at the latest)`;
    const fecha =
      due.earliest === due.latest ? due.earliest : `${due.earliest} (a más tardar ${due.latest})`;
    notes.push({
      en: `Last day to file for asylum: ${date}, the anniversary of the last arrival moved past weekends and federal holidays (8 CFR 1208.4(a)(2)(ii)).`,
      es: `Último día para pedir asilo: ${fecha}, el aniversario de la última llegada, corrido si cae en fin de semana o feriado federal (8 CFR 1208.4(a)(2)(ii)).`,
    });
  }
  const arrival = asApproximate(last);
  if (arrival && latestDay(arrival) >= '2025-01-20') {
    notes.push({
      en: 'Last arrival on or after 2025-01-20: check the status of the proclamation and rule bars before advising.',
      es: 'Última llegada el 2025-01-20 o después: revise la situación de los impedimentos por proclamación y reglas antes de aconsejar.',
    });
  }
  if (
    arrival &&
    (arrival.precision !== 'day' ||
      c.entries.some((e) => e.date === last && e.dateApproximate === true))
  ) {
    notes.push({
      en: 'The last arrival date is approximate: confirm it before relying on the deadline.',
      es: 'La fecha de la última llegada es aproximada: confírmela antes de confiar en el plazo.',
    });
  }
  return notes;
};

const cancellationNotes: NoteMaker = (facts, c) => {
  const notes: LocalizedText[] = [];
  const decision = value(facts, 'decisionDateEstimate');
  notes.push({
    en: `Time counted up to ${String(decision)} (next individual hearing, or today), unless stopped earlier.`,
    es: `Tiempo contado hasta el ${String(decision)} (próxima audiencia individual, u hoy), salvo que se haya detenido antes.`,
  });
  if (c.criminalEvents.some((e) => isDay(e.offenseDate) && e.triggersStopTime == null)) {
    notes.push({
      en: 'Some offenses are not yet marked as stopping time or not; the result is computed both ways.',
      es: 'Algunos delitos todavía no están marcados como que detienen o no el tiempo; el resultado se calculó de las dos formas.',
    });
  }
  if (c.departures.some((d) => d.underOrder === true)) {
    notes.push({
      en: 'A departure under a removal or voluntary departure order is recorded: review its effect on continuous presence.',
      es: 'Hay una salida con una orden de deportación o de salida voluntaria: revise cómo afecta la presencia continua.',
    });
  }
  if (c.priorFilings.some((f) => ['212c', 'suspension', 'cancellation'].includes(f.kind))) {
    notes.push({
      en: 'An earlier 212(c), suspension or cancellation filing is recorded: if it was granted, cancellation is barred.',
      es: 'Hay una solicitud anterior de 212(c), suspensión o cancelación: si se concedió, la cancelación está impedida.',
    });
  }
  return notes;
};

const tpsNotes: NoteMaker = (facts, c) =>
  c.identity.nationalities.flatMap((code) => {
    const entry = tpsCountry(code);
    if (!entry) return [];
    const status = tpsStatusOn(entry, facts.today);
    return [
      {
        en: `${entry.name.en}: ${entry.statusText.en} (as of ${entry.asOf}; status shown: ${status}). ${tpsTable.banner.en}`,
        es: `${entry.name.es}: ${entry.statusText.es} (al ${entry.asOf}; estatus: ${status}). ${tpsTable.banner.es}`,
      },
    ];
  });

const closureNotes: NoteMaker = (facts) =>
  value(facts, 'detained') === true
    ? [
        {
          en: 'The client is detained: closure is harder to obtain (Matter of B-N-K-).',
          es: 'Su cliente está detenido: el cierre es más difícil de obtener (Matter of B-N-K-).',
        },
      ]
    : [];

/** Notes computed from the facts of this case, shown under a candidate. */
export const ruleNotes: Readonly<Record<string, NoteMaker>> = {
  R01: (_facts, c) => citizenshipNotes(c),
  R03: asylumNotes,
  R04: asylumNotes,
  R06: cancellationNotes,
  R07: cancellationNotes,
  R12: tpsNotes,
  R21: closureNotes,
};
