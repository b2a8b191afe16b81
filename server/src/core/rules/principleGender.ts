import { principleRule } from './principleRules';

/**
 * A programme entry with nothing on gender or inclusion: agreed principle 9 wants capacity-building
 * "gender sensitive and inclusive". Example: a training course described without a word on who
 * takes part. Information by default: many real entries are short, and the drafter decides.
 */
export const principleGender = principleRule({
  id: 'principle/gender',
  checkId: 'gender',
  defaultSeverity: 'info',
  summary: 'Nothing in a programme entry on gender or inclusion (women’s participation, gender-sensitive design…).',
  adviceExamples: { en: ["women's participation", 'a gender-sensitive design'], fr: ['participation des femmes', 'une conception sensible au genre'] },
});
