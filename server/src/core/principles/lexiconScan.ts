/**
 * Finds the wording of every lexicon of the principles catalogue (evidence, contrary wording, the
 * kinds of work a check applies to) in one pass over a programme entry. Scanning the entry once per
 * lexicon cost about half the Markdown parse on long drafts: each scan visits every character. Here
 * the text is walked once, word start by word start; at each, the first three characters select
 * the entries that can match there (usually none), and only the lexicons those belong to are tried,
 * each with a pattern of just those entries. The selections are remembered by character, as a
 * small tree, so the work at a word start is a few map lookups unless something can match.
 */
import type { Lexicon } from '../../../../schemas/principleEvidence';
import { leadingCharacterTests } from './leadingCharacters';
import { withoutPropertyEscapes } from './propertyEscapes';
import { paragraphSpans } from '../text';

/** The lexicons to look for, by key ("gender:evidence"), and how many places to keep of each. */
export interface LexiconRequest {
  readonly key: string;
  readonly lexicon: Lexicon;
  readonly limit: number;
}

export type LexiconLanguage = 'en' | 'fr' | 'both';

/** The lexicon a draft is read with: its language's, or both when its language is neither (es, ar…) or not given. */
export function lexiconLanguageOf(language: string | undefined): LexiconLanguage {
  return language === 'en' || language === 'fr' ? language : 'both';
}

export interface FoundSpan {
  readonly start: number;
  readonly end: number;
}

/** Spans of the text that are never evidence (the Principles field's claims, HTML comments). */
export type SkippedSpans = readonly FoundSpan[];

/**
 * A lexicon entry as a pattern that reads French: "\w" and "\b" are ASCII even with the "u" flag,
 * and French words ("subordonnée", "inclusivité") need letters. A "\b" in the lexicon always ends a
 * word.
 */
function unicodeSource(source: string): string {
  return `(?:${wrappedLines(source.replace(/\\w/g, '[\\p{L}\\p{N}_]').replace(/\\b/g, '(?![\\p{L}\\p{N}_])'))})${notInCredential}`;
}

/**
 * Rounds 25 and 26: a word glued to the symbols of a password, a mailbox or a handle ("Mentorat#2023",
 * "alumni@academy.example", "Followup$1") is part of that value, not prose: no evidence of anything.
 * Not "*" nor "%": Markdown's emphasis closes on a phrase ("**at the request of**"), and a share on
 * its figure ("40%").
 */
const notInCredential = '(?![#@$])';

/**
 * A space in a lexicon entry matches any run of white space, line breaks included: drafts are often
 * hard-wrapped ("the exercise aims\n    to test…"), and a phrase cut at the end of a line is still
 * the phrase. Spaces inside a character class are left alone; "x ?" (an optional space) becomes
 * optional white space. An apostrophe matches either apostrophe, in a class or not.
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
    } else if (char === "'") {
      // The lexicon writes the typewriter apostrophe; drafts typed in a word processor have the
      // typographic one (« droits de l’homme », "the partner’s"), which must read the same.
      result += inClass ? "'’" : "['’]";
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

/**
 * One lexicon as a global pattern, matching at word starts; undefined when it has no entry. The
 * analyzer never compiles it (a whole lexicon's pattern takes a second or more to compile): it is
 * the plain reading the scan must agree with, which checklist.test.ts checks on the corpus.
 */
export function lexiconPattern(lexicon: Lexicon, language: LexiconLanguage): RegExp | undefined {
  const sources = lexiconSources(lexicon, language);
  return sources.length === 0 ? undefined : new RegExp(`${wordStart}(?:${sources.join('|')})`, 'giu');
}

/**
 * The scan's patterns are compiled with their `\p{L}` and `\p{N}` written out as ranges of the
 * Basic Multilingual Plane (propertyEscapes.ts), which compile about twice as fast; the selection
 * tests keep the classes, since their own patterns are small.
 */
const flags = 'iu';

/** How many characters of a word start select the entries tried there (see leadingCharacters.ts). */
const selectionDepth = 3;

/** Past this many selection nodes the cache starts again: a text of random words cannot fill memory. */
const maxNodes = 50_000;

interface Entry {
  readonly source: string;
  /** The lexicon it belongs to, by index. */
  readonly lexicon: number;
  /** By number of characters read; undefined when the entry is tried everywhere. */
  readonly tests: readonly RegExp[] | undefined;
  /** Sticky, made on first use: most entries are never tried in a session. */
  atPosition?: RegExp;
}

/**
 * A lexicon's entries that can match at the place, each a sticky pattern tried there in the
 * lexicon's order: the first that matches gives the span, as one pattern of the whole lexicon
 * would. One pattern per entry, not one per selection: each is compiled once, and compiling the
 * selections' patterns took most of a new session's first validation.
 */
interface LexiconTry {
  readonly lexicon: number;
  readonly patterns: readonly RegExp[];
}

/**
 * The entries that can match where the text starts with the characters read so far, and the nodes
 * for each next character (null: no entry can match there).
 */
interface SelectionNode {
  readonly entries: readonly number[];
  readonly next: Map<number, SelectionNode | null>;
  tries?: readonly LexiconTry[];
}

interface Scanner {
  readonly keys: readonly string[];
  readonly limits: readonly number[];
  /** The lexicons that can match at `start`, each with only its entries that can. */
  readonly triesAt: (text: string, start: number) => readonly LexiconTry[];
}

