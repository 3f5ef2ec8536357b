import type { DefenseInput } from '../catalog-schema';
import { SPANISH_REVIEW, change, choice, dateQ, evidence, yesNo } from '../defense-builders';

const APP_C = 'https://www.justice.gov/eoir/eoir-policy-manual/appendices-c';
const BIA_RULE_VACATUR = 'https://www.ilrc.org/node/3987';

export const motionToReopen: DefenseInput = {
  id: 'motion-to-reopen',
  kind: 'post-order',
  name: { en: 'Motion to reopen or reconsider', es: 'Moción para reabrir o reconsiderar' },
  summary: {
    en: 'One motion to reopen within 90 days of the final order and one motion to reconsider within 30 days. Exceptions: changed country conditions for asylum; in-absentia orders (180 days for exceptional circumstances, any time for lack of notice or if the client was in custody); VAWA (1 year). An in-absentia order cannot be appealed: a motion to reopen is the only route.',
    es: 'Una moción para reabrir dentro de 90 días desde la orden final y una moción de reconsideración dentro de 30 días. Excepciones: cambio de condiciones en el país para el asilo; órdenes en ausencia (180 días por circunstancias excepcionales, en cualquier momento si no hubo aviso o si su cliente estaba detenido); VAWA (1 año). Una orden en ausencia no se puede apelar: solo queda la moción para reabrir.',
  },
  citations: [
    'INA 240(c)(6)-(7)',
    'INA 240(b)(5)(C)',
    '8 CFR 1240.15',
    'https://www.justice.gov/eoir/reference-materials/ic/chapter-5/9',
    APP_C,
  ],
  effectiveDate: '2016-07-28',
  verified: true,
  volatility: { volatile: false },
  questions: [
    dateQ('motion-to-reopen.order-date', 'Date of the final order', 'Fecha de la orden final'),
    yesNo(
      'motion-to-reopen.in-absentia',
      'Was the order entered in absentia?',
      '¿La orden se dictó en ausencia?',
    ),
    yesNo(
      'motion-to-reopen.no-notice',
      'Did the client fail to receive notice of the hearing?',
      '¿Su cliente no recibió el aviso de la audiencia?',
    ),
    yesNo(
      'motion-to-reopen.in-custody',
      'Was the client in federal or state custody at the time of the hearing?',
      '¿Su cliente estaba detenido por autoridades federales o estatales el día de la audiencia?',
    ),
    yesNo(
      'motion-to-reopen.exceptional',
      'Were there exceptional circumstances (serious illness, death in the family)?',
      '¿Hubo circunstancias excepcionales (enfermedad grave, muerte en la familia)?',
    ),
    yesNo(
      'motion-to-reopen.changed-conditions',
      'Have conditions changed in the home country (asylum)?',
      '¿Cambiaron las condiciones en su país (asilo)?',
    ),
    yesNo(
      'motion-to-reopen.vawa',
      'Is this a VAWA-based motion (1 year)?',
      '¿Es una moción basada en VAWA (1 año)?',
    ),
    yesNo(
      'motion-to-reopen.prior-motion',
      'Was a motion to reopen already filed?',
      '¿Ya se presentó una moción para reabrir?',
    ),
    yesNo(
      'motion-to-reopen.departed',
      'Has the client left the United States since the order?',
      '¿Su cliente salió de Estados Unidos después de la orden?',
    ),
  ],
  bars: [
    {
      id: 'motion-to-reopen.bar-number-limit',
      text: {
        en: 'Only one motion to reopen and one to reconsider, unless an exception applies',
        es: 'Solo una moción para reabrir y una de reconsideración, salvo excepciones',
      },
      citation: 'INA 240(c)(6)(A), (c)(7)(A)',
    },
    {
      id: 'motion-to-reopen.bar-fernandes-forfeited',
      text: {
        en: 'A defective-NTA objection raised first in the motion is forfeited',
        es: 'La objeción por NTA defectuoso presentada por primera vez en la moción se pierde',
      },
      citation: 'Matter of Nchifor, 28 I&N Dec. 585 (BIA 2022)',
    },
  ],
  evidence: [
    evidence('motion-to-reopen.doc-order', 'Copy of the order', 'Copia de la orden'),
    evidence(
      'motion-to-reopen.doc-notice-proof',
      'Proof about notice (address history, returned mail, EOIR-33s)',
      'Pruebas sobre el aviso (historial de domicilios, correo devuelto, formularios EOIR-33)',
    ),
    evidence(
      'motion-to-reopen.doc-circumstances',
      'Evidence of the exceptional circumstances or changed conditions',
      'Pruebas de las circunstancias excepcionales o del cambio de condiciones',
    ),
    evidence(
      'motion-to-reopen.doc-new-application',
      'The new application for relief, if any',
      'La nueva solicitud de alivio, si la hay',
    ),
  ],
  forms: [
    {
      form: 'Motion to reopen',
      name: { en: 'Motion to reopen', es: 'Moción para reabrir' },
      feeId: 'motion-to-reopen',
      filedWith: 'immigration-court',
    },
    {
      form: 'Motion to reconsider',
      name: { en: 'Motion to reconsider', es: 'Moción de reconsideración' },
      feeId: 'motion-to-reconsider',
      filedWith: 'immigration-court',
    },
  ],
  deadlineRuleIds: [
    'motion-to-reopen',
    'motion-to-reopen-in-absentia',
    'motion-to-reconsider',
    'bia-motion-to-reopen',
    'bia-motion-to-reconsider',
    'eoir-33',
  ],
  changes: [
    change(
      '2026-12-06',
      'Deadlines added for motions before the BIA after a recorded BIA decision (reopen 90 days, reconsider 30 days, 8 CFR 1003.2); a last day on a weekend or federal holiday runs to the next business day (8 CFR 1001.1(h)), with the day before shown as the safe date.',
      'Se agregaron los plazos de las mociones ante la BIA después de una decisión de la BIA registrada (reabrir 90 días, reconsiderar 30 días, 8 CFR 1003.2); si el último día cae en fin de semana o feriado federal, corre hasta el siguiente día hábil (8 CFR 1001.1(h)), y se muestra el día anterior como fecha segura.',
      ['8 CFR 1003.2(b)(2)', '8 CFR 1003.2(c)(2)', '8 CFR 1001.1(h)'],
    ),
    change(
      '2016-07-28',
      'Lugo-Resendez v. Lynch (5th Cir.): the 90-day deadline can be equitably tolled (diligence plus an extraordinary circumstance). Flag it; do not count on it. Departed noncitizens may file statutory motions (Garcia-Carias).',
      'Lugo-Resendez v. Lynch (5.º Cir.): el plazo de 90 días se puede suspender por equidad (diligencia más una circunstancia extraordinaria). Anótelo, pero no cuente con ello. Las personas que ya salieron pueden presentar mociones previstas en la ley (Garcia-Carias).',
      ['Lugo-Resendez v. Lynch, 831 F.3d 337 (5th Cir. 2016)'],
    ),
    change(
      '2024-01-01',
      'Campos-Chaves: a proper notice for the missed hearing defeats rescission despite a defective NTA.',
      'Campos-Chaves: un aviso válido de la audiencia a la que no asistió impide anular la orden, aunque el NTA sea defectuoso.',
      ['Campos-Chaves v. Garland (U.S. 2024)'],
      true,
      'year',
    ),
  ],
};

