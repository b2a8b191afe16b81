/**
 * The sentences of a programme entry, as the sentence reading (sentenceReading.ts) reads them, in
 * training and in the editor alike. A sentence is a stretch of prose that ends with a full stop, a
 * question or exclamation mark, or a semicolon followed by a space; a list item (each field of the
 * field list) and a paragraph are never joined to the next one, and a line break inside a paragraph
 * is a space, so a wrapped paragraph reads as an unwrapped one. Headings are left out: a title
 * names the programme, it does not describe it.
 *
 * The splitting is deliberately plain. A stop after an initial ("J. Martin") or a common
 * abbreviation ("e.g.", « art. ») does not end a sentence; any other stop followed by a space does.
 * A cut in the wrong place costs the reading one pair of words at the cut, never a whole sentence.
 */

/** A sentence's place in the entry's text: `text.slice(start, end)`, trimmed of spaces. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

/** A line that opens a list item (a field of the field list, a bullet) or a heading: it starts a new sentence. */
const blockStart = /^[ \t]{0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}(?:[ \t]|$))/;
const headingLine = /^[ \t]{0,3}#{1,6}(?:[ \t]|$)/;

/** Sentence ends: the mark, any closing quotes or brackets, then white space. */
const sentenceEnd = /[.!?;]+["'’”»)\]]*(?=\s)/g;

/** Words after which a full stop abbreviates rather than ends (English and French, lower case). */
const abbreviations = new Set([
  'e.g', 'i.e', 'cf', 'etc', 'no', 'nos', 'para', 'paras', 'art', 'arts', 'vol', 'p', 'pp', 'mr', 'mrs', 'ms', 'dr', 'st',
  'n°', 'm', 'mme', 'mm', 'mlle', 'env', 'ex', 'al', 'vs', 'approx', 'dept', 'gen', 'col', 'prof', 'min',
]);

/** Whether the stop at `at` follows an initial or an abbreviation, and so does not end the sentence. */
function abbreviationBefore(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && /[\p{L}.°]/u.test(text.charAt(start - 1))) start--;
  const word = text.slice(start, at);
  if (word.length === 0) return false;
  // An initial: one capital letter ("J. Martin", "U.S.").
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
  return abbreviations.has(word.toLowerCase());
}

/**
 * The sentences of `text` (an entry), in order. `blanked` is the same text with what must not be
 * read replaced by spaces, offsets kept (HTML comments, the Principles field): sentences are cut
 * from it, so a blanked stretch is never part of one.
 */
export function entrySentences(blanked: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(blanked.charAt(start))) start++;
    while (end > start && /\s/.test(blanked.charAt(end - 1))) end--;
    if (end > start) sentences.push({ start, end });
  };
  /** Cuts one block (a paragraph's run of lines, or a list item) at its sentence ends. */
  const cutBlock = (start: number, end: number) => {
    const block = blanked.slice(start, end);
    let from = 0;
    sentenceEnd.lastIndex = 0;
    for (let match = sentenceEnd.exec(block); match; match = sentenceEnd.exec(block)) {
      if (match[0].startsWith('.') && match[0].length === 1 && abbreviationBefore(block, match.index)) continue;
      const cut = match.index + match[0].length;
      push(start + from, start + cut);
      from = cut;
    }
    push(start + from, end);
  };

  let blockFrom = -1;
  let offset = 0;
  while (offset <= blanked.length) {
    let lineEnd = blanked.indexOf('\n', offset);
    if (lineEnd < 0) lineEnd = blanked.length;
    const line = blanked.slice(offset, lineEnd);
    const blank = line.trim() === '';
    if (blank || blockStart.test(line)) {
      if (blockFrom >= 0) cutBlock(blockFrom, offset);
      blockFrom = blank || headingLine.test(line) ? -1 : offset;
    } else if (blockFrom < 0) {
      blockFrom = offset;
    }
    offset = lineEnd + 1;
  }
  if (blockFrom >= 0) cutBlock(blockFrom, blanked.length);
  return sentences;
}
