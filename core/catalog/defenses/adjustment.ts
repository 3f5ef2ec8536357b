import type { DefenseInput } from '../catalog-schema';
import { SPANISH_REVIEW, bar, change, evidence, yesNo } from '../defense-builders';

const i485 = {
  form: 'I-485',
  name: { en: 'Application to adjust status', es: 'Solicitud de ajuste de estatus' },
  feeId: 'i-485-court',
  filedWith: 'immigration-court' as const,
};
const i601 = {
  form: 'I-601',
  name: {
    en: 'Waiver of inadmissibility (if needed)',
    es: 'Perdón de inadmisibilidad (si hace falta)',
  },
  feeId: 'i-601',
  filedWith: 'immigration-court' as const,
};

export const adjustment245a: DefenseInput = {
  id: 'adjustment-245a',
  kind: 'relief',
  name: { en: 'Adjustment of status, INA 245(a)', es: 'Ajuste de estatus, INA 245(a)' },
  summary: {
    en: 'A green card from inside the United States for a client who was inspected and admitted or paroled and has an approved or approvable I-130, I-140 or I-360. Immediate relatives (US citizen spouse; US citizen parent of an unmarried client under 21; US citizen son or daughter 21 or older) do not wait for a priority date.',
    es: 'La residencia permanente desde dentro de Estados Unidos para quien fue inspeccionado y admitido o recibió parole y tiene un I-130, I-140 o I-360 aprobado o aprobable. Los familiares inmediatos (cónyuge ciudadano; padre o madre ciudadano de un cliente soltero menor de 21 años; hijo o hija ciudadano de 21 años o más) no esperan una fecha de prioridad.',
  },
  citations: ['INA 245(a)', 'INA 201(b)(2)(A)(i)', '8 CFR 1245.2(a)(1)'],
  effectiveDate: '2025-07-04',
  verified: true,
  volatility: { volatile: false },
  questions: [
    yesNo(
      'adjustment-245a.petition',
      'Is there an approved or approvable I-130, I-140 or I-360 for the client?',
      '¿Hay un I-130, I-140 o I-360 aprobado o aprobable para su cliente?',
    ),
    yesNo(
      'adjustment-245a.immediate-relative',
      'Is the client an immediate relative (US citizen spouse; US citizen parent and the client is unmarried and under 21; US citizen son or daughter 21+)?',
      '¿Su cliente es familiar inmediato (cónyuge ciudadano; padre o madre ciudadano y su cliente es soltero y menor de 21 años; hijo o hija ciudadano de 21 años o más)?',
    ),
    yesNo(
      'adjustment-245a.priority-date',
      'If not an immediate relative: is the priority date current?',
      'Si no es familiar inmediato: ¿la fecha de prioridad está vigente?',
    ),
    yesNo(
      'adjustment-245a.admitted-paroled',
      'Was the client inspected and admitted or paroled at the last entry?',
      '¿Su cliente fue inspeccionado y admitido o recibió parole en la última entrada?',
    ),
    yesNo(
      'adjustment-245a.inadmissibility',
      'Is there a ground of inadmissibility that needs a waiver (212(h), 212(i), I-601)?',
      '¿Hay alguna causal de inadmisibilidad que necesite un perdón (212(h), 212(i), I-601)?',
    ),
    yesNo(
      'adjustment-245a.arriving',
      'Is the client an "arriving alien" (then USCIS, not the judge, usually decides)?',
      '¿Su cliente es un "extranjero que llega" (en ese caso normalmente decide USCIS, no el juez)?',
    ),
  ],
  bars: [
    bar(
      'adjustment-245a.bar-ewi',
      'Entered without inspection: 245(a) is not available; check 245(i)',
      'Entró sin inspección: la 245(a) no aplica; revise la 245(i)',
      'INA 245(a)',
    ),
    bar(
      'adjustment-245a.bar-vd-failure',
      'Failed to leave after a grant of voluntary departure (10-year bar)',
      'No salió después de recibir salida voluntaria (impedimento de 10 años)',
      'INA 240B(d)',
    ),
    bar(
      'adjustment-245a.bar-arriving-alien',
      'Arriving aliens adjust before USCIS, except after advance parole to pursue a pending I-485 (Matter of Silitonga)',
      'Los "extranjeros que llegan" (arriving aliens: en la ley, quien llega a un puerto de entrada a pedir la admisión) ajustan ante USCIS, salvo quienes salieron con permiso adelantado para seguir un I-485 pendiente (Matter of Silitonga)',
      '8 CFR 1245.2(a)(1); Matter of Silitonga, 25 I&N Dec. 89 (BIA 2009)',
    ),
  ],
  evidence: [
    evidence(
      'adjustment-245a.doc-petition-notice',
      'Petition approval or receipt notice',
      'Aviso de aprobación o recibo de la petición',
    ),
    evidence(
      'adjustment-245a.doc-relationship',
      'Birth or marriage certificates proving the relationship',
      'Actas de nacimiento o matrimonio que prueben el parentesco',
    ),
    evidence(
      'adjustment-245a.doc-entry-proof',
      'Proof of admission or parole (I-94, visa, parole document)',
      'Prueba de admisión o parole (I-94, visa, documento de parole)',
    ),
    evidence(
      'adjustment-245a.doc-affidavit-support',
      "Affidavit of support and the sponsor's tax returns",
      'Declaración jurada de patrocinio y las declaraciones de impuestos del patrocinador',
    ),
    evidence('adjustment-245a.doc-medical', 'Medical examination', 'Examen médico'),
    evidence(
      'adjustment-245a.doc-dispositions',
      'Certified criminal dispositions, if any',
      'Sentencias penales certificadas, si las hay',
    ),
  ],
  forms: [i485, i601],
  deadlineRuleIds: ['pre-hearing-filing', 'eoir-33', 'ar-11'],
  changes: [
    change(
      SPANISH_REVIEW,
      'Spanish wording: "extranjeros que llegan" appears only in quotation marks, as the legal term for arriving aliens, with its meaning.',
      'Redacción en español: "extranjeros que llegan" aparece solo entre comillas, como término legal para arriving aliens, con su significado.',
      ['Spanish legal-terms review of 2026-12-06 (issue 14)'],
    ),
  ],
};

