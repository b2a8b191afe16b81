/**
 * What the principle rules share: each reads the section's principles checklist (computed once
 * per section, see principles/checklist.ts) and reports, for its own check, at the programme's
 * title when nothing addresses the principle, at the claim when the Principles field claims it
 * without the entry describing it ("claimed, not described", a hint), or at the wording that goes
 * against it. Every finding says what was looked for, quotes the agreed principle, and links to
 * its paragraph in the reference library. An item the second reading of the entry's words judged
 * "likely addressed" (principles/secondReading.ts) gets no finding: its finding is held back.
 */
import { principleChecks, type Lexicon, type PrincipleCheck, type PrincipleCheckId } from '../../../../schemas/principleEvidence';
import { principles, principlesSource, type Principle } from '../../../../schemas/principles';
import type { RuleId, Severity } from '../../../../schemas/settings';
import type { RelatedLocation } from '../findings';
import type { ChecklistItem } from '../principles/checklist';
import { lexiconLanguageOf, type LexiconLanguage } from '../principles/lexiconScan';
import type { ReportedFinding, SectionRule } from './rule';

export interface PrincipleRuleSpec {
  readonly id: RuleId;
  readonly checkId: PrincipleCheckId;
  readonly defaultSeverity: Severity;
  readonly summary: string;
  /** What the entry does not say, completing "nothing says …" (for the programme named `title`). */
  readonly missing: (item: ChecklistItem) => string;
  /** How to fix it, one sentence without its final stop; `adviceExamples` follow it in parentheses. */
  readonly advice: string;
  /** Wording that would fix it, in each language: a draft is told those of the language it is read in. */
  readonly adviceExamples: Lexicon;
}

function checkOf(id: PrincipleCheckId): PrincipleCheck {
  const check = principleChecks.find((candidate: PrincipleCheck) => candidate.id === id);
  if (!check) throw new Error(`No principle check "${id}"`);
  return check;
}

function principleOf(check: PrincipleCheck): Principle {
  const principle = principles.find((candidate: Principle) => candidate.id === check.principleId);
  if (!principle) throw new Error(`No principle "${check.principleId}"`);
  return principle;
}

/** The related location's message for each principle, made once: every finding of a principle carries it. */
const relatedMessages = new Map<string, string>();
const principlesParagraph = { symbol: principlesSource.symbol, unitKey: principlesSource.unitKey };

/** The agreed text, as a related location: a hover or a click shows paragraph 56 of A/75/816. */
export function principleRelated(principle: Principle, range: ReportedFinding['range']): RelatedLocation {
  let message = relatedMessages.get(principle.id);
  if (message === undefined) {
    message = `Agreed principle ${principle.number} (${principlesSource.label}): "${principle.text}"`;
    relatedMessages.set(principle.id, message);
  }
  return { range, message, library: principlesParagraph };
}

/**
 * The examples of the language a draft's lexicon is read in (both, English first, when its language
 * is neither): a French draft is only read for French wording, so "at the request of" would not
 * count there, and a message suggesting it would mislead.
 */
function examplesIn(examples: Lexicon, language: LexiconLanguage): readonly string[] {
  return language === 'both' ? [...examples.en, ...examples.fr] : examples[language];
}

/** "at the request of", "needs assessment" or "national ownership". */
export function quoted(examples: readonly string[]): string {
  const list = examples.map((example) => `"${example}"`);
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
}

/** A rule that reports when its check is not addressed, or only claimed. */
export function principleRule(spec: PrincipleRuleSpec): SectionRule {
  const check = checkOf(spec.checkId);
  const principle = principleOf(check);
  const agreed = `Agreed principle ${principle.number}: "${principle.text}" (${principlesSource.label}).`;
  /** What the messages quote in a draft read in each language, made once per language. */
  const wordingByLanguage = new Map<LexiconLanguage, { readonly lookedFor: string; readonly advice: string }>();
  const wordingFor = (language: LexiconLanguage) => {
    let wording = wordingByLanguage.get(language);
    if (!wording) {
      wording = {
        lookedFor: quoted(examplesIn(check.examples, language)),
        advice: `${spec.advice} (for example ${quoted(examplesIn(spec.adviceExamples, language))}).`,
      };
      wordingByLanguage.set(language, wording);
    }
    return wording;
  };
  return {
    meta: { id: spec.id, defaultSeverity: spec.defaultSeverity, summary: spec.summary },
    scope: 'section',
    check(section, context, report) {
      const checklist = section.checklist;
      const item = checklist?.items.find((candidate) => candidate.checkId === spec.checkId);
      if (!checklist || !item) return;
      if (item.status !== 'not-addressed' && item.status !== 'claimed') return;
      if (item.status === 'not-addressed') {
        const { lookedFor, advice } = wordingFor(lexiconLanguageOf(context.language));
        report({
          message: `"${checklist.title}": nothing says ${spec.missing(item)} (looked for wording such as ${lookedFor}, in the fields and the prose). ${agreed} ${advice}`,
          range: checklist.titleRange,
          related: [principleRelated(principle, checklist.titleRange)],
        });
      } else if (item.status === 'claimed' && item.claim) {
        const { lookedFor, advice } = wordingFor(lexiconLanguageOf(context.language));
        report({
          severity: 'hint',
          message: `"${checklist.title}" claims "${item.claim.text}" in its Principles field, but the entry does not describe it: claimed, not described (looked for wording such as ${lookedFor}). ${agreed} ${advice}`,
          range: item.claim.range,
          related: [principleRelated(principle, item.claim.range)],
        });
      }
    },
  };
}
