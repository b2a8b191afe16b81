/**
 * Parsing a section again after an edit, paragraph by paragraph. A keystroke changes one paragraph
 * of a programme entry, yet the section was parsed whole again: about a third of the cost of an
 * edit. Where the Markdown allows it, the section is cut into chunks at blank lines, each chunk is
 * parsed on its own, and a chunk whose text the previous edit already parsed reuses that tree, its
 * positions moved to where the chunk now is. The result is the tree a parse of the whole section
 * gives (`markdownChunks.test.ts` compares them on real drafts and on random edits of them).
 *
 * A chunk starts after a blank line, on a line that starts with a letter (or an opening quote or
 * parenthesis) in its first column: such a line opens a paragraph, and nothing before the blank
 * line can continue into it (a list item or a block quote needs its marker or indentation there, a
 * paragraph ends at the blank line). Sections that hold what may run across a blank line are
 * parsed whole: fenced code, raw HTML blocks (a comment may span paragraphs), and link reference
 * definitions (a reference in one paragraph is a link only if the definition is in the parse).
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { Point, Position } from 'unist';
import { isBlankLine } from './text';

/** A chunk of a section's text and where it starts in the section. */
interface Chunk {
  readonly text: string;
  readonly offset: number;
  /** Its first line, counted from 0. */
  readonly line: number;
}

/** What may run across a blank line, at the start of a line: a fence, raw HTML, a definition. */
const crossesBlankLines = /^[ \t]*(?:`{3}|~{3}|<|\[[^\]\n]*\]:)/m;

/** A line that opens a paragraph whatever came before the blank line above it. */
const paragraphStart = /^[\p{L}«“"(]/u;

/**
 * The chunks of `text`, or undefined when it must be parsed whole (see above) or has one chunk
 * only. Each chunk ends where the next begins: its blank lines go with it.
 */
export function paragraphChunks(text: string): Chunk[] | undefined {
  if (crossesBlankLines.test(text)) return undefined;
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let chunkLine = 0;
  let afterBlankLine = false;
  let line = 0;
  for (let offset = 0; offset < text.length; line++) {
    let end = text.indexOf('\n', offset);
    if (end < 0) end = text.length;
    if (afterBlankLine && offset > chunkStart && paragraphStart.test(text.slice(offset, offset + 1))) {
      chunks.push({ text: text.slice(chunkStart, offset), offset: chunkStart, line: chunkLine });
      chunkStart = offset;
      chunkLine = line;
    }
    afterBlankLine = isBlankLine(text, offset, end);
    offset = end + 1;
  }
  if (chunks.length === 0) return undefined;
  chunks.push({ text: text.slice(chunkStart), offset: chunkStart, line: chunkLine });
  return chunks;
}

/**
 * Parses sections in chunks, reusing the trees of the chunks the previous round parsed. A round is
 * one analysis of the document: only the chunks of the last round that parsed any are kept, so
 * memory stays that of the sections an edit touched, and typing a character and deleting it again
 * parses the paragraph each time, as typing new text does.
 */
export class ChunkedParser {
  private previous = new Map<string, Root>();
  private current = new Map<string, Root>();
  /** The characters of the chunks `current` holds. */
  private remembered = 0;

  constructor(
    private readonly parseWhole: (text: string) => Root,
    /**
     * A round remembers chunks up to this many characters: a tree weighs about ten times its text,
     * and a paste of a long text must not leave its trees in memory until the next edit. An edit
     * touches one entry, far below it.
     */
    private readonly maxRememberedCharacters = 200_000,
  ) {}

  /** Starts a new round: the chunks of the round that ends are the ones reused. */
  nextRound(): void {
    if (this.current.size > 0) this.previous = this.current;
    this.current = new Map();
    this.remembered = 0;
  }

  /** The tree of `text`, the same as `parseWhole(text)` gives. */
  parse(text: string): Root {
    const chunks = paragraphChunks(text);
    if (!chunks) return this.parseWhole(text);
    const children: RootContent[] = [];
    let last: Root | undefined;
    let lastChunk: Chunk | undefined;
    for (const chunk of chunks) {
      let tree = this.current.get(chunk.text) ?? this.previous.get(chunk.text);
      if (!tree) tree = this.parseWhole(chunk.text);
      if (this.remembered + chunk.text.length <= this.maxRememberedCharacters && !this.current.has(chunk.text)) {
        this.current.set(chunk.text, tree);
        this.remembered += chunk.text.length;
      }
      for (const child of tree.children) children.push(moved(child, chunk.line, chunk.offset));
      last = tree;
      lastChunk = chunk;
    }
    const end = last?.position && lastChunk ? movedPoint(last.position.end, lastChunk.line, lastChunk.offset) : undefined;
    return { type: 'root', children, position: end && { start: { line: 1, column: 1, offset: 0 }, end } };
  }
}

/**
 * A copy of `node` and its descendants with their positions moved down `lines` lines and on
 * `offset` characters; the cached tree itself is never changed. A chunk starts a line, so columns
 * stay.
 */
function moved<Node extends Nodes>(node: Node, lines: number, offset: number): Node {
  const copy: Node = { ...node, position: node.position && movedPosition(node.position, lines, offset) };
  if ('children' in node) (copy as { children: Nodes[] }).children = node.children.map((child: Nodes) => moved(child, lines, offset));
  return copy;
}

function movedPosition(position: Position, lines: number, offset: number): Position {
  return { start: movedPoint(position.start, lines, offset), end: movedPoint(position.end, lines, offset) };
}

function movedPoint(point: Point, lines: number, offset: number): Point {
  return { line: point.line + lines, column: point.column, offset: point.offset === undefined ? undefined : point.offset + offset };
}