export const adjustment245i: DefenseInput = {
  id: 'adjustment-245i',
  kind: 'relief',
  name: { en: 'Adjustment under INA 245(i)', es: 'Ajuste de estatus bajo la INA 245(i)' },
  summary: {
    en: 'Lets a client who entered without inspection adjust if a petition or labor certification was filed on or before 2001-04-30 for the client, or for a spouse or parent as principal, and was approvable when filed. If filed after 1998-01-14, the client must have been present on 2000-12-21. $1,000 penalty with Supplement A.',
    es: 'Permite ajustar estatus a quien entró sin inspección si se presentó una petición o certificación laboral el 2001-04-30 o antes para su cliente, o para su cónyuge, padre o madre como beneficiario principal, y era aprobable al presentarse. Si se presentó después del 1998-01-14, su cliente debía estar en Estados Unidos el 2000-12-21. Multa de $1,000 con el Suplemento A.',
  },
  citations: [
    'INA 245(i)',
    'https://www.hooyou.com/245i/requirements.html',
    'Matter of Butt, 26 I&N Dec. 108 (BIA 2013)',
  ],
  effectiveDate: '2001-04-30',
  verified: true,
  volatility: { volatile: false },
  questions: [
    yesNo(
      'adjustment-245i.ewi',
      'Did the client enter without inspection (or otherwise need 245(i))?',
      '¿Su cliente entró sin inspección (o necesita la 245(i) por otro motivo)?',
    ),
    yesNo(
      'adjustment-245i.grandfathered',
      'Was a petition or labor certification filed on or before 2001-04-30 for the client, or for a spouse or parent as principal?',
      '¿Se presentó una petición o certificación laboral el 2001-04-30 o antes para su cliente, o para su cónyuge, padre o madre como beneficiario principal?',
    ),
    yesNo(
      'adjustment-245i.present-2000',
      'If filed after 1998-01-14: was the client in the United States on 2000-12-21?',
      'Si se presentó después del 1998-01-14: ¿su cliente estaba en Estados Unidos el 2000-12-21?',
    ),
    yesNo(
      'adjustment-245i.approvable',
      'Was that petition approvable when filed (Matter of Butt)?',
      '¿Esa petición era aprobable cuando se presentó (Matter of Butt)?',
    ),
    yesNo(
      'adjustment-245i.current-basis',
      'Is there now an approved or approvable petition with a current priority date?',
      '¿Hay ahora una petición aprobada o aprobable con fecha de prioridad vigente?',
    ),
  ],
  bars: [
    bar(
      'adjustment-245i.bar-inadmissibility',
      'Grounds of inadmissibility other than the entry itself still apply and may need a waiver',
      'Las demás causales de inadmisibilidad siguen aplicando y pueden necesitar un perdón',
      'INA 212(a)',
    ),
  ],
  evidence: [
    evidence(
      'adjustment-245i.doc-old-petition',
      'Copy or receipt of the petition or labor certification filed by 2001-04-30',
      'Copia o recibo de la petición o certificación laboral presentada antes del 2001-04-30',
    ),
    evidence(
      'adjustment-245i.doc-presence-2000',
      'Proof of presence on 2000-12-21, if needed',
      'Prueba de presencia el 2000-12-21, si hace falta',
    ),
    evidence(
      'adjustment-245i.doc-relationship',
      'Proof of the relationship to the principal beneficiary, if derivative',
      'Prueba del parentesco con el beneficiario principal, si es derivado',
    ),
  ],
  forms: [
    i485,
    {
      form: 'I-485 Supplement A',
      name: { en: 'Supplement A (245(i) penalty)', es: 'Suplemento A (multa de la 245(i))' },
      feeId: 'supplement-a-245i',
      filedWith: 'immigration-court',
    },
    i601,
  ],
  deadlineRuleIds: ['pre-hearing-filing', 'eoir-33', 'ar-11'],
  changes: [
    change(
      '2013-01-01',
      'Matter of Butt: the grandfathering petition must have been approvable when filed.',
      'Matter of Butt: la petición que da derecho a la 245(i) debía ser aprobable al presentarse.',
      ['Matter of Butt, 26 I&N Dec. 108 (BIA 2013)'],
      true,
      'year',
    ),
  ],
};
