import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ChunkedParser } from './markdownChunks';

/**
 * Deeper nesting than this is never a real submission, and remark's cost grows faster than
 * linearly with depth (measured: 1,000 nested "- " markers on one line take ~0.3 s, 200 indented
 * levels ~0.35 s, 10,000 levels do not finish). Such a section is reported, not parsed.
 */
export const maxContainerDepth = 64;

const parser = unified().use(remarkParse);

/**
 * Link and image syntax costs remark time that grows with the square of the number of unclosed
 * brackets in a paragraph (measured: 30,000 "[a]" in a row take ~7 s). A section of a real
 * submission holds a few dozen links at most.
 */
export const maxBracketsPerSection = 2000;

/**
 * Emphasis markers ("*", "_") cost remark time that grows faster than linearly with their number in
 * a paragraph (measured: 16,000 "x*y " in a row take ~3 s, 16,000 "**a*" ~9 s, on every keystroke
 * there). A section of a real submission holds a few dozen: a programme's bold field labels.
 */
export const maxEmphasisMarkersPerSection = 4000;

/** Why a section was not parsed: it would make the parser crawl, and no real draft looks like it. */
export type UnparsedReason =
  | { readonly reason: 'nesting'; readonly line: number }
  | { readonly reason: 'brackets'; readonly line: number }
  | { readonly reason: 'emphasis'; readonly line: number };

export type ParsedMarkdown =
  | { readonly kind: 'parsed'; readonly root: Root }
  | ({ readonly kind: 'unparsed' } & UnparsedReason);

/** Parses Markdown with remark, whole: what `parseMarkdown` does once the text is known to be safe. */
export function parseWhole(text: string): Root {
  return parser.parse(text);
}

/**
 * Parses one section of Markdown, refusing input that would take the parser minutes. `chunks`,
 * when given (after an edit), parses it paragraph by paragraph, reusing the paragraphs the edit
 * did not change (markdownChunks.ts).
 */
export function parseMarkdown(text: string, chunks?: ChunkedParser): ParsedMarkdown {
  const deep = findExcessiveNesting(text);
  if (deep) return { kind: 'unparsed', reason: 'nesting', line: deep.line };
  const excess = markerExcess(text);
  if (excess) return { kind: 'unparsed', ...excess };
  return { kind: 'parsed', root: chunks ? chunks.parse(text) : parser.parse(text) };
}

/**
 * Where the section's "[" or its emphasis markers pass their limit, if they do: one pass over
 * the characters, cheap beside the parse it may spare. Those in code count too: a section of code
 * so full of them is no submission either.
 */
function markerExcess(text: string): UnparsedReason | undefined {
  let brackets = 0;
  let emphasisMarkers = 0;
  let line = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 /* \n */) line++;
    else if (code === 91 /* [ */ && ++brackets > maxBracketsPerSection) return { reason: 'brackets', line };
    else if ((code === 42 /* * */ || code === 95 /* _ */) && ++emphasisMarkers > maxEmphasisMarkersPerSection) return { reason: 'emphasis', line };
  }
  return undefined;
}

const containerMarker = /^(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;

/**
 * Estimates each line's container depth (block quotes and list items opened on the line, plus
 * two columns of indentation per enclosing list level) without parsing, in one pass.
 */
function findExcessiveNesting(text: string): { line: number; depth: number } | undefined {
  let line = 0;
  let start = 0;
  let fence: string | undefined;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Code blocks nest nothing, whatever their content looks like.
    const fenceMarker = /^ {0,3}(`{3,}|~{3,})/.exec(text.slice(start, Math.min(end, start + 40)))?.[1];
    if (fenceMarker && (fence === undefined || fenceMarker[0] === fence[0])) {
      fence = fence === undefined ? fenceMarker : undefined;
    } else if (fence === undefined) {
      const depth = lineDepth(text, start, end);
      if (depth > maxContainerDepth) return { line, depth };
    }
    start = end + 1;
    line++;
  }
  return undefined;
}

/** Container markers on the line, plus one level per two columns of indentation before the first. */
function lineDepth(text: string, start: number, end: number): number {
  let position = start;
  let columns = 0;
  for (; position < end; position++) {
    const code = text.charCodeAt(position);
    if (code === 32 /* space */) columns++;
    else if (code === 9 /* tab */) columns += 4;
    else break;
  }
  let markers = 0;
  while (position < end && markers <= maxContainerDepth) {
    const marker = containerMarker.exec(text.slice(position, Math.min(end, position + 11)));
    if (!marker) break;
    markers++;
    position += marker[0].length;
    while (position < end && (text.charCodeAt(position) === 32 || text.charCodeAt(position) === 9)) position++;
  }
  // Indentation alone (ASCII art, code) nests nothing; it only counts in front of a marker.
  return markers === 0 ? 0 : markers + (columns >> 1);
}
