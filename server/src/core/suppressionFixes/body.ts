/**
 * Suppression fixes in the Markdown body: HTML comments (`<!-- oewg-disable-next-line … -->`).
 *
 * Where the comment goes is the hard part: a comment line at the wrong place ends a list, splits a
 * paragraph or leaves a field list behind its heading. So the comment is placed from the section's
 * Markdown tree (inside a list, indented as the item before it; inside a quote, after its ">"),
 * and every fix is checked before it is offered: the section parsed again with the comment must
 * have the same structure, comments aside, and the comment must hide the finding. A fix that fails
 * either check is not offered; nothing the user did not ask for changes.
 */
import type { Nodes, Parents, Root } from 'mdast';
import type { DocumentModel, PlacedSection } from '../rules/rule';
import type { Finding, Fix } from '../findings';
import { parseMarkdown } from '../markdown';
import { linesInCodeOrComment } from '../fencesAndComments';
import { applySuppressions } from '../suppressions';
import { suppressionWords, type SuppressionWords } from '../suppressionWords';
import { shiftRange, splitLines } from '../text';
import { addedToDirective, applied, directiveComment, enabledInBodyBefore, insertionsWithoutId, linesBetween, toFix, type Insertion, type Plan } from './plans';

/**
 * Past this many characters, the text around a finding is not parsed again for a fix: a code action
 * is asked for whenever the cursor rests on a finding, and must answer at once.
 */
const maxWindowLength = 256_000;

/** The section around a finding, and the line right above it (the last of the section before). */
interface Window {
  readonly startLine: number;
  readonly lines: readonly string[];
  readonly lineAbove?: string;
}

/** A window's Markdown tree, its shape, and what was found of the comments tried in it. */
interface ParsedWindow {
  readonly text: string;
  readonly root: Root;
  readonly shape: string;
  /** Whether a plan keeps the structure, by its insertions with the rule id left out. */
  readonly keepsStructure: Map<string, boolean>;
  /**
   * Whether a plan's comment hides a finding, by its insertions with the rule id left out and the
   * finding's place: the comment always names the finding's own rule, so which rule it is does
   * not change the answer, and the findings of one line share it (reading the directives parses the text).
   */
  readonly hides: Map<string, boolean>;
}

/**
 * The windows parsed last, around findings and at the start of the body. A code action is asked for
 * again while the cursor rests, and for each finding on the line (a programme heading holds up to
 * eight): they share their window, and comments that differ only by their rule id keep the
 * structure alike.
 */
const recentWindows = { around: [] as ParsedWindow[], bodyStart: [] as ParsedWindow[] };
const recentWindowCount = 4;

/**
 * A comment for the finding's line: above it when the line starts a block, around its block when
 * it does not (the third line of a paragraph).
 */
export function bodyLineSuppression(document: DocumentModel, finding: Finding): Fix | undefined {
  const window = windowAround(document.sections, finding.range.start.line);
  if (!window) return undefined;
  const line = finding.range.start.line - window.startLine;
  const parsed = parsedWindow(window, recentWindows.around);
  if (!parsed) return undefined;
  const path = blockPathAt(parsed.root, line);
  const leaf = path[path.length - 1];
  if (!leaf || !leafBlockNames.has(leaf.type)) return undefined;
  const say = suppressionWords(document.context.labelLanguage);
  const plan = lineOf(leaf) === line ? nextLinePlan(window, path, line, finding.ruleId, say) : blockPlan(window, path, finding.ruleId, say);
  return plan && checkedFix(window, parsed, plan, finding);
}

/** A disable comment first in the body: for a document without front matter, where the comment would go. */
export function bodyDocumentSuppression(document: DocumentModel, finding: Finding): Fix | undefined {
  const window = windowAround(document.sections, document.frontMatter.bodyStartLine);
  if (!window || window.startLine !== document.frontMatter.bodyStartLine) return undefined;
  const parsed = parsedWindow(window, recentWindows.bodyStart);
  if (!parsed) return undefined;
  const id = finding.ruleId;
  const merged = addedToDirective(window.lines[0] ?? '', 'html', 'disable', 0, id);
  const plan: Plan = {
    title: suppressionWords(document.context.labelLanguage).disableForDocument(id),
    insertions: [merged ?? { line: 0, character: 0, text: `${directiveComment('html', 'disable', id)}\n` }],
    linesAddedAbove: merged ? 0 : 1,
  };
  if (!keepsStructure(window, parsed, plan, id)) return undefined;
  // The comment hides the finding unless a later comment enables the rule again first.
  if (enabledInBodyBefore(document, finding)) {
    const startLine = document.frontMatter.bodyStartLine;
    const bodyWindow: Window = { startLine, lines: linesBetween(document.text, startLine, finding.range.start.line) };
    if (!hides(bodyWindow, plan, finding)) return undefined;
  }
  return toFix(window.startLine, plan);
}

/**
 * A disable-next-line comment right above the line, at the place the containers around it
 * require; or the line's id added to such a comment already there.
 */
