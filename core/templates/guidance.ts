import type { LocalizedText } from '../law/law-schema';

/** Interviewing rules shown at the top of every template. */
export const commonGuidance: LocalizedText[] = [
  {
    en: 'Use short, plain sentences and let the interpreter finish each one. Check understanding often; many clients read little or not at all.',
    es: 'Use frases cortas y sencillas y deje que la persona que interpreta termine cada una. Compruebe a menudo que su cliente entiende; muchos clientes leen poco o nada.',
  },
  {
    en: 'Explain why you ask each kind of question. The client may stop or take a break at any time.',
    es: 'Explique por qué hace cada tipo de pregunta. Su cliente puede parar o tomar una pausa cuando quiera.',
  },
  {
    en: 'Record the client\'s own words. Write "unknown" rather than guess; an unknown answer keeps the screening asking instead of ruling anything out.',
    es: 'Anote las palabras de su cliente. Escriba "no se sabe" en lugar de adivinar; una respuesta desconocida hace que la evaluación siga preguntando en vez de descartar algo.',
  },
  {
    en: 'The Spanish client wording uses the masculine form for brevity (lo, casado, seguro); when reading it, use the form that fits the client.',
    es: 'Las frases en español para su cliente usan el masculino para abreviar (lo, casado, seguro); al leerlas, use la forma que corresponda a la persona.',
  },
  {
    en: 'Answers are copied into the case file only after you confirm them. Screening results are possibilities for the attorney to confirm, never conclusions.',
    es: 'Las respuestas pasan al expediente solo después de que usted las confirme. Los resultados de la evaluación son posibilidades que el abogado debe confirmar, nunca conclusiones.',
  },
];

/** Added to templates that touch trauma (fear, abuse, trafficking, detention). */
export const traumaGuidance: LocalizedText[] = [
  {
    en: 'Meet in private. No abuser, partner or relative in the room, and never a family member as interpreter.',
    es: 'Reúnase en privado. Sin la persona agresora, la pareja ni familiares en la sala, y nunca con un familiar como intérprete.',
  },
  {
    en: 'Do not press for details at a first screening. Trauma can cause gaps and changes in memory; record inconsistencies neutrally and without judgment.',
    es: 'No insista en los detalles en la primera evaluación. El trauma puede causar lagunas y cambios en la memoria; anote las diferencias de forma neutral y sin juzgar.',
  },
  {
    en: 'Watch for distress. Offer a pause, water, or to continue another day. End by asking about safety and offering referrals (shelter, medical, counselling).',
    es: 'Esté atento a señales de angustia. Ofrezca una pausa, agua o seguir otro día. Al final pregunte por su seguridad y ofrezca referencias (albergue, atención médica, consejería).',
  },
];
