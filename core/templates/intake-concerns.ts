import type { SectionInput } from './template-schema';
import { fact, q } from './template-builders';

export const fearSection: SectionInput = {
  id: 'fear',
  title: { en: 'Fear of return', es: 'Miedo a regresar' },
  intro: {
    en: 'At intake, ask only enough to screen. Use the fear-declaration template for the full account.',
    es: 'En la primera entrevista pregunte solo lo necesario para evaluar. Use la plantilla de declaración de miedo para el relato completo.',
  },
  questions: [
    q(
      'intake.fear_of_return',
      'yes_no_unknown',
      [
        'Is the client afraid to return to their country?',
        '¿Su cliente tiene miedo de regresar a su país?',
      ],
      ['Are you afraid to go back to your country?', '¿Tiene miedo de regresar a su país?'],
      { facts: [fact('fearOfReturn')] },
    ),
    q(
      'intake.fear_reason',
      'long_text',
      ["Why, in the client's words (brief)", 'Por qué, con las palabras de su cliente (breve)'],
      [
        'Can you tell me, in a few words, why you are afraid?',
        '¿Me puede decir, en pocas palabras, por qué tiene miedo?',
      ],
    ),
    q(
      'intake.past_harm',
      'yes_no_unknown',
      [
        'Was the client harmed or threatened before leaving?',
        '¿Su cliente sufrió daños o amenazas antes de salir?',
      ],
      [
        'Before you left, did anyone hurt you or threaten you?',
        'Antes de salir, ¿alguien le hizo daño o lo amenazó?',
      ],
      { facts: [fact('pastHarm')] },
    ),
  ],
};

export const harmInUsSection: SectionInput = {
  id: 'harm_in_us',
  title: { en: 'Harm in the United States', es: 'Daños en Estados Unidos' },
  intro: {
    en: 'Screen gently. If the answer is yes, do not press for details now; plan a private interview with the victim-screening template. Never ask with a partner or relative in the room.',
    es: 'Pregunte con cuidado. Si la respuesta es sí, no insista en los detalles ahora; planee una entrevista en privado con la plantilla para víctimas. Nunca pregunte con la pareja o un familiar presente.',
  },
  questions: [
    q(
      'intake.harmed_in_us',
      'yes_no_unknown',
      [
        'Harmed in the United States, or the victim of a crime here?',
        '¿Sufrió daños en Estados Unidos o fue víctima de un delito aquí?',
      ],
      [
        'Has anyone hurt you here in the United States? Have you been the victim of a crime here?',
        '¿Alguien le ha hecho daño aquí en Estados Unidos? ¿Ha sido víctima de un delito aquí?',
      ],
      { facts: [fact('crimeVictimInUs', { trueWhen: [true] })] },
    ),
  ],
};

export const arrestsSection: SectionInput = {
  id: 'arrests',
  title: { en: 'Arrests and convictions', es: 'Arrestos y condenas' },
  intro: {
    en: 'Ask about every country and about tickets too. Under the Laken Riley Act an arrest alone can lead to mandatory detention.',
    es: 'Pregunte por todos los países y también por multas. Según la Ley Laken Riley, un arresto por sí solo puede llevar a la detención obligatoria.',
  },
  questions: [
    q(
      'intake.ever_arrested',
      'yes_no_unknown',
      [
        'Ever arrested, fined, charged or convicted, here or abroad?',
        '¿Alguna vez arrestado, multado, acusado o condenado, aquí o en otro país?',
      ],
      [
        'Have you ever been arrested, given a ticket, or accused of anything, here or in another country?',
        '¿Alguna vez lo han arrestado, le han puesto una multa o lo han acusado de algo, aquí o en otro país?',
      ],
      {
        facts: [
          fact('anyArrestOrCharge'),
          fact('anyConviction', { falseWhen: [false] }),
          fact('lakenRileyOffense', { falseWhen: [false] }),
        ],
      },
    ),
    q(
      'intake.ever_convicted',
      'yes_no_unknown',
      [
        'Any conviction (including a guilty plea, deferred adjudication or a fine paid)?',
        '¿Alguna condena (incluida una declaración de culpabilidad, adjudicación diferida o una multa pagada)?',
      ],
      [
        'Did a judge ever find you guilty, or did you ever plead guilty or pay a fine for a charge?',
        '¿Algún juez lo declaró culpable alguna vez, o usted se declaró culpable o pagó una multa por una acusación?',
      ],
      { facts: [fact('anyConviction')] },
    ),
    q(
      'intake.arrest_details',
      'long_text',
      [
        'For each event: offense, date, place, court, outcome, sentence, documents held',
        'De cada caso: delito, fecha, lugar, tribunal, resultado, sentencia, documentos que tiene',
      ],
      [
        'For each time: what happened, when and where, and what the court decided.',
        'De cada vez: qué pasó, cuándo y dónde, y qué decidió el tribunal.',
      ],
      { caseFields: ['criminalEvents[]'] },
    ),
  ],
};
