/**
 * Suppression fixes written as YAML comments in the front matter (`# oewg-disable-next-line …`),
 * which `suppressions.ts` reads there: for a finding on a front-matter line, and for the whole
 * document of a submission with front matter. The whole-document comment goes right under the
 * opening "---", the document's first line that can hold one, so that it covers the front matter
 * as well as the body.
 *
 * Each fix is checked before it is offered, as the body's are: the front matter, read again with
 * the comment, gives the same values and the same problems (a comment line inside a block value
 * would change the value), and the comment hides the finding.
 */
import type { DocumentModel } from '../rules/rule';
import type { Finding, Fix } from '../findings';
import { readFrontMatter, type FrontMatterModel } from '../frontMatter';
import { applySuppressions } from '../suppressions';
import { suppressionWords } from '../suppressionWords';
import { shiftRange, splitLines } from '../text';
import { addedToDirective, applied, directiveComment, enabledInBodyBefore, insertionsWithoutId, linesBetween, toFix, type Plan } from './plans';

/** A disable-next-line comment above the finding's line, indented as it (or its id added to one there). */
export function frontMatterLineSuppression(document: DocumentModel, finding: Finding): Fix | undefined {
  const { frontMatter } = document;
  const line = finding.range.start.line;
  // Between the "---" lines: a finding on the opening line (a missing field) has no line above it.
  if (!frontMatter.range || line < 1 || line >= frontMatter.bodyStartLine - 1) return undefined;
  const id = finding.ruleId;
  const merged = addedToDirective(frontMatter.lines[line - 1] ?? '', 'yaml', 'disable-next-line', line - 1, id);
  const indentation = /^[ \t]*/.exec(frontMatter.lines[line] ?? '')?.[0] ?? '';
  const plan: Plan = {
    title: suppressionWords(document.context.labelLanguage).disableForLine(id),
    insertions: [merged ?? { line, character: 0, text: `${indentation}${directiveComment('yaml', 'disable-next-line', id)}\n` }],
    linesAddedAbove: merged ? 0 : 1,
  };
  return readsAlike(frontMatter, plan, id) && hides(document, plan, finding) ? toFix(0, plan) : undefined;
}

/** A disable comment on the line after the opening "---" (or the id added to one there). */
export function frontMatterDocumentSuppression(document: DocumentModel, finding: Finding): Fix | undefined {
  const { frontMatter } = document;
  if (!frontMatter.range) return undefined;
  const id = finding.ruleId;
  const merged = addedToDirective(frontMatter.lines[1] ?? '', 'yaml', 'disable', 1, id);
  const plan: Plan = {
    title: suppressionWords(document.context.labelLanguage).disableForDocument(id),
    insertions: [merged ?? { line: 1, character: 0, text: `${directiveComment('yaml', 'disable', id)}\n` }],
    // A finding on the opening "---" (a missing field) stays where it is, above the comment.
    linesAddedAbove: merged || finding.range.start.line < 1 ? 0 : 1,
  };
  if (!readsAlike(frontMatter, plan, id)) return undefined;
  // A finding in the front matter is checked (it may stand on the "---" above the comment); one in
  // the body only when an enable comment may come before it, the front matter's or the body's.
  const inFrontMatter = finding.range.start.line < frontMatter.bodyStartLine;
  const mayBeEnabled = inFrontMatter || frontMatter.lines.some((text) => text.includes('oewg-enable')) || enabledInBodyBefore(document, finding);
  if (mayBeEnabled && !hides(document, plan, finding)) return undefined;
  return toFix(0, plan);
}

/**
 * Per front matter read (kept by the analyzer while the front matter does not change): whether a
 * plan keeps it reading alike, by the plan's insertions with the rule id left out. A programme
 * heading holds up to eight findings, each offering the same whole-document comment but for its id.
 */
const readsAlikeByPlan = new WeakMap<FrontMatterModel, Map<string, boolean>>();

/** Whether the front matter, with the plan's comment, still reads as the same values with the same problems. */
function readsAlike(frontMatter: FrontMatterModel, plan: Plan, id: string): boolean {
  let known = readsAlikeByPlan.get(frontMatter);
  if (!known) readsAlikeByPlan.set(frontMatter, (known = new Map()));
  const key = insertionsWithoutId(plan, id);
  let alike = known.get(key);
  if (alike === undefined) {
    const again = readFrontMatter(splitLines(applied(frontMatter.lines, plan.insertions)));
    alike =
      again.bodyStartLine === frontMatter.bodyStartLine + linesAdded(plan) &&
      JSON.stringify(again.raw) === JSON.stringify(frontMatter.raw) &&
      problemsOf(again) === problemsOf(frontMatter);
    known.set(key, alike);
  }
  return alike;
}

/** The front matter's problems without their places, which the comment moves. */
function problemsOf(frontMatter: FrontMatterModel): string {
  return frontMatter.problems
    .map((problem) => `${problem.ruleId} ${problem.message}`)
    .sort()
    .join('\n');
}

/** Whether the comment hides the finding, read from the document's start down to the finding's line. */
function hides(document: DocumentModel, plan: Plan, finding: Finding): boolean {
  const { bodyStartLine, lines: frontMatterLines } = document.frontMatter;
  const line = finding.range.start.line;
  // The whole front matter (its closing "---" tells where the YAML ends), then the body down to the finding.
  const lines = line < bodyStartLine ? frontMatterLines : [...frontMatterLines, ...linesBetween(document.text, bodyStartLine, line)];
  const moved: Finding = { ...finding, range: shiftRange(finding.range, plan.linesAddedAbove) };
  return !applySuppressions(applied(lines, plan.insertions), [moved], bodyStartLine + linesAdded(plan)).includes(moved);
}

/** How many lines the plan adds to the front matter. */
function linesAdded(plan: Plan): number {
  return plan.insertions.filter((insertion) => insertion.text.includes('\n')).length;
}
