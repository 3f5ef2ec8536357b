import type { DefenseInput } from '../catalog-schema';
import { SPANISH_REVIEW, bar, change, choice, dateQ, evidence, yesNo } from '../defense-builders';

const CGRS = 'https://cgrs.uclawsf.edu/en/our-work/litigation/raices-v-noem';

export const asylum: DefenseInput = {
  id: 'asylum',
  kind: 'protection',
  name: { en: 'Asylum', es: 'Asilo' },
  summary: {
    en: 'Protection for a person with a well-founded fear of persecution where race, religion, nationality, political opinion or a particular social group is one central reason. Filed on Form I-589, normally within one year of the last arrival. Discretionary; can lead to permanent residence and can include a spouse and unmarried children under 21.',
    es: 'Protección para una persona con un temor fundado de persecución cuando la raza, la religión, la nacionalidad, la opinión política o un grupo social determinado es una razón central. Se pide con el formulario I-589, normalmente dentro de un año desde la última llegada. Es discrecional; puede llevar a la residencia permanente y puede incluir al cónyuge y a los hijos solteros menores de 21 años.',
  },
  citations: ['INA 208', 'INA 101(a)(42)', '8 CFR 1208', '8 CFR 1208.4(a)(2)(ii)'],
  effectiveDate: '2025-07-04',
  verified: true,
  volatility: {
    volatile: true,
    asOf: '2026-11-27',
    banner: {
      en: 'Asylum bars are in litigation. The 2024 Securing the Border rule and Proclamation 10888 (2025-01-20) were vacated and are on appeal; reports differ on what is in force. Check the current status before advising anyone who entered on or after 2025-01-20.',
      es: 'Los impedimentos para el asilo están en litigio. La regla "Securing the Border" de 2024 y la Proclamación 10888 (2025-01-20) fueron anuladas y están en apelación; los informes no coinciden sobre lo que está vigente. Verifique la situación actual antes de aconsejar a quien entró el 2025-01-20 o después.',
    },
  },
  protectedBy: ['asylum-confidentiality'],
  questions: [
    yesNo(
      'asylum.fear',
      'Is the client afraid to return to the country of removal?',
      '¿Su cliente tiene miedo de regresar al país al que lo quieren deportar?',
    ),
    yesNo(
      'asylum.past-harm',
      'Was the client harmed or threatened before leaving?',
      '¿Su cliente sufrió daños o amenazas antes de salir?',
    ),
    choice(
      'asylum.persecutor',
      'Who harmed or threatened the client?',
      '¿Quién le hizo daño o amenazó a su cliente?',
      [
        ['government', 'The government or its agents', 'El gobierno o sus agentes'],
        [
          'uncontrolled',
          'People the government cannot or will not control',
          'Personas que el gobierno no puede o no quiere controlar',
        ],
        ['unknown', 'Not known yet', 'Todavía no se sabe'],
      ],
    ),
    yesNo(
      'asylum.nexus',
      'Is race, religion, nationality, political opinion or a particular social group one central reason for the harm?',
      '¿La raza, la religión, la nacionalidad, la opinión política o un grupo social determinado es una razón central del daño?',
    ),
    yesNo(
      'asylum.state-protection',
      'Did the client report the harm, or would reporting have been futile or dangerous?',
      '¿Su cliente denunció el daño, o denunciarlo habría sido inútil o peligroso?',
    ),
    yesNo(
      'asylum.relocation',
      'Could the client live safely in another part of the country?',
      '¿Podría su cliente vivir seguro en otra parte del país?',
    ),
    dateQ(
      'asylum.last-arrival',
      'Date of the last arrival in the United States',
      'Fecha de la última llegada a Estados Unidos',
    ),
    yesNo(
      'asylum.filed-within-year',
      'Was the I-589 received by the court within one year of the last arrival?',
      '¿La corte recibió el I-589 dentro de un año desde la última llegada?',
    ),
    yesNo(
      'asylum.exception',
      'If late: are there changed or extraordinary circumstances, and was the filing made within a reasonable time after them?',
      'Si se presentó tarde: ¿hay circunstancias cambiadas o extraordinarias, y se presentó en un plazo razonable después de ellas?',
    ),
    yesNo(
      'asylum.unaccompanied-child',
      'Was the client an unaccompanied child (under 18, no parent or legal guardian available) when filing?',
      '¿Su cliente era un menor no acompañado (menor de 18 años, sin padre, madre ni tutor disponible) al presentar la solicitud?',
    ),
    yesNo(
      'asylum.mendez-rojas',
      'Historical check: did the client assert Mendez Rojas class membership before 2022-04-22?',
      'Revisión histórica: ¿su cliente declaró ser miembro de la clase Mendez Rojas antes del 2022-04-22?',
    ),
    yesNo(
      'asylum.firm-resettlement',
      'Was the client offered permanent status in a third country before coming?',
      '¿A su cliente le ofrecieron estatus permanente en otro país antes de venir?',
    ),
    yesNo(
      'asylum.convictions',
      'Does the client have any criminal conviction, anywhere?',
      '¿Su cliente tiene alguna condena penal, en cualquier país?',
    ),
    yesNo(
      'asylum.harmed-others',
      'Did the client ever harm others or help anyone harm others?',
      '¿Su cliente alguna vez hizo daño a otras personas o ayudó a alguien a hacerlo?',
    ),
    yesNo(
      'asylum.border-2025',
      'Did the client cross the southern border on or after 2025-01-20?',
      '¿Su cliente cruzó la frontera sur el 2025-01-20 o después?',
    ),
  ],
  bars: [
    bar(
      'asylum.bar-one-year',
      'Filed more than one year after the last arrival, with no exception',
      'Presentada más de un año después de la última llegada, sin excepción',
      'INA 208(a)(2)(B), (D); 8 CFR 1208.4',
    ),
    bar(
      'asylum.bar-prior-denial',
      'An earlier asylum application was denied',
      'Una solicitud de asilo anterior fue negada',
      'INA 208(a)(2)(C)',
    ),
    bar(
      'asylum.bar-safe-third-country',
      'Safe third country agreement',
      'Acuerdo de tercer país seguro',
      'INA 208(a)(2)(A)',
    ),
    bar(
      'asylum.bar-persecutor',
      'Persecuted others',
      'Persiguió a otras personas',
      'INA 208(b)(2)(A)(i)',
    ),
    bar(
      'asylum.bar-psc',
      'Particularly serious crime (an aggravated felony always counts)',
      'Delito particularmente grave (un delito grave agravado siempre cuenta)',
      'INA 208(b)(2)(A)(ii), (B)(i)',
    ),
    bar(
      'asylum.bar-serious-nonpolitical',
      'Serious nonpolitical crime outside the United States',
      'Delito grave no político fuera de Estados Unidos',
      'INA 208(b)(2)(A)(iii)',
    ),
    bar(
      'asylum.bar-security',
      'Danger to the security of the United States',
      'Peligro para la seguridad de Estados Unidos',
      'INA 208(b)(2)(A)(iv)',
    ),
    bar(
      'asylum.bar-firm-resettlement',
      'Firmly resettled in another country',
      'Reasentado de forma permanente en otro país',
      'INA 208(b)(2)(A)(vi)',
    ),
    bar(
      'asylum.bar-rule-bars',
      'Rule and proclamation bars for recent southern-border entries (Securing the Border rule, Proclamation 10888, 2023 Lawful Pathways rule): status in litigation',
      'Impedimentos por reglas y proclamaciones para entradas recientes por la frontera sur (regla "Securing the Border", Proclamación 10888, regla "Lawful Pathways" de 2023): en litigio',
      CGRS,
      false,
    ),
  ],
  evidence: [
    evidence(
      'asylum.doc-declaration',
      'Detailed declaration of the client',
      'Declaración detallada de su cliente',
    ),
    evidence('asylum.doc-identity', 'Identity documents', 'Documentos de identidad'),
    evidence(
      'asylum.doc-entry-date',
      'Proof of the last arrival date',
      'Prueba de la fecha de la última llegada',
    ),
    evidence(
      'asylum.doc-records',
      'Police, medical or death records about the harm',
      'Informes policiales, médicos o de defunción sobre el daño',
    ),
    evidence('asylum.doc-witnesses', 'Witness statements', 'Declaraciones de testigos'),
    evidence(
      'asylum.doc-threats',
      'Threats (messages, letters, photos)',
      'Amenazas (mensajes, cartas, fotos)',
    ),
    evidence(
      'asylum.doc-membership',
      'Proof of membership, religion or political activity',
      'Prueba de membresía, religión o actividad política',
    ),
    evidence(
      'asylum.doc-country-reports',
      'Country-conditions reports',
      'Informes sobre las condiciones del país',
    ),
    evidence(
      'asylum.doc-experts',
      'Expert or psychological evaluations',
      'Evaluaciones de expertos o psicológicas',
    ),
  ],
  forms: [
    {
      form: 'I-589',
      name: {
        en: 'Application for asylum and withholding of removal',
        es: 'Solicitud de asilo y de suspensión de la remoción',
      },
      feeId: 'i-589',
      filedWith: 'immigration-court',
    },
    {
      form: 'Annual asylum fee',
      name: {
        en: 'Annual asylum fee (only after a written IJ order)',
        es: 'Tarifa anual de asilo (solo después de una orden escrita del juez)',
      },
      feeId: 'asylum-annual-fee',
      filedWith: 'uscis',
    },
  ],
  deadlineRuleIds: ['asylum-one-year', 'pre-hearing-filing', 'eoir-33', 'ar-11'],
  changes: [
    change(
      SPANISH_REVIEW,
      'Spanish wording: withholding of removal is "suspensión de la remoción", as in the Spanish title of Form I-589 (not "suspensión de la deportación", the former suspension of deportation).',
      'Redacción en español: la withholding of removal es la "suspensión de la remoción", como en el título en español del Formulario I-589 (no "suspensión de la deportación", la antigua suspensión de la deportación).',
      ['Spanish legal-terms review of 2026-12-06 (issue 14)'],
    ),
    change(
      '2021-06-16',
      'A-B- I/II and L-E-A- II were vacated (A-B- III, L-E-A- III), restoring earlier precedent including A-R-C-G-.',
      'Se anularon A-B- I/II y L-E-A- II (A-B- III, L-E-A- III), y volvió a regir la jurisprudencia anterior, incluida A-R-C-G-.',
      [
        'https://www.cliniclegal.org/resources/attorney-general-garland-vacates-matter-b-and-matter-l-e',
      ],
    ),
    change(
      '2022-04-22',
      'The window to claim Mendez Rojas class membership closed; keep it only as a historical check.',
      'Se cerró el plazo para declarar ser miembro de la clase Mendez Rojas; queda solo como revisión histórica.',
      ['https://www.immigration-america.com/the-one-year-asylum-bar-the-mendez-rojas-extension'],
    ),
    change(
      '2025-07-04',
      'OBBBA fees: $100 per I-589 plus an annual fee while pending; neither can be waived.',
      'Tarifas de OBBBA: $100 por el I-589 más una tarifa anual mientras esté pendiente; ninguna se puede perdonar.',
      ['Pub. L. 119-21'],
    ),
    change(
      '2025-07-01',
      'In July 2025 Proclamation 10888 was vacated in RAICES v. Noem (on appeal). CGRS reports the asylum shutdown still in force pending appeal, while the withholding and CAT limits stay vacated.',
      'En julio de 2025 la Proclamación 10888 fue anulada en RAICES v. Noem (en apelación). CGRS informa que el cierre del asilo sigue vigente mientras se apela, pero los límites a la suspensión de la remoción y a CAT siguen anulados.',
      [CGRS],
      false,
      'month',
    ),
  ],
};
