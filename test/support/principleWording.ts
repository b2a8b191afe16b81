/**
 * Sentence-by-sentence checks of the principle wording: each sentence goes into the same small
 * programme entry (Lead France, Beneficiaries Senegal), so only the sentence decides what the
 * check finds. Shared by the wording test files, one per rule or round, so that work on two rules
 * never edits the same file.
 */
import assert from 'node:assert/strict';
import type { PrincipleCheckId } from '../../schemas/principleEvidence';
import { defaultRuleOptions, type RuleOptions } from '../../schemas/ruleOptions';
import type { ChecklistStatus } from '../../server/src/core/principles/checklist';
import { documentChecklist } from '../../server/src/core/principles/documentChecklist';
import { analyzeFixture } from './library';

/** The entry's dates: by default a Start and no End, so that only the prose speaks of duration. */
export interface EntryDates {
  readonly start: string;
  readonly end?: string;
}
const defaultDates: EntryDates = { start: '2023-01' };

const entry = {
  en: (prose: string, { start, end }: EntryDates) =>
    `### Support programme\n\n- **Level:** bilateral\n- **Lead:** France\n- **Beneficiaries:** Senegal\n- **Themes:** policy and national strategies\n- **Start:** ${start}\n${end ? `- **End:** ${end}\n` : ''}- **Status:** completed\n\n${prose}\n`,
  fr: (prose: string, { start, end }: EntryDates) =>
    `### Programme d'appui\n\n- **Niveau :** bilatéral\n- **Chef de file :** France\n- **Bénéficiaires :** Sénégal\n- **Thèmes :** politiques\n- **Début :** ${start}\n${end ? `- **Fin :** ${end}\n` : ''}- **Statut :** terminé\n\n${prose}\n`,
};

/**
 * What the wording shows: these tests are of the lexicon and the sentence readers, so the second
 * reading (which may mark an item the wording leaves unaddressed "likely addressed") is off.
 */
const wordingOnly: RuleOptions = { ...defaultRuleOptions, principles: { secondReading: false } };

function statusOf(language: 'en' | 'fr', prose: string, checkId: PrincipleCheckId, dates: EntryDates = defaultDates): ChecklistStatus {
  const analysis = analyzeFixture(`---\nkind: mapping-exercise\nsubmitter: France\ndate: 2024-02-10\nlanguage: ${language}\n---\n\n# Programmes\n\n${entry[language](prose, dates)}`, wordingOnly);
  const [checklist] = documentChecklist(analysis);
  const item = checklist?.items.find((candidate) => candidate.checkId === checkId);
  assert.ok(item, `no ${checkId} item`);
  return item.status;
}

export interface Case {
  readonly language: 'en' | 'fr';
  readonly prose: string;
  /** The entry's Start and End fields, when the case is about them. */
  readonly dates?: EntryDates;
}

/**
 * For each sentence, whether the check finds what it looks for: the principle's evidence, or for
 * "without conditions" the contrary wording (a condition), which is what the rule reports.
 */
export function expectFound(checkId: PrincipleCheckId, found: boolean, cases: readonly Case[]): void {
  const foundStatus: ChecklistStatus = checkId === 'without-conditions' ? 'contradicted' : 'addressed';
  for (const { language, prose, dates } of cases) {
    const datesSaid = dates ? ` (Start ${dates.start}${dates.end ? `, End ${dates.end}` : ''})` : '';
    it(`${found ? 'finds' : 'does not find'} it in "${prose}"${datesSaid}`, () => {
      assert.equal(statusOf(language, prose, checkId, dates) === foundStatus, found, prose + datesSaid);
    });
  }
}

/** For each sentence, whether the human-rights check applies to the work it describes, and how it reads. */
export function expectApplicability(cases: readonly (Case & { readonly status: ChecklistStatus })[]): void {
  for (const { language, prose, status } of cases) {
    it(`reads "${prose}" as ${status}`, () => assert.equal(statusOf(language, prose, 'human-rights'), status));
  }
}
