/**
 * UN document symbols: finding them in prose, and writing them in canonical form.
 *
 * Grammar (FACTS.md, "Symbol grammar"): a parent organ (`A/`, `S/`, `E/`, `ST/`), an optional
 * subsidiary body (`C.1/`, `AC.292/`, `CONF.n/`, `WG.n/`), the session or year, then the document:
 * a number (`A/78/265`), or a typed part (`L.60`, `CRP.1`, `PV.12`), possibly after `INF/`, and
 * optional suffixes (`/Add.n`, `/Corr.n`, `/Rev.n`). Resolutions are `A/RES/<session>/<number>`
 * (`E/RES/<year>/<number>`, `S/RES/<number>`). Canonical form: organ, body, `RES`, `INF` and
 * document types in capitals, a dot before numbers (`C.1`, `L.60`), suffixes capitalized
 * (`Rev.1`), every part separated by "/": `A/C.1/78/L.60/Rev.1`.
 *
 * The scanner is tolerant, to catch what drafters really write: any case, spaces or missing dots
 * ("L60", "C1", "Rev 1", "REV1", "rev.1"), suffixes after a space or a line break ("L.60 Rev 1"). Organ-less
 * candidates ("78/L.60 REV1", from France's response) are only taken when they carry a typed
 * document part (L.n, CRP.n, PV.n): "resolution 76/19" is the usual way to cite A/RES/76/19, and
 * "2023/24" is a period, so neither is a candidate.
 *
 * One regular expression, one pass, every quantifier bounded: the cost is linear in the text.
 */
import type { Nodes, Root } from 'mdast';
import { confirmedSymbols } from '../../../schemas/unDocuments';
import { paragraphSpans } from './text';

/** A symbol as found in a text. Offsets are UTF-16 code units into the scanned text. */
export interface SymbolCandidate {
  readonly start: number;
  readonly end: number;
  /** The characters as written. */
  readonly written: string;
  /** The canonical form of what is written; without the organ when the organ is missing. */
  readonly form: string;
  /** The parent organ (and perhaps more) is missing: "78/L.60 REV1". */
  readonly organLess: boolean;
  /**
   * The full canonical symbol: `form` when the organ is written; for an organ-less candidate,
   * the one known symbol it is the end of, or undefined when there is none or several.
   */
  readonly canonical?: string;
  /** For an organ-less candidate: every known symbol it is the end of. */
  readonly completions: readonly string[];
}

const space = '[ \\u00a0\\u202f]';
/** Subsidiary body: Main Committee, ad hoc committee, conference, working group. */
const body = `(?:CONF|AC|WG|C)\\.?${space}?\\d{1,4}`;
/** Typed document part: draft (L), conference room paper, verbatim record. */
const typed = `(?:CRP|PV|L)\\.?${space}?\\d{1,5}`;
/** A suffix may follow a line break: prose is often wrapped ("A/C.1/78/L.60⏎Rev.1"). */
const suffix = `(?:/|${space}|\\r?\\n[ \\t]{0,3})?(?:ADD|CORR|R[EÉ]V)\\.?${space}?\\d{1,3}`;

/**
 * The candidate pattern. Groups, by number:
 * 1 organ; 2 RES first number; 3 RES second number; 4 body; 5 INF before the session;
 * 6 session or year; 7 INF after it; 8 typed part; 9 plain number;
 * 10 organ-less body; 11 organ-less session; 12 organ-less typed part; 13 suffixes.
 * Not preceded by a letter, digit, "_", "/", "." or URL punctuation (so paths and URLs do not
 * match); not followed by a letter, digit, "_", "/" or a dot that goes on ("A/78/265.pdf").
 */
const candidatePattern = new RegExp(
  '(?<![\\p{L}\\p{N}_/.=?&#%~\\\\])' +
    '(?:' +
    '(ST|[ASE])/' +
    '(?:' +
    'RES/(\\d{1,4})(?:/(\\d{1,5}))?' +
    `|(?:(${body})/)?(?:(INF)/)?(?:(\\d{1,4})/)?(?:(INF)/)?(?:(${typed})|(\\d{1,5}))` +
    ')' +
    `|(?:(${body})/)?(\\d{1,4})/(${typed})` +
    ')' +
    `((?:${suffix}){0,3})` +
    '(?![\\p{L}\\p{N}_/]|\\.[\\p{L}\\p{N}])',
  'giu',
);

const numbered = /^([\p{L}]+)\.?[ \u00a0\u202f]?(\d+)$/u;
const suffixPart = /(ADD|CORR|R[EÉ]V)\.?[ \u00a0\u202f]?(\d{1,3})/giu;

