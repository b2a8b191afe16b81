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
 * (principleWords.ts).
 */
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
        message: words.conditionality(contrary.text, checklist.title, agreed),
        range: contrary.range,
        related: [principleRelated(principle, contrary.range, context.labelLanguage)],
      });
    }
  },
};
