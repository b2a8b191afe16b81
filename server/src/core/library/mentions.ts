/**
 * Where the library mentions a name: the index behind the hover on an initiative's name or
 * acronym ("WB3C", "ESIWA", "Cybil"). Built once per library, on first use.
 *
 * Only names are looked up, not every capitalized word, and what the library itself shows of a
 * word decides, so that the same rules hold for the user's sources. An acronym is a name (a
 * Roman numeral is not). A capitalized word is one when the library writes it as a rare name: never
 * in lower case; not a place's or a month's name; at least once as a name of its own, in the
 * middle of a sentence, alone (not inside a longer name: "Rajaratnam School", "Tallinn
 * Mechanism"), without a determiner ("the Commission", « le Bureau ») or a complement ("Council
 * of Europe"); and in no more passages than a hover lists. "Member", "Union", "Finally" or
 * "School" are thus not looked up; "Cybil", "Civipol" or "Tallinn" are. There is no list of
 * words to skip: the only lists are the English and French determiners and joining words the
 * rules read a name's neighbours with, small closed classes of the grammar, not of any text. */
import { lineAfterFrontMatter } from '../frontMatter';
import { foldedLetters } from '../text';
import { isPlaceOrMonthWord } from './placeAndMonthWords';
import type { LibraryDocument, LibraryUnit } from './types';

/** One passage that mentions a name. */
export interface Mention {
  readonly document: LibraryDocument;
  /** The unit the passage is in, when it is in one (an introduction is not). */
  readonly unit?: LibraryUnit;
  /** Zero-based line of the passage in the document's text. */
  readonly line: number;
  /** The sentence that mentions the name, shortened to about 240 characters around it. */
  readonly excerpt: string;
}

/** A capitalized word; footnote marks written as superscripts ("Wuhan¹²") are not part of it. */
const word = /[\p{Lu}][\p{L}\p{Nd}]*(?:-[\p{L}\p{Nd}]+)*/gu;
const lowerWord = /[\p{Ll}][\p{L}\p{N}]*/gu;
const webAddress = /(?:https?:\/\/|www\.)\S+|\S+\.(?:org|com|int|net|eu|fr|gov)\b\S*/giu;
const maxMentionsPerTerm = 200;
const excerptLength = 240;
/** A Markdown heading. */
const heading = /^ {0,3}#{1,6}[ \t]/u;
/** How far before and after a word its neighbours are read (characters). */
const contextWindow = 120;
/**
 * A capitalized word the library writes in more passages than this is part of its documents'
 * common vocabulary ("Member States", "European Union"), not a rarer name. A hover lists this many
 * passages, so a rare name's hover shows every passage that mentions it.
 */
