import type { DefenseInput } from '../catalog-schema';
import { SPANISH_REVIEW, change, evidence, yesNo } from '../defense-builders';

const FERNANDES = 'Matter of Fernandes, 28 I&N Dec. 605 (BIA 2022)';
const NCHIFOR = 'Matter of Nchifor, 28 I&N Dec. 585 (BIA 2022)';
const CAMPOS = 'Campos-Chaves v. Garland (U.S. 2024)';

export const defectiveNta: DefenseInput = {
  id: 'defective-nta',
  kind: 'court-defense',
  name: {
    en: 'Defective Notice to Appear (Fernandes objection)',
    es: 'Aviso de Comparecencia defectuoso (objeción Fernandes)',
  },
  summary: {
    en: 'An NTA without the hearing time and place ("TBD") does not stop time for cancellation, and the client can object under Fernandes if the objection is made before the pleadings close. No prejudice is needed, but DHS may cure the defect without termination. Raised for the first time in a motion to reopen, the objection is forfeited.',
    es: 'Un NTA sin la fecha, hora y lugar de la audiencia ("TBD") no detiene el tiempo para la cancelación, y su cliente puede objetar según Fernandes si lo hace antes de que se cierre la respuesta a los alegatos y cargos. No hace falta probar perjuicio, pero el DHS puede corregir el defecto sin terminar el caso. Si se presenta por primera vez en una moción para reabrir, la objeción se pierde.',
  },
  citations: [
    'INA 239(a)(1)',
    'Pereira v. Sessions (2018)',
    'Niz-Chavez v. Garland, 593 U.S. 155 (2021)',
    FERNANDES,
    NCHIFOR,
  ],
  effectiveDate: '2024-11-19',
  verified: true,
  volatility: { volatile: false },
  questions: [
    yesNo(
      'defective-nta.tbd',
      'Does the NTA lack the time or place of the hearing ("TBD")?',
      '¿El NTA no tiene la fecha, hora o lugar de la audiencia ("TBD")?',
    ),
    yesNo(
      'defective-nta.pleadings-open',
      'Are the pleadings still open?',
      '¿Sigue pendiente la respuesta a los alegatos y cargos?',
    ),
    yesNo(
      'defective-nta.objected',
      'Has the objection already been raised (in writing or on the record)?',
      '¿Ya se presentó la objeción (por escrito o en el expediente de la audiencia)?',
    ),
    yesNo(
      'defective-nta.missed-hearing',
      'Was there an in-absentia order after a proper hearing notice (Campos-Chaves)?',
      '¿Hubo una orden en ausencia después de un aviso de audiencia válido (Campos-Chaves)?',
    ),
  ],
  bars: [
    {
      id: 'defective-nta.bar-forfeited',
      text: {
        en: 'Objection raised for the first time in a motion to reopen is forfeited',
        es: 'La objeción presentada por primera vez en una moción para reabrir se pierde',
      },
      citation: NCHIFOR,
    },
  ],
  evidence: [
    evidence(
      'defective-nta.doc-nta-copy',
      'Copy of the NTA as served',
      'Copia del NTA tal como se entregó',
    ),
    evidence(
      'defective-nta.doc-hearing-notices',
      'All hearing notices',
      'Todos los avisos de audiencia',
    ),
    evidence(
      'defective-nta.doc-record',
      'Record showing the pleadings status',
      'Constancia del estado de la respuesta a los alegatos y cargos',
    ),
  ],
  forms: [
    {
      form: 'Motion to terminate',
      name: { en: 'Motion to terminate (Fernandes)', es: 'Moción para terminar (Fernandes)' },
      feeId: null,
      noFeeReason: 'not-tracked',
      filedWith: 'immigration-court',
    },
  ],
  deadlineRuleIds: ['pre-hearing-filing'],
  changes: [
    change(
      SPANISH_REVIEW,
      'Spanish wording: pleadings are "la respuesta a los alegatos y cargos", not "alegatos" alone.',
      'Redacción en español: los pleadings son "la respuesta a los alegatos y cargos", no solo "alegatos".',
      ['Spanish legal-terms review of 2026-12-06 (issue 14)'],
    ),
    change(
      '2021-04-29',
      'Niz-Chavez: a later hearing notice does not complete a "TBD" NTA for stop-time.',
      'Niz-Chavez: un aviso de audiencia posterior no completa un NTA con "TBD" para detener el tiempo.',
      ['Niz-Chavez v. Garland, 593 U.S. 155 (2021)'],
    ),
    change(
      '2022-01-01',
      'Matter of Fernandes: the time-and-place rule is a claim-processing rule, not jurisdictional; object before pleadings close.',
      'Matter of Fernandes: la regla de fecha y lugar es de procedimiento, no de jurisdicción; hay que objetar antes de que se cierre la respuesta a los alegatos y cargos.',
      [FERNANDES],
      true,
      'year',
    ),
    change(
      '2022-06-24',
      'Matter of Nchifor (a BIA precedent, not a Fifth Circuit case): an objection first raised in a motion to reopen is forfeited.',
      'Matter of Nchifor (precedente de la BIA, no del Quinto Circuito): una objeción presentada por primera vez en una moción para reabrir se pierde.',
      [NCHIFOR],
    ),
    change(
      '2024-01-01',
      'Campos-Chaves: a proper notice for the missed hearing defeats rescission of an in-absentia order despite a defective NTA.',
      'Campos-Chaves: un aviso válido de la audiencia a la que no asistió impide anular la orden en ausencia, aunque el NTA sea defectuoso.',
      [CAMPOS],
      true,
      'year',
    ),
    change(
      '2024-11-19',
      'Matter of Larios-Gutierrez de Pablo: Fernandes applies retroactively.',
      'Matter of Larios-Gutierrez de Pablo: Fernandes se aplica de forma retroactiva.',
      ['https://print.casetext.com/admin-law/in-re-de-pablo'],
    ),
  ],
};

