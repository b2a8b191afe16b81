import { principles, type Principle } from '../../../../schemas/principles';
import { principleRelated } from './principleRules';
import { principleWords } from './principleWords';
import type { SectionRule } from './rule';

const principle = principles.find((candidate: Principle) => candidate.id === 'evidence-based-neutral-unconditional') as Principle;

/**
 * Wording that attaches conditions to the support ("provided that the beneficiary adopts", "on
 * condition that", "subject to the partner's acceptance of", "à condition que"): agreed principle
 * 3 wants capacity-building activities "without conditions". Reported where the wording is;
 * "without conditions" and "unconditional" are not conditions. In French in a French draft
 * (principleWords.ts). A sentence the sentence reading judged a condition, where the lexicon found
 * none (principles/sentenceReading.ts), is reported at the sentence, with a message that says so.
 */
/** A sentence quoted in a message: whole when short, else its first words and an ellipsis; without its full stop, which the message's own sentence ends with. */
const longestQuote = 160;
function quoted(whole: string): string {
  const sentence = whole.replace(/\.$/, '');
  if (sentence.length <= longestQuote) return sentence;
  const cut = sentence.lastIndexOf(' ', longestQuote);
  return `${sentence.slice(0, cut > longestQuote / 2 ? cut : longestQuote)}…`;
}

export const principleConditionality: SectionRule = {
  meta: {
    id: 'principle/conditionality',
    defaultSeverity: 'warning',
    summary: 'Wording that attaches conditions to the support given by a programme.',
  },
  scope: 'section',
  check(section, context, report) {
    const checklist = section.checklist;
    const item = checklist?.items.find((candidate) => candidate.checkId === 'without-conditions');
    if (!checklist || item?.status !== 'contradicted') return;
    const words = principleWords(context.labelLanguage);
    const agreed = words.agreed(principle);
    for (const contrary of item.contrary) {
      report({
        // A model's judgement, not known wording: information, to be read and weighed.
        ...(item.contraryRead ? { severity: 'info' as const } : {}),
        message: item.contraryRead ? words.conditionalityRead(quoted(contrary.text), checklist.title, agreed) : words.conditionality(contrary.text, checklist.title, agreed),
        range: contrary.range,
        related: [principleRelated(principle, contrary.range, context.labelLanguage)],
      });
    }
  },
};
