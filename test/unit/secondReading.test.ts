/**
 * The second reading (server/src/core/principles/secondReading.ts): the committed model is the one
 * the development corpus trains, it keeps the findings it promises to keep on entries it never saw,
 * and it holds a finding back only where it should: in English and French drafts, for the checks it
 * was trained for, while the settings let it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultRuleOptions, type RuleOptions } from '../../schemas/ruleOptions';
import { analyzeSubmission } from '../../server/src/core/analyzer';
import { documentChecklist } from '../../server/src/core/principles/documentChecklist';
import { readingWords, type SecondReadingModel } from '../../server/src/core/principles/secondReading';
import { LineIndex } from '../../server/src/core/text';
import { readProgramme } from '../../server/src/core/programmes';
import { parseMarkdown } from '../../server/src/core/markdown';
import { trainSecondReading } from '../eval/secondReadingTraining';
import { builtinLibrary } from '../support/library';
import { heldBackEntry } from '../support/submissions';

const committed = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'schemas', 'secondReadingModel.json'), 'utf8')) as SecondReadingModel;

describe('second reading', function () {
  // Training reads the whole development corpus through the core, six times a logistic regression per check.
  this.timeout(120_000);
  let trained: SecondReadingModel;
  before(() => {
    trained = trainSecondReading();
  });

  it('is the model the development corpus trains (run "npm run train" after changing the corpus or the core\'s reading)', () => {
    assert.equal(committed.about, trained.about);
    assert.deepEqual(committed.words, trained.words);
    assert.deepEqual(Object.keys(committed.checks), Object.keys(trained.checks));
    for (const [checkId, check] of Object.entries(trained.checks)) {
      const stored = committed.checks[checkId];
      assert.ok(stored, checkId);
      // Rounded when stored; a last digit may differ where Math.exp does across platforms.
      assert.ok(Math.abs(stored.threshold - check.threshold) < 1e-4, `${checkId} threshold`);
      assert.ok(Math.abs(stored.bias - check.bias) < 1e-3, `${checkId} bias`);
      // The README quotes these shares.
      assert.deepEqual(stored.measured, check.measured, `${checkId} measured shares`);
      const drifted = check.weights.findIndex((weight, index) => Math.abs(weight - (stored.weights[index] ?? Number.NaN)) >= 1e-3);
      assert.equal(drifted, -1, `${checkId}: the weight of "${trained.words[drifted]}" differs`);
    }
  });

  it('holds back a good share of the entries that address the principle, on development entries it was not trained on', () => {
    // (85 % of the findings due are kept by construction: the threshold is chosen so.)
    for (const [checkId, { measured }] of Object.entries(trained.checks)) {
      // Worth having: without it, each of those entries would be a false alarm whenever the lexicon missed its wording.
      assert.ok(measured.addressedHeldBack >= 0.3, `${checkId} holds back ${measured.addressedHeldBack}`);
    }
  });

  it('reads the words of the entry, not its claims or its notes to the team, in lower case and without accents', () => {
    const entry = '### Cours\n\n- **Principes :** axé sur la demande\n\n<!-- demande du ministère ? -->\nLe Sénégal a CHOISI les thèmes (se\u0301curite\u0301).';
    const lines = new LineIndex(entry);
    const parsed = parseMarkdown(entry);
    assert.ok(parsed.kind === 'parsed');
    const words = readingWords(entry, readProgramme(parsed.root, entry, lines), lines);
    assert.deepEqual(words, ['cours', 'le', 'senegal', 'a', 'choisi', 'les', 'themes', 'securite']);
  });

  describe('in the principle rules', () => {
    const header = (language: string) => `---\nkind: mapping-exercise\nsubmitter: France\ndate: 2024-02-10\nlanguage: ${language}\n---\n\n# Programmes\n\n`;
    // A bare list of events: nothing on who asked, what it is for, or any safeguard.
    const bare = `### Forensic course\n\n- **Level:** bilateral\n- **Lead:** France\n- **Beneficiaries:** Senegal\n- **Themes:** cybercrime\n- **Start:** 2023-01\n- **Status:** completed\n\nThree sessions were held in Dakar in 2023 for 40 investigators, on phone extraction and the analysis of seized computers.\n`;
    const secondReadingOff: RuleOptions = { ...defaultRuleOptions, principles: { secondReading: false } };
    const reported = (text: string, ruleId: string, options?: RuleOptions) =>
      analyzeSubmission(text, undefined, builtinLibrary(), options).findings.some((finding) => finding.ruleId === ruleId);

    it('holds back a "nothing says…" finding on an entry that very likely addresses the principle in other words, in English and French', () => {
      for (const language of ['en', 'fr'] as const) {
        const entry = heldBackEntry[language];
        assert.equal(reported(header(language) + entry, 'principle/demand-driven', secondReadingOff), true, `${language}: the lexicon alone reports it`);
        assert.equal(reported(header(language) + entry, 'principle/demand-driven'), false, `${language}: held back`);
      }
    });

    const demandDrivenStatus = (text: string, options?: RuleOptions) => {
      const [programme] = documentChecklist(analyzeSubmission(text, undefined, builtinLibrary(), options));
      return programme?.items.find((item) => item.checkId === 'demand-driven');
    };

    it('says so in the checklist: the item is "likely addressed" where its finding is held back, "not addressed" with the reading off', () => {
      for (const language of ['en', 'fr'] as const) {
        const text = header(language) + heldBackEntry[language];
        assert.equal(demandDrivenStatus(text)?.status, 'likely-addressed', language);
        assert.equal(demandDrivenStatus(text, secondReadingOff)?.status, 'not-addressed', language);
      }
      assert.equal(demandDrivenStatus(header('en') + bare)?.status, 'not-addressed');
    });

    it('holds back "claimed, not described" too, keeping the claim in the checklist', () => {
      const claimed = heldBackEntry.en.replace('- **Status:** completed\n', '- **Status:** completed\n- **Principles:** demand-driven\n');
      assert.notEqual(claimed, heldBackEntry.en);
      const text = header('en') + claimed;
      assert.equal(reported(text, 'principle/demand-driven', secondReadingOff), true, 'the lexicon alone gives the hint');
      assert.equal(reported(text, 'principle/demand-driven'), false, 'held back');
      const item = demandDrivenStatus(text);
      assert.equal(item?.status, 'likely-addressed');
      assert.equal(item?.claim?.text, 'demand-driven');
    });

    it('still reports an entry that leaves the principles out', () => {
      for (const ruleId of ['principle/demand-driven', 'principle/human-rights', 'principle/results']) {
        assert.equal(reported(header('en') + bare, ruleId), true, ruleId);
      }
    });

    it('reads only English and French drafts: a draft in another language gets every finding', () => {
      assert.equal(reported(header('es') + heldBackEntry.en, 'principle/demand-driven'), true);
    });

    it('serves only the checks it was trained for', () => {
      assert.deepEqual(Object.keys(committed.checks).sort(), ['demand-driven', 'human-rights', 'results-focused']);
      // Gender is not read twice: the entry says nothing of it, and is told so whatever its other words.
      assert.equal(reported(header('en') + heldBackEntry.en, 'principle/gender'), true);
    });
  });
});
