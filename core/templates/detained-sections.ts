import { medicalRiskList } from '../law/medical-risk';
import type { SectionInput } from './template-schema';
import { fact, q } from './template-builders';

const riskOptions = medicalRiskList.conditions
  .filter((condition) => condition.id !== 'age-over-55' && condition.id !== 'pregnancy')
  .map((condition) => [condition.id, condition.label.en, condition.label.es] as const);
const riskIds = riskOptions.map(([id]) => id);

export const custodySection: SectionInput = {
  id: 'custody',
  title: { en: 'Custody', es: 'Detención' },
  questions: [
    q(
      'detained.is_detained',
      'yes_no',
      ['Is the client detained now?', '¿Su cliente está detenido ahora?'],
      null,
      { facts: [fact('detained')], caseFields: ['custody.status'] },
    ),
    q(
      'detained.arrest_date',
      'date',
      ['Date and place of the ICE arrest', 'Fecha y lugar del arresto de ICE'],
      ['When and where did immigration arrest you?', '¿Cuándo y dónde lo arrestó inmigración?'],
      { caseFields: ['custody.arrestDate'] },
    ),
    q(
      'detained.facility',
      'text',
      ['Facility name and phone', 'Nombre y teléfono del centro de detención'],
      null,
      { caseFields: ['custody.facility', 'custody.facilityPhone'] },
    ),
    q(
      'detained.i286_received',
      'yes_no_unknown',
      [
        'Did ICE give a custody decision (I-286), and what bond if any?',
        '¿ICE entregó una decisión de custodia (I-286), y con qué fianza, si la hay?',
      ],
      [
        'Did immigration give you a paper about whether you can be released or pay a bond?',
        '¿Inmigración le dio un papel sobre si lo pueden soltar o si puede pagar una fianza?',
      ],
      { caseFields: ['custody.iceBondAmount'] },
    ),
    q(
      'detained.authority',
      'choice',
      ['Detention authority DHS claims', 'Autoridad de detención que invoca el DHS'],
      null,
      { caseFields: ['custody.authority'] },
      [
        ['236a', 'INA 236(a)', 'INA 236(a)'],
        ['236c', 'INA 236(c)', 'INA 236(c)'],
        ['235b', 'INA 235(b)', 'INA 235(b)'],
        ['241', 'INA 241', 'INA 241'],
        ['unknown', 'Not known', 'No se sabe'],
      ],
    ),
    q(
      'detained.arrest_offense',
      'multi_choice',
      [
        'Any arrest, charge, conviction or admission for these offenses (Laken Riley Act)?',
        '¿Algún arresto, acusación, condena o admisión por estos delitos (Ley Laken Riley)?',
      ],
      [
        'Were you ever arrested or accused of taking something, breaking into a place, hitting a police officer, or hurting someone badly?',
        '¿Alguna vez lo arrestaron o lo acusaron de llevarse algo, de entrar a un lugar a robar, de golpear a un policía o de herir gravemente a alguien?',
      ],
      {
        facts: [
          fact('lakenRileyOffense', {
            trueWhen: [
              'theft',
              'burglary',
              'shoplifting',
              'assault-officer',
              'death-serious-injury',
            ],
            falseWhen: ['none'],
          }),
        ],
        caseFields: ['criminalEvents[]'],
      },
      [
        ['theft', 'Theft or larceny', 'Hurto o robo'],
        ['burglary', 'Burglary', 'Robo con allanamiento'],
        ['shoplifting', 'Shoplifting', 'Robo en tienda'],
        [
          'assault-officer',
          'Assault of a law-enforcement officer',
          'Agresión a un agente del orden',
        ],
        [
          'death-serious-injury',
          'Crime causing death or serious bodily injury',
          'Delito que causó la muerte o lesiones graves',
        ],
        ['none', 'None of these', 'Ninguno de estos'],
      ],
    ),
    q(
      'detained.entry_inspection',
      'choice',
      [
        'Manner of the last entry (decides the bond path)',
        'Forma de la última entrada (define la vía de fianza)',
      ],
      [
        'When you last came in, did an officer check you at the border, or did you enter without inspection? Did they give you a parole paper?',
        'La última vez que entró, ¿lo revisó un oficial en la frontera o entró sin inspección? ¿Le dieron un papel de parole?',
      ],
      {
        facts: [
          fact('enteredWithoutInspection', { trueWhen: ['ewi'] }),
          fact('admittedOrParoled', { trueWhen: ['visa', 'parole', 'cbp_one', 'lpr', 'refugee'] }),
          fact('everParoled', { trueWhen: ['parole', 'cbp_one'] }),
        ],
        caseFields: ['entries[].manner'],
      },
      [
        ['ewi', 'Without inspection', 'Sin inspección'],
        ['visa', 'Inspected and admitted (visa)', 'Inspeccionado y admitido (visa)'],
        ['parole', 'Paroled', 'Con parole'],
        ['cbp_one', 'CBP One appointment', 'Con cita de CBP One'],
        ['lpr', 'As a permanent resident', 'Como residente permanente'],
        ['refugee', 'As a refugee', 'Como refugiado'],
        ['unknown', 'Does not know', 'No sabe'],
      ],
    ),
  ],
};

