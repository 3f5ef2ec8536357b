/**
 * The i18next context for words that agree with the client (Spanish `…_male` / `…_female`
 * keys): the recorded gender when it is female or male, otherwise none, so the neutral wording
 * is used and nobody is addressed in a form that may not be theirs.
 */
export function genderContext(gender: string | null | undefined): {
  context?: 'male' | 'female';
} {
  return gender === 'male' || gender === 'female' ? { context: gender } : {};
}