function nextLinePlan(window: Window, path: readonly Nodes[], line: number, id: string, say: SuppressionWords): Plan | undefined {
  const above = placeAbove(window, path, line);
  if (!above) return undefined;
  // The line above may be in the section before (line -1 of the window): a comment above a heading.
  const lineAbove = above.line > 0 ? window.lines[above.line - 1] : window.lineAbove;
  const merged = lineAbove === undefined ? undefined : addedToDirective(lineAbove, 'html', 'disable-next-line', above.line - 1, id);
  return {
    title: say.disableForLine(id),
    insertions: [merged ?? { line: above.line, character: 0, text: `${above.prefix}${directiveComment('html', 'disable-next-line', id)}\n` }],
    linesAddedAbove: merged ? 0 : 1,
  };
}

/**
 * For a finding inside a block (the third line of a paragraph): disable before the block, enable
 * after it, since a comment line inside a paragraph would split it in two.
 */
function blockPlan(window: Window, path: readonly Nodes[], id: string, say: SuppressionWords): Plan | undefined {
  const leaf = path[path.length - 1];
  if (!leaf?.position) return undefined;
  const first = leaf.position.start.line - 1;
  const last = leaf.position.end.line - 1;
  const above = placeAbove(window, path, first);
  if (!above) return undefined;
  const firstLine = window.lines[first] ?? '';
  // The leaf's own containers, written as continuation: "> - " becomes ">   ".
  const innerPrefix = firstLine.slice(0, leaf.position.start.column - 1).replace(/[^>\t]/g, ' ');
  const lastLine = window.lines[last] ?? '';
  return {
    title: say.disableForBlock(id, leaf.type),
    insertions: [
      { line: above.line, character: 0, text: `${above.prefix}${directiveComment('html', 'disable', id)}\n` },
      { line: last, character: lastLine.length, text: `\n${innerPrefix}${directiveComment('html', 'enable', id)}` },
    ],
    linesAddedAbove: 1,
  };
}

/**
 * Where a comment line goes so that the next line with content is `line` and no container around
 * it ends: the outermost block that starts on the line decides. A list item after the first is
 * preceded by the comment inside the item before it (indented as its text, and right after it, so
 * that no blank line makes that item loose); anything else, by the comment with the line's own
 * container prefix (indentation, ">").
 */
function placeAbove(window: Window, path: readonly Nodes[], line: number): { line: number; prefix: string } | undefined {
  const outermost = path.findIndex((node) => lineOf(node) === line);
  const block = path[outermost];
  if (!block?.position) return undefined;
  const lineText = window.lines[line] ?? '';
  const outerPrefix = lineText.slice(0, block.position.start.column - 1);
  if (!/^[ \t>]*$/.test(outerPrefix)) return undefined;
  const parent = outermost > 0 ? path[outermost - 1] : undefined;
  if (parent?.type === 'list' && block.type === 'listItem') {
    const index = parent.children.indexOf(block);
    const previous = parent.children[index - 1];
    const content = previous?.children[0]?.position;
    if (index > 0) {
      if (!previous?.position || !content) return undefined;
      const contentColumn = content.start.column - 1;
      if (contentColumn < outerPrefix.length) return undefined;
      return { line: previous.position.end.line, prefix: outerPrefix + ' '.repeat(contentColumn - outerPrefix.length) };
    }
  }
  return { line, prefix: outerPrefix };
}

/** The plan as a fix, once the section keeps its structure and the comment hides the finding. */
function checkedFix(window: Window, parsed: ParsedWindow, plan: Plan, finding: Finding): Fix | undefined {
  if (!keepsStructure(window, parsed, plan, finding.ruleId)) return undefined;
  const key = `${insertionsWithoutId(plan, finding.ruleId)} ${finding.range.start.line}:${finding.range.start.character}`;
  let hidden = parsed.hides.get(key);
  if (hidden === undefined) {
    hidden = hides(window, plan, finding);
    parsed.hides.set(key, hidden);
  }
  return hidden ? toFix(window.startLine, plan) : undefined;
}

function keepsStructure(window: Window, parsed: ParsedWindow, plan: Plan, id: string): boolean {
  // An id added to a comment above the section changes nothing in it (the comment stays one line).
  if (plan.insertions.every((insertion) => insertion.line < 0)) return true;
  // The comment's rule id does not change how the Markdown around it is read.
  const key = insertionsWithoutId(plan, id);
  let keeps = parsed.keepsStructure.get(key);
  if (keeps === undefined) {
    const text = applied(window.lines, plan.insertions);
    const after = parseMarkdown(text);
    keeps = after.kind === 'parsed' && shapeOf(after.root) === parsed.shape && sameCodeAndComments(window.lines, splitLines(text), plan.insertions);
    parsed.keepsStructure.set(key, keeps);
  }
  return keeps;
}

/**
 * Whether the line readers (the section splitter, completion) see the same code and comments after
 * the insertions as before, and the inserted lines outside both: a "-->" in a new comment must not
 * close a comment they saw open.
 */
