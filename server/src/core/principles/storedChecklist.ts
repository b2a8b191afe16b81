/**
 * The principles checklist as a section model keeps it between edits. Expanded, a checklist is
 * eleven items with their evidence ranges and texts: about 5 KB per programme entry, which made a
 * 10 MB draft's model weigh four times its text more. Kept here as one array of small numbers
 * (statuses, then offsets of the places that count), it is expanded again only when the checklist
 * is asked for (the LSP request, the CLI, the preview).
 */
import { principleChecks } from '../../../../schemas/principleEvidence';
import { checklistStatuses } from '../../../../schemas/submissionExport';
import type { Programme } from '../programmes';
import type { LineIndex } from '../text';
import { checklistItem, spanText, type ChecklistItem, type ChecklistStatus, type EvidenceSpan, type ProgrammeChecklist } from './checklist';

/** A status is packed as its index in this list (the export schema's: one list of statuses). */
const statuses: readonly ChecklistStatus[] = checklistStatuses;

/** What a place is to its item. */
const enum Role {
  Evidence = 0,
  Claim = 1,
  Contrary = 2,
  AppliesBecause = 3,
  /** Contrary wording judged by the sentence reading (`contraryRead`). */
  ContraryRead = 4,
}

/**
 * `packed` holds one status code per check of the catalogue, in catalogue order, then one
 * quadruple (item index, role, start offset, end offset) per place, offsets in the section's text.
 */
export interface StoredChecklist {
  readonly packed: readonly number[];
}

/** The checklist, packed (`lines` indexes the section's text the ranges point into). */
export function storeChecklist(checklist: ProgrammeChecklist, lines: LineIndex): StoredChecklist {
  const packed: number[] = checklist.items.map((item) => statuses.indexOf(item.status));
  const place = (index: number, role: Role, span: EvidenceSpan) =>
    packed.push(index, role, lines.offsetAt(span.range.start), lines.offsetAt(span.range.end));
  checklist.items.forEach((item, index) => {
    for (const span of item.evidence) place(index, Role.Evidence, span);
    if (item.claim) place(index, Role.Claim, item.claim);
    for (const span of item.contrary) place(index, item.contraryRead ? Role.ContraryRead : Role.Contrary, span);
    if (item.appliesBecause) place(index, Role.AppliesBecause, item.appliesBecause);
  });
  return { packed };
}

/**
 * The checklist again, from its packed form and the section it was computed on (`text`, `lines`,
 * and the programme read from it). A place's text is the section's text there, except for a claim,
 * whose text is the Principles field value as read (markup removed).
 */
export function expandChecklist(stored: StoredChecklist, programme: Programme, text: string, lines: LineIndex): ProgrammeChecklist {
  const { packed } = stored;
  const count = principleChecks.length;
  const places = Array.from({ length: count }, () => ({
    evidence: [] as EvidenceSpan[],
    contrary: [] as EvidenceSpan[],
    contraryRead: false,
    claim: undefined as EvidenceSpan | undefined,
    appliesBecause: undefined as EvidenceSpan | undefined,
  }));
  const claimValues = programme.fields.find((field) => field.key === 'principles')?.values ?? [];
  for (let at = count; at + 3 < packed.length; at += 4) {
    const [index, role, start, end] = [packed[at], packed[at + 1], packed[at + 2], packed[at + 3]] as [number, Role, number, number];
    const item = places[index];
    if (!item) continue;
    const range = lines.rangeAt(start, end);
    if (role === Role.Claim) {
      const value = claimValues.find((candidate) => lines.offsetAt(candidate.range.start) === start);
      item.claim = { range, text: value?.text ?? spanText(text, start, end) };
      continue;
    }
    const span = { range, text: spanText(text, start, end) };
    if (role === Role.Evidence) item.evidence.push(span);
    else if (role === Role.Contrary || role === Role.ContraryRead) {
      item.contrary.push(span);
      if (role === Role.ContraryRead) item.contraryRead = true;
    } else item.appliesBecause = span;
  }
  const items: ChecklistItem[] = principleChecks.map((check, index) => {
    const found = places[index] as (typeof places)[number];
    return checklistItem(check, statuses[packed[index] ?? 2] ?? 'not-addressed', found);
  });
  return { title: programme.title, titleRange: programme.titleRange, items };
}

/** The status of each check, in catalogue order, read from the packed form without expanding it. */
export function storedStatuses(stored: StoredChecklist): ChecklistStatus[] {
  return principleChecks.map((_check, index) => statuses[stored.packed[index] ?? 2] ?? 'not-addressed');
}