export const healthSection: SectionInput = {
  id: 'health',
  title: { en: 'Health', es: 'Salud' },
  intro: {
    en: 'The options come from historic COVID-era lists (Fraihat, CDC 2020); use them to describe medical risk, not as a legal test.',
    es: 'Las opciones vienen de listas históricas de la época del COVID (Fraihat, CDC 2020); úselas para describir el riesgo médico, no como requisito legal.',
  },
  questions: [
    q(
      'detained.health_conditions',
      'multi_choice',
      ['Health conditions the client reports', 'Enfermedades que su cliente menciona'],
      [
        'Do you have any illness, such as diabetes, high blood pressure, asthma, heart, kidney or liver problems, HIV, cancer, or a mental health condition?',
        '¿Tiene alguna enfermedad, como diabetes, presión alta, asma, problemas del corazón, de los riñones o del hígado, VIH, cáncer, o algún problema de salud mental?',
      ],
      {
        facts: [fact('medicalRisk', { trueWhen: riskIds, falseWhen: ['none'] })],
        caseFields: ['medical.conditions[]'],
      },
      [
        ...riskOptions,
        ['other', 'Other condition', 'Otra enfermedad'],
        ['none', 'None', 'Ninguna'],
      ],
    ),
    q(
      'detained.pregnant',
      'yes_no_unknown',
      ['Is the client pregnant?', '¿Su cliente está embarazada?'],
      ['Are you pregnant, or could you be?', '¿Está embarazada, o podría estarlo?'],
      { facts: [fact('pregnant')], caseFields: ['medical.pregnant'] },
    ),
    q(
      'detained.medications',
      'long_text',
      ['Medicines and whether the facility provides them', 'Medicinas y si el centro se las da'],
      [
        'What medicines do you take? Are they giving you your medicines here?',
        '¿Qué medicinas toma? ¿Le están dando sus medicinas aquí?',
      ],
      { caseFields: ['medical.conditions[].medications'] },
    ),
    q(
      'detained.facility_conditions',
      'long_text',
      [
        'Conditions in the facility, including outbreaks of illness',
        'Condiciones del centro, incluidos brotes de enfermedades',
      ],
      [
        'How is the place where you are held? Have people been getting sick?',
        '¿Cómo es el lugar donde está detenido? ¿Se han enfermado otras personas?',
      ],
    ),
  ],
};

export const releaseSection: SectionInput = {
  id: 'release',
  title: { en: 'Release plan and ties', es: 'Plan de salida y arraigo' },
  questions: [
    q(
      'detained.sponsor_name',
      'text',
      ['Sponsor name and relationship', 'Nombre del patrocinador y parentesco'],
      [
        'If you are released, who can receive you? How are they related to you?',
        'Si sale, ¿quién lo puede recibir? ¿Qué es de usted esa persona?',
      ],
      { caseFields: ['releasePlan.sponsorName', 'releasePlan.sponsorRelation'] },
    ),
    q(
      'detained.sponsor_contact',
      'text',
      ['Sponsor address and phone', 'Domicilio y teléfono del patrocinador'],
      ['What is their address and phone number?', '¿Cuál es su dirección y su número de teléfono?'],
      { caseFields: ['releasePlan.address', 'releasePlan.phone'] },
    ),
    q(
      'detained.sponsor_status',
      'text',
      ['Sponsor immigration status', 'Estatus migratorio del patrocinador'],
      [
        'What immigration status does that person have?',
        '¿Qué estatus migratorio tiene esa persona?',
      ],
      { caseFields: ['releasePlan.sponsorStatus'] },
    ),
    q(
      'detained.years_here',
      'number',
      ['Years living in the United States', 'Años viviendo en Estados Unidos'],
      ['How many years have you lived here?', '¿Cuántos años ha vivido aquí?'],
    ),
    q(
      'detained.work',
      'text',
      ['Work history and employer', 'Historial de trabajo y empleador'],
      ['Where do you work, and for how long?', '¿Dónde trabaja y desde hace cuánto?'],
    ),
    q(
      'detained.missed_appointments',
      'yes_no_unknown',
      [
        'Ever missed a court or ICE appointment?',
        '¿Alguna vez faltó a una cita de la corte o de ICE?',
      ],
      [
        'Did you ever miss an appointment with the court or with ICE?',
        '¿Alguna vez faltó a una cita de la corte o de ICE?',
      ],
    ),
  ],
};
