/**
 * Quick fixes that turn one rule off where the drafter decided a finding does not apply, by
 * writing the suppression comment `suppressions.ts` reads: for the finding's line (or the block it
 * sits in), and for the whole document. In the body the comment is HTML (`body.ts`); in the front
 * matter, and for the whole document of a submission with front matter, it is YAML
 * (`frontMatter.ts`). Every fix is checked before it is offered: the text around it reads the
 * same with the comment, and the comment hides the finding. Its title is in the draft's language
 * (the document's context): « Désactiver principle/gender pour cette ligne » in a French draft
 * (suppressionWords.ts).
 */
import type { DocumentModel } from '../rules/rule';
import type { Finding, Fix } from '../findings';
import { holdsDirective } from '../suppressions';
import { bodyDocumentSuppression, bodyLineSuppression, bodyLineText } from './body';
import { frontMatterDocumentSuppression, frontMatterLineSuppression } from './frontMatter';

/**
 * The fixes that hide `finding` with a suppression comment: for its line (or, when it does not
 * start a block, for the block around it) and for the whole document. None for a directive's own
 * problems, which are fixed in the comment, not hidden. Lines end with "\n", as in the analyzed
 * text; the server writes them with the document's own line ending.
 */
export function suppressionFixes(document: DocumentModel, finding: Finding): Fix[] {
  if (document.binary) return [];
  const { frontMatter } = document;
  const line = finding.range.start.line;
  const inFrontMatter = line < frontMatter.bodyStartLine;
  const text = inFrontMatter ? (frontMatter.lines[line] ?? '') : bodyLineText(document.sections, line);
  // A finding on a directive's line is the directive's own problem (a misspelt rule id, a
  // directive in capitals), read as the reader reads it.
  if (holdsDirective(text, inFrontMatter ? 'yaml' : 'html')) return [];
  const fixes: Fix[] = [];
  const local = inFrontMatter ? frontMatterLineSuppression(document, finding) : bodyLineSuppression(document, finding);
  if (local) fixes.push(local);
  const whole = frontMatter.range ? frontMatterDocumentSuppression(document, finding) : bodyDocumentSuppression(document, finding);
  if (whole) fixes.push(whole);
  return fixes;
}
