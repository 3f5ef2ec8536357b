import type { SectionInput } from './template-schema';
import { fact, q } from './template-builders';

export const identitySection: SectionInput = {
  id: 'identity',
  title: { en: 'Identity', es: 'Datos personales' },
  questions: [
    q(
      'intake.family_name',
      'text',
      [
        'Family name(s), as on the NTA if there is one',
        'Apellido(s), como aparecen en el NTA si lo hay',
      ],
      [
        'What is your last name? Please spell it for me.',
        '¿Cuál es su apellido? Por favor, deletréemelo.',
      ],
      { caseFields: ['identity.familyName'] },
    ),
    q(
      'intake.given_names',
      'text',
      ['Given name(s)', 'Nombre(s)'],
      ['And your first name or names?', '¿Y su nombre o nombres?'],
      { caseFields: ['identity.givenNames'] },
    ),
    q(
      'intake.other_names',
      'long_text',
      [
        'Other names used (aliases, spellings, married names)',
        'Otros nombres que ha usado (alias, otras formas de escribirlo, apellido de casada)',
      ],
      [
        'Have you ever used another name, or a different spelling of your name?',
        '¿Alguna vez ha usado otro nombre, o su nombre escrito de otra forma?',
      ],
      { caseFields: ['identity.aliases'] },
    ),
    q(
      'intake.date_of_birth',
      'date',
      ['Date of birth', 'Fecha de nacimiento'],
      ['What is your date of birth?', '¿Cuál es su fecha de nacimiento?'],
      { facts: [fact('clientDateOfBirth')], caseFields: ['identity.dateOfBirth'] },
    ),
    q(
      'intake.country_of_birth',
      'text',
      ['Country of birth', 'País de nacimiento'],
      [
        'In which country were you born? In which town?',
        '¿En qué país nació? ¿En qué pueblo o ciudad?',
      ],
      { caseFields: ['identity.countryOfBirth'] },
    ),
    q(
      'intake.nationalities',
      'text',
      [
        'Nationalities (every country of citizenship)',
        'Nacionalidades (todos los países de los que es ciudadano)',
      ],
      [
        'Of which countries are you a citizen? Do you have a passport or ID from any other country?',
        '¿De qué países es ciudadano? ¿Tiene pasaporte o identificación de algún otro país?',
      ],
      { caseFields: ['identity.nationalities'] },
    ),
    q(
      'intake.marital_status',
      'choice',
      ['Marital status', 'Estado civil'],
      [
        'Are you married, single, separated, divorced or widowed?',
        '¿Está casado, soltero, separado, divorciado o viudo?',
      ],
      {
        facts: [
          fact('clientUnmarried', {
            trueWhen: ['single', 'divorced', 'widowed'],
            falseWhen: ['married', 'separated'],
          }),
        ],
        caseFields: ['identity.maritalStatus'],
      },
      [
        ['single', 'Single', 'Soltero/a'],
        [
          'married',
          'Married (including a religious or common-law marriage, to be checked)',
          'Casado/a (incluido matrimonio religioso o de hecho, por revisar)',
        ],
        ['separated', 'Separated', 'Separado/a'],
        ['divorced', 'Divorced', 'Divorciado/a'],
        ['widowed', 'Widowed', 'Viudo/a'],
      ],
    ),
    q(
      'intake.literacy',
      'choice',
      ['Reading and writing (ask respectfully)', 'Lectura y escritura (pregunte con respeto)'],
      [
        'Is it easy for you to read and write, a little difficult, or do you prefer that we read documents to you?',
        '¿Se le hace fácil leer y escribir, un poco difícil, o prefiere que le leamos los documentos?',
      ],
      { caseFields: ['identity.literacy'] },
      [
        ['reads_writes', 'Reads and writes', 'Lee y escribe'],
        ['limited', 'Limited', 'Con dificultad'],
        ['none', 'Prefers documents read aloud', 'Prefiere que le lean los documentos'],
      ],
    ),
  ],
};

export const documentsSection: SectionInput = {
  id: 'documents',
  title: { en: 'Immigration and court papers', es: 'Papeles de inmigración y de la corte' },
  questions: [
    q(
      'intake.has_papers',
      'yes_no_unknown',
      [
        'Client has immigration or court papers (NTA, hearing notices, I-94, ICE papers)',
        'Su cliente tiene papeles de inmigración o de la corte (NTA, avisos de audiencia, I-94, papeles de ICE)',
      ],
      [
        'Do you have any papers from immigration or from the court? Could you show them to me?',
        '¿Tiene papeles de inmigración o de la corte? ¿Me los puede mostrar?',
      ],
    ),
    q(
      'intake.a_number',
      'text',
      ['A-number (from the NTA or other papers)', 'Número A (del NTA u otros papeles)'],
      null,
      { caseFields: ['identity.aNumber'] },
    ),
    q(
      'intake.nta_served_date',
      'date',
      [
        'Date the NTA was served (check the certificate of service)',
        'Fecha en que se entregó el NTA (vea el certificado de entrega)',
      ],
      [
        'When did you receive this paper? Was it given to you in person or sent by mail?',
        '¿Cuándo recibió este papel? ¿Se lo dieron en persona o le llegó por correo?',
      ],
      { facts: [fact('ntaServedDate')], caseFields: ['nta.dateServed'] },
    ),
    q(
      'intake.nta_hearing_time',
      'choice',
      [
        'Does the NTA itself state the date and time of the first hearing?',
        '¿El NTA mismo indica la fecha y hora de la primera audiencia?',
      ],
      null,
      {
        facts: [fact('ntaTimeTbd', { trueWhen: ['tbd'], falseWhen: ['specified'] })],
        caseFields: ['nta.hearingTimeOnNta'],
      },
      [
        [
          'specified',
          'Yes, date and time are on the NTA',
          'Sí, la fecha y la hora están en el NTA',
        ],
        ['tbd', 'No: "to be set" or blank', 'No: "por fijar" o en blanco'],
        ['unknown', 'NTA not seen yet', 'Todavía no se ha visto el NTA'],
      ],
    ),
    q(
      'intake.next_hearing_date',
      'date',
      [
        'Next hearing date (check the EOIR hotline or ACIS)',
        'Fecha de la próxima audiencia (consulte la línea de EOIR o ACIS)',
      ],
      ['Do you know when your next court date is?', '¿Sabe cuándo es su próxima cita en la corte?'],
      { caseFields: ['hearings[].date'] },
    ),
  ],
};
