/** Deadline rules that run from an immigration judge's decision. Law as data: edit here, with dates. */
import type { DeadlineRule, Volatility } from './deadline-types';
import { t } from './deadline-types';

const STABLE: Volatility = { volatile: false };
/** The removal-proceedings framework of IIRIRA; rules marked with it are at least this old. */
const IIRIRA = '1997-04-01';

const BIA_LITIGATION: Volatility = {
  volatile: true,
  asOf: '2026-03-08',
  banner: t(
    'Litigation pending. A 2026 rule cut the appeal period to 10 days; a federal court vacated that part on 2026-03-08, so 30 days applies as of that date. Check the current status before relying on this date.',
    'Litigio pendiente. Una regla de 2026 redujo el plazo de apelación a 10 días; un tribunal federal anuló esa parte el 2026-03-08, así que a esa fecha rige el plazo de 30 días. Verifique la situación actual antes de confiar en esta fecha.',
  ),
};

const BIA_NOTES = [
  {
    date: '2026-02-06',
    datePrecision: 'day',
    text: t(
      'EOIR interim final rule "Appellate Procedures for the BIA" published: 10-day appeal deadline (30 days kept for asylum denied on the merits), summary dismissal by default, one 20-day simultaneous briefing schedule.',
      'EOIR publicó la regla final provisional "Appellate Procedures for the BIA": plazo de apelación de 10 días (se mantienen 30 días para asilo negado en el fondo), desestimación sumaria por defecto y un único plazo simultáneo de 20 días para escritos.',
    ),
    citations: ['https://www.ilrc.org/node/3987'],
    verified: true,
  },
  {
    date: '2026-03-08',
    datePrecision: 'day',
    text: t(
      'D.D.C. (Amica Center et al.) vacated the 10-day deadline, the issue-waiver and the summary-dismissal provisions. Later appeal or stay status not confirmed.',
      'El D.D.C. (Amica Center y otros) anuló el plazo de 10 días, la renuncia de argumentos y la desestimación sumaria. No se ha confirmado la situación posterior (apelación o suspensión).',
    ),
    citations: ['https://www.ilrc.org/node/3987'],
    verified: true,
  },
  {
    date: '2026-03-09',
    datePrecision: 'day',
    text: t(
      'In force: 20-day simultaneous briefing and extensions only for "exceptional circumstances" (replaces the old 21-day sequential briefing).',
      'En vigor: escritos simultáneos en 20 días y prórrogas solo por "circunstancias excepcionales" (reemplaza el antiguo plazo sucesivo de 21 días).',
    ),
    citations: ['https://www.ilrc.org/node/3987'],
    verified: true,
  },
] as const;

/** The immigration regulations' definition of "day": a closed last day runs to the next business day. */
export const DAY_RULE_CITATIONS = [
  '8 CFR 1001.1(h) (a last day on a Saturday, Sunday or legal holiday runs to the next business day)',
  'Monsalvo Velázquez v. Bondi (U.S. 2025-04-22) (reading immigration deadlines with that rule)',
];

/** The Immigration Court Practice Manual's own statement of the rule, for filings with the court. */
export const ICPM_DAY_CITATION =
  'Immigration Court Practice Manual 3.1(c) (a deadline on a Saturday, Sunday or legal holiday is construed to fall on the next business day)';

/** The BIA Practice Manual's statement of the rule, for filings with the Board. */
export const BIA_PM_DAY_CITATION =
  'BIA Practice Manual 3.1(b) (a deadline on a Saturday, Sunday or legal holiday falls on the next business day)';

/** Filings with the Board: its Practice Manual beside the regulation, and no local closures. */
export const BIA_FILING_NOTE = {
  date: '2026-12-06',
  datePrecision: 'day',
  text: t(
    "Filed with the BIA, not the immigration court: closures listed for the local immigration court no longer move this deadline (only weekends and federal holidays do). The BIA Practice Manual's wording of the next-business-day rule (3.1(b)) was not re-read for this version; the regulation governs.",
    'Se presenta ante la BIA, no ante la corte de inmigración: los cierres anotados para la corte local ya no mueven este plazo (solo los fines de semana y los feriados federales). No se volvió a leer para esta versión la redacción de la regla del siguiente día hábil en el Manual de Práctica de la BIA (3.1(b)); rige el reglamento.',
  ),
  citations: [BIA_PM_DAY_CITATION],
  verified: false,
} as const;

export const DAY_RULE_NOTE = {
  date: '2026-12-06',
  datePrecision: 'day',
  text: t(
    'Roll-forward added: a last day on a weekend or federal holiday runs to the next business day (8 CFR 1001.1(h); Practice Manuals). Earlier versions showed the business day before, and then "passed", which could make a timely motion look late.',
    'Se agregó el traslado: si el último día cae en fin de semana o feriado federal, el plazo corre hasta el siguiente día hábil (8 CFR 1001.1(h); Manuales de Práctica). Las versiones anteriores mostraban el día hábil anterior y luego "vencido", lo que podía hacer parecer tardía una moción presentada a tiempo.',
  ),
  citations: DAY_RULE_CITATIONS,
  verified: true,
} as const;