function sameCodeAndComments(before: readonly string[], after: readonly string[], insertions: readonly Insertion[]): boolean {
  const seenBefore = linesInCodeOrComment(before);
  const seenAfter = linesInCodeOrComment(after);
  // Where each line of `before` is in `after`: an insertion ending in a line break adds a line before
  // its line, one starting with a line break adds a line after it.
  const added = new Map<number, number>();
  for (const insertion of insertions) {
    if (!insertion.text.includes('\n')) continue;
    const before = insertion.text.startsWith('\n') ? insertion.line + 1 : insertion.line;
    added.set(before, (added.get(before) ?? 0) + 1);
  }
  let shift = 0;
  for (let line = 0; line <= before.length; line++) {
    for (let count = added.get(line) ?? 0; count > 0; count--) {
      if (seenAfter[line + shift]) return false;
      shift++;
    }
    if (line < before.length && seenAfter[line + shift] !== seenBefore[line]) return false;
  }
  return true;
}

function hides(window: Window, plan: Plan, finding: Finding): boolean {
  // With the line above when the plan changes it: the window read one line higher.
  const above = plan.insertions.some((insertion) => insertion.line < 0) && window.lineAbove !== undefined;
  const lines = above ? [window.lineAbove as string, ...window.lines] : window.lines;
  const insertions = above ? plan.insertions.map((insertion) => ({ ...insertion, line: insertion.line + 1 })) : plan.insertions;
  const firstLine = above ? window.startLine - 1 : window.startLine;
  const moved: Finding = { ...finding, range: shiftRange(finding.range, plan.linesAddedAbove - firstLine) };
  return !applySuppressions(applied(lines, insertions), [moved]).includes(moved);
}

/**
 * The section holding `line`, as the analyzer and the preview parse it: one section at a time (a
 * programme entry cut for its length, part by part), each starting outside code and comments. With
 * the last line of the section before, when it is right above: a comment there can take one more id.
 */
function windowAround(sections: readonly PlacedSection[], line: number): Window | undefined {
  const index = lastIndexAtOrBefore(sections, line);
  const section = sections[index];
  if (!section || section.model.text.length > maxWindowLength) return undefined;
  const previous = sections[index - 1];
  const lineAbove = previous && previous.startLine + previous.model.lineCount === section.startLine ? lastLineOf(previous.model.text) : undefined;
  return { startLine: section.startLine, lines: splitLines(section.model.text), lineAbove };
}

function lastLineOf(text: string): string {
  return text.slice(text.lastIndexOf('\n') + 1);
}

/** The text of a line of the body. */
export function bodyLineText(sections: readonly PlacedSection[], line: number): string {
  const section = sections[lastIndexAtOrBefore(sections, line)];
  if (!section) return '';
  const { lines, text } = section.model;
  const start = lines.offsetAt({ line: line - section.startLine, character: 0 });
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}

function lastIndexAtOrBefore(sections: readonly PlacedSection[], line: number): number {
  let low = 0;
  let high = sections.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((sections[middle]?.startLine ?? 0) <= line) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The window parsed, from the recent ones when it is one of them; undefined when it cannot be parsed. */
function parsedWindow(window: Window, recent: ParsedWindow[]): ParsedWindow | undefined {
  const text = window.lines.join('\n');
  const known = recent.find((candidate) => candidate.text === text);
  if (known) return known;
  const parsed = parseMarkdown(text);
  if (parsed.kind !== 'parsed') return undefined;
  const made: ParsedWindow = { text, root: parsed.root, shape: shapeOf(parsed.root), keepsStructure: new Map(), hides: new Map() };
  recent.push(made);
  if (recent.length > recentWindowCount) recent.shift();
  return made;
}

/** Blocks that hold text and no other block: where a finding sits. */
const leafBlockNames = new Set(['paragraph', 'heading', 'code', 'html', 'thematicBreak', 'definition']);
const containerNames = new Set(['root', 'list', 'listItem', 'blockquote']);

/** 0-based line of a node's start. */
function lineOf(node: Nodes): number {
  return (node.position?.start.line ?? 0) - 1;
}

/** The blocks that hold 0-based `line`, outermost first, down to the leaf block (none on a blank line). */
function blockPathAt(root: Root, line: number): Nodes[] {
  const path: Nodes[] = [];
  let parent: Parents = root;
  for (;;) {
    const child: Nodes | undefined = (parent.children as Nodes[]).find(
      (node) => node.position !== undefined && node.position.start.line - 1 <= line && line <= node.position.end.line - 1,
    );
    if (!child) return path;
    path.push(child);
    if (!containerNames.has(child.type) || !('children' in child)) return path;
    parent = child;
  }
}

/** The tree without positions and without HTML (the comments a fix adds): what must not change. */
function shapeOf(root: Root): string {
  return JSON.stringify(root, (key, value: unknown) => {
    if (key === 'position') return undefined;
    if (key === 'children' && Array.isArray(value)) return value.filter((node: Nodes) => node.type !== 'html');
    return value;
  });
}
