/** Deadline rules for filings, notices and the cancellation clocks. Law as data: edit here, with dates. */
import type { DeadlineRule, Volatility } from './deadline-types';
import { t } from './deadline-types';
import { ICPM_DAY_CITATION } from './deadline-rules-orders';

const STABLE: Volatility = { volatile: false };
const IIRIRA = '1997-04-01';

const STOP_TIME_CITATIONS = [
  'INA 240A(d)(1) (stop-time)',
  'Niz-Chavez v. Garland (U.S. 2021)',
  'Pereira v. Sessions (U.S. 2018)',
  'Barton v. Barr (U.S. 2020-04-23)',
  'Matter of Chen, 28 I&N Dec. 676 (BIA 2023)',
];

export const filingDeadlineRules: readonly DeadlineRule[] = [
  {
    id: 'asylum-one-year',
    name: t('Asylum application: one-year deadline', 'Solicitud de asilo: plazo de un año'),
    trigger: t(
      'The last arrival in the United States (or 1997-04-01, whichever is later).',
      'La última llegada a Estados Unidos (o el 1997-04-01, lo que sea posterior).',
    ),
    period: { amount: 1, unit: 'years' },
    citations: [
      'INA 208(a)(2)(B)',
      '8 CFR 1208.4(a)(2)(ii)',
      'Minasyan v. Mukasey, 553 F.3d 1224 (9th Cir. 2009)',
      'Immigration Court Practice Manual 3.1(a)(3) (filed when received)',
    ],
    effectiveDate: IIRIRA,
    verified: true,
    rollsToBusinessDay: true,
    rollAuthority: '8 CFR 1208.4(a)(2)(ii)',
    closures: 'immigration_court',
    notes: [
      {
        date: '2022-04-22',
        datePrecision: 'day',
        text: t(
          'Mendez Rojas v. Wolf: the window to claim settlement-class membership closed on 2022-04-22. It only matters if the client already claimed membership before then.',
          'Mendez Rojas v. Wolf: el plazo para reclamar la membresía en el grupo del acuerdo cerró el 2022-04-22. Solo importa si la persona ya la reclamó antes de esa fecha.',
        ),
        citations: [
          'https://www.lexisnexis.com/community/insights/legal/immigration/b/insidenews/posts/eoir-guidelines-for-implementation-of-mendez-rojas-v-wolf-settlement',
        ],
        verified: true,
      },
    ],
    volatility: STABLE,
  },
  {
    id: 'eoir-33',
    name: t(
      'Change of address to the court (EOIR-33)',
      'Cambio de dirección ante la corte (EOIR-33)',
    ),
    trigger: t('The move to a new address.', 'La mudanza a una nueva dirección.'),
    period: { amount: 5, unit: 'days' },
    citations: [
      '8 CFR 1003.15(d)(2) (within five days of a change of address, Form EOIR-33 to the immigration court)',
      'INA 239(a)(1)(F)(ii)',
      'EOIR Policy Manual, Appendix C ("5 days")',
      'Form EOIR-33/IC instructions ("within five working days")',
      '8 CFR 1001.1(h) (a last day on a Saturday, Sunday or legal holiday runs to the next business day)',
      ICPM_DAY_CITATION,
    ],
    effectiveDate: IIRIRA,
    verified: true,
    rollsToBusinessDay: true,
    rollAuthority: '8 CFR 1001.1(h)',
    closures: 'immigration_court',
    notes: [
      {
        date: '2026-12-06',
        datePrecision: 'day',
        text: t(
          "Citation corrected: the immigration-court rule is 8 CFR 1003.15(d)(2); 8 CFR 1003.38(e) is the BIA's rule for cases on appeal. A last day on a weekend or federal holiday now runs to the next business day (8 CFR 1001.1(h)).",
          'Cita corregida: la regla de la corte de inmigración es 8 CFR 1003.15(d)(2); 8 CFR 1003.38(e) es la regla de la BIA para casos en apelación. Si el último día cae en fin de semana o feriado federal, ahora corre hasta el siguiente día hábil (8 CFR 1001.1(h)).',
        ),
        citations: [
          'https://www.reginfo.gov/public/do/PRAViewICR?ref_nbr=202602-1125-003 (EOIR-33 information collection citing 8 CFR 1003.15(d)(2))',
        ],
        verified: true,
      },
    ],
    volatility: STABLE,
  },
  {
    id: 'ar-11',
    name: t('Change of address to DHS (AR-11)', 'Cambio de dirección ante DHS (AR-11)'),
    trigger: t('The move to a new address.', 'La mudanza a una nueva dirección.'),
    period: { amount: 10, unit: 'days' },
    citations: ['INA 265(a)'],
    effectiveDate: IIRIRA,
    verified: false,
    rollsToBusinessDay: false,
    rollAuthority: null,
    closures: 'federal_holidays',
    notes: [],
    volatility: STABLE,
  },
  {
    id: 'pre-hearing-filing',
    name: t(
      'Filing cut-off before a hearing',
      'Fecha límite de presentación antes de una audiencia',
    ),
    trigger: t(
      'The hearing date, counted back (the hearing day is day 0).',
      'La fecha de la audiencia, contando hacia atrás (el día de la audiencia es el día 0).',
    ),
    period: null,
    citations: [
      'EOIR Policy Manual, Appendix C',
      'Immigration Court Practice Manual 3.1(c) (counting back; hearing day is day 0)',
    ],
    effectiveDate: '2025-02-16',
    verified: true,
    rollsToBusinessDay: true,
    rollAuthority: 'Immigration Court Practice Manual 3.1(c)',
    closures: 'immigration_court',
    notes: [
      {
        date: '2021-01-13',
        datePrecision: 'day',
        text: t(
          'Individual hearings: 30 days before (Policy Manual), up from 15.',
          'Audiencias individuales: 30 días antes (Manual de Políticas), antes eran 15.',
        ),
        citations: [
          'https://immpolicytracking.org/policies/eoir-announces-policy-manual-eliminates-bia-and-immigration-court-practice-manuals',
        ],
        verified: true,
      },
      {
        date: '2022-08-26',
        datePrecision: 'day',
        text: t(
          'DM 22-04: individual hearings back to 15 days.',
          'DM 22-04: audiencias individuales vuelven a 15 días.',
        ),
        citations: [
          'https://cliniclegal.org/resources/updates-immigration-court-and-bia-practice-manuals',
        ],
        verified: true,
      },
      {
        date: '2025-02-16',
        datePrecision: 'month',
        text: t(
          "DM 22-04 rescinded in February 2025: individual hearings 30 days again; master hearings 15 days. An IJ's order controls; detained cases follow the court's order.",
          'DM 22-04 se rescindió en febrero de 2025: audiencias individuales otra vez 30 días; audiencias preliminares 15 días. Manda la orden del juez; los casos de detenidos siguen la orden de la corte.',
        ),
        citations: [
          'https://nepyork.com/2025/02/16/eoir-reinstates-30-day-filing-deadline-reducing-time-to-submit-evidence-in-immigration-court/',
        ],
        verified: true,
      },
    ],
    volatility: STABLE,
  },
  {
    id: 'cancellation-42b-clock',
    name: t(
      'Non-LPR cancellation (42B): 10 years of continuous physical presence',
      'Cancelación para no residentes (42B): 10 años de presencia física continua',
    ),
    trigger: t(
      'Presence from the first entry, restarted after a disqualifying absence, until stop-time.',
      'Presencia desde la primera entrada, reiniciada tras una ausencia descalificante, hasta la regla de interrupción (stop-time).',
    ),
    period: { amount: 10, unit: 'years' },
    citations: [
      'INA 240A(b)(1)(A)',
      'INA 240A(d)(2) (90/180-day absences)',
      ...STOP_TIME_CITATIONS,
    ],
    effectiveDate: IIRIRA,
    verified: true,
    rollsToBusinessDay: false,
    rollAuthority: null,
    closures: 'immigration_court',
    notes: [],
    volatility: STABLE,
  },
  {
    id: 'cancellation-42a-clock',
    name: t(
      'LPR cancellation (42A): 7 years of residence and 5 years as an LPR',
      'Cancelación para residentes (42A): 7 años de residencia y 5 años como residente permanente',
    ),
    trigger: t(
      'Residence from the first admission until stop-time; LPR years from the grant of LPR status.',
      'Residencia desde la primera admisión hasta la regla de interrupción; años de residente desde la concesión de la residencia.',
    ),
    period: { amount: 7, unit: 'years' },
    citations: ['INA 240A(a)(1)-(2)', ...STOP_TIME_CITATIONS],
    effectiveDate: IIRIRA,
    verified: true,
    rollsToBusinessDay: false,
    rollAuthority: null,
    closures: 'immigration_court',
    notes: [],
    volatility: STABLE,
  },
  {
    id: 'vawa-cancellation-clock',
    name: t(
      'VAWA cancellation: 3 years of continuous physical presence',
      'Cancelación VAWA: 3 años de presencia física continua',
    ),
    trigger: t(
      'Presence from the first entry; the NTA does not stop this clock.',
      'Presencia desde la primera entrada; el NTA no interrumpe este plazo.',
    ),
    period: { amount: 3, unit: 'years' },
    citations: ['INA 240A(b)(2)(A)(ii)', 'INA 240A(b)(2)(B)', 'Barton v. Barr (U.S. 2020-04-23)'],
    effectiveDate: IIRIRA,
    verified: true,
    rollsToBusinessDay: false,
    rollAuthority: null,
    closures: 'immigration_court',
    notes: [],
    volatility: STABLE,
  },
];
