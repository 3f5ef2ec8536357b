/**
 * The questions that replace each version-2 question asking two facts at once, so each answer
 * goes to its one case-file field. Keyed by the question they replace, in the order asked.
 */
import { q } from './template-builders';
import type { QuestionInput } from './template-schema';

const detained: Readonly<Record<string, readonly QuestionInput[]>> = {
  'detained.arrest_date': [
    q(
      'detained.ice_arrest_date',
      'date',
      ['Date of the ICE arrest', 'Fecha del arresto de ICE'],
      ['When did immigration arrest you?', '¿Cuándo {lo|la|le} arrestó inmigración?'],
      { caseFields: ['custody.arrestDate'] },
    ),
    q(
      'detained.ice_arrest_place',
      'text',
      [
        'Place of the ICE arrest (town, and where: home, work, traffic stop, courthouse)',
        'Lugar del arresto de ICE (pueblo, y dónde: casa, trabajo, control de tráfico, corte)',
      ],
      ['Where did they arrest you?', '¿Dónde {lo|la|le} arrestaron?'],
      { caseFields: ['custody.arrestPlace'] },
    ),
  ],
  'detained.facility': [
    q('detained.facility_name', 'text', ['Facility name', 'Nombre del centro de detención'], null, {
      caseFields: ['custody.facility'],
    }),
    q(
      'detained.facility_phone',
      'text',
      ['Facility phone', 'Teléfono del centro de detención'],
      null,
      { caseFields: ['custody.facilityPhone'] },
    ),
  ],
  'detained.i286_received': [
    q(
      'detained.ice_custody_decision',
      'yes_no_unknown',
      [
        'Did ICE give a custody decision (Form I-286)?',
        '¿ICE entregó una decisión de custodia (formulario I-286)?',
      ],
      [
        'Did immigration give you a paper about whether you can be released or pay a bond?',
        '¿Inmigración le dio un papel sobre si {lo|la|le} pueden soltar o si puede pagar una fianza?',
      ],
    ),
    q(
      'detained.ice_bond_amount',
      'number',
      ['Bond ICE set (US$), if any', 'Fianza fijada por ICE (US$), si la hay'],
      ['How much is the bond on that paper?', '¿De cuánto es la fianza en ese papel?'],
      { caseFields: ['custody.iceBondAmount'] },
    ),
  ],
  'detained.sponsor_name': [
    q(
      'detained.sponsor_fullname',
      'text',
      ["Sponsor's name", 'Nombre del patrocinador'],
      ['If you are released, who can receive you?', 'Si sale, ¿quién {lo|la|le} puede recibir?'],
      { caseFields: ['releasePlan.sponsorName'] },
    ),
    q(
      'detained.sponsor_relationship',
      'text',
      [
        "Sponsor's relationship to the client (sister, friend, employer…)",
        'Relación del patrocinador con su cliente (hermana, amigo, empleador…)',
      ],
      ['How is that person related to you?', '¿Qué es de usted esa persona?'],
      { caseFields: ['releasePlan.sponsorRelation'] },
    ),
  ],
  'detained.sponsor_contact': [
    q(
      'detained.sponsor_address',
      'text',
      ["Sponsor's address", 'Dirección del patrocinador'],
      ['What is their address?', '¿Cuál es su dirección?'],
      { caseFields: ['releasePlan.address'] },
    ),
    q(
      'detained.sponsor_phone',
      'text',
      ["Sponsor's phone", 'Teléfono del patrocinador'],
      ['What is their phone number?', '¿Cuál es su número de teléfono?'],
      { caseFields: ['releasePlan.phone'] },
    ),
  ],
};

const hardship: Readonly<Record<string, readonly QuestionInput[]>> = {
  'hardship.relative_name': [
    q(
      'hardship.relative_fullname',
      'text',
      ["Relative's name", 'Nombre del familiar'],
      [
        'Tell me about your family member. What is their name?',
        'Hábleme de su familiar. ¿Cómo se llama?',
      ],
      { caseFields: ['family[].name'] },
    ),
    q(
      'hardship.relative_relation',
      'choice',
      ['Relationship to the client', 'Parentesco con su cliente'],
      ['How is this person related to you?', '¿Qué es de usted esta persona?'],
      { caseFields: ['family[].relation'] },
      [
        ['child', 'Son or daughter', 'Hijo o hija'],
        ['spouse', 'Spouse', 'Cónyuge'],
        ['parent', 'Parent', 'Padre o madre'],
        ['grandparent', 'Grandparent', 'Abuelo o abuela'],
        ['sibling', 'Brother or sister', 'Hermano o hermana'],
        ['other', 'Other', 'Otro'],
      ],
    ),
  ],
};

const hearings: Readonly<Record<string, readonly QuestionInput[]>> = {
  'prep.call_in': [
    q(
      'prep.hearing_callin',
      'text',
      [
        'Webex link or phone number for the hearing',
        'Enlace de Webex o teléfono para la audiencia',
      ],
      [
        'Do you have the phone number or Webex link for the hearing?',
        '¿Tiene el número de teléfono o el enlace de Webex para la audiencia?',
      ],
      { caseFields: ['hearings[].callIn'] },
    ),
    q(
      'prep.client_whereabouts',
      'text',
      [
        'Where the client will be during the hearing',
        'Dónde estará su cliente durante la audiencia',
      ],
      ['Where will you be that day?', '¿Dónde estará ese día?'],
    ),
  ],
  'debrief.next_hearing': [
    q('debrief.next_date', 'date', ['Next hearing date', 'Fecha de la próxima audiencia'], null, {
      caseFields: ['hearings[].date'],
    }),
    q(
      'debrief.next_type',
      'choice',
      ['Next hearing type', 'Tipo de la próxima audiencia'],
      null,
      { caseFields: ['hearings[].type'] },
      [
        ['master', 'Master calendar hearing', 'Audiencia preliminar'],
        ['individual', 'Individual (merits) hearing', 'Audiencia individual (de fondo)'],
        ['bond', 'Bond hearing', 'Audiencia de fianza'],
        ['joseph', 'Joseph hearing', 'Audiencia Joseph'],
      ],
    ),
    q(
      'debrief.next_format',
      'choice',
      ['Next hearing format', 'Formato de la próxima audiencia'],
      null,
      { caseFields: ['hearings[].format'] },
      [
        ['in_person', 'In person', 'En persona'],
        ['video', 'Video (Webex)', 'Por video (Webex)'],
        ['phone', 'Phone', 'Por teléfono'],
      ],
    ),
  ],
};

export const oneFactQuestions: Readonly<Record<string, readonly QuestionInput[]>> = {
  ...detained,
  ...hardship,
  ...hearings,
};
