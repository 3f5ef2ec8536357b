/** Deadline rules that run from a decision of the Board of Immigration Appeals. Law as data. */
import { BIA_FILING_NOTE, BIA_PM_DAY_CITATION, DAY_RULE_CITATIONS } from './deadline-rules-orders';
import type { DeadlineRule, Volatility } from './deadline-types';
import { t } from './deadline-types';

const STABLE: Volatility = { volatile: false };
const IIRIRA = '1997-04-01';

export const biaDeadlineRules: readonly DeadlineRule[] = [
  {
    id: 'petition-for-review',
    name: t(
      'Petition for review in the court of appeals',
      'Petición de revisión ante la corte de apelaciones',
    ),
    trigger: t(
      "The date of the BIA's decision (the final order of removal, or the denial of a motion).",
      'La fecha de la decisión de la BIA (la orden final de deportación, o la negación de una moción).',
    ),
    period: { amount: 30, unit: 'days' },
    citations: [
      'INA 242(b)(1) (8 U.S.C. 1252(b)(1)): within 30 days of the final order of removal',
      'INA 242(b)(2): in the court of appeals for the circuit where the immigration judge completed the proceedings',
      'FRAP 15(a)',
      'FRAP 26(a)(1)(C) (a last day on a Saturday, Sunday or legal holiday runs to the next day that is none of these)',
      'Riley v. Bondi, 606 U.S. ___ (2025-06-26) (the 30 days is a claim-processing rule, not jurisdictional)',
      'Stone v. INS, 514 U.S. 386 (1995) (a motion to reopen or reconsider does not stop the 30 days)',
      'INA 242(b)(3)(B); Nken v. Holder, 556 U.S. 418 (2009) (no automatic stay of removal)',
    ],
    effectiveDate: IIRIRA,
    verified: true,
    rollsToBusinessDay: true,
    rollAuthority: 'FRAP 26(a)(1)(C)',
    closures: 'federal_holidays',
    notes: [
      {
        date: '2025-06-26',
        datePrecision: 'day',
        text: t(
          'Riley v. Bondi: the 30-day deadline is a mandatory claim-processing rule, not jurisdictional, so the government can waive or forfeit it; in withholding-only cases after an administrative removal order, the 30 days run from that order, not from the later BIA decision.',
          'Riley v. Bondi: el plazo de 30 días es una regla procesal obligatoria, no jurisdiccional, así que el gobierno puede renunciar a ella o perderla; en los casos de solo suspensión de la remoción tras una orden administrativa de deportación, los 30 días corren desde esa orden, no desde la decisión posterior de la BIA.',
        ),
        citations: [
          'https://www.supremecourt.gov/opinions/24pdf/23-1270_new_3dq3.pdf',
          'https://www.casemine.com/judgement/us/68621edb46f0106439f503e8',
        ],
        verified: true,
      },
    ],
    volatility: STABLE,
  },
  {
    id: 'bia-motion-to-reopen',
    name: t('Motion to reopen before the BIA', 'Moción para reabrir ante la BIA'),
    trigger: t("The date of the BIA's final decision.", 'La fecha de la decisión final de la BIA.'),
    period: { amount: 90, unit: 'days' },
    citations: [
      'INA 240(c)(7)(C)(i)',
      '8 CFR 1003.2(c)(2) (within 90 days of the final administrative decision)',
      'BIA Practice Manual, Chapter 5 (motions)',
      ...DAY_RULE_CITATIONS,
      BIA_PM_DAY_CITATION,
    ],
    effectiveDate: IIRIRA,
    verified: true,
    rollsToBusinessDay: true,
    rollAuthority: '8 CFR 1001.1(h)',
    closures: 'federal_holidays',
    notes: [BIA_FILING_NOTE],
    volatility: STABLE,
  },
  {
    id: 'bia-motion-to-reconsider',
    name: t('Motion to reconsider before the BIA', 'Moción de reconsideración ante la BIA'),
    trigger: t(
      "The mailing of the BIA's decision (normally its date).",
      'El envío de la decisión de la BIA (normalmente su fecha).',
    ),
    period: { amount: 30, unit: 'days' },
    citations: [
      'INA 240(c)(6)(B)',
      '8 CFR 1003.2(b)(2) (within 30 days after the mailing of the Board decision)',
      'BIA Practice Manual, Chapter 5 (motions)',
      ...DAY_RULE_CITATIONS,
      BIA_PM_DAY_CITATION,
    ],
    effectiveDate: IIRIRA,
    verified: true,
    rollsToBusinessDay: true,
    rollAuthority: '8 CFR 1001.1(h)',
    closures: 'federal_holidays',
    notes: [BIA_FILING_NOTE],
    volatility: STABLE,
  },
];
