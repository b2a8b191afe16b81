import type { Heading, List, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { fieldKeyForLabel, programmeFields, type FieldKey } from '../../../schemas/programme';
import type { LineIndex, Range } from './text';

/** One value of a field, as the drafter wrote it, with markup removed. */
export interface FieldValue {
  readonly text: string;
  readonly range: Range;
}

/** One `- **Label:** value` line of a programme entry. */
export interface ProgrammeField {
  /** The field the label names, or undefined for a label the schema does not know. */
  readonly key: FieldKey | undefined;
  /** The label as written, without its colon. */
  readonly label: string;
  readonly labelRange: Range;
  /** The whole list item, for "remove this line" and outline purposes. */
  readonly itemRange: Range;
  /** The whole value as written (may be empty, then the range is where it would go). */
  readonly valueRange: Range;
  /** The value with markup removed and whitespace collapsed. */
  readonly value: string;
  /** The value split into its items (`,` or `;`) for list fields; the whole value otherwise. */
  readonly values: readonly FieldValue[];
}

/**
 * A programme entry: a heading of level 2 or deeper directly followed by a bullet list of
 * `**Label:** value` items. All ranges are relative to the section the entry was read from.
 */
export interface Programme {
  readonly title: string;
  readonly titleRange: Range;
  /** The acronym the title ends with in parentheses, as in "Western Balkans Cyber Capacity Centre (WB3C)". */
  readonly acronym?: string;
  readonly headingRange: Range;
  readonly fieldListRange: Range;
  readonly fields: readonly ProgrammeField[];
  /** Items of the field list that are not `Label: value` lines. */
  readonly strayItems: readonly { readonly text: string; readonly range: Range }[];
}

const colonSpacing = /[ \t\u00a0\u202f]*:/y;
const plainLabel = /^([^\s:*_][^:\n]{0,38}?)[ \t\u00a0\u202f]*:/;

/**
 * Reads the programme entry a section holds, if it holds one. `text` is the section's source and
 * `lines` indexes it, so every range points at the exact characters the drafter typed.
 */
export function readProgramme(root: Root, text: string, lines: LineIndex): Programme | undefined {
  const { heading, rest } = leadingBlock(root.children);
  if (heading?.type !== 'heading' || heading.depth < 2) return undefined;
  // Comments (e.g. suppression comments) may sit between the heading and the field list.
  const list = rest.find((node) => node.type !== 'html');
  if (list?.type !== 'list') return undefined;
  const firstItem = list.children[0];
  if (!firstItem || !readField(firstItem, text, lines)) return undefined;

  const fields: ProgrammeField[] = [];
  const strayItems: { text: string; range: Range }[] = [];
  for (const item of list.children) {
    const field = readField(item, text, lines);
    if (field) fields.push(field);
    else strayItems.push({ text: collapse(sourceOf(item, text)).slice(0, 80), range: rangeOf(item, lines) });
  }

  const title = readTitle(heading, text, lines);
  const acronym = /\(([A-Z][A-Za-z0-9&-]*[A-Z0-9])\)\s*$/.exec(title.text)?.[1];
  return {
    title: title.text,
    titleRange: title.range,
    acronym: acronym && /[A-Z].*[A-Z0-9]/.test(acronym) ? acronym : undefined,
    headingRange: rangeOf(heading, lines),
    fieldListRange: rangeOf(list, lines),
    fields,
    strayItems,
  };
}

/**
 * The first block of a section that is not raw HTML (where a programme's heading must be), and the
 * other blocks. As between the heading and the field list, raw HTML there is most often a comment,
 * a note or a suppression directive, not content: one may stand above a heading that does not open
 * a section of its own (a setext heading).
 */
export function leadingBlock(children: readonly RootContent[]): { heading: RootContent | undefined; rest: RootContent[] } {
  const index = children.findIndex((node) => node.type !== 'html');
  return { heading: children[index], rest: children.filter((_, other) => other !== index) };
}

function readTitle(heading: Heading, text: string, lines: LineIndex): { text: string; range: Range } {
  const start = startOffset(heading);
  const whole = text.slice(start, endOffset(heading));
  const atx = /^ {0,3}#{1,6}[ \t]*/.exec(whole);
  // A setext heading's last line is its underline ("---" or "==="), not part of the title.
  const source = atx || !whole.includes('\n') ? whole : whole.slice(0, whole.lastIndexOf('\n'));
  const prefix = atx?.[0].length ?? 0;
  const inner = source.slice(prefix).replace(/[ \t]+#+[ \t]*$/, '').trimEnd();
  return { text: headingText(heading), range: lines.rangeAt(start + prefix, start + prefix + inner.length) };
}

/**
 * A heading's text as a reader sees it: markup gone, escapes ("2 \\* 3") and entities ("R&amp;D")
 * read, comments left out. Titles are quoted in messages, the outline and the exports.
 */
export function headingText(heading: Heading): string {
  return collapse(toString(heading, { includeHtml: false }));
}

/** Reads `**Label:** value` (or `**Label** : value`, or a plain `Label: value` for known labels). */
function readField(item: ListItem, text: string, lines: LineIndex): ProgrammeField | undefined {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph') return undefined;
  const label = readLabel(paragraph, text);
  if (!label) return undefined;

  const segments: { start: number; end: number }[] = [{ start: label.valueStart, end: endOffset(paragraph) }];
  // Sub-bullets under a field line add values to it:  - **Partners:**\n    - Senegal\n    - Benin
  for (const child of item.children.slice(1)) {
    if (child.type !== 'list') continue;
    for (const subItem of child.children) {
      const subParagraph = subItem.children[0];
      if (subParagraph?.type === 'paragraph') segments.push({ start: startOffset(subParagraph), end: endOffset(subParagraph) });
    }
  }

  const key = fieldKeyForLabel(label.text);
  const shape = key ? programmeFields[key].shape : 'single';
  const values = segments.flatMap((segment) =>
    shape === 'list' ? splitListValue(text, segment.start, segment.end) : trimmedValue(text, segment.start, segment.end),
  );
  // The value starts on the field's line; with nothing there, at its first sub-bullet's text, not
  // at what stands between (the bullet, or a comment above it).
  const inlineStart = skipSpaces(text, label.valueStart, endOffset(paragraph));
  const valueStart = inlineStart < endOffset(paragraph) ? inlineStart : (segments[1]?.start ?? inlineStart);
  const offsets: FieldOffsets = {
    labelStart: label.start,
    labelEnd: label.end,
    itemStart: startOffset(item),
    itemEnd: endOffset(item),
    valueStart,
    valueEnd: Math.max(valueStart, trimEndOffset(text, valueStart, endOffset(paragraph))),
  };
  return new PlacedField({
    key,
    label: sharedLabel(key, label.text),
    value: values.map((value) => value.text).join(shape === 'list' ? '; ' : ' '),
    values: values.map((value) => new PlacedValue(value.text, value.start, value.end, lines)),
  }, offsets, lines);
}

/**
 * A field value that keeps its place as two offsets and makes its range when asked. A range is
 * three objects (about 120 bytes) and an entry has some fifty values and field ranges, of which
 * a keystroke's rules ask for a handful: kept as ranges, they weighed about a third of a long
 * draft's model. Each call gives a new range: compare values, not their ranges.
 */
class PlacedValue implements FieldValue {
  readonly #start: number;
  readonly #end: number;
  readonly #lines: LineIndex;

  constructor(
    readonly text: string,
    start: number,
    end: number,
    lines: LineIndex,
  ) {
    this.#start = start;
    this.#end = end;
    this.#lines = lines;
  }

  get range(): Range {
    return this.#lines.rangeAt(this.#start, this.#end);
  }
}

/**
 * A field line whose three ranges are made when asked, as a value's (`PlacedValue`), and then
 * remembered: the checklist asks for the Principles line and the dates on every analysis.
 */
class PlacedField implements ProgrammeField {
  readonly key: FieldKey | undefined;
  readonly label: string;
  readonly value: string;
  readonly values: readonly FieldValue[];
  readonly #labelStart: number;
  readonly #labelEnd: number;
  readonly #itemStart: number;
  readonly #itemEnd: number;
  readonly #valueStart: number;
  readonly #valueEnd: number;
  readonly #lines: LineIndex;
  #labelRange?: Range;
  #itemRange?: Range;
  #valueRange?: Range;

  constructor(field: Pick<ProgrammeField, 'key' | 'label' | 'value' | 'values'>, offsets: FieldOffsets, lines: LineIndex) {
    this.key = field.key;
    this.label = field.label;
    this.value = field.value;
    this.values = field.values;
    this.#labelStart = offsets.labelStart;
    this.#labelEnd = offsets.labelEnd;
    this.#itemStart = offsets.itemStart;
    this.#itemEnd = offsets.itemEnd;
    this.#valueStart = offsets.valueStart;
    this.#valueEnd = offsets.valueEnd;
    this.#lines = lines;
  }

  get labelRange(): Range {
    return (this.#labelRange ??= this.#lines.rangeAt(this.#labelStart, this.#labelEnd));
  }

  get itemRange(): Range {
    return (this.#itemRange ??= this.#lines.rangeAt(this.#itemStart, this.#itemEnd));
  }

  get valueRange(): Range {
    return (this.#valueRange ??= this.#lines.rangeAt(this.#valueStart, this.#valueEnd));
  }
}

interface FieldOffsets {
  readonly labelStart: number;
  readonly labelEnd: number;
  readonly itemStart: number;
  readonly itemEnd: number;
  readonly valueStart: number;
  readonly valueEnd: number;
}

/**
 * The label as written, as the schema's own string when it is written exactly so ("Status"): a
 * long draft repeats the same ten labels thousands of times, and one string each is enough.
 */
function sharedLabel(key: FieldKey | undefined, written: string): string {
  if (!key) return written;
  const { labels } = programmeFields[key];
  return labels.en === written ? labels.en : labels.fr === written ? labels.fr : written;
}

function readLabel(
  paragraph: Paragraph,
  text: string,
): { text: string; start: number; end: number; valueStart: number } | undefined {
  const first = paragraph.children[0];
  if (first?.type === 'strong') {
    const strongStart = startOffset(first);
    const strongEnd = endOffset(first);
    // Between the two-character emphasis markers.
    const innerStart = strongStart + 2;
    const inner = text.slice(innerStart, strongEnd - 2);
    const withColon = /^(\s*)(.*?)[ \t\u00a0\u202f]*:\s*$/s.exec(inner);
    if (withColon?.[2]) {
      const start = innerStart + (withColon[1]?.length ?? 0);
      return { text: collapse(withColon[2]), start, end: start + withColon[2].length, valueStart: strongEnd };
    }
    colonSpacing.lastIndex = strongEnd;
    if (colonSpacing.test(text)) {
      const trimmed = inner.trim();
      const start = innerStart + inner.indexOf(trimmed);
      return { text: collapse(trimmed), start, end: start + trimmed.length, valueStart: colonSpacing.lastIndex };
    }
    return undefined;
  }
  if (first?.type === 'text') {
    // Without bold, only a label the schema knows counts: "Note: …" stays prose.
    const start = startOffset(first);
    const match = plainLabel.exec(text.slice(start, endOffset(first)));
    if (match?.[1] && fieldKeyForLabel(match[1])) {
      return { text: match[1], start, end: start + match[1].length, valueStart: start + match[0].length };
    }
  }
  return undefined;
}

interface OffsetValue {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Splits a list value on `;` when the value uses semicolons (some names hold commas, such as the
 * French theme "politiques, y compris l'élaboration de stratégies nationales"), on `,` otherwise;
 * never inside parentheses or link brackets.
 */
export function splitListValue(text: string, start: number, end: number): OffsetValue[] {
  const source = text.slice(start, end);
  const separator = hasTopLevel(source, ';') ? ';' : ',';
  const values: OffsetValue[] = [];
  let depth = 0;
  let pieceStart = 0;
  for (let index = 0; index <= source.length; index++) {
    const character = source[index];
    if (character === '(' || character === '[') depth++;
    else if ((character === ')' || character === ']') && depth > 0) depth--;
    else if (index === source.length || (character === separator && depth === 0)) {
      values.push(...trimmedValue(text, start + pieceStart, start + index));
      pieceStart = index + 1;
    }
  }
  return values;
}

function hasTopLevel(source: string, separator: string): boolean {
  let depth = 0;
  for (const character of source) {
    if (character === '(' || character === '[') depth++;
    else if ((character === ')' || character === ']') && depth > 0) depth--;
    else if (character === separator && depth === 0) return true;
  }
  return false;
}

/** The value between `start` and `end`, trimmed, without a final full stop, markup removed. */
function trimmedValue(text: string, start: number, end: number): OffsetValue[] {
  let from = skipSpaces(text, start, end);
  let to = trimEndOffset(text, from, end);
  if (to > from && text[to - 1] === '.' && !/\b[A-Z]\.$|\.\.$/.test(text.slice(from, to))) to--;
  to = trimEndOffset(text, from, to);
  // Emphasis around the whole value ("*Expertise France*") is markup, not part of the name.
  while (to - from >= 2 && /[*_]/.test(text[from] ?? '') && text[to - 1] === text[from]) {
    from++;
    to--;
  }
  if (to <= from) return [];
  const cleaned = collapse(cleanMarkup(text.slice(from, to)));
  return cleaned ? [{ text: cleaned, start: from, end: to }] : [];
}

function skipSpaces(text: string, start: number, end: number): number {
  let offset = start;
  while (offset < end && /\s/.test(text[offset] ?? '')) offset++;
  return offset;
}

function trimEndOffset(text: string, start: number, end: number): number {
  let offset = end;
  while (offset > start && /\s/.test(text[offset - 1] ?? '')) offset--;
  return offset;
}

/** Removes inline Markdown markup: links keep their text, emphasis and code markers go. */
export function cleanMarkup(source: string): string {
  return source
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/(\*\*|__|\*|`)/g, '')
    .replace(/(^|\s)_([^_]+)_(?=\s|$)/g, '$1$2');
}

function collapse(source: string): string {
  return source.replace(/\s+/g, ' ').trim();
}

function startOffset(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function endOffset(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

function sourceOf(node: Nodes, text: string): string {
  return text.slice(startOffset(node), endOffset(node));
}

function rangeOf(node: Nodes | List, lines: LineIndex): Range {
  return lines.rangeAt(startOffset(node), endOffset(node));
}
