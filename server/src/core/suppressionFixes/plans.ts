/**
 * What a suppression fix writes, before it is checked and offered: comment lines to insert, or a
 * rule id added to a comment already there. Shared by the fixes in the body (HTML comments,
 * `body.ts`) and in the front matter (YAML comments, `frontMatter.ts`).
 */
import type { DocumentModel } from '../rules/rule';
import type { Finding, Fix, TextEdit } from '../findings';
import { reasonSeparator, type DirectiveName, type DirectiveSyntax } from '../suppressions';
import { splitLines, type Range } from '../text';

/** An insertion in the coordinates of the lines it was planned on. */
export interface Insertion {
  readonly line: number;
  readonly character: number;
  readonly text: string;
}

/** What a fix inserts, and how many lines it adds above the finding. */
export interface Plan {
  readonly title: string;
  readonly insertions: readonly Insertion[];
  readonly linesAddedAbove: number;
}

/** A directive comment naming one rule, as `syntax` writes it (on a line of its own). */
export function directiveComment(syntax: DirectiveSyntax, name: DirectiveName, id: string): string {
  return syntax === 'html' ? `<!-- oewg-${name} ${id} -->` : `# oewg-${name} ${id}`;
}

/** The line holding only a directive: its prefix up to the ids (group 1), then the ids and a reason (group 2). */
function directiveLine(syntax: DirectiveSyntax, name: Exclude<DirectiveName, 'enable'>): RegExp {
  return syntax === 'html'
    ? new RegExp(`^([ \\t>]*<!--[ \\t]*oewg-${name}[ \\t]+)(.*?)-->[ \\t]*$`)
    : new RegExp(`^([ \\t]*#[ \\t]*oewg-${name}[ \\t]+)(.*?)[ \\t]*$`);
}

/** Adds `id` to a comment of the same directive on `lineText`, when the line holds only that comment. */
export function addedToDirective(
  lineText: string,
  syntax: DirectiveSyntax,
  name: Exclude<DirectiveName, 'enable'>,
  line: number,
  id: string,
): Insertion | undefined {
  const match = directiveLine(syntax, name).exec(lineText);
  if (!match) return undefined;
  const argumentsText = match[2] ?? '';
  const ids = argumentsText.split(reasonSeparator)[0] ?? '';
  // No id means every rule: such a comment would already hide the finding.
  if (!/[^\s,]/.test(ids)) return undefined;
  return { line, character: (match[1]?.length ?? 0) + ids.trimEnd().length, text: ` ${id}` };
}

/**
 * The plan's insertions with its rule id left out: a key for what was learned of a plan's effect on
 * the text around it, which the id (a word in a comment) does not change.
 */
export function insertionsWithoutId(plan: Plan, id: string): string {
  return JSON.stringify(plan.insertions.map((insertion) => [insertion.line, insertion.character, insertion.text.split(id).join('\0')]));
}

/** The lines with the insertions made, as one text. */
export function applied(lines: readonly string[], insertions: readonly Insertion[]): string {
  const changed = [...lines];
  // From the last, so that earlier positions stay valid.
  const ordered = [...insertions].sort((a, b) => b.line - a.line || b.character - a.character);
  for (const insertion of ordered) {
    const lineText = changed[insertion.line] ?? '';
    changed[insertion.line] = lineText.slice(0, insertion.character) + insertion.text + lineText.slice(insertion.character);
  }
  return changed.join('\n');
}

/** The plan as a fix on the document, its lines starting at `startLine`. */
export function toFix(startLine: number, plan: Plan): Fix {
  const edits: TextEdit[] = plan.insertions.map((insertion) => {
    const at = { line: startLine + insertion.line, character: insertion.character };
    return { range: { start: at, end: at } satisfies Range, newText: insertion.text };
  });
  return { title: plan.title, edits };
}

/** Lines `from` to `to` (both included) of text with "\n" line terminators. */
export function linesBetween(text: string, from: number, to: number): string[] {
  let start = 0;
  for (let line = 0; line < from && start >= 0; line++) start = text.indexOf('\n', start) + 1 || -1;
  let end = start;
  for (let line = from; line <= to && end >= 0; line++) end = text.indexOf('\n', end) + 1 || -1;
  return start < 0 ? [] : splitLines(text.slice(start, end < 0 ? text.length : end - 1));
}

/** Per analyzed version: the first line of the first section holding an enable comment (-1: none). */
const firstEnablingSection = new WeakMap<DocumentModel, number>();

/**
 * Whether an enable comment may stand between the body's start and the finding's line, which a
 * whole-document disable must then be checked against.
 */
export function enabledInBodyBefore(document: DocumentModel, finding: Finding): boolean {
  let line = firstEnablingSection.get(document);
  if (line === undefined) {
    // Searched once per version, not for every finding of a request on a draft of megabytes.
    line = document.sections.find((section) => section.model.text.includes('oewg-enable'))?.startLine ?? -1;
    firstEnablingSection.set(document, line);
  }
  return line >= 0 && line <= finding.range.start.line;
}