export const appealToBia: DefenseInput = {
  id: 'appeal-to-bia',
  kind: 'post-order',
  name: {
    en: 'Appeal to the Board of Immigration Appeals',
    es: 'Apelación ante la Junta de Apelaciones de Inmigración (BIA)',
  },
  summary: {
    en: 'EOIR-26 must be received by the BIA within 30 calendar days of an oral decision or of the mailing or electronic notice of a written one; a deadline on a weekend or holiday moves to the next business day. For an oral decision the clock runs from the oral decision (Iskandarani). In-absentia orders cannot be appealed. A petition for review of a BIA order goes to the Fifth Circuit within 30 days.',
    es: 'La BIA debe recibir el EOIR-26 dentro de 30 días naturales desde la decisión oral o desde el envío por correo o aviso electrónico de la decisión escrita; si el plazo vence en fin de semana o feriado, pasa al siguiente día hábil. Si la decisión fue oral, el plazo corre desde ese día (Iskandarani). Las órdenes en ausencia no se pueden apelar. La petición de revisión de una orden de la BIA va al Quinto Circuito dentro de 30 días.',
  },
  citations: [
    '8 CFR 1003.38',
    'https://www.justice.gov/eoir/reference-materials/bia/chapter-4/5',
    'Matter of Iskandarani, 29 I&N Dec. 26 (BIA 2025)',
    'INA 242(b)(1)',
  ],
  effectiveDate: '2026-03-09',
  verified: false,
  volatility: {
    volatile: true,
    asOf: '2026-03-09',
    banner: {
      en: 'BIA appeal rules are in litigation. A 2026-02-06 rule cut the appeal deadline to 10 days; a court vacated that part on 2026-03-08, so the deadline is 30 days for now. The 20-day simultaneous briefing schedule and the "exceptional circumstances" standard for extensions took effect on 2026-03-09. Status after March 2026 is not confirmed: check before counting any BIA deadline.',
      es: 'Las reglas de apelación ante la BIA están en litigio. Una regla del 2026-02-06 redujo el plazo para apelar a 10 días; un tribunal anuló esa parte el 2026-03-08, así que por ahora el plazo es de 30 días. El plazo de 20 días para escritos simultáneos y el requisito de "circunstancias excepcionales" para prórrogas entraron en vigor el 2026-03-09. No está confirmado qué pasó después de marzo de 2026: verifíquelo antes de contar cualquier plazo ante la BIA.',
    },
  },
  questions: [
    dateQ(
      'appeal-to-bia.decision-date',
      'Date of the decision (the oral decision date if given orally)',
      'Fecha de la decisión (la de la decisión oral si fue oral)',
    ),
    choice(
      'appeal-to-bia.decision-form',
      'How was the decision given?',
      '¿Cómo se dio la decisión?',
      [
        ['oral', 'Orally at the hearing', 'Oralmente en la audiencia'],
        ['written-mail', 'Written, by mail', 'Por escrito, por correo'],
        ['written-electronic', 'Written, electronic notice', 'Por escrito, con aviso electrónico'],
      ],
    ),
    yesNo(
      'appeal-to-bia.in-absentia',
      'Was it an in-absentia order (then no appeal; use a motion to reopen)?',
      '¿Fue una orden en ausencia (entonces no hay apelación; use una moción para reabrir)?',
    ),
    yesNo(
      'appeal-to-bia.appeal-reserved',
      'Was appeal reserved at the hearing?',
      '¿Se reservó el derecho a apelar en la audiencia?',
    ),
    yesNo(
      'appeal-to-bia.vd-granted',
      'Was voluntary departure granted (proof of the bond must reach the BIA within 30 days of the appeal)?',
      '¿Se concedió salida voluntaria (la prueba de la fianza debe llegar a la BIA dentro de 30 días de la apelación)?',
    ),
  ],
  bars: [
    {
      id: 'appeal-to-bia.bar-in-absentia',
      text: {
        en: 'In-absentia orders cannot be appealed to the BIA',
        es: 'Las órdenes en ausencia no se pueden apelar ante la BIA',
      },
      citation: '8 CFR 1240.15',
    },
    {
      id: 'appeal-to-bia.bar-waived',
      text: { en: 'Appeal waived at the hearing', es: 'Se renunció a apelar en la audiencia' },
      citation: '8 CFR 1003.39',
    },
  ],
  evidence: [
    evidence(
      'appeal-to-bia.doc-decision',
      'Copy of the decision or the hearing recording',
      'Copia de la decisión o la grabación de la audiencia',
    ),
    evidence(
      'appeal-to-bia.doc-issues',
      'List of issues to appeal (they must be specific)',
      'Lista de los puntos a apelar (deben ser concretos)',
    ),
  ],
  forms: [
    {
      form: 'EOIR-26',
      name: {
        en: 'Notice of appeal from an immigration judge decision',
        es: 'Aviso de apelación de una decisión del juez de inmigración',
      },
      feeId: 'eoir-26',
      filedWith: 'bia',
    },
    {
      form: 'EOIR-26A',
      name: { en: 'Fee waiver request', es: 'Solicitud de exención de tarifa' },
      feeId: null,
      noFeeReason: 'no-fee',
      filedWith: 'bia',
    },
  ],
  deadlineRuleIds: ['bia-appeal', 'bond-appeal', 'petition-for-review'],
  changes: [
    change(
      SPANISH_REVIEW,
      'Spanish wording: a stay of removal is "paralización de la deportación (stay of removal)", so it is not confused with withholding ("suspensión de la remoción").',
      'Redacción en español: la stay of removal es la "paralización de la deportación (stay of removal)", para no confundirla con la withholding ("suspensión de la remoción").',
      ['Spanish legal-terms review of 2026-12-06 (issue 14)'],
    ),
    change(
      '2026-12-06',
      'After a recorded BIA decision the app computes the petition for review (30 days, INA 242(b)(1); a weekend or holiday last day runs to the next business day under FRAP 26(a)(1)(C)) with a stay-of-removal prompt and the Riley v. Bondi note.',
      'Después de una decisión de la BIA registrada, la aplicación calcula la petición de revisión (30 días, INA 242(b)(1); si el último día cae en fin de semana o feriado, corre hasta el siguiente día hábil según FRAP 26(a)(1)(C)) con un aviso para pedir la paralización de la deportación (stay of removal) y la nota sobre Riley v. Bondi.',
      ['INA 242(b)(1)', 'FRAP 26(a)(1)(C)', 'Riley v. Bondi (U.S. 2025-06-26)'],
    ),
    change(
      '2025-01-01',
      'Matter of Iskandarani: for an oral decision, the appeal clock runs from the oral decision even if a summary is mailed later.',
      'Matter of Iskandarani: si la decisión fue oral, el plazo para apelar corre desde ese día, aunque después se envíe un resumen por correo.',
      ['https://www.justice.gov/d9/2025-04/4089.pdf'],
      true,
      'year',
    ),
    change(
      '2025-06-26',
      'Riley v. Bondi: the 30-day petition-for-review deadline is a claim-processing rule, not jurisdictional; in withholding-only cases the clock runs from the final administrative removal order. Never plan on a late petition.',
      'Riley v. Bondi: el plazo de 30 días para la petición de revisión es de procedimiento, no de jurisdicción; en los casos de solo suspensión de la remoción, el plazo corre desde la orden administrativa final. Nunca cuente con presentarla tarde.',
      ['https://www.casemine.com/judgement/us/68621edb46f0106439f503e8'],
    ),
    change(
      '2026-02-06',
      'EOIR interim final rule on BIA appellate procedures published (10-day deadline, summary dismissal, 20-day simultaneous briefing, no reply briefs).',
      'Se publicó la regla interina de EOIR sobre apelaciones ante la BIA (plazo de 10 días, desestimación sumaria, escritos simultáneos en 20 días, sin réplica).',
      [
        'https://nepyork.com/2026/02/06/immigrants-facing-deportation-will-now-struggle-to-appeal-with-only-10-days-to-act',
      ],
    ),
    change(
      '2026-03-08',
      'D.D.C. vacated the 10-day deadline, issue-waiver and summary-dismissal provisions; the appeal deadline is 30 days while the vacatur holds.',
      'El tribunal del D.C. anuló el plazo de 10 días, la renuncia de puntos no planteados y la desestimación sumaria; el plazo para apelar es de 30 días mientras siga la anulación.',
      [BIA_RULE_VACATUR],
    ),
    change(
      '2026-03-09',
      'The 20-day simultaneous briefing schedule and the "exceptional circumstances" extension standard took effect; the old 21-day briefing schedule no longer applies to schedules set from this date.',
      'Entraron en vigor el plazo de 20 días para escritos simultáneos y el requisito de "circunstancias excepcionales" para prórrogas; el antiguo plazo de 21 días ya no aplica a calendarios fijados desde esa fecha.',
      [BIA_RULE_VACATUR],
    ),
    change(
      '2026-11-27',
      "Bond appeals: 30 days from the judge's bond decision; 10 days to appeal a DHS custody decision.",
      'Apelaciones de fianza: 30 días desde la decisión del juez; 10 días para apelar una decisión de custodia del DHS.',
      ['https://www.justice.gov/eoir/reference-materials/bia/chapter-7/3'],
    ),
  ],
};
