import { principleRule } from './principleRules';

/**
 * A programme entry that does not say the partner asked for it, co-designed it, identified the need
 * or owns it: agreed principle 6 wants capacity-building "demand-driven", corresponding "to
 * nationally identified needs and priorities" and "in full recognition of national ownership".
 * When the Principles field claims it and the entry does not describe it, a hint says "claimed,
 * not described". Example: an entry whose prose only says "France trained 40 officials".
 *
 * Information by default, like the other rules that report an absence (gender, sustainability,
 * results): on every unseen round of the evaluation corpus its precision was 0.47 to 0.88, and a
 * warning that is wrong one time in two costs a drafter's trust. A setting makes it a warning.
 */
export const principleDemandDriven = principleRule({
  id: 'principle/demand-driven',
  checkId: 'demand-driven',
  defaultSeverity: 'info',
  summary: 'Nothing in a programme entry says the partner asked for it, co-designed it, identified the need or owns it.',
  adviceExamples: { en: ['designed at the request of the partner ministry'], fr: ['conçu à la demande du ministère partenaire'] },
});
