import { principleRule } from './principleRules';

/**
 * A programme entry that states no purpose, result, indicator or evaluation: agreed principle 2
 * wants activities with "a clear purpose" and "results focused". Example: a list of events with no
 * word on what they are for or what they achieved.
 */
export const principleResults = principleRule({
  id: 'principle/results',
  checkId: 'results-focused',
  defaultSeverity: 'info',
  summary: 'No purpose, result, indicator or evaluation stated in a programme entry.',
  adviceExamples: { en: ['aims to…', 'led to the adoption of…', 'evaluated by…'], fr: ['vise à…', "a permis l'adoption de…", 'évalué par…'] },
});
