import { principleRule } from './principleRules';

/**
 * Cybercrime, investigation, interception, surveillance or data-collection work with no word on
 * human rights, fundamental freedoms, due process or safeguards: agreed principle 9 wants
 * capacity-building to "respect human rights and fundamental freedoms". Entries without such work
 * are not concerned (a cyber-diplomacy course). Example: "training of investigators in digital
 * forensics" and nothing on safeguards.
 */
export const principleHumanRights = principleRule({
  id: 'principle/human-rights',
  checkId: 'human-rights',
  defaultSeverity: 'warning',
  summary: 'Cybercrime, investigation, interception, surveillance or data-collection work with no word on human rights or safeguards.',
  adviceExamples: {
    en: ['human rights', 'due process', 'data protection', 'judicial oversight'],
    fr: ['droits humains', 'garanties procédurales', 'protection des données', 'contrôle judiciaire'],
  },
});