export const orderDeadlineRules: readonly DeadlineRule[] = [
  {
    id: 'bia-appeal',
    name: t('Appeal to the BIA (EOIR-26)', 'Apelación ante la BIA (EOIR-26)'),
    trigger: t(
      'An oral decision, or the mailing or electronic service of a written one.',
      'Una decisión oral, o el envío por correo o la notificación electrónica de una decisión escrita.',
    ),
    period: { amount: 30, unit: 'days' },
    citations: [
      '8 CFR 1003.38(b)-(c)',
      'BIA Practice Manual 4.5 (filed when received)',
      'Matter of Iskandarani, 29 I&N Dec. 26 (BIA 2025)',
      BIA_PM_DAY_CITATION,
    ],
    effectiveDate: IIRIRA,
    verified: true,
    rollsToBusinessDay: true,
    rollAuthority: '8 CFR 1003.38(b)',
    closures: 'federal_holidays',
    notes: [...BIA_NOTES, BIA_FILING_NOTE],
    volatility: BIA_LITIGATION,
  },
  {
    id: 'bond-appeal',
    name: t('Appeal of an IJ bond decision', 'Apelación de una decisión de fianza del juez'),
    trigger: t(
      "The immigration judge's custody decision.",
      'La decisión de custodia del juez de inmigración.',
    ),
    period: { amount: 30, unit: 'days' },
    citations: ['8 CFR 1003.38(b)', 'BIA Practice Manual 7.3', BIA_PM_DAY_CITATION],
    effectiveDate: IIRIRA,
    verified: true,
    rollsToBusinessDay: true,
    rollAuthority: '8 CFR 1003.38(b)',
    closures: 'federal_holidays',
    notes: [...BIA_NOTES, BIA_FILING_NOTE],
    volatility: BIA_LITIGATION,
  },
  {
    id: 'motion-to-reopen',
    name: t(
      'Motion to reopen before the immigration judge',
      'Moción para reabrir ante el juez de inmigración',
    ),
    trigger: t('The final administrative order.', 'La orden administrativa final.'),
    period: { amount: 90, unit: 'days' },
    citations: [
      'INA 240(c)(7)',
      '8 CFR 1003.23(b)(1)',
      'EOIR Policy Manual, Appendix C',
      ...DAY_RULE_CITATIONS,
      ICPM_DAY_CITATION,
    ],
    effectiveDate: IIRIRA,
    verified: true,
    rollsToBusinessDay: true,
    rollAuthority: '8 CFR 1001.1(h)',
    closures: 'immigration_court',
    notes: [DAY_RULE_NOTE],
    volatility: STABLE,
  },
  {
    id: 'motion-to-reconsider',
    name: t(
      'Motion to reconsider before the immigration judge',
      'Moción de reconsideración ante el juez de inmigración',
    ),
    trigger: t('The final administrative order.', 'La orden administrativa final.'),
    period: { amount: 30, unit: 'days' },
    citations: [
      'INA 240(c)(6)',
      '8 CFR 1003.23(b)(1)',
      'EOIR Policy Manual, Appendix C',
      ...DAY_RULE_CITATIONS,
      ICPM_DAY_CITATION,
    ],
    effectiveDate: IIRIRA,
    verified: true,
    rollsToBusinessDay: true,
    rollAuthority: '8 CFR 1001.1(h)',
    closures: 'immigration_court',
    notes: [DAY_RULE_NOTE],
    volatility: STABLE,
  },
  {
    id: 'motion-to-reopen-in-absentia',
    name: t(
      'Motion to reopen an in-absentia order (exceptional circumstances)',
      'Moción para reabrir una orden en ausencia (circunstancias excepcionales)',
    ),
    trigger: t('The in-absentia removal order.', 'La orden de deportación en ausencia.'),
    period: { amount: 180, unit: 'days' },
    citations: [
      'INA 240(b)(5)(C)',
      '8 CFR 1003.23(b)(4)(ii)',
      '8 CFR 1240.15',
      'Immigration Court Practice Manual 5.9',
      ...DAY_RULE_CITATIONS,
      ICPM_DAY_CITATION,
    ],
    effectiveDate: IIRIRA,
    verified: true,
    rollsToBusinessDay: true,
    rollAuthority: '8 CFR 1001.1(h)',
    closures: 'immigration_court',
    notes: [DAY_RULE_NOTE],
    volatility: STABLE,
  },
  {
    id: 'voluntary-departure',
    name: t('Voluntary departure: leave by', 'Salida voluntaria: salir a más tardar'),
    trigger: t('The grant of voluntary departure.', 'La concesión de la salida voluntaria.'),
    period: null,
    citations: ['INA 240B', '8 CFR 1240.26', 'Monsalvo Velázquez v. Bondi (U.S. 2025-04-22)'],
    effectiveDate: IIRIRA,
    verified: true,
    rollsToBusinessDay: true,
    rollAuthority: 'Monsalvo Velázquez v. Bondi (U.S. 2025-04-22)',
    closures: 'federal_holidays',
    notes: [
      {
        date: '2025-04-22',
        datePrecision: 'day',
        text: t(
          'Monsalvo Velázquez v. Bondi: a voluntary-departure deadline on a weekend or legal holiday moves to the next business day.',
          'Monsalvo Velázquez v. Bondi: si el plazo de salida voluntaria cae en fin de semana o feriado legal, pasa al siguiente día hábil.',
        ),
        citations: [
          'https://www.jdsupra.com/legalnews/the-supreme-court-update-april-22-2025-9216514',
        ],
        verified: true,
      },
    ],
    volatility: STABLE,
  },
  {
    id: 'vd-bond',
    name: t('Voluntary departure bond', 'Fianza de salida voluntaria'),
    trigger: t('The grant of voluntary departure.', 'La concesión de la salida voluntaria.'),
    period: { amount: 5, unit: 'business_days' },
    citations: ['8 CFR 1240.26(c)(3)'],
    effectiveDate: IIRIRA,
    verified: false,
    rollsToBusinessDay: false,
    rollAuthority: null,
    closures: 'federal_holidays',
    notes: [],
    volatility: STABLE,
  },
];