export const contestRemovability: DefenseInput = {
  id: 'contest-removability',
  kind: 'court-defense',
  name: { en: 'Contesting removability', es: 'Impugnar la deportabilidad' },
  summary: {
    en: 'DHS must prove an admitted person deportable by clear and convincing evidence; applicants for admission carry their own burden. Deny wrong allegations, do not concede alienage without advice, and test criminal charges with the categorical approach on the record of conviction.',
    es: 'El DHS debe probar con pruebas claras y convincentes que una persona admitida es deportable; quien solicita admisión tiene la carga de la prueba. Niegue las alegaciones equivocadas, no acepte la extranjería sin asesoría, y analice los cargos penales con el enfoque categórico sobre el expediente de la condena.',
  },
  citations: ['INA 240(c)(2)-(3)', 'https://nortontooby.com/node/12763'],
  effectiveDate: '1997-04-01',
  verified: true,
  volatility: { volatile: false },
  questions: [
    yesNo(
      'contest-removability.allegations-wrong',
      'Are any allegations wrong (name, nationality, entry date or manner)?',
      '¿Alguna alegación está equivocada (nombre, nacionalidad, fecha o forma de entrada)?',
    ),
    yesNo(
      'contest-removability.alienage',
      'Could the client have a claim to citizenship (do not concede alienage before checking)?',
      '¿Podría su cliente tener derecho a la ciudadanía (no acepte la extranjería sin revisarlo)?',
    ),
    yesNo(
      'contest-removability.criminal-charge',
      'Is a criminal charge doubtful under the categorical approach?',
      '¿Algún cargo penal es dudoso según el enfoque categórico?',
    ),
    yesNo(
      'contest-removability.i213',
      'Is the I-213 unreliable or obtained improperly?',
      '¿El I-213 no es confiable o se obtuvo de forma indebida?',
    ),
    yesNo(
      'contest-removability.vacatur',
      'Could a defective conviction be vacated in criminal court?',
      '¿Se podría anular en el tribunal penal una condena defectuosa?',
    ),
  ],
  bars: [],
  evidence: [
    evidence(
      'contest-removability.doc-record-of-conviction',
      'Record of conviction (charging document, plea, judgment)',
      'Expediente de la condena (acusación, declaración de culpabilidad, sentencia)',
    ),
    evidence(
      'contest-removability.doc-entry-proof',
      'Proof of the actual entry date and manner',
      'Prueba de la fecha y forma real de entrada',
    ),
    evidence(
      'contest-removability.doc-i213',
      'Copy of the I-213 (FOIA if needed)',
      'Copia del I-213 (por FOIA si hace falta)',
    ),
  ],
  forms: [
    {
      form: 'Written pleadings',
      name: { en: 'Written pleadings', es: 'Respuesta por escrito a los alegatos y cargos' },
      feeId: null,
      noFeeReason: 'no-fee',
      filedWith: 'immigration-court',
    },
  ],
  deadlineRuleIds: ['pre-hearing-filing'],
  changes: [
    change(
      SPANISH_REVIEW,
      'Spanish wording: pleadings are "la respuesta a los alegatos y cargos", not "alegatos" alone.',
      'Redacción en español: los pleadings son "la respuesta a los alegatos y cargos", no solo "alegatos".',
      ['Spanish legal-terms review of 2026-12-06 (issue 14)'],
    ),
  ],
};
