/**
 * Reading the lines around the position, as the section splitter and the programme reader read
 * the whole draft: whether the position is in fenced code, and which programme entry and field it
 * belongs to. Each scan is bounded (see `maxEntryLines` and `maxFenceScanLines`), so completing in
 * a 1 MB draft costs what it costs in a short one.
 */
import { fieldKeyForLabel, type FieldKey } from '../../../../schemas/programme';
import { FenceAndCommentReader } from '../fencesAndComments';
import { space } from './lines';
import type { CompletionRequest } from './types';

/** How far a field list is followed up and down from the position: an entry has a dozen fields. */
const maxEntryLines = 60;
/**
 * How far back fenced code is looked for. A section is cut at a blank line after 8,000 characters,
 * so only a long code block (or a huge paragraph with no blank line) gets this far: nothing is
 * offered there, rather than reading the draft from the top.
 */
const maxFenceScanLines = 2000;

const headingLine = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const commentLine = /^[ \t]*<!--.*-->[ \t]*$/;
const topLevelBullet = /^[ \t]{0,3}[-*+][ \t]+/;
const indentedLine = /^[ \t]+\S/;
/** `- **Label:** value`, `- **Libellé** : valeur`: group 1 the bullet, group 2 the label. */
const boldLabel = new RegExp(`^([ \\t]*[-*+][ \\t]+)\\*\\*([^*]{1,60}?)\\*\\*`, 'u');
/** `- Level: value`: a plain label counts only when the schema knows it (as the reader does). */
const plainLabel = new RegExp(`^([ \\t]*[-*+][ \\t]+)([^\\s:*_][^:\\n]{0,38}?)${space}*:`, 'u');
const colonAfterBold = new RegExp(`^${space}*:`, 'u');

/** Whether the position is in fenced code (or on a fence line, typing its info string). */
export function insideFencedCode(request: CompletionRequest): boolean {
  const line = request.position.line;
  const from = request.outsideCodeFrom ?? (request.frontMatterEnd === undefined ? 0 : request.frontMatterEnd + 1);
  if (line - from > maxFenceScanLines) return true;
  // The same reading as the section splitter: a fence inside an HTML comment opens nothing.
  const reader = new FenceAndCommentReader();
  for (let index = Math.max(0, from); index <= line; index++) {
    const kind = reader.read(request.line(index));
    if (index === line) return kind === 'fence' || kind === 'code';
  }
  return false;
}

/**
 * A field label on a line, and where its value starts. `key` is undefined for a bold label the
 * schema does not know (still a label: its value gets no completion, nor does anything else).
 */
export function fieldOn(text: string): { key: FieldKey | undefined; valueStart: number } | undefined {
  const bold = boldLabel.exec(text);
  if (bold) {
    const written = bold[2] ?? '';
    const withColon = new RegExp(`^(.*?)${space}*:${space}*$`, 'su').exec(written);
    if (withColon) return { key: fieldKeyForLabel(withColon[1] ?? ''), valueStart: bold[0].length };
    const colon = colonAfterBold.exec(text.slice(bold[0].length));
    if (colon) return { key: fieldKeyForLabel(written), valueStart: bold[0].length + colon[0].length };
    return undefined;
  }
  const plain = plainLabel.exec(text);
  const key = plain && fieldKeyForLabel(plain[2] ?? '');
  return key ? { key, valueStart: plain[0].length } : undefined;
}

/**
 * The fields written in the programme entry around `line`, or undefined when `line` is not in
 * (or right after) the field list of a heading of level 2 or deeper. The list may follow its
 * heading after blank lines and comments; any other paragraph in between means it is not an entry.
 */
export function fieldsOfEntry(request: CompletionRequest, line: number): Set<FieldKey> | undefined {
  const present = new Set<FieldKey>();
  const floor = Math.max(request.outsideCodeFrom ?? 0, line - maxEntryLines, 0);
  let headed = false;
  // As the programme reader decides: the list's first item must be a field (or be the one typed).
  let firstItemIsField = true;
  for (let index = line - 1; index >= floor; index--) {
    const text = request.line(index);
    const heading = headingLine.exec(text);
    if (heading) {
      headed = (heading[1] ?? '').length >= 2;
      break;
    }
    if (topLevelBullet.test(text)) {
      const field = fieldOn(text);
      if (field?.key) present.add(field.key);
      firstItemIsField = field !== undefined;
    } else if (text.trim() !== '' && !indentedLine.test(text) && !commentLine.test(text)) return undefined;
  }
  if (!headed || !firstItemIsField) return undefined;
  // Fields written after the position belong to the entry too (a field added in the middle).
  const ceiling = Math.min(request.lineCount, line + 1 + maxEntryLines);
  for (let index = line + 1; index < ceiling; index++) {
    const text = request.line(index);
    if (topLevelBullet.test(text)) {
      const key = fieldOn(text)?.key;
      if (key) present.add(key);
    } else if (text.trim() !== '' && !indentedLine.test(text) && !commentLine.test(text)) break;
  }
  return present;
}

/**
 * The field whose indented sub-items include `line`: the first line above it that is not indented,
 * when that line is a field of the list. Undefined when it is anything else.
 */
export function fieldAboveSubItem(request: CompletionRequest, line: number): FieldKey | undefined {
  const floor = Math.max(request.outsideCodeFrom ?? 0, line - maxEntryLines, 0);
  for (let index = line - 1; index >= floor; index--) {
    const text = request.line(index);
    if (indentedLine.test(text)) continue;
    return topLevelBullet.test(text) ? fieldOn(text)?.key : undefined;
  }
  return undefined;
}
