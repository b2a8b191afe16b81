/**
 * The words of a text as the statistical readings (secondReading.ts, sentenceReading.ts) read
 * them: in lower case and without accents, split at anything that is not a letter, an accent or a
 * digit (so "l'adoption" is "l" and "adoption"). Training and the editor read through this one
 * function, so a model is always given the words it was trained on.
 */
const nonAscii = /[^\u0000-\u007f]/;
const combiningMarks = /\p{M}+/gu;
const letterMarkOrDigit = /[\p{L}\p{M}\p{N}]/u;

/**
 * Whether each UTF-16 unit of the Basic Multilingual Plane belongs to a word (a letter, an accent
 * written as a combining mark, a digit): 1 yes, 2 no, 0 not asked yet. A loop over the characters
 * with this table reads an entry's words in half the time a Unicode regular expression takes.
 * A letter outside that plane (written as two units) separates words; it is rare, and training
 * reads the same way.
 */
const wordUnit = new Uint8Array(0x10000);

function inWord(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  let known = wordUnit[code] as number;
  if (known === 0) {
    known = letterMarkOrDigit.test(String.fromCharCode(code)) ? 1 : 2;
    wordUnit[code] = known;
  }
  return known === 1;
}

/** Words with accents, without them ("sécurité" → "securite"): the same few thousand come back in every entry. */
const foldedForms = new Map<string, string>();
const maxFoldedWords = 20_000;

function withoutAccents(candidate: string): string {
  if (!nonAscii.test(candidate)) return candidate;
  let folded = foldedForms.get(candidate);
  if (folded === undefined) {
    folded = candidate.normalize('NFD').replace(combiningMarks, '');
    if (foldedForms.size >= maxFoldedWords) foldedForms.clear();
    foldedForms.set(candidate, folded);
  }
  return folded;
}

/** The words of `text` from `start` to `end`, in order, repeats kept, as the readings read them. */
export function foldedWords(text: string, start = 0, end = text.length): string[] {
  const words: string[] = [];
  let wordStart = -1;
  for (let at = start; at <= end; at++) {
    const within = at < end && inWord(text.charCodeAt(at));
    if (within && wordStart < 0) wordStart = at;
    else if (!within && wordStart >= 0) {
      // Accents go, and with them a mark that had no letter to sit on.
      const folded = withoutAccents(text.slice(wordStart, at).toLowerCase());
      if (folded !== '') words.push(folded);
      wordStart = -1;
    }
  }
  return words;
}
