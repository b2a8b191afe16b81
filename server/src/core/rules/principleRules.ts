/**
 * What the principle rules share: each reads the section's principles checklist (computed once
 * per section, see principles/checklist.ts) and reports, for its own check, at the programme's
 * title when nothing addresses the principle, at the claim when the Principles field claims it
 * without the entry describing it ("claimed, not described", a hint), or at the wording that goes
 * against it. Every finding says what was looked for, quotes the agreed principle, and links to
 * its paragraph in the reference library, in the draft's language (the words: principleWords.ts).
 * An item the second reading of the entry's words judged "likely addressed"
 * (principles/secondReading.ts) gets no finding: its finding is held back.
 */
import { principleChecks, type Lexicon, type PrincipleCheck } from '../../../../schemas/principleEvidence';
import { principles, principlesSource, type Principle } from '../../../../schemas/principles';
import type { RuleId, Severity } from '../../../../schemas/settings';
import type { LabelLanguage } from '../../../../schemas/vocabulary';
import type { RelatedLocation } from '../findings';
import { lexiconLanguageOf, type LexiconLanguage } from '../principles/lexiconScan';
import { principleWords, type AbsenceCheckId } from './principleWords';
import type { ReportedFinding, SectionRule } from './rule';

export interface PrincipleRuleSpec {
  readonly id: RuleId;
  /** The check it reports; what the entry leaves out and how to fix it are in principleWords.ts. */
  readonly checkId: AbsenceCheckId;
  readonly defaultSeverity: Severity;
  readonly summary: string;
  /** Wording that would fix it, in each language: a draft is told those of the language it is read in. */
  readonly adviceExamples: Lexicon;
}

function checkOf(id: AbsenceCheckId): PrincipleCheck {
  const check = principleChecks.find((candidate: PrincipleCheck) => candidate.id === id);
  if (!check) throw new Error(`No principle check "${id}"`);
  return check;
}

function principleOf(check: PrincipleCheck): Principle {
  const principle = principles.find((candidate: Principle) => candidate.id === check.principleId);
  if (!principle) throw new Error(`No principle "${check.principleId}"`);
  return principle;
}

/** The related location's message for each principle and language, made once: every finding of a principle carries it. */
const relatedMessages = new Map<string, string>();
const principlesParagraph = { symbol: principlesSource.symbol, unitKey: principlesSource.unitKey };

/**
 * The agreed text, as a related location: a hover or a click shows paragraph 56 of A/75/816. Its
 * message is in the draft's language (`language`, French for a French draft).
 */
export function principleRelated(principle: Principle, range: ReportedFinding['range'], language: LabelLanguage): RelatedLocation {
  const key = `${language}:${principle.id}`;
  let message = relatedMessages.get(key);
  if (message === undefined) {
    message = principleWords(language).related(principle);
    relatedMessages.set(key, message);
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

/** A rule that reports when its check is not addressed, or only claimed. */
export function principleRule(spec: PrincipleRuleSpec): SectionRule {
  const check = checkOf(spec.checkId);
  const principle = principleOf(check);
  /**
   * What the messages quote in a draft, made once per language: the message's (French or English)
   * and the lexicon's (a Spanish draft is told in English, with the examples of both lexicons).
   */
  const wordingByLanguage = new Map<string, { readonly lookedFor: string; readonly agreed: string; readonly advice: string }>();
  const wordingFor = (language: LabelLanguage, lexiconLanguage: LexiconLanguage) => {
    const key = `${language}:${lexiconLanguage}`;
    let wording = wordingByLanguage.get(key);
    if (!wording) {
      const words = principleWords(language);
      wording = {
        lookedFor: words.list(examplesIn(check.examples, lexiconLanguage)),
        agreed: words.agreed(principle),
        advice: words.advice(words.howToFix[spec.checkId], words.list(examplesIn(spec.adviceExamples, lexiconLanguage))),
      };
      wordingByLanguage.set(key, wording);
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
      const language = context.labelLanguage;
      const words = principleWords(language);
      const wording = { title: checklist.title, missing: words.missing[spec.checkId](item), ...wordingFor(language, lexiconLanguageOf(context.language)) };
      if (item.status === 'not-addressed') {
        report({
          message: words.notAddressed(wording),
          range: checklist.titleRange,
          related: [principleRelated(principle, checklist.titleRange, language)],
        });
      } else if (item.claim) {
        report({
          severity: 'hint',
          message: words.claimed(wording, item.claim.text),
          range: item.claim.range,
          related: [principleRelated(principle, item.claim.range, language)],
        });
      }
    },
  };
}