function compileScanner(requests: readonly LexiconRequest[], language: LexiconLanguage): Scanner {
  const keys: string[] = [];
  const limits: number[] = [];
  const entries: Entry[] = [];
  for (const request of requests) {
    const sources = lexiconSources(request.lexicon, language);
    if (sources.length === 0) continue;
    for (const source of sources) entries.push({ source, lexicon: keys.length, tests: leadingCharacterTests(source, flags, selectionDepth) });
    keys.push(request.key);
    limits.push(request.limit);
  }
  const newNode = (selected: readonly number[]): SelectionNode => ({ entries: selected, next: new Map() });
  let root = newNode(entries.map((_, index) => index));
  let nodes = 0;
  const patternOf = (entry: Entry): RegExp => (entry.atPosition ??= new RegExp(withoutPropertyEscapes(entry.source), `${flags}y`));
  const triesOf = (node: SelectionNode): readonly LexiconTry[] => {
    if (node.tries) return node.tries;
    const byLexicon = new Map<number, number[]>();
    for (const index of node.entries) {
      const lexicon = (entries[index] as Entry).lexicon;
      byLexicon.set(lexicon, [...(byLexicon.get(lexicon) ?? []), index]);
    }
    node.tries = [...byLexicon].map(([lexicon, selected]) => ({ lexicon, patterns: selected.map((index) => patternOf(entries[index] as Entry)) }));
    return node.tries;
  };
  const triesAt = (text: string, start: number): readonly LexiconTry[] => {
    let node = root;
    let end = start;
    for (let level = 0; level < selectionDepth && end < text.length; level++) {
      const codePoint = text.codePointAt(end) ?? 0;
      end += codePoint > 0xffff ? 2 : 1;
      let next = node.next.get(codePoint);
      if (next === undefined) {
        const window = text.slice(start, end);
        const selected = node.entries.filter((index) => (entries[index] as Entry).tests?.[level]?.test(window) ?? true);
        next = selected.length === 0 ? null : newNode(selected);
        if (++nodes > maxNodes) {
          root = newNode(root.entries);
          nodes = 0;
        }
        node.next.set(codePoint, next);
      }
      if (next === null) return [];
      node = next;
    }
    return triesOf(node);
  };
  return { keys, limits, triesAt };
}

/** The length of the first of `patterns` (sticky) that matches at `start`, if one does. */
function matchLength(patterns: readonly RegExp[], text: string, start: number): number | undefined {
  for (const pattern of patterns) {
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (match) return match[0].length;
  }
  return undefined;
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
 *
 * The text is read paragraph by paragraph (`paragraphSpans`): a phrase never runs across a blank line,
 * any more than a sentence does. Each paragraph's places are remembered until the next call, so an
 * edit scans again only the paragraph it changed: the scan was a quarter of an edit's cost.
 */
export function lexiconScanner(requests: readonly LexiconRequest[]): (text: string, language: LexiconLanguage, skipped: SkippedSpans) => Map<string, FoundSpan[]> {
  const scanners = new Map<LexiconLanguage, Scanner>();
  // The paragraphs of the previous call and of this one, by language, skipped spans and text. Only
  // those: typing a letter and deleting it scans the paragraph again each time, as typing new text does.
  let previous = new Map<string, readonly FoundSpan[][]>();
  return (text, language, skipped) => {
    let scanner = scanners.get(language);
    if (!scanner) {
      scanner = compileScanner(requests, language);
      scanners.set(language, scanner);
    }
    const current = new Map<string, readonly FoundSpan[][]>();
    const places = scanner.keys.map((): FoundSpan[] => []);
    for (const paragraph of paragraphSpans(text)) {
      const inside = skipped.filter((span) => span.start < paragraph.end && paragraph.start < span.end).map((span) => ({ start: span.start - paragraph.start, end: span.end - paragraph.start }));
      const words = text.slice(paragraph.start, paragraph.end);
      const key = `${language}|${inside.map((span) => `${span.start}-${span.end}`).join(',')}|${words}`;
      let found = current.get(key) ?? previous.get(key);
      if (!found) found = scanParagraph(scanner, words, inside);
      current.set(key, found);
      found.forEach((spans, lexicon) => {
        const all = places[lexicon] as FoundSpan[];
        const limit = scanner.limits[lexicon] as number;
        for (const span of spans) {
          if (all.length >= limit) break;
          all.push({ start: span.start + paragraph.start, end: span.end + paragraph.start });
        }
      });
    }
    previous = current;
    return new Map(scanner.keys.map((key, lexicon) => [key, places[lexicon] as FoundSpan[]]));
  };
}

/** Each lexicon's first `limit` places in one paragraph, in its own offsets. */
function scanParagraph(scanner: Scanner, text: string, skipped: SkippedSpans): FoundSpan[][] {
  const places = scanner.keys.map((): FoundSpan[] => []);
  /** Where each lexicon's last place ends: its places do not overlap. */
  const endOf = scanner.keys.map(() => 0);
  let open = scanner.keys.length;
  // Every place where some lexicon matches is a candidate, including places inside a match:
  // each word start (a place not after a letter or digit), one code point at a time.
  let afterLetterOrDigit = false;
  for (let start = 0; start < text.length && open > 0; ) {
    const codePoint = text.codePointAt(start) ?? 0;
    if (!afterLetterOrDigit) {
      for (const { lexicon, patterns } of scanner.triesAt(text, start)) {
        const found = places[lexicon] as FoundSpan[];
        if (found.length >= (scanner.limits[lexicon] as number) || start < (endOf[lexicon] as number)) continue;
        const length = matchLength(patterns, text, start);
        if (length === undefined) continue;
        const end = start + length;
        if (skipped.some((span) => start < span.end && span.start < end)) continue;
        found.push({ start, end });
        endOf[lexicon] = end;
        if (found.length === scanner.limits[lexicon]) open--;
      }
    }
    afterLetterOrDigit = isLetterOrDigit(codePoint);
    start += codePoint > 0xffff ? 2 : 1;
  }
  return places;
}
