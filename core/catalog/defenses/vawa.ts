import type { DefenseInput } from '../catalog-schema';
import { bar, evidence, yesNo } from '../defense-builders';

export const vawaCancellation: DefenseInput = {
  id: 'vawa-cancellation',
  kind: 'relief',
  name: { en: 'VAWA cancellation of removal', es: 'Cancelación de deportación por VAWA' },
  summary: {
    en: 'For a client battered or subjected to extreme cruelty by a US citizen or permanent resident spouse or parent, or the parent of a child abused by that citizen or resident parent: 3 years of continuous presence (the NTA does not stop this clock), good moral character, no criminal or security bar, and extreme hardship to the client, the child or the parent.',
    es: 'Para quien sufrió maltrato o crueldad extrema de su cónyuge, padre o madre ciudadano o residente permanente, o es madre o padre de un hijo maltratado por ese padre o madre ciudadano o residente: 3 años de presencia continua (el NTA no detiene este plazo), buena conducta moral, ningún impedimento penal o de seguridad, y sufrimiento extremo para su cliente, el hijo o el padre o la madre.',
  },
  citations: [
    'INA 240A(b)(2)',
    'http://laws9.com/uscode/html/uscode08/usc_sec_08_00001229---b000-.html',
  ],
  effectiveDate: '2025-07-04',
  verified: true,
  volatility: { volatile: false },
  protectedBy: ['section-1367'],
  questions: [
    yesNo(
      'vawa-cancellation.abuse',
      'Was the client battered or subjected to extreme cruelty by a US citizen or permanent resident spouse or parent (or is the client the parent of a child abused by that person)?',
      '¿Su cliente sufrió maltrato o crueldad extrema de su cónyuge, padre o madre ciudadano o residente permanente (o es madre o padre de un hijo maltratado por esa persona)?',
    ),
    yesNo(
      'vawa-cancellation.three-years',
      'Three years of continuous physical presence (not stopped by the NTA)?',
      '¿Tres años de presencia física continua (el NTA no detiene el plazo)?',
    ),
    yesNo(
      'vawa-cancellation.gmc',
      'Good moral character for those years?',
      '¿Buena conducta moral durante esos años?',
    ),
    yesNo(
      'vawa-cancellation.extreme-hardship',
      'Would removal cause extreme hardship to the client, the child or the parent?',
      '¿La deportación causaría un sufrimiento extremo a su cliente, al hijo o al padre o la madre?',
    ),
  ],
  bars: [
    bar(
      'vawa-cancellation.bar-criminal-security',
      'Criminal and security grounds listed in 240A(b)(2)',
      'Causales penales y de seguridad de la 240A(b)(2)',
      'INA 240A(b)(2)(A)(iv)',
    ),
  ],
  evidence: [
    evidence(
      'vawa-cancellation.doc-declaration',
      'Declaration about the abuse',
      'Declaración sobre el maltrato',
    ),
    evidence(
      'vawa-cancellation.doc-abuser-status',
      "Proof of the abuser's citizenship or residence",
      'Prueba de la ciudadanía o residencia de quien maltrató',
    ),
    evidence(
      'vawa-cancellation.doc-abuse-records',
      'Police, protective-order, medical or shelter records',
      'Informes de policía, órdenes de protección, expedientes médicos o de albergues',
    ),
    evidence(
      'vawa-cancellation.doc-presence',
      'Proof of presence for 3 years',
      'Prueba de presencia durante 3 años',
    ),
  ],
  forms: [
    {
      form: 'EOIR-42B',
      name: {
        en: 'Application for cancellation of removal (VAWA)',
        es: 'Solicitud de cancelación de deportación (VAWA)',
      },
      feeId: 'eoir-42b',
      filedWith: 'immigration-court',
    },
  ],
  deadlineRuleIds: ['vawa-cancellation-clock', 'pre-hearing-filing', 'eoir-33', 'ar-11'],
  changes: [],
};

