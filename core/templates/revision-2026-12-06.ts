/**
 * Version 2 of every template (Spanish legal-terms review of 2026-12-06, issue 14). Only Spanish
 * wording changes: the client wording agrees with the client's recorded gender through
 * `{masculine|feminine|neutral}` marks (see spanish-agreement.ts), with a neutral form when none is
 * recorded; "suspensión de la remoción", "la respuesta a los alegatos y cargos", "plan de
 * liberación", and "¿cruzó sin pasar por un oficial?" instead of "entró sin inspección". Question
 * ids, types, options and feeds are unchanged, so answers read the same under both versions.
 */
import type { LocalizedText } from '../law/law-schema';
import type { InterviewTemplateInput, QuestionInput, SectionInput } from './template-schema';

export const REVISION_DATE = '2026-12-06';

/** The guidance line v1 had about masculine wording, and the one that replaces it. */
const OLD_GENDER_GUIDANCE = 'The Spanish client wording uses the masculine form for brevity';
const GENDER_GUIDANCE: LocalizedText = {
  en: 'The Spanish wording agrees with the gender recorded in the case file (Identity: Gender, for Spanish wording). When none is recorded it uses neutral wording.',
  es: 'Las frases en español concuerdan con el género que consta en el expediente (Identidad: Género, para la redacción en español). Si no consta, se usa una forma neutra.',
};

interface QuestionWording {
  readonly prompt?: string;
  readonly client?: string;
}

/** Spanish wording by question id (the same question in every template that uses it). */
const questions: Readonly<Record<string, QuestionWording>> = {
  'opening.interpreter_language': {
    client:
      '¿En qué idioma se siente más a gusto para hablar? ¿Entiende bien a la persona que interpreta?',
  },
  'opening.comprehension_check': {
    client:
      'Para asegurarnos de que nos entendemos, ¿me puede decir con sus propias palabras para qué es esta reunión?',
  },
  'intake.nationalities': {
    prompt: 'Nacionalidades (todos los países de los que tiene la ciudadanía)',
    client:
      '¿De qué países tiene la ciudadanía? ¿Tiene pasaporte o identificación de algún otro país?',
  },
  'intake.marital_status': {
    client:
      '{¿Está casado, soltero, separado, divorciado o viudo?|¿Está casada, soltera, separada, divorciada o viuda?|¿Cuál es su estado civil? ¿Se casó alguna vez? ¿Se separó, se divorció o enviudó?}',
  },
  'intake.border_events': {
    client:
      'Cuando cruzó, ¿{lo|la|le} detuvieron? ¿{Lo|La|Le} regresaron o le hicieron una entrevista sobre su miedo?',
  },
  'intake.relatives_details': {
    prompt:
      'De cada familiar: nombre, parentesco, fecha de nacimiento, estatus y cómo lo obtuvo, y si se ha casado (hijos)',
  },
  'intake.past_harm': { client: 'Antes de salir, ¿alguien le hizo daño o {lo|la|le} amenazó?' },
  'intake.ever_arrested': {
    prompt:
      '¿Alguna vez {arrestado, multado, acusado o condenado|arrestada, multada, acusada o condenada|hubo un arresto, una multa, una acusación o una condena}, aquí o en otro país?',
    client:
      '¿Alguna vez {lo|la|le} han arrestado, le han puesto una multa o {lo|la|le} han acusado de algo, aquí o en otro país?',
  },
  'intake.ever_convicted': {
    client:
      '¿Algún juez {lo|la|le} declaró culpable alguna vez, o usted se declaró culpable o pagó una multa por una acusación?',
  },
  'intake.deported_before': {
    client: '¿Alguna vez {lo|la|le} deportaron, o algún juez le ordenó salir del país?',
  },
  'intake.petition_filed': {
    prompt:
      '¿Algún familiar o empleador presentó una petición o certificación laboral para su cliente (o para su cónyuge, padre o madre, que también podría cubrir a su cliente)?',
  },
  'detained.is_detained': { prompt: '¿Su cliente está {detenido|detenida|en detención} ahora?' },
  'detained.arrest_date': { client: '¿Cuándo y dónde {lo|la|le} arrestó inmigración?' },
  'detained.i286_received': {
    client:
      '¿Inmigración le dio un papel sobre si {lo|la|le} pueden soltar o si puede pagar una fianza?',
  },
  'detained.arrest_offense': {
    client:
      '¿Alguna vez {lo|la|le} arrestaron o {lo|la|le} acusaron de llevarse algo, de entrar a un lugar a robar, de golpear a un policía o de herir gravemente a alguien?',
  },
  'detained.entry_inspection': {
    client:
      'La última vez que entró, ¿pasó por un oficial en la frontera, o cruzó sin pasar por un oficial? ¿Le dieron un papel de parole?',
  },
  'detained.facility_conditions': {
    client:
      '¿Cómo es el lugar donde está {detenido|detenida|en detención}? ¿Se han enfermado otras personas?',
  },
  'detained.sponsor_name': {
    client: 'Si sale, ¿quién {lo|la|le} puede recibir? ¿Qué es de usted esa persona?',
  },
  'fear.who': { client: '¿Quién le hizo daño o {lo|la|le} amenazó? ¿Cómo sabe quiénes eran?' },
  'fear.what_happened': {
    client: '¿Qué pasó exactamente? ¿Cuándo y dónde? ¿Quedó {herido|herida|con heridas}?',
  },
  'fear.harmed_before': {
    client: '¿Alguien le hizo daño o {lo|la|le} amenazó antes de que saliera?',
  },
  'fear.motive': {
    prompt:
      'Por qué su cliente cree que {lo|la|le} atacaron; cualquier palabra que muestre el motivo (nexo)',
    client: '¿Por qué cree que {lo|la|le} atacaron? ¿Le dijeron algo sobre el motivo?',
  },
  'fear.relocation': {
    prompt:
      '¿Podría su cliente vivir {seguro|segura|sin peligro} en otra parte del país? ¿Por qué no?',
    client: '¿Podría vivir {seguro|segura|sin peligro} en otra parte de su país? ¿Por qué no?',
  },
  'fear.future': {
    prompt: 'Qué cree su cliente que pasaría si regresa y quién {lo|la|le} buscaría',
    client: '¿Qué cree que pasaría si regresa? ¿Quién {lo|la|le} buscaría?',
  },
  'hardship.relative_married': {
    prompt: 'Si es hijo o hija: ¿se ha casado?',
    client: '¿Su hijo o hija se ha casado?',
  },
  'hardship.go_or_stay': {
    client:
      '¿Qué le pasaría a su hijo o hija si a usted {lo|la|le} deportaran? ¿Se iría con usted o se quedaría aquí? ¿Con quién?',
  },
  'victim.safe_now': {
    prompt: '¿Su cliente está {seguro|segura|a salvo} ahora?',
    client:
      '¿Está {seguro|segura|a salvo} ahora? ¿Necesita ayuda con un albergue o atención médica?',
  },
  'victim.abuse_at_home': {
    prompt:
      '¿Su cónyuge, padre o madre le hizo daño, {lo|la|le} amenazó o {lo|la|le} controló (dinero, documentos, aislamiento, amenazas de deportación), o le hizo daño a su hijo o hija?',
    client:
      '¿Alguien con quien vive o vivió le ha hecho daño, {lo|la|le} ha amenazado o le ha controlado su dinero o sus papeles?',
  },
  'victim.parent_abuse': {
    client: '¿Su papá o su mamá le hizo daño, no {lo|la|le} cuidó o {lo|la|le} abandonó?',
  },
  'victim.forced_work_sex': {
    prompt:
      '¿Alguien {lo|la|le} obligó o {lo|la|le} engañó para trabajar o tener sexo mediante fuerza, fraude, amenazas o deudas (cualquier sexo comercial siendo menor de 18)?',
    client:
      '¿Alguna vez alguien {lo|la|le} obligó a trabajar o a tener relaciones sexuales, con engaños, amenazas o diciendo que usted le debía dinero?',
  },
  'victim.helped_police': {
    prompt:
      '¿Lo denunció, ayudó en la investigación o {está dispuesto a ayudar|está dispuesta a ayudar|quiere ayudar}?',
    client:
      '¿Llamó a la policía o ayudó en la investigación? ¿{Estaría dispuesto a ayudar|Estaría dispuesta a ayudar|Querría ayudar}?',
  },
  'prep.hearing_date': { client: 'Su audiencia es en esta fecha. Vamos a anotarla.' },
  'prep.pleadings_taken': { prompt: '¿Ya se respondió a los alegatos y cargos?' },
  'debrief.pleadings_taken': { prompt: '¿Se respondió a los alegatos y cargos?' },
};