export const maxPassagesOfRareName = 5;
/** A word written like a name: a capital, then two or more lower-case letters ("Cybil"). */
const capitalizedWord = /^\p{Lu}\p{Ll}{2,}$/u;
/** The words that may join the words of one name: "Ministry for Europe and Foreign Affairs". */
const joiningWord = /^(?:of|and|for|in|on|to|the|with|de|des|du|la|le|les|et|en|à|au|aux|pour|sur|d|l)$/iu;
/** Determiners: a common noun used as a name takes one ("the Council", "this Program", « le Bureau »); a proper name does not. */
const determiner = /^(?:the|this|that|these|those|its|their|our|le|la|les|l|du|des|au|aux|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos)$/iu;
/** A complement after a capitalized word makes it the head noun of a descriptive name: "Council of Europe", « Bureau des affaires ». */
const complement = /^[ \u00a0]+(?:of|for|de|des|du|d['’])(?![\p{L}])/iu;

/** I to XXXIX: the numbers of annexes, parts and chapters. */
const romanNumeral = /^X{0,3}(?:IX|IV|V?I{0,3})$/u;

/**
 * Whether a word names something by itself: an acronym (two capitals, or a capital and a digit:
 * WB3C, ESIWA, OSCE) rather than an ordinary capitalized word.
 */
export function isAcronym(term: string): boolean {
  // "annex II", "Part IV": a Roman numeral is a number.
  if (romanNumeral.test(term)) return false;
  const capitals = term.match(/\p{Lu}/gu)?.length ?? 0;
  return /^[\p{Lu}]/u.test(term) && (capitals >= 2 || (capitals >= 1 && /\p{Nd}/u.test(term))) && term.length >= 2;
}

interface Occurrence {
  document: LibraryDocument;
  /** The text of the line it is on. */
  text: string;
  line: number;
  column: number;
}

export class MentionIndex {
  private readonly occurrences = new Map<string, Occurrence[]>();
  /** Words the library writes in lower case somewhere, accents folded (the library writes "Ecole" and « école »): "Secretariat"/"secretariat" is a common word. */
  private readonly lowerCaseWords = new Set<string>();
  private readonly cache = new Map<string, readonly Mention[]>();

  constructor(private readonly documents: readonly LibraryDocument[]) {
    for (const document of documents) {
      const lines = document.text.split('\n');
      const bodyStart = lineAfterFrontMatter(lines);
      for (let line = bodyStart; line < lines.length; line++) {
        const text = lines[line] ?? '';
        // "cybilportal.org" does not make "Cybil" a common word: addresses are left out.
        const prose = withoutWebAddresses(text);
        for (const match of prose.matchAll(lowerWord)) this.lowerCaseWords.add(foldedLetters(match[0]));
        // A line without a lower-case letter is a title set in capitals ("PILLAR 1 | MAKING FRANCE
        // THE LARGEST POOL OF CYBER TALENT IN EUROPE"): its capitals say nothing of its words.
        if (!/\p{Ll}/u.test(text)) continue;
        for (const match of prose.matchAll(word)) {
          const list = this.occurrences.get(match[0]) ?? [];
          if (list.length < maxMentionsPerTerm) list.push({ document, text, line, column: match.index });
          this.occurrences.set(match[0], list);
        }
      }
    }
  }

  /**
   * The passages that mention `term`, when it is a name worth looking up: an acronym, or a
   * capitalized word the library writes as a rare name (see the module's comment).
   */
  mentions(term: string): readonly Mention[] {
    const cached = this.cache.get(term);
    if (cached) return cached;
    let mentions: Mention[] = [];
    if (isAcronym(term)) mentions = this.passages(term);
    else if (this.mayBeRareName(term)) {
      mentions = this.passages(term);
      if (mentions.length > maxPassagesOfRareName && this.expansionOf(term) === undefined) mentions = [];
    }
    this.cache.set(term, mentions);
    return mentions;
  }

  private mayBeRareName(term: string): boolean {
    if (!capitalizedWord.test(term) || this.lowerCaseWords.has(foldedLetters(term)) || isPlaceOrMonthWord(term)) return false;
    if (this.expansionOf(term) !== undefined) return true;
    // Read only for the word asked about: judging every capitalized word would slow the index down.
    return (this.occurrences.get(term) ?? []).some(
      // A heading's capitals say nothing either, often in title case ("### Objective 6 Facilitate the path…").
      (occurrence) => !heading.test(occurrence.text) && writtenAsName(withoutWebAddresses(occurrence.text), occurrence.column, term.length),
    );
  }

  /** The words before "(TERM)" where the library spells the term out, without Markdown emphasis. */
  expansionOf(term: string): string | undefined {
    for (const occurrence of this.occurrences.get(term) ?? []) {
      const line = occurrence.text;
      if (line[occurrence.column - 1] !== '(') continue;
      const before = line.slice(Math.max(0, occurrence.column - 160), occurrence.column - 1).replace(/\*\*|__/g, '');
      // The name is the run of capitalized words (and short joining words) just before "(".
      const match = /((?:[\p{Lu}][\p{L}\p{N}'’-]*[ \u00a0]+(?:(?:of|and|for|in|the|with|de|des|du|la|le|et|en|à)[ \u00a0]+)*)+)$/u.exec(
        before.trimEnd() + ' ',
      );
      const name = match?.[1]?.trim();
      if (name && name.split(/\s+/).length >= 2) return name;
    }
    return undefined;
  }

  private passages(term: string): Mention[] {
    const mentions: Mention[] = [];
    const seen = new Set<string>();
    for (const occurrence of this.occurrences.get(term) ?? []) {
      const { document, text, line, column } = occurrence;
      const key = `${document.id}:${line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const unit = document.units.find((candidate) => candidate.line <= line && line <= candidate.endLine);
      mentions.push({ document, unit, line, excerpt: excerptAround(text, column, term.length) });
    }
    return mentions;
  }
}

/** The line with its web addresses blanked out, columns unchanged: "wiki/Main_Page" holds no name. */
function withoutWebAddresses(text: string): string {
  return text.replace(webAddress, (address) => ' '.repeat(address.length));
}

/** The words of the stretch of words, spaces and apostrophes that ends `text` (before) or starts it (after). */
function wordsAround(text: string, side: 'before' | 'after'): string[] {
  let index = side === 'before' ? text.length : 0;
  const step = side === 'before' ? -1 : 1;
  while (true) {
    const character = side === 'before' ? text[index - 1] : text[index];
    if (character === undefined || !/[\p{L}\p{Nd} \u00a0'’]/u.test(character)) break;
    index += step;
  }
  const stretch = side === 'before' ? text.slice(index) : text.slice(0, index);
  return stretch.match(/[\p{L}\p{Nd}]+/gu) ?? [];
}

/**
 * Whether the capitalized word at `column` of a line is written as a name of its own: in the
 * middle of a sentence (a capital that starts a sentence, a line, a list item or a table cell
 * says nothing); alone, with no capitalized word next to it, joining words aside (in "Tallinn
 * Mechanism", "Rajaratnam School of International Studies" or « Université d’Oxford » the name is
 * the whole run, and its words are often common nouns); not after a determiner ("the Commission",
 * « le Bureau »: a common noun used as a name); and not followed by a complement ("Council of the
 * European Union", « Bureau des affaires de désarmement »).
 */
function writtenAsName(text: string, column: number, length: number): boolean {
  // The words around are enough: a bounded window keeps a long paragraph's cost linear.
  const before = text.slice(Math.max(0, column - contextWindow), column);
  const after = text.slice(column + length, column + length + contextWindow);
  const lineStart = column <= contextWindow;
  // What comes before, without Markdown emphasis, quotation marks and opening brackets.
  const lead = before.replace(/[\s*_>"«“‘'’–—-]+$/u, '');
  if (lead === '' || /[.!?:;|#]$/u.test(lead) || (lineStart && /^\s*(?:[-*+]|\d+[.)]|\[\^[^\]]+\]:)\s*$/u.test(before))) return false;
  // An opening bracket starts a phrase too, unless it holds the name alone: "(Civipol)".
  if (/[([]$/u.test(lead) && !/^[^\p{L}\p{Nd}\s]*[)\]]/u.test(after)) return false;
  if (complement.test(after)) return false;
  // The words either side, in the same stretch of text (punctuation other than an apostrophe ends it).
  const wordsBefore = wordsAround(before, 'before');
  const wordsAfter = wordsAround(after, 'after');
  const previous = wordsBefore[wordsBefore.length - 1];
  if (previous !== undefined && determiner.test(previous)) return false;
  const neighbour = (words: readonly string[]) => words.find((candidate) => !joiningWord.test(candidate));
  const capitalized = (candidate: string | undefined) => candidate !== undefined && /^\p{Lu}/u.test(candidate);
  return !capitalized(neighbour([...wordsBefore].reverse())) && !capitalized(neighbour(wordsAfter));
}

/** The sentence around a column, cut to `excerptLength` characters with an ellipsis where cut. */
export function excerptAround(text: string, column: number, length: number): string {
  let start = column;
  while (start > 0 && !/[.!?;]\s/.test(text.slice(start - 2, start)) && column - start < excerptLength / 2) start--;
  let end = column + length;
  while (end < text.length && !/[.!?;]/.test(text[end - 1] ?? '') && end - start < excerptLength) end++;
  const body = text.slice(start, end).replace(/\*\*|__/g, '').trim();
  return `${start > 0 && !/[.!?;]\s$/.test(text.slice(0, start)) ? '…' : ''}${body}${end < text.length && !/[.!?;]$/.test(body) ? '…' : ''}`;
}
