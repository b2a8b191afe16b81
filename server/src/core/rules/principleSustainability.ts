import { principleRule } from './principleRules';

/**
 * A programme entry with no duration, follow-up, train-the-trainers, alumni, or local institution
 * carrying the work on: agreed principle 1 wants capacity-building "a sustainable process". An End
 * date later than the Start counts as a duration; one equal to the Start (a one-day workshop with
 * Start and End 2023-03-12) is a one-off. Example: a one-off workshop with no follow-up.
 */
export const principleSustainability = principleRule({
  id: 'principle/sustainability',
  checkId: 'sustainable',
  defaultSeverity: 'info',
  summary: 'No duration, follow-up, train-the-trainers, alumni, or local institution carrying the work on.',
  adviceExamples: { en: ['a three-year programme', 'handed over to the national academy'], fr: ['programme de trois ans', "transféré à l'académie nationale"] },
});
