/**
 * Spanish legal terms settled by the review of 2026-12-06 (issue 14), as data: each wording to
 * avoid, and what to say instead. Tests check every Spanish text users read against them.
 */
export interface SpanishTermRule {
  readonly bad: RegExp;
  readonly say: string;
}

export const spanishTermRules: readonly SpanishTermRule[] = [
  // Withholding of removal, as in the Spanish title of Form I-589. "Suspensión de la
  // deportación" is only the former suspension of deportation, always called "antigua".
  {
    bad: /(?<!antigua )suspensi[oó]n de (la )?deportaci[oó]n/i,
    say: 'suspensión de la remoción (or "antigua suspensión de la deportación" for the pre-1997 relief)',
  },
  { bad: /\balegatos\b(?! y cargos)/i, say: 'la respuesta a los alegatos y cargos' },
  { bad: /salida y arraigo/i, say: 'plan de liberación' },
  // The key is labelled Enter on the keyboards MCJ's attorneys use.
  { bad: /\bIntro\b/, say: 'Enter' },
  { bad: /buena reputaci[oó]n/i, say: 'habilitado / en regla' },
  {
    bad: /(?<!["“«])extranjeros que llegan|extranjeros que llegan["”»](?!\s*\()/i,
    say: 'only as a quoted legal term with its meaning: "extranjeros que llegan" (…)',
  },
];

/** One line per text that breaks a rule: where it is, what to say, and the text. */
export function spanishTermViolations(
  texts: readonly { readonly where: string; readonly es: string }[],
): string[] {
  return texts.flatMap(({ where, es }) =>
    spanishTermRules
      .filter((rule) => rule.bad.test(es))
      .map((rule) => `${where}: say "${rule.say}" in: ${es}`),
  );
}
