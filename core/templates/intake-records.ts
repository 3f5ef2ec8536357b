import type { SectionInput } from './template-schema';
import { fact, q } from './template-builders';

export const priorCasesSection: SectionInput = {
  id: 'prior_cases',
  title: { en: 'Earlier cases and applications', es: 'Casos y solicitudes anteriores' },
  questions: [
    q(
      'intake.prior_applications',
      'multi_choice',
      ['Earlier immigration applications', 'Solicitudes de inmigración anteriores'],
      [
        'Have you ever applied for asylum, DACA, TPS or any other permit?',
        '¿Alguna vez pidió asilo, DACA, TPS u otro permiso?',
      ],
      {
        facts: [
          fact('earlierDacaOrTps', {
            trueWhen: ['daca', 'tps'],
            falseWhen: ['none', 'asylum', 'other'],
          }),
          fact('fearOfReturn', { trueWhen: ['asylum'] }),
        ],
        caseFields: ['priorFilings[]'],
      },
      [
        ['asylum', 'Asylum', 'Asilo'],
        ['daca', 'DACA', 'DACA'],
        ['tps', 'TPS', 'TPS'],
        ['other', 'Other', 'Otro'],
        ['none', 'None', 'Ninguno'],
      ],
    ),
    q(
      'intake.deported_before',
      'yes_no_unknown',
      [
        'Earlier removal, deportation or order (including in absentia)?',
        '¿Deportación u orden anterior (incluida una orden en ausencia)?',
      ],
      [
        'Have you ever been deported, or did a judge ever order you to leave?',
        '¿Alguna vez lo deportaron, o algún juez le ordenó salir del país?',
      ],
      { facts: [fact('priorRemovalOrder')], caseFields: ['priorOrders[]'] },
    ),
    q(
      'intake.missed_hearing_order',
      'yes_no_unknown',
      [
        'Was any order entered because the client missed a hearing?',
        '¿Se dictó alguna orden porque su cliente faltó a una audiencia?',
      ],
      [
        'Did you ever miss a court date? Did you later get a paper saying the judge ordered you to leave?',
        '¿Alguna vez faltó a una cita en la corte? ¿Después recibió un papel que decía que el juez le ordenó salir del país?',
      ],
      { facts: [fact('inAbsentiaOrder')], caseFields: ['priorOrders[]'] },
    ),
  ],
};

export const petitionsSection: SectionInput = {
  id: 'petitions',
  title: { en: 'Petitions filed for the client', es: 'Peticiones presentadas para su cliente' },
  questions: [
    q(
      'intake.petition_filed',
      'yes_no_unknown',
      [
        'Has a relative or employer filed a petition or labor certification for the client (or for a spouse or parent who could include the client)?',
        '¿Algún familiar o empleador presentó una petición o certificación laboral para su cliente (o para su cónyuge, padre o madre, que podría incluirlo)?',
      ],
      [
        'Has a family member or an employer ever filed papers so that you could get residence? Or for your husband or wife, or your parents?',
        '¿Algún familiar o empleador presentó papeles alguna vez para que usted obtuviera la residencia? ¿O para su esposo o esposa, o sus padres?',
      ],
      { caseFields: ['priorFilings[]'] },
    ),
    q(
      'intake.petition_date',
      'date',
      [
        'Filing date of the earliest such petition (245(i) needs 2001-04-30 or before)',
        'Fecha de presentación de la petición más antigua (la 245(i) exige el 2001-04-30 o antes)',
      ],
      [
        'Do you remember when it was filed? Do you have a receipt?',
        '¿Recuerda cuándo se presentó? ¿Tiene un recibo?',
      ],
      {
        facts: [fact('petitionFiledBy2001', { onOrBefore: '2001-04-30' })],
        caseFields: ['priorFilings[].filedOn'],
      },
    ),
    q(
      'intake.petition_pending',
      'yes_no_unknown',
      [
        'Is a petition for the client pending or approved now (I-130, I-140, I-360, I-918, I-914)?',
        '¿Hay ahora una petición para su cliente pendiente o aprobada (I-130, I-140, I-360, I-918, I-914)?',
      ],
      null,
      { facts: [fact('pendingUscisPetition')], caseFields: ['priorFilings[].status'] },
    ),
  ],
};

export const safeContactSection: SectionInput = {
  id: 'safe_contact',
  title: { en: 'Safe contact', es: 'Contacto seguro' },
  questions: [
    q(
      'intake.safe_channels',
      'multi_choice',
      ['Channels the client says are safe', 'Medios que su cliente dice que son seguros'],
      [
        'What is the safest way for us to contact you? Can someone else see your phone or your mail?',
        '¿Cuál es la forma más segura de comunicarnos con usted? ¿Alguien más puede ver su teléfono o su correo?',
      ],
      {
        caseFields: ['flags.safeContact.call', 'flags.safeContact.text', 'flags.safeContact.mail'],
      },
      [
        ['call', 'Phone call', 'Llamada'],
        ['text', 'Text message', 'Mensaje de texto'],
        ['mail', 'Letter by mail', 'Carta por correo'],
        ['none', 'Only in person', 'Solo en persona'],
      ],
    ),
    q(
      'intake.voicemail_ok',
      'yes_no_unknown',
      ['May we leave voicemail messages?', '¿Podemos dejar mensajes de voz?'],
      [
        'If you do not answer, may I leave you a voice message?',
        'Si no contesta, ¿le puedo dejar un mensaje de voz?',
      ],
      { caseFields: ['flags.safeContact.voicemail'] },
    ),
  ],
};
