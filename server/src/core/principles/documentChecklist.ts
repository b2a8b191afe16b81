/**
 * The checklists of a whole submission, in document coordinates: what the LSP request, the CLI's
 * `--checklist` and (later) the preview and status bar show. Built from the section models, where
 * each programme's checklist was computed with its section.
 */
import { principleChecks, type PrincipleCheck } from '../../../../schemas/principleEvidence';
import type { Analysis } from '../analyzer';
import type { PlacedSection } from '../rules/rule';
import type { LabelLanguage } from '../../../../schemas/vocabulary';
import { shiftRange, type Range } from '../text';
import type { ChecklistItem, ChecklistStatus, EvidenceSpan } from './checklist';
import { expandChecklist } from './storedChecklist';

export interface PlacedChecklistItem extends Omit<ChecklistItem, 'evidence' | 'claim' | 'contrary' | 'appliesBecause'> {
  /** In the draft's language. */
  readonly label: string;
  readonly evidence: readonly EvidenceSpan[];
  readonly claim?: EvidenceSpan;
  readonly contrary: readonly EvidenceSpan[];
  readonly appliesBecause?: EvidenceSpan;
}

export interface PlacedChecklist {
  readonly title: string;
  readonly titleRange: Range;
  readonly items: readonly PlacedChecklistItem[];
}

/**
 * A status as the checklist shows it: `nothing-contrary` is a `not-addressed` item of a principle
 * honoured by not doing something ("without conditions"), where nothing contrary was found either.
 */
export type ShownStatus = ChecklistStatus | 'nothing-contrary';

/** One word per status, for plain-text output. */
export const statusWords: Readonly<Record<ChecklistStatus, { en: string; fr: string }>> = {
  addressed: { en: 'addressed', fr: 'traité' },
  claimed: { en: 'claimed only', fr: 'revendiqué seulement' },
  'not-addressed': { en: 'not addressed', fr: 'non traité' },
  'not-applicable': { en: 'not applicable', fr: 'sans objet' },
  contradicted: { en: 'contradicted', fr: 'contredit' },
  'likely-addressed': { en: 'likely addressed', fr: 'probablement traité' },
};

const checksById = new Map((principleChecks as readonly PrincipleCheck[]).map((check) => [check.id, check]));

/** How an item's status is shown (see `ShownStatus`). */
export function shownStatus(item: Pick<ChecklistItem, 'checkId' | 'status'>): ShownStatus {
  return item.status === 'not-addressed' && checksById.get(item.checkId)?.nothingContraryFound ? 'nothing-contrary' : item.status;
}

/** The words of an item's status in a language: "no condition found" rather than "not addressed" for conditions. */
export function shownStatusWords(item: Pick<ChecklistItem, 'checkId' | 'status'>, language: 'en' | 'fr'): string {
  const words = shownStatus(item) === 'nothing-contrary' ? checksById.get(item.checkId)?.nothingContraryFound : undefined;
  return (words ?? statusWords[item.status])[language];
}

/** The checklist of one placed section's programme, in document coordinates; undefined when it has none. */
export function placedChecklist(section: PlacedSection, language: LabelLanguage): PlacedChecklist | undefined {
  const { checklist: stored, programme } = section.model;
  if (!stored || !programme) return undefined;
  const read = section.model.entry ?? section.model;
  const checklist = expandChecklist(stored, programme, read.text, read.lines);
  const shift = (span: EvidenceSpan): EvidenceSpan => ({ range: shiftRange(span.range, section.startLine), text: span.text });
  return {
    title: checklist.title,
    titleRange: shiftRange(checklist.titleRange, section.startLine),
    items: checklist.items.map((item) => ({
      ...item,
      label: checksById.get(item.checkId)?.label[language] ?? item.checkId,
      evidence: item.evidence.map(shift),
      claim: item.claim && shift(item.claim),
      contrary: item.contrary.map(shift),
      appliesBecause: item.appliesBecause && shift(item.appliesBecause),
    })),
  };
}

/** The checklist of every programme of an analysis, in document order and coordinates. */
export function documentChecklist(analysis: Analysis): PlacedChecklist[] {
  const language = analysis.document.context.labelLanguage;
  return analysis.document.sections.flatMap((section) => placedChecklist(section, language) ?? []);
}