/** "c1", "L 60", "crp.1" → "C.1", "L.60", "CRP.1". */
function numberedPart(written: string): string {
  const match = numbered.exec(written);
  if (!match) return written.toUpperCase();
  return `${(match[1] ?? '').toUpperCase()}.${match[2] ?? ''}`;
}

/** " REV1/add 2" → ["Rev.1", "Add.2"]. */
function suffixParts(written: string): string[] {
  const parts: string[] = [];
  for (const match of written.matchAll(suffixPart)) {
    const keyword = (match[1] ?? '').toLowerCase();
    const name = keyword === 'add' ? 'Add' : keyword === 'corr' ? 'Corr' : 'Rev';
    parts.push(`${name}.${match[2] ?? ''}`);
  }
  return parts;
}

/** The canonical form of one match, or undefined when it is not a symbol after all. */
function formOf(match: RegExpExecArray): { form: string; organLess: boolean } | undefined {
  const group = (index: number): string | undefined => match[index];
  const suffixes = suffixParts(group(13) ?? '');
  const organ = group(1)?.toUpperCase();
  if (organ !== undefined) {
    const parts: string[] = [organ];
    const resFirst = group(2);
    if (resFirst !== undefined) {
      const resSecond = group(3);
      // A/RES/<session>/<number>, E/RES/<year>/<number>, S/RES/<number>.
      if (organ === 'ST') return undefined;
      if ((organ === 'S') !== (resSecond === undefined)) return undefined;
      parts.push('RES', resFirst);
      if (resSecond !== undefined) parts.push(resSecond);
    } else {
      const bodyPart = group(4);
      const infBefore = group(5);
      const session = group(6);
      const infAfter = group(7);
      const typedPart = group(8);
      const plainNumber = group(9);
      // A plain number needs the session before it ("A/265" is not a symbol); INF appears once.
      if (plainNumber !== undefined && session === undefined) return undefined;
      if (infBefore !== undefined && infAfter !== undefined) return undefined;
      if (bodyPart !== undefined) parts.push(numberedPart(bodyPart));
      if (infBefore !== undefined) parts.push('INF');
      if (session !== undefined) parts.push(session);
      if (infAfter !== undefined) parts.push('INF');
      parts.push(typedPart !== undefined ? numberedPart(typedPart) : (plainNumber ?? ''));
    }
    return { form: [...parts, ...suffixes].join('/'), organLess: false };
  }
  const parts: string[] = [];
  const bodyPart = group(10);
  if (bodyPart !== undefined) parts.push(numberedPart(bodyPart));
  parts.push(group(11) ?? '', numberedPart(group(12) ?? ''));
  return { form: [...parts, ...suffixes].join('/'), organLess: true };
}

/** The known symbols an organ-less form is the end of: "78/L.60/Rev.1" → A/C.1/78/L.60/Rev.1. */
export function completeOrganLess(form: string, symbols: readonly string[] = confirmedSymbols): string[] {
  const tail = `/${form}`;
  return symbols.filter((symbol) => symbol.endsWith(tail));
}

/**
 * Finds the symbol candidates in `text`, written correctly or not, in order. Organ-less
 * candidates are completed against `symbols` (by default the confirmed symbols of the document
 * table). Linear in the length of the text.
 *
 * The text is read paragraph by paragraph (`paragraphSpans`): no symbol runs across a blank line
 * (a suffix may follow one line break, not two), and the pattern looks at no character before a
 * line's start or past a line's end that a paragraph would not show it. A paragraph's candidates
 * are remembered until the next call with another text, so an edit reads again only the paragraph
 * it changed, and the two rules that read a section share one reading.
 */
export function findSymbolCandidates(text: string, symbols: readonly string[] = confirmedSymbols): SymbolCandidate[] {
  const previous = rememberedParagraphs.get(symbols);
  const current = new Map<string, readonly SymbolCandidate[]>();
  const candidates: SymbolCandidate[] = [];
  for (const paragraph of paragraphSpans(text)) {
    const words = text.slice(paragraph.start, paragraph.end);
    let found = current.get(words) ?? previous?.get(words);
    if (!found) found = paragraphCandidates(words, symbols);
    current.set(words, found);
    for (const candidate of found) {
      candidates.push(paragraph.start === 0 ? candidate : { ...candidate, start: candidate.start + paragraph.start, end: candidate.end + paragraph.start });
    }
  }
  // A section is remembered; a whole long document (references, the CLI) is not: its paragraphs,
  // slices of it, would keep it alive after it is gone.
  if (text.length <= maxRememberedText) rememberedParagraphs.set(symbols, current);
  return candidates;
}

