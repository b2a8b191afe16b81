/**
 * What "Insert citation…" writes: a reference at the cursor ("A/75/816, annex I, paragraph 56")
 * with a footnote call, and at the end of the draft the footnote quoting the paragraph with its
 * source. Words are in the draft's language (English or French); the quotation stays in the
 * source's own language and wording.
 */
import type { Position } from '../text';
import { unitLabel } from './unitLabels';
import { flatUnitText } from './unitText';
import type { LibraryDocument, LibraryUnit } from './types';

/** How much of a paragraph a footnote quotes: enough to recognize it, not a copy of the source. */
const maxQuotedCharacters = 400;

export interface CitationInsertion {
  /** Inserted at the cursor. */
  readonly reference: { readonly position: Position; readonly text: string };
  /** Inserted at the end of the draft. */
  readonly footnote: { readonly position: Position; readonly text: string };
}

/**
 * The edits that cite `unit` of `document` (or the whole document) at `position` of a draft
 * whose text is `draft`. The footnote takes the next free number among the draft's footnotes.
 */
export function citationInsertion(
  draft: string,
  position: Position,
  document: LibraryDocument,
  unit: LibraryUnit | undefined,
  draftLanguage: 'en' | 'fr',
): CitationInsertion {
  const label = nextFootnoteLabel(draft);
  const name = document.symbol ?? `*${document.title}*`;
  const where = unit ? `${name}, ${unitLabel({ kind: unit.kind, number: unit.number, annex: unit.annex }, draftLanguage)}` : name;
  const [open, close] = draftLanguage === 'fr' ? ['« ', ' »'] : ['“', '”'];
  const source = document.provenance ?? (draftLanguage === 'fr' ? 'bibliothèque de référence' : 'reference library');
  const body = unit
    ? `${where}: ${open}${quotation(unit)}${close}`
    : `${where}${document.symbol ? ` — ${document.title}` : ''}${document.date ? ` (${document.date})` : ''}`;
  const lines = draft.split('\n');
  const lastLine = lines.length - 1;
  const lastText = lines[lastLine] ?? '';
  // The footnote goes after a blank line, unless it follows other footnotes.
  const previousNonEmpty = [...lines].reverse().find((line) => line.trim() !== '') ?? '';
  const separator = lastText === '' ? (/^\[\^[^\]]+\]:/.test(previousNonEmpty) || previousNonEmpty === '' ? '' : '\n') : '\n\n';
  return {
    reference: { position, text: `${where}[^${label}]` },
    footnote: {
      position: { line: lastLine, character: lastText.length },
      text: `${separator}[^${label}]: ${body}. ${draftLanguage === 'fr' ? 'Source :' : 'Source:'} ${source.replace(/\.$/, '')}.\n`,
    },
  };
}

/** The unit's text without its own number, on one line, cut at a word when long. */
function quotation(unit: LibraryUnit): string {
  const text = flatUnitText(unit.text, { withHeading: false });
  if (text.length <= maxQuotedCharacters) return text;
  const cut = text.slice(0, maxQuotedCharacters);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxQuotedCharacters / 2)).trimEnd()} […]`;
}

/** The lowest number above every numbered footnote label the draft uses: [^1], [^2] → 3. */
export function nextFootnoteLabel(draft: string): number {
  let highest = 0;
  for (const match of draft.matchAll(/\[\^(\d{1,6})\]/g)) highest = Math.max(highest, Number(match[1]));
  return highest + 1;
}
