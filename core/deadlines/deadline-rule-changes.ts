/**
 * What changed in the deadline rule data, newest last. Every change to the rules adds an entry
 * here and bumps `DEADLINE_RULES_VERSION` to the entry's version, so a stored result can always
 * be explained by the rules that produced it.
 */
import type { IsoDate } from './calendar-date';
import type { DeadlineRuleId, LocalizedText } from './deadline-types';
import { t } from './deadline-types';

export interface DeadlineRuleChange {
  /** `YYYY-MM-DD.n`: the date of the change and its number that day. */
  readonly version: string;
  readonly date: IsoDate;
  readonly ruleIds: readonly DeadlineRuleId[];
  readonly text: LocalizedText;
  readonly citations: readonly string[];
}

export const deadlineRuleChanges: readonly DeadlineRuleChange[] = [
  {
    version: '2026-11-27',
    date: '2026-11-27',
    ruleIds: [],
    text: t(
      'Rule set written from DOMAIN.md and the fact-check of 2026-11-27.',
      'Conjunto de reglas escrito a partir de DOMAIN.md y la verificación del 2026-11-27.',
    ),
    citations: [],
  },
  {
    version: '2026-12-06.1',
    date: '2026-12-06',
    ruleIds: [
      'motion-to-reopen',
      'motion-to-reconsider',
      'motion-to-reopen-in-absentia',
      'eoir-33',
      'pre-hearing-filing',
      'voluntary-departure',
      'vd-bond',
      'ar-11',
    ],
    text: t(
      "Motions to reopen and reconsider, the 180-day in-absentia motion and the EOIR-33 now run to the next business day when the last day is a weekend or federal holiday (8 CFR 1001.1(h)); the business day before is shown beside it as the safe date. Counted-back pre-hearing cut-offs show the Practice Manual's next business day as the last day and the day before as safe. The EOIR-33 cites 8 CFR 1003.15(d)(2) instead of 8 CFR 1003.38(e). Voluntary departure, its bond and the AR-11 no longer count immigration-court closures. The IJ motions no longer cite the BIA rules (8 CFR 1003.2).",
      'Las mociones para reabrir y reconsiderar, la moción de 180 días contra una orden en ausencia y el EOIR-33 ahora corren hasta el siguiente día hábil cuando el último día cae en fin de semana o feriado federal (8 CFR 1001.1(h)); al lado se muestra el día hábil anterior como fecha segura. Los plazos contados hacia atrás desde una audiencia muestran como último día el siguiente día hábil del Manual de Práctica y el día anterior como fecha segura. El EOIR-33 cita 8 CFR 1003.15(d)(2) en lugar de 8 CFR 1003.38(e). La salida voluntaria, su fianza y el AR-11 ya no cuentan los cierres de la corte de inmigración. Las mociones ante el juez ya no citan las reglas de la BIA (8 CFR 1003.2).',
    ),
    citations: [
      '8 CFR 1001.1(h)',
      'Monsalvo Velázquez v. Bondi (U.S. 2025-04-22)',
      '8 CFR 1003.15(d)(2)',
      'Immigration Court Practice Manual 3.1(c)',
    ],
  },
  {
    version: '2026-12-06.2',
    date: '2026-12-06',
    ruleIds: ['petition-for-review', 'bia-motion-to-reopen', 'bia-motion-to-reconsider'],
    text: t(
      'Deadlines after a BIA decision, computed from the BIA decision recorded in the case file: petition for review in 30 days (INA 242(b)(1); FRAP 26(a)(1)(C) roll-forward; Riley v. Bondi note; stay-of-removal prompt), BIA motion to reopen in 90 days and to reconsider in 30 days (8 CFR 1003.2). Once a BIA decision governs, the judge-level appeal and motion dates are no longer shown.',
      'Plazos después de una decisión de la BIA, calculados desde la decisión de la BIA registrada en el expediente: petición de revisión en 30 días (INA 242(b)(1); traslado según FRAP 26(a)(1)(C); nota sobre Riley v. Bondi; aviso para pedir la paralización de la deportación (stay of removal)), moción para reabrir ante la BIA en 90 días y de reconsideración en 30 días (8 CFR 1003.2). Cuando rige una decisión de la BIA, ya no se muestran los plazos de apelación y mociones ante el juez.',
    ),
    citations: [
      'INA 242(b)(1)',
      'FRAP 26(a)(1)(C)',
      'Riley v. Bondi (U.S. 2025-06-26)',
      '8 CFR 1003.2(b)(2)',
      '8 CFR 1003.2(c)(2)',
    ],
  },
  {
    version: '2026-12-06.3',
    date: '2026-12-06',
    ruleIds: ['pre-hearing-filing'],
    text: t(
      'Detained docket: no 15/30-day filing cut-off is computed; the agenda asks for the date the immigration judge set (a new hearing field, "Filing deadline set by the judge") with a reminder to enter it. A judge-set date is used for any hearing and runs to the next business day when it falls on a weekend or holiday. With custody unknown, the defaults carry a warning.',
      'Casos de detenidos: no se calcula el plazo de presentación de 15/30 días; la agenda pide la fecha que fijó el juez de inmigración (un nuevo dato de la audiencia, "Plazo de presentación fijado por el juez") y recuerda anotarla. La fecha fijada por el juez se usa en cualquier audiencia y pasa al siguiente día hábil si cae en fin de semana o feriado. Si no consta la custodia, los valores por defecto llevan una advertencia.',
    ),
    citations: [
      'EOIR Policy Manual, Appendix C (detained: as the court orders)',
      'Immigration Court Practice Manual 3.1(b), 3.1(c)',
    ],
  },
  {
    version: '2026-12-06.4',
    date: '2026-12-06',
    ruleIds: ['asylum-one-year', 'petition-for-review'],
    text: t(
      'Spanish wording: withholding of removal is "suspensión de la remoción"; a stay of removal is "paralización de la deportación (stay of removal)".',
      'Redacción en español: la withholding of removal es la "suspensión de la remoción"; la stay of removal es la "paralización de la deportación (stay of removal)".',
    ),
    citations: [],
  },
  {
    version: '2026-12-06.5',
    date: '2026-12-06',
    ruleIds: [
      'motion-to-reopen',
      'motion-to-reconsider',
      'motion-to-reopen-in-absentia',
      'eoir-33',
      'pre-hearing-filing',
      'bia-appeal',
      'bond-appeal',
      'bia-motion-to-reopen',
      'bia-motion-to-reconsider',
    ],
    text: t(
      "Filings with the immigration court cite the Practice Manual's next-business-day rule (3.1(c)) beside 8 CFR 1001.1(h); filings with the BIA cite the BIA Practice Manual (3.1(b), wording not re-read: unverified note). Appeals and motions filed with the BIA no longer count closures listed for the local immigration court, which could have shown a last day later than the rule allows; only weekends and federal holidays move them.",
      'Los escritos ante la corte de inmigración citan la regla del siguiente día hábil del Manual de Práctica (3.1(c)) junto a 8 CFR 1001.1(h); los escritos ante la BIA citan el Manual de Práctica de la BIA (3.1(b), redacción no releída: nota sin verificar). Las apelaciones y mociones ante la BIA ya no cuentan los cierres anotados para la corte de inmigración local, que podían mostrar un último día más tarde de lo que permite la regla; solo los fines de semana y los feriados federales los mueven.',
    ),
    citations: [
      '8 CFR 1001.1(h)',
      '8 CFR 1003.38(b)',
      'Immigration Court Practice Manual 3.1(c)',
      'BIA Practice Manual 3.1(b)',
    ],
  },
];