const maxRememberedText = 100_000;

/** The paragraphs of the last call, by the symbols they were completed against (the library's, or the table's). */
const rememberedParagraphs = new WeakMap<readonly string[], ReadonlyMap<string, readonly SymbolCandidate[]>>();

function paragraphCandidates(text: string, symbols: readonly string[]): SymbolCandidate[] {
  const candidates: SymbolCandidate[] = [];
  const pattern = new RegExp(candidatePattern);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const parsed = formOf(match);
    if (!parsed) continue;
    const start = match.index;
    const end = start + match[0].length;
    const completions = parsed.organLess ? completeOrganLess(parsed.form, symbols) : [];
    candidates.push({
      start,
      end,
      written: match[0],
      form: parsed.form,
      organLess: parsed.organLess,
      canonical: parsed.organLess ? (completions.length === 1 ? completions[0] : undefined) : parsed.form,
      completions,
    });
  }
  return candidates;
}

/**
 * The canonical form of a symbol written tolerantly ("a/c1/78/l60 rev 1" → "A/C.1/78/L.60/Rev.1").
 * An organ-less symbol ("78/L.60 REV1") is completed when exactly one known symbol ends with it.
 * Undefined when `written` (surrounding spaces aside) is not one whole symbol.
 */
export function canonicalSymbol(written: string, symbols: readonly string[] = confirmedSymbols): string | undefined {
  const trimmed = written.trim();
  const [candidate] = findSymbolCandidates(trimmed, symbols);
  if (!candidate || candidate.start !== 0 || candidate.end !== trimmed.length) return undefined;
  return candidate.canonical;
}

/** A span of text the citation rules do not read: code, HTML, link destinations. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The symbol candidates of a section's prose: `text` is the section's source and `root` its
 * Markdown tree. Code (fenced, indented, inline), HTML (comments included), link and image
 * destinations and titles, autolinks and link definitions are skipped; link text is read.
 */
export function findProseSymbols(
  text: string,
  root: Root,
  symbols: readonly string[] = confirmedSymbols,
): readonly SymbolCandidate[] {
  // Two rules read the same section: the tree object is cached with the section, so is this.
  const cacheable = symbols === confirmedSymbols;
  const cached = cacheable ? proseCache.get(root) : undefined;
  if (cached) return cached;
  const kept = proseSymbols(text, root, symbols);
  if (cacheable) proseCache.set(root, kept);
  return kept;
}

const proseCache = new WeakMap<Root, readonly SymbolCandidate[]>();

function proseSymbols(text: string, root: Root, symbols: readonly string[]): SymbolCandidate[] {
  const skipped = skippedSpans(text, root);
  const candidates = findSymbolCandidates(text, symbols);
  // Both lists are in text order: one merge pass.
  const kept: SymbolCandidate[] = [];
  let index = 0;
  for (const candidate of candidates) {
    while (index < skipped.length && (skipped[index]?.end ?? 0) <= candidate.start) index++;
    // Spans are disjoint and sorted: only the first one not yet passed can overlap.
    const next = skipped[index];
    if (!next || next.start >= candidate.end) kept.push(candidate);
  }
  return kept;
}

/** The spans of a section the citation rules do not read (code, HTML, link destinations), in text order. */
export function skippedSpans(text: string, root: Root): Span[] {
  const spans: Span[] = [];
  const add = (start: number | undefined, end: number | undefined) => {
    if (start !== undefined && end !== undefined && end > start) spans.push({ start, end });
  };
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    switch (node.type) {
      case 'code':
      case 'inlineCode':
      case 'html':
      case 'image':
      case 'imageReference':
      case 'definition':
        add(start, end);
        return;
      case 'link':
      case 'linkReference': {
        // An autolink's text is its destination.
        if (start !== undefined && text[start] === '<') {
          add(start, end);
          return;
        }
        const first = node.children[0]?.position?.start.offset;
        const last = node.children[node.children.length - 1]?.position?.end.offset;
        if (first === undefined || last === undefined) {
          add(start, end);
          return;
        }
        add(start, first);
        for (const child of node.children) visit(child);
        add(last, end);
        return;
      }
      default:
        if ('children' in node) for (const child of node.children) visit(child as Nodes);
    }
  };
  visit(root);
  // The visit yields disjoint spans in text order already; sorting guards that assumption.
  return spans.sort((a, b) => a.start - b.start);
}
