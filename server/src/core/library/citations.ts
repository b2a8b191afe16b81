/**
 * Citations in prose: the documents a text names (by symbol, as "resolution 76/19", or by an
 * alias such as "the previous OEWG report") and the paragraphs it cites ("paragraph 46 of the
 * annex of A/78/265", "A/75/816, para. 56", "paras. 54-56", "§ 3", "paragraphe 46"), each
 * resolved to a library document where it can be.
 *
 * A paragraph reference finds its document in this order: a document named right after it with
 * only joining words between ("of the Annex contained in"), a document named right before it
 * ("A/75/816, annex I, para. 56"), or else the last document named before it in the same block
 * of text ("the final report … recommended, in its paragraph 65"): that last one is marked
 * `context`, since it is a reading, not something the text says outright.
 *
 * Every pattern is bounded, and each scan is one pass: the cost is linear in the text.
 */
import { findSymbolCandidates } from '../symbols';
import type { LibraryAlias, ReferenceLibrary } from './library';
import type { LibraryDocument } from './types';

/** A document named in the text. Offsets are UTF-16 code units into the scanned text. */
export interface DocumentMention {
  readonly start: number;
  readonly end: number;
  readonly written: string;
  /** The canonical symbol, when the mention gives or implies one. */
  readonly symbol?: string;
  /** The library's document, when the library holds it. */
  readonly document?: LibraryDocument;
  readonly via: 'symbol' | 'resolution' | 'alias';
}

/** One number cited, with where it is written (a range's numbers share the range's span). */
export interface CitedNumber {
  readonly start: number;
  readonly end: number;
  readonly number: string;
}

/** A paragraph reference: "paragraph 46", "paras. 54-56", "§ 3". */
export interface ParagraphCitation {
  /** From the marker ("paragraph", "para.", "§") to the last number. */
  readonly start: number;
  readonly end: number;
  readonly written: string;
  readonly numbers: readonly CitedNumber[];
  /** The annex named with it ("annex I, paragraph 56"), when one is. */
  readonly annex?: string;
  /** The document it cites, when the text says (or, for `context`, implies) which. */
  readonly document?: DocumentMention;
  readonly resolvedBy?: 'explicit' | 'context';
}

export interface Citations {
  readonly documents: readonly DocumentMention[];
  readonly paragraphs: readonly ParagraphCitation[];
}

export interface CitationOptions {
  /** The year of the draft: aliases such as "the previous OEWG report" depend on it. */
  readonly draftYear?: number;
}

const space = '[ \\t\\u00a0\\u202f]';
/** "resolution 76/19", "résolution 70/237", "General Assembly resolution 76/19". */
const resolutionPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])r[ée]solutions?${space}{1,3}(?:n[°o]${space}?)?(\\d{2,3})/(\\d{1,4})(?![\\p{L}\\p{N}/]|\\.\\p{N})`,
  'giu',
);
const numberOrRange = `\\d{1,4}(?:${space}*(?:-|–|—|to|à)${space}*\\d{1,4})?`;
/** "paragraph 46", "paras. 54-56", "paragraphs 54 and 65", "§§ 3, 5", "paragraphe 46", "par. 12". */
const paragraphPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(paragraph(?:e?s)?|paragraphe|paras?\\.?|par\\.|§§?|¶)${space}{0,3}` +
    `(${numberOrRange}(?:${space}*(?:,|and|et|&)${space}*${numberOrRange}){0,20})(?![\\p{N}])`,
  'giu',
);
/**
 * Whether `text` may hold a paragraph reference at all: every form `paragraphPattern` reads
 * starts with "para", "par.", "§" or "¶". Most sections hold none, and this plain scan says so
 * many times faster than the pattern.
 */
export function mayCiteParagraphs(text: string): boolean {
  return /para|par\.|§|¶/i.test(text);
}

