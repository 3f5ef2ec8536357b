const common = [
  'password',
  'contraseña',
  'contrasena',
  'qwerty',
  'letmein',
  'welcome',
  'bienvenido',
  'admin',
  'iloveyou',
  'teamo',
  'amparo',
  'immigration',
  'inmigracion',
  'mississippi',
  'justice',
  'justicia',
  'attorney',
  'abogado',
  'monkey',
  'dragon',
  'football',
  'baseball',
  'sunshine',
  'princess',
  'master',
  'shadow',
  'abc123',
  '123456',
  '111111',
  'changeme',
];

export interface StrengthResult {
  /** 0 (very weak) to 4 (strong). */
  score: 0 | 1 | 2 | 3 | 4;
  /** A rough estimate of guessing entropy in bits. */
  bits: number;
  tooShort: boolean;
  acceptable: boolean;
}

function alphabetSize(text: string): number {
  let size = 0;
  if (/[a-z]/.test(text)) size += 26;
  if (/[A-Z]/.test(text)) size += 26;
  if (/\d/.test(text)) size += 10;
  if (/[^a-zA-Z\d\s]/.test(text)) size += 33;
  if (/\s/.test(text)) size += 1;
  return Math.max(size, 1);
}

/**
 * A deliberately conservative estimate: repeated characters, keyboard and number runs and
 * common words count for little; several unrelated words count for a lot.
 */
export function estimateStrength(passphrase: string, minLength = 12): StrengthResult {
  const text = passphrase.normalize('NFC');
  let effective = text
    .toLowerCase()
    .replace(/(.)\1{2,}/g, '$1')
    .replace(/(?:0123456789|1234567890|abcdefghij|qwertyuiop|asdfghjkl)/g, '1');
  for (const word of common) effective = effective.split(word).join('§');
  const words = text
    .trim()
    .split(/[\s\-_.]+/)
    .filter((w) => w.length >= 3);
  const perChar = Math.log2(alphabetSize(text));
  let bits = effective.length * Math.min(perChar, 4.7) * 0.75;
  if (words.length >= 4) bits = Math.max(bits, words.length * 11);
  const tooShort = [...text].length < minLength;
  const score = (
    bits < 28 ? 0 : bits < 40 ? 1 : bits < 55 ? 2 : bits < 70 ? 3 : 4
  ) as StrengthResult['score'];
  return { score, bits: Math.round(bits), tooShort, acceptable: !tooShort && score >= 2 };
}
