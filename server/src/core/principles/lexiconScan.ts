/**
 * Finds the wording of every lexicon of the principles catalogue (evidence, contrary wording, the
 * kinds of work a check applies to) in one pass over a programme entry. Scanning the entry once per
 * lexicon cost about half the Markdown parse on long drafts: each scan visits every character. Here
 * the text is walked once, word start by word start; at each, one pattern made of the lexicon
 * entries that can begin with the character there says whether any lexicon matches, and only there
 * are the lexicons tried one by one. The per-lexicon work is proportional to the matches, and the
 * work at a word start to the entries that could match there, not to the whole lexicon.
 */
import type { Lexicon } from '../../../../schemas/principleEvidence';
import { firstCharacterTest } from './firstCharacters';

/** The lexicons to look for, by key ("gender:evidence"), and how many places to keep of each. */
export interface LexiconRequest {
  readonly key: string;
  readonly lexicon: Lexicon;
  readonly limit: number;
}

export type LexiconLanguage = 'en' | 'fr' | 'both';

export interface FoundSpan {
  readonly start: number;
  readonly end: number;
}

/** Spans of the text that are never evidence (the Principles field's claims, HTML comments). */
export type SkippedSpans = readonly FoundSpan[];

interface CompiledLexicon {
  readonly key: string;
  readonly limit: number;
  /** Sticky: tried only at the places the combined pattern found. */
  readonly atPosition: RegExp;
}

interface Scanner {
  /**
   * The lexicon entries that can start with a character (by code point), as one sticky pattern:
   * tried at a word start only when that character is there. Null when no entry can start with it.
   */
  readonly startingWith: (codePoint: number) => RegExp | null;
  readonly lexicons: readonly CompiledLexicon[];
}

/**
 * A lexicon entry as a pattern that reads French: "\w" and "\b" are ASCII even with the "u" flag,
 * and French words ("subordonnée", "inclusivité") need letters. A "\b" in the lexicon always ends a
 * word.
 */
function unicodeSource(source: string): string {
  return wrappedLines(source.replace(/\\w/g, '[\\p{L}\\p{N}_]').replace(/\\b/g, '(?![\\p{L}\\p{N}_])'));
}

/**
 * A space in a lexicon entry matches any run of white space, line breaks included: drafts are often
 * hard-wrapped ("the exercise aims\n    to test…"), and a phrase cut at the end of a line is still
 * the phrase. Spaces inside a character class are left alone; "x ?" (an optional space) becomes
 * optional white space.
 */
/**
 * What separates two words of a phrase: spaces, tabs, line breaks and the no-break spaces of French
 * typography. Narrower than "\\s", which under the "u" flag is a long class that every pattern
 * would carry dozens of times.
 */
const wordGap = '[ \\t\\r\\n\\u00a0\\u202f]';

function wrappedLines(source: string): string {
  let result = '';
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') {
      result += char + (source[index + 1] ?? '');
      index++;
    } else if (inClass) {
      if (char === ']') inClass = false;
      result += char;
    } else if (char === '[') {
      inClass = true;
      result += char;
    } else if (char === ' ') {
      const next = source[index + 1];
      if (next === '?' || next === '*') {
        result += `${wordGap}*`;
        index++;
      } else {
        result += `${wordGap}+`;
        if (next === '+') index++;
      }
    } else {
      result += char;
    }
  }
  return result;
}

const wordStart = '(?<![\\p{L}\\p{N}])';

/** The entries of a lexicon in a language ("both": the two languages, for drafts in neither). */
export function lexiconSources(lexicon: Lexicon, language: LexiconLanguage): string[] {
  return (language === 'both' ? [...lexicon.en, ...lexicon.fr] : [...lexicon[language]]).map(unicodeSource);
}

/** One lexicon as a global pattern, matching at word starts; undefined when it has no entry. */
export function lexiconPattern(lexicon: Lexicon, language: LexiconLanguage): RegExp | undefined {
  const sources = lexiconSources(lexicon, language);
  return sources.length === 0 ? undefined : new RegExp(`${wordStart}(?:${sources.join('|')})`, 'giu');
}

const flags = 'iu';