const sections: Readonly<Record<string, { title?: string }>> = {
  release: { title: 'Plan de liberación y arraigo' },
  review: { title: 'Declaración, pruebas y respuesta a los alegatos y cargos' },
};

const templates: Readonly<Record<string, { title?: string; purpose?: string }>> = {
  'detained-client': {
    title: 'Cliente en detención',
    purpose:
      'Primero los datos de la detención para la vía de fianza, el riesgo médico para pedir parole y el plan de liberación; después las preguntas de la primera entrevista.',
  },
  'fear-declaration': {
    purpose:
      'Armar la cronología para asilo, suspensión de la remoción y CAT: cada daño, quién lo hizo y por qué, protección del Estado, reubicación, miedo futuro y pruebas.',
  },
};

const es = (text: LocalizedText, replacement: string | undefined): LocalizedText =>
  replacement ? { en: text.en, es: replacement } : text;

function reviseQuestion(question: QuestionInput): QuestionInput {
  const wording = questions[question.id];
  if (!wording) return question;
  return {
    ...question,
    attorneyPrompt: es(question.attorneyPrompt, wording.prompt),
    clientWording: question.clientWording ? es(question.clientWording, wording.client) : null,
  };
}

function reviseSection(section: SectionInput): SectionInput {
  return {
    ...section,
    title: es(section.title, sections[section.id]?.title),
    questions: section.questions.map(reviseQuestion),
  };
}

/** Version 2 of a version-1 template: the same questions with the reviewed Spanish wording. */
export function reviseTemplate(template: InterviewTemplateInput): InterviewTemplateInput {
  if (template.version !== 1) throw new RangeError(`expected version 1 of ${template.id}`);
  const own = templates[template.id] ?? {};
  return {
    ...template,
    version: 2,
    effectiveDate: REVISION_DATE,
    title: es(template.title, own.title),
    purpose: es(template.purpose, own.purpose),
    guidance: template.guidance.map((line) =>
      line.en.startsWith(OLD_GENDER_GUIDANCE) ? GENDER_GUIDANCE : line,
    ),
    sections: template.sections.map(reviseSection),
  };
}

/** The question ids the revision rewords (tests check each exists). */
export const revisedQuestionIds: readonly string[] = Object.keys(questions);
export const revisedSectionIds: readonly string[] = Object.keys(sections);
export const revisedTemplateIds: readonly string[] = Object.keys(templates);
