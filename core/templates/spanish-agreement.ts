/**
 * Spanish wording that agrees with the client's recorded gender. Template texts mark the words
 * that change as `{masculine|feminine|neutral}`; the neutral form is used when no gender is
 * recorded (or another gender is), so nobody is addressed in a form that may not be theirs.
 * Texts without marks are returned as they are, in any language.
 */
export type WordingForm = 'masculine' | 'feminine' | 'neutral';

const CHOICE = /\{([^{}|]*)\|([^{}|]*)\|([^{}|]*)\}/g;

/** The form for a case file's `identity.gender`. */
export function wordingForm(gender: string | null | undefined): WordingForm {
  if (gender === 'male') return 'masculine';
  if (gender === 'female') return 'feminine';
  return 'neutral';
}

export function agreeWording(text: string, form: WordingForm): string {
  if (!text.includes('{')) return text;
  return text.replace(CHOICE, (_all, m: string, f: string, n: string) =>
    form === 'masculine' ? m : form === 'feminine' ? f : n,
  );
}

/** True when every mark is a well-formed three-way choice with no empty form and no nesting. */
export function wordingMarksValid(text: string): boolean {
  const rest = text.replace(CHOICE, (all, m: string, f: string, n: string) =>
    m.trim() && f.trim() && n.trim() ? '' : all,
  );
  return !/[{}|]/.test(rest);
}