function compileScanner(requests: readonly LexiconRequest[], language: LexiconLanguage): Scanner {
  const lexicons: CompiledLexicon[] = [];
  const entries: { readonly source: string; readonly first: RegExp | undefined }[] = [];
  for (const request of requests) {
    const sources = lexiconSources(request.lexicon, language);
    if (sources.length === 0) continue;
    for (const source of sources) entries.push({ source, first: firstCharacterTest(source, flags) });
    lexicons.push({ key: request.key, limit: request.limit, atPosition: new RegExp(`(?:${sources.join('|')})`, `${flags}y`) });
  }
  // Characters share their pattern when the same entries can start with them ("s", "S", "ſ").
  const byCharacter = new Map<number, RegExp | null>();
  const bySelection = new Map<string, RegExp>();
  const startingWith = (codePoint: number): RegExp | null => {
    let pattern = byCharacter.get(codePoint);
    if (pattern !== undefined) return pattern;
    const character = String.fromCodePoint(codePoint);
    const selected = entries.filter((entry) => !entry.first || entry.first.test(character));
    if (selected.length === 0) pattern = null;
    else {
      const key = selected.map((entry) => entries.indexOf(entry)).join(',');
      pattern = bySelection.get(key) ?? new RegExp(`(?:${selected.map((entry) => entry.source).join('|')})`, `${flags}y`);
      bySelection.set(key, pattern);
    }
    byCharacter.set(codePoint, pattern);
    return pattern;
  };
  return { startingWith, lexicons };
}

const letterOrDigit = /[\p{L}\p{N}]/u;
const isLetterOrDigitCache = new Map<number, boolean>();

/** Whether a code point is a letter or a digit: what a lexicon match may not follow. */
function isLetterOrDigit(codePoint: number): boolean {
  if (codePoint < 128) return (codePoint >= 48 && codePoint <= 57) || (codePoint >= 65 && codePoint <= 90) || (codePoint >= 97 && codePoint <= 122);
  let known = isLetterOrDigitCache.get(codePoint);
  if (known === undefined) {
    known = letterOrDigit.test(String.fromCodePoint(codePoint));
    isLetterOrDigitCache.set(codePoint, known);
  }
  return known;
}

/**
 * Builds a scan for a fixed set of lexicons; the patterns are compiled once per language, on first
 * use. The returned function finds, for each lexicon, its first `limit` places in the text that
 * do not overlap a skipped span, and that do not overlap each other, in text order.
 */
export function lexiconScanner(requests: readonly LexiconRequest[]): (text: string, language: LexiconLanguage, skipped: SkippedSpans) => Map<string, FoundSpan[]> {
  const scanners = new Map<LexiconLanguage, Scanner>();
  return (text, language, skipped) => {
    let scanner = scanners.get(language);
    if (!scanner) {
      scanner = compileScanner(requests, language);
      scanners.set(language, scanner);
    }
    const found = new Map<string, FoundSpan[]>(scanner.lexicons.map((lexicon) => [lexicon.key, []]));
    /** Where each lexicon's last place ends: its places do not overlap. */
    const endOf = new Map<string, number>();
    let open = scanner.lexicons.length;
    // Every place where some lexicon matches is a candidate, including places inside a match:
    // each word start (a place not after a letter or digit), one code point at a time.
    let afterLetterOrDigit = false;
    for (let start = 0; start < text.length && open > 0; ) {
      const codePoint = text.codePointAt(start) ?? 0;
      const pattern = afterLetterOrDigit ? null : scanner.startingWith(codePoint);
      if (pattern) {
        pattern.lastIndex = start;
        if (pattern.test(text)) {
          for (const lexicon of scanner.lexicons) {
            const places = found.get(lexicon.key) as FoundSpan[];
            if (places.length >= lexicon.limit || start < (endOf.get(lexicon.key) ?? 0)) continue;
            lexicon.atPosition.lastIndex = start;
            const match = lexicon.atPosition.exec(text);
            if (!match) continue;
            const end = start + match[0].length;
            if (skipped.some((span) => start < span.end && span.start < end)) continue;
            places.push({ start, end });
            endOf.set(lexicon.key, end);
            if (places.length === lexicon.limit) open--;
          }
        }
      }
      afterLetterOrDigit = isLetterOrDigit(codePoint);
      start += codePoint > 0xffff ? 2 : 1;
    }
    return found;
  };
}
