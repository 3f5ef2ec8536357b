import type { SectionInput } from './template-schema';
import { q } from './template-builders';

/**
 * Every template opens with this section (DOMAIN §5): interpreter, comprehension check,
 * confidentiality statement, consent to take notes. The question ids are shared on purpose.
 */
export const openingSection: SectionInput = {
  id: 'opening',
  title: { en: 'Before we start', es: 'Antes de empezar' },
  intro: {
    en: 'Read each statement slowly and let the interpreter finish. Do not continue until the client has understood and agreed.',
    es: 'Lea cada frase despacio y deje que la persona que interpreta termine. No siga hasta que su cliente haya entendido y esté de acuerdo.',
  },
  questions: [
    q(
      'opening.interpreter_name',
      'text',
      [
        'Interpreter\'s name (write "none" if no interpreter is used)',
        'Nombre de quien interpreta (escriba "ninguno" si no hay intérprete)',
      ],
      [
        'This is ___. They will interpret everything we say, word for word, and will also keep it confidential.',
        'Le presento a ___. Va a interpretar todo lo que digamos, palabra por palabra, y también va a guardar el secreto.',
      ],
    ),
    q(
      'opening.interpreter_language',
      'text',
      [
        'Language and dialect used today (for example Mam of Todos Santos)',
        'Idioma y variante que se usa hoy (por ejemplo, mam de Todos Santos)',
      ],
      [
        'Which language are you most comfortable speaking? Do you understand the interpreter well?',
        '¿En qué idioma se siente más cómodo para hablar? ¿Entiende bien a la persona que interpreta?',
      ],
      { caseFields: ['identity.bestLanguage'] },
    ),
    q(
      'opening.comprehension_check',
      'yes_no',
      [
        'Comprehension check: the client explained in their own words what this meeting is for.',
        'Comprobación: su cliente explicó con sus propias palabras para qué es esta reunión.',
      ],
      [
        'To make sure we understand each other, can you tell me in your own words what this meeting is for?',
        'Para estar seguros de que nos entendemos, ¿me puede decir con sus propias palabras para qué es esta reunión?',
      ],
    ),
    q(
      'opening.confidentiality',
      'yes_no',
      [
        'Confidentiality statement read and understood',
        'Se leyó y se entendió la explicación de confidencialidad',
      ],
      [
        'What you tell me is confidential. I am your lawyer. I do not work for immigration or for any government. Only our legal team will see what you say, and I will not share it with anyone else without your permission.',
        'Lo que usted me cuente es confidencial. Yo soy su abogado o abogada. No trabajo para inmigración ni para ningún gobierno. Solo nuestro equipo legal verá lo que usted diga, y no se lo voy a contar a nadie más sin su permiso.',
      ],
    ),
    q(
      'opening.consent_notes',
      'yes_no',
      ['Client agreed that notes may be taken', 'Su cliente aceptó que se tomen notas'],
      [
        'I will take notes so I do not forget anything. The notes are kept safe and only the legal team can read them. Is that all right with you?',
        'Voy a tomar notas para no olvidar nada. Las notas se guardan de forma segura y solo el equipo legal las puede leer. ¿Está de acuerdo?',
      ],
    ),
    q(
      'opening.ground_rules',
      'yes_no',
      [
        'Ground rules explained (say "I don\'t understand", "I don\'t know", ask for a break)',
        'Se explicaron las reglas (decir "no entiendo", "no sé", pedir una pausa)',
      ],
      [
        'If you do not understand a question, please tell me. If you do not know or do not remember, it is fine to say so. You can ask for a break at any time.',
        'Si no entiende una pregunta, dígamelo, por favor. Si no sabe o no se acuerda, está bien decirlo. Puede pedir una pausa cuando quiera.',
      ],
    ),
  ],
};