const listPart = /(\d{1,4})(?:[ \t\u00a0\u202f]*(?:-|–|—|to|à)[ \t\u00a0\u202f]*(\d{1,4}))?/giu;
/** A range longer than this is not expanded ("paragraphs 1-9999" is not 9,999 citations). */
const maxRangeLength = 100;
const annexBefore = /annexe?[ \t\u00a0]+([IVX]{1,6}|[A-Z])[ \t\u00a0]*,[ \t\u00a0]*$/iu;
const annexAfter = /^[ \t\u00a0]*,?[ \t\u00a0]*(?:of|in|to|de|du|des)[ \t\u00a0]+(?:the[ \t\u00a0]+|l['’][ \t\u00a0]*)?annexe?(?:[ \t\u00a0]+([IVX]{1,6}|[A-Z])(?![\p{L}]))?/iu;
/** What may stand between a paragraph reference and the document named after it. */
const joiningWords =
  /^[\s,]*(?:(?:of|in|to|from|contained|the|annex|annexe|[IVX]{1,6}|[A-Z]|de|du|des|la|le|l['’]|document|figurant|en|dans|à|au)[\s,]*)*$/iu;
/** What may stand between a document and a paragraph reference after it: "A/75/816, annex I, ". */
const documentThenParagraph = /^[ \t\u00a0]*[,(]?[ \t\u00a0]*(?:annexe?[ \t\u00a0]+(?:[IVX]{1,6}|[A-Z])[ \t\u00a0]*,?[ \t\u00a0]*)?$/iu;
/** How far back a paragraph reference looks for the document it is about. */
const contextWindow = 600;
/** How far ahead, within its sentence, when nothing before names a document. */
const sentenceWindow = 300;

/** Finds the documents and paragraphs a text cites. */
export function findCitations(text: string, library: ReferenceLibrary, options: CitationOptions = {}): Citations {
  const documents = findDocumentMentions(text, library, options);
  const paragraphs: ParagraphCitation[] = [];
  const pattern = new RegExp(paragraphPattern);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const listStart = end - (match[2] ?? '').length;
    const numbers = citedNumbers(match[2] ?? '', listStart);
    if (numbers.length === 0) continue;
    const after = annexAfter.exec(text.slice(end, end + 40));
    const annex = annexBefore.exec(text.slice(Math.max(0, start - 20), start))?.[1] ?? after?.[1];
    const linked = linkDocument(text, documents, start, end);
    paragraphs.push({
      start,
      end,
      written: match[0],
      numbers,
      annex: annex?.toUpperCase(),
      document: linked?.mention,
      resolvedBy: linked?.how,
    });
  }
  return { documents, paragraphs };
}

/** The documents a text names, in order, without overlaps. */
export function findDocumentMentions(text: string, library: ReferenceLibrary, options: CitationOptions = {}): DocumentMention[] {
  const mentions: DocumentMention[] = [];
  for (const candidate of findSymbolCandidates(text, library.confirmedSymbols)) {
    const symbol = candidate.canonical;
    mentions.push({
      start: candidate.start,
      end: candidate.end,
      written: candidate.written,
      symbol,
      document: symbol === undefined ? undefined : library.bySymbol(symbol),
      via: 'symbol',
    });
  }
  for (const match of text.matchAll(resolutionPattern)) {
    const symbol = `A/RES/${Number(match[1])}/${Number(match[2])}`;
    mentions.push({
      start: match.index,
      end: match.index + match[0].length,
      written: match[0],
      symbol,
      document: library.bySymbol(symbol),
      via: 'resolution',
    });
  }
  const aliases = aliasMatcher(library);
  if (aliases) {
    for (const match of text.matchAll(aliases.pattern)) {
      const alias = aliases.byText.get(normalizeAlias(match[0]))?.find((candidate) => appliesTo(candidate, options.draftYear));
      const document = alias && library.document(alias.documentId);
      if (!document) continue;
      mentions.push({ start: match.index, end: match.index + match[0].length, written: match[0], symbol: document.symbol, document, via: 'alias' });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlaps ("resolution A/RES/76/19" is one mention): the first, longest one wins.
  const kept: DocumentMention[] = [];
  for (const mention of mentions) {
    const previous = kept[kept.length - 1];
    if (!previous || mention.start >= previous.end) kept.push(mention);
  }
  return kept;
}

function citedNumbers(list: string, offset: number): CitedNumber[] {
  const numbers: CitedNumber[] = [];
  for (const part of list.matchAll(listPart)) {
    const start = offset + part.index;
    const end = start + part[0].length;
    const first = Number(part[1]);
    const last = part[2] === undefined ? first : Number(part[2]);
    if (last < first || last - first > maxRangeLength) {
      numbers.push({ start, end, number: String(first) });
      continue;
    }
    for (let number = first; number <= last; number++) numbers.push({ start, end, number: String(number) });
  }
  return numbers;
}

function linkDocument(
  text: string,
  documents: readonly DocumentMention[],
  start: number,
  end: number,
): { mention: DocumentMention; how: 'explicit' | 'context' } | undefined {
  const nextIndex = documents.findIndex((mention) => mention.start >= end);
  const next = nextIndex < 0 ? undefined : documents[nextIndex];
  if (next && next.start - end <= 80 && joiningWords.test(text.slice(end, next.start))) return { mention: next, how: 'explicit' };
  const previous = documents[(nextIndex < 0 ? documents.length : nextIndex) - 1];
  if (!previous || previous.end > start) {
    const later = laterInSentence(text, next, end);
    return later && { mention: later, how: 'context' };
  }
  const between = text.slice(previous.end, start);
  if (documentThenParagraph.test(between)) return { mention: previous, how: 'explicit' };
  if (start - previous.end <= contextWindow && !/\n[ \t]*\n/.test(between)) return { mention: previous, how: 'context' };
  const later = laterInSentence(text, next, end);
  return later && { mention: later, how: 'context' };
}

/**
 * A document named later in the same sentence ("Au paragraphe 46 du rapport …, figurant en
 * annexe du document intitulé « … » (A/78/265)"): French and long English sentences often name
 * the document after a description. Only used when nothing before the reference names one.
 */
function laterInSentence(text: string, next: DocumentMention | undefined, end: number): DocumentMention | undefined {
  if (!next || next.start - end > sentenceWindow) return undefined;
  return /[.!?](?:\s|$)|\n[ \t]*\n/.test(text.slice(end, next.start)) ? undefined : next;
}

interface AliasMatcher {
  readonly pattern: RegExp;
  readonly byText: ReadonlyMap<string, readonly LibraryAlias[]>;
}

const aliasMatchers = new WeakMap<ReferenceLibrary, AliasMatcher | null>();

function normalizeAlias(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ').replace(/[’]/g, "'");
}

/** One pattern for every alias of a library, built once per library. */
function aliasMatcher(library: ReferenceLibrary): AliasMatcher | undefined {
  const cached = aliasMatchers.get(library);
  if (cached !== undefined) return cached ?? undefined;
  const byText = new Map<string, LibraryAlias[]>();
  for (const alias of library.aliases) {
    // A malformed-symbol alias is found (and reported) by the symbol scanner.
    if (alias.malformed) continue;
    const key = normalizeAlias(alias.text);
    byText.set(key, [...(byText.get(key) ?? []), alias]);
  }
  if (byText.size === 0) {
    aliasMatchers.set(library, null);
    return undefined;
  }
  const alternatives = [...byText.keys()]
    .sort((a, b) => b.length - a.length)
    .map((key) =>
      key
        .split(' ')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
        .join('[\\s\\u00a0\\u202f]+'),
    );
  const matcher = {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
    byText,
  };
  aliasMatchers.set(library, matcher);
  return matcher;
}

function appliesTo(alias: LibraryAlias, draftYear: number | undefined): boolean {
  if (draftYear === undefined) return true;
  return (alias.draftsFrom === undefined || draftYear >= alias.draftsFrom) && (alias.draftsTo === undefined || draftYear <= alias.draftsTo);
}
