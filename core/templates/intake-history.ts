import type { SectionInput } from './template-schema';
import { entryMannerOptions, fact, q, relativeOptions } from './template-builders';

const ADMITTED_OR_PAROLED = ['visa', 'parole', 'cbp_one', 'lpr', 'refugee'];
const PAROLED = ['parole', 'cbp_one'];

export const entriesSection: SectionInput = {
  id: 'entries',
  title: { en: 'Entries and trips', es: 'Entradas y viajes' },
  intro: {
    en: 'Dates matter for several deadlines. If the client gives an estimate, record it and mark it as approximate in the case file.',
    es: 'Las fechas importan para varios plazos. Si su cliente da una fecha aproximada, anótela y márquela como aproximada en el expediente.',
  },
  questions: [
    q(
      'intake.first_entry_date',
      'date',
      [
        'Date of the first entry to the United States',
        'Fecha de la primera entrada a Estados Unidos',
      ],
      [
        'When did you come to the United States for the first time?',
        '¿Cuándo vino a Estados Unidos por primera vez?',
      ],
      { facts: [fact('firstEntryDate')], caseFields: ['entries[].date'] },
    ),
    q(
      'intake.first_entry_manner',
      'choice',
      ['How the client entered the first time', 'Cómo entró su cliente la primera vez'],
      [
        'How did you enter that first time? Did you go through a border post and speak with an officer?',
        '¿Cómo entró esa primera vez? ¿Pasó por una garita y habló con un oficial?',
      ],
      {
        facts: [
          fact('enteredWithoutInspection', { trueWhen: ['ewi'] }),
          fact('admittedOrParoled', { trueWhen: ADMITTED_OR_PAROLED }),
          fact('everParoled', { trueWhen: PAROLED }),
        ],
        caseFields: ['entries[].manner'],
      },
      entryMannerOptions,
    ),
    q(
      'intake.last_entry_date',
      'date',
      [
        'Date of the last arrival (starts the asylum one-year clock)',
        'Fecha de la última llegada (inicia el plazo de un año del asilo)',
      ],
      [
        'When was the last time you entered the United States?',
        '¿Cuándo fue la última vez que entró a Estados Unidos?',
      ],
      { facts: [fact('lastArrivalDate')], caseFields: ['entries[].date'] },
    ),
    q(
      'intake.last_entry_manner',
      'choice',
      ['How the client entered the last time', 'Cómo entró su cliente la última vez'],
      ['And that last time, how did you enter?', '¿Y esa última vez, cómo entró?'],
      {
        facts: [
          fact('enteredWithoutInspection', { trueWhen: ['ewi'] }),
          fact('admittedOrParoled', { trueWhen: ADMITTED_OR_PAROLED }),
          fact('everParoled', { trueWhen: PAROLED }),
        ],
        caseFields: ['entries[].manner'],
      },
      entryMannerOptions,
    ),
    q(
      'intake.border_events',
      'multi_choice',
      ['What happened at the border (any entry)', 'Qué pasó en la frontera (en cualquier entrada)'],
      [
        'When you crossed, were you stopped? Were you sent back, or interviewed about being afraid?',
        'Cuando cruzó, ¿lo detuvieron? ¿Lo regresaron o le hicieron una entrevista sobre su miedo?',
      ],
      {
        facts: [fact('priorRemovalOrder', { trueWhen: ['expedited_removal', 'reinstatement'] })],
        caseFields: ['entries[].borderEvents'],
      },
      [
        [
          'expedited_removal',
          'Sent back quickly (expedited removal)',
          'Lo regresaron rápido (deportación acelerada)',
        ],
        [
          'credible_fear',
          'Interviewed about fear (credible fear)',
          'Entrevista sobre su miedo (miedo creíble)',
        ],
        ['reinstatement', 'An old order was reinstated', 'Le restablecieron una orden anterior'],
        ['none', 'Nothing of this', 'Nada de esto'],
      ],
    ),
    q(
      'intake.trips_abroad',
      'long_text',
      [
        'Every trip out of the United States: date left, date back, and whether under an order',
        'Cada salida de Estados Unidos: fecha de salida, fecha de regreso y si salió con una orden',
      ],
      [
        'Have you left the United States since you first came? When did you leave, and when did you come back?',
        '¿Ha salido de Estados Unidos desde que llegó por primera vez? ¿Cuándo salió y cuándo regresó?',
      ],
      { caseFields: ['departures[]'] },
    ),
  ],
};

export const familySection: SectionInput = {
  id: 'family',
  title: { en: 'Family', es: 'Familia' },
  questions: [
    q(
      'intake.parents_grandparents_usc',
      'yes_no_unknown',
      [
        'Was any parent or grandparent a US citizen, or did one become a citizen? (Ask every client.)',
        '¿Algún padre, madre, abuelo o abuela era ciudadano estadounidense o se hizo ciudadano? (Pregúntelo en todos los casos.)',
      ],
      [
        'Were any of your parents or grandparents citizens of the United States, or did any of them become citizens?',
        '¿Alguno de sus padres o abuelos era ciudadano de Estados Unidos, o se hizo ciudadano?',
      ],
      {
        facts: [fact('parentOrGrandparentUsc', { trueWhen: [true], falseWhen: [false] })],
        caseFields: ['family[]'],
      },
    ),
    q(
      'intake.parent_naturalized_before_18',
      'yes_no_unknown',
      [
        'Did a parent naturalize before the client turned 18?',
        '¿El padre o la madre se naturalizó antes de que su cliente cumpliera 18 años?',
      ],
      [
        'Did your father or mother become a US citizen before you turned 18?',
        '¿Su papá o su mamá se hizo ciudadano de Estados Unidos antes de que usted cumpliera 18 años?',
      ],
      {
        facts: [fact('parentNaturalizedBeforeClient18', { trueWhen: [true], falseWhen: [false] })],
        caseFields: ['family[].statusSince'],
      },
    ),
    q(
      'intake.us_relatives',
      'multi_choice',
      [
        'Relatives in the United States and their status',
        'Familiares en Estados Unidos y su estatus',
      ],
      [
        'Which members of your family live here? Are they citizens, residents, or do they not have papers?',
        '¿Qué familiares suyos viven aquí? ¿Son ciudadanos, residentes o no tienen papeles?',
      ],
      {
        facts: [
          fact('relative212h', {
            trueWhen: [
              'spouse-usc',
              'spouse-lpr',
              'child-usc',
              'child-lpr',
              'parent-usc',
              'parent-lpr',
            ],
            falseWhen: ['none', 'other-status'],
          }),
          fact('qualifyingRelative42b', {
            trueWhen: ['spouse-usc', 'spouse-lpr', 'parent-usc', 'parent-lpr'],
            falseWhen: ['none', 'other-status'],
          }),
          fact('immediateRelativeUsc', {
            trueWhen: ['spouse-usc'],
            falseWhen: ['none', 'other-status'],
          }),
        ],
        caseFields: ['family[]'],
      },
      relativeOptions,
    ),
    q(
      'intake.relatives_details',
      'long_text',
      [
        'For each relative: name, relationship, date of birth, status and how obtained, married or not (children)',
        'De cada familiar: nombre, parentesco, fecha de nacimiento, estatus y cómo lo obtuvo, si está casado (hijos)',
      ],
      [
        'Tell me about each of them: their name, their date of birth, and their immigration status.',
        'Hábleme de cada uno: su nombre, su fecha de nacimiento y su estatus migratorio.',
      ],
      { caseFields: ['family[]'] },
    ),
  ],
};
