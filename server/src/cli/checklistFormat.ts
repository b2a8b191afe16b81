/**
 * `check --checklist` as text: each programme's principles checklist after the findings, one line
 * per principle with where the entry addresses it. (The JSON form is `toJsonChecklist`, in ./formatters.)
 */
import { shownStatus, shownStatusWords, type PlacedChecklist, type ShownStatus } from '../core/principles/documentChecklist';
import type { CheckOutcome } from './check';

const marks: Readonly<Record<ShownStatus, string>> = {
  addressed: '✓',
  claimed: '~',
  'not-addressed': '✗',
  'not-applicable': '–',
  contradicted: '!',
  'likely-addressed': '≈',
  'nothing-contrary': '○',
};

/**
 * The checklists of the checked files, as text; empty when no file has a programme. An item's
 * label and status word are in the draft's language, as in the preview, so that a French line
 * reads as one sentence; the legend and the rest of the frame are in English, as all CLI output.
 */
export function formatChecklistText(outcome: CheckOutcome): string {
  const lines: string[] = [];
  for (const file of outcome.files) {
    const language = file.checklistLanguage ?? 'en';
    for (const programme of file.checklist ?? []) {
      lines.push(`${file.path}:${programme.titleRange.start.line + 1}: ${programme.title}`);
      for (const item of programme.items) {
        const where = placeOf(item);
        lines.push(`  ${marks[shownStatus(item)]} ${item.principleNumber}. ${item.label}: ${shownStatusWords(item, language)}${where ? ` (${where})` : ''}`);
      }
    }
  }
  if (lines.length === 0) return '';
  return `\nPrinciples checklist (A/75/816, annex I, paragraph 56): ✓ addressed, ≈ likely addressed in other wording (second reading), ~ claimed only, ✗ not addressed, ! contradicted, ○ no condition found, – not applicable\n${lines.join('\n')}\n`;
}

function placeOf(item: PlacedChecklist['items'][number]): string | undefined {
  const first = item.status === 'contradicted' ? item.contrary[0] : item.status === 'claimed' || item.status === 'likely-addressed' ? item.claim : item.evidence[0];
  return first ? `line ${first.range.start.line + 1}: "${first.text}"` : undefined;
}
