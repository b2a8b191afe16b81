/**
 * Where the library mentions a name: the index behind the hover on an initiative's name or
 * acronym ("WB3C", "ESIWA", "Cybil"). Built once per library, on first use.
 */
import { lineAfterFrontMatter } from '../frontMatter';
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

const word = /[\p{Lu}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*/gu;
const lowerWord = /[\p{Ll}][\p{L}\p{N}]*/gu;
const webAddress = /(?:https?:\/\/|www\.)\S+|\S+\.(?:org|com|int|net|eu|fr|gov)\b\S*/giu;
const maxMentionsPerTerm = 200;
const excerptLength = 240;

/**
 * Whether a word names something by itself: an acronym (two capitals, or a capital and a digit:
 * WB3C, ESIWA, OSCE) rather than an ordinary capitalized word.
 */
export function isAcronym(term: string): boolean {
  const capitals = term.match(/\p{Lu}/gu)?.length ?? 0;
  return /^[\p{Lu}]/u.test(term) && (capitals >= 2 || (capitals >= 1 && /\p{N}/u.test(term))) && term.length >= 2;
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
  /** Words the library writes in lower case somewhere: "Secretariat"/"secretariat" is a common word. */
  private readonly lowerCaseWords = new Set<string>();
  private readonly cache = new Map<string, readonly Mention[]>();

  constructor(private readonly documents: readonly LibraryDocument[]) {
    for (const document of documents) {
      const lines = document.text.split('\n');
      const bodyStart = lineAfterFrontMatter(lines);
      for (let line = bodyStart; line < lines.length; line++) {
        const text = lines[line] ?? '';
        // "cybilportal.org" does not make "Cybil" a common word: addresses are left out.
        for (const match of text.replace(webAddress, ' ').matchAll(lowerWord)) this.lowerCaseWords.add(match[0]);
        for (const match of text.matchAll(word)) {
          const list = this.occurrences.get(match[0]) ?? [];
          if (list.length < maxMentionsPerTerm) list.push({ document, text, line, column: match.index });
          this.occurrences.set(match[0], list);
        }
      }
    }
  }

  /**
   * The passages that mention `term`, when it is a name worth looking up: an acronym, or a
   * capitalized word the library never writes in lower case ("Cybil", not "Secretariat").
   */
  mentions(term: string): readonly Mention[] {
    const cached = this.cache.get(term);
    if (cached) return cached;
    const identifies = isAcronym(term) || (/^\p{Lu}\p{Ll}{2,}$/u.test(term) && !this.lowerCaseWords.has(term.toLowerCase()));
    const mentions = identifies ? this.passages(term) : [];
    this.cache.set(term, mentions);
    return mentions;
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


/** The sentence around a column, cut to `excerptLength` characters with an ellipsis where cut. */
export function excerptAround(text: string, column: number, length: number): string {
  let start = column;
  while (start > 0 && !/[.!?;]\s/.test(text.slice(start - 2, start)) && column - start < excerptLength / 2) start--;
  let end = column + length;
  while (end < text.length && !/[.!?;]/.test(text[end - 1] ?? '') && end - start < excerptLength) end++;
  const body = text.slice(start, end).replace(/\*\*|__/g, '').trim();
  return `${start > 0 && !/[.!?;]\s$/.test(text.slice(0, start)) ? '…' : ''}${body}${end < text.length && !/[.!?;]$/.test(body) ? '…' : ''}`;
}