export const vawaSelfPetition: DefenseInput = {
  id: 'vawa-self-petition',
  kind: 'relief',
  name: { en: 'VAWA self-petition (I-360)', es: 'Autopetición VAWA (I-360)' },
  summary: {
    en: 'For the abused spouse or child of a US citizen or permanent resident, or the abused parent of a US citizen son or daughter 21 or older, who can petition without the abuser. The abuser is not notified.',
    es: 'Para el cónyuge o hijo maltratado de un ciudadano o residente permanente, o el padre o la madre maltratado por un hijo o hija ciudadano de 21 años o más, que puede pedir sin la persona que lo maltrató. A esa persona no se le avisa.',
  },
  citations: [
    'INA 204(a)(1)(A)(iii)',
    'INA 204(a)(1)(B)(ii)',
    'https://www.womenslaw.org/laws/federal/immigration/vawa-abuse-victims/vawa-self-petition/what-are-some-additional-requirements',
  ],
  effectiveDate: '2013-03-07',
  verified: true,
  volatility: { volatile: false },
  protectedBy: ['section-1367'],
  questions: [
    yesNo(
      'vawa-self-petition.relationship',
      "Is (or was) the client the spouse of a US citizen or permanent resident, within 2 years of a divorce connected to the abuse or of a citizen abuser's death?",
      '¿Su cliente es (o fue) cónyuge de un ciudadano o residente permanente, dentro de los 2 años de un divorcio relacionado con el maltrato o de la muerte del ciudadano que lo maltrató?',
    ),
    yesNo(
      'vawa-self-petition.child',
      'Or a child of the abuser, under 21 (or up to 25 if the abuse caused the delay)?',
      '¿O hijo de esa persona, menor de 21 años (o hasta 25 si el maltrato causó el retraso)?',
    ),
    yesNo(
      'vawa-self-petition.parent',
      'Or the parent of an abusive US citizen son or daughter 21 or older?',
      '¿O padre o madre de un hijo o hija ciudadano de 21 años o más que lo maltrata?',
    ),
    yesNo(
      'vawa-self-petition.abuse',
      'Battery or extreme cruelty (including isolation, control of money, threats of deportation)?',
      '¿Maltrato físico o crueldad extrema (incluido aislamiento, control del dinero, amenazas de deportación)?',
    ),
    yesNo(
      'vawa-self-petition.good-faith',
      'Was the marriage entered in good faith?',
      '¿El matrimonio fue de buena fe?',
    ),
    yesNo(
      'vawa-self-petition.lived-together',
      'Did the client live with the abuser at some point?',
      '¿Su cliente vivió con esa persona en algún momento?',
    ),
    yesNo('vawa-self-petition.gmc', 'Good moral character?', '¿Buena conducta moral?'),
  ],
  bars: [],
  evidence: [
    evidence(
      'vawa-self-petition.doc-abuser-status',
      "Proof of the abuser's citizenship or residence",
      'Prueba de la ciudadanía o residencia de quien maltrató',
    ),
    evidence(
      'vawa-self-petition.doc-relationship',
      'Marriage or birth certificates',
      'Actas de matrimonio o de nacimiento',
    ),
    evidence(
      'vawa-self-petition.doc-abuse',
      'Declaration and any records of the abuse',
      'Declaración y cualquier prueba del maltrato',
    ),
    evidence(
      'vawa-self-petition.doc-residence',
      'Proof of living together',
      'Prueba de que vivieron juntos',
    ),
    evidence(
      'vawa-self-petition.doc-good-faith',
      'Proof of a good-faith marriage',
      'Prueba de que el matrimonio fue de buena fe',
    ),
  ],
  forms: [
    {
      form: 'I-360',
      name: { en: 'VAWA self-petition', es: 'Autopetición VAWA' },
      feeId: 'i-360-vawa',
      filedWith: 'uscis',
    },
  ],
  deadlineRuleIds: ['motion-to-reopen', 'eoir-33', 'ar-11'],
  changes: [],
};
