/**
 * The sentence reading of conditions (server/src/core/principles/sentenceReading.ts, applied by the
 * second reading): the committed model is the one the development corpus trains, and what it
 * promised on rounds it never saw holds; a sentence that makes the support wait on the partner in
 * wording the lexicon does not know is reported, as information, at the sentence, saying that a
 * model judged it; rewriting the sentence removes the finding; what the lexicon finds is never
 * hidden; and the settings and the draft's language turn it off as they turn off the second reading.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultRuleOptions } from '../../schemas/ruleOptions';
import { analyzeSubmission } from '../../server/src/core/analyzer';
import { documentChecklist } from '../../server/src/core/principles/documentChecklist';
import { entrySentences } from '../../server/src/core/principles/entrySentences';
import type { SentenceReadingModel } from '../../server/src/core/principles/sentenceReading';
import { LineIndex } from '../../server/src/core/text';
import { thresholdFor, trainSentenceReading } from '../eval/sentenceReadingTraining';
import { builtinLibrary } from '../support/library';

const committed = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'schemas', 'sentenceReadingModel.json'), 'utf8')) as SentenceReadingModel;

const fields = {
  en: '- Level: bilateral\n- Lead: France\n- Beneficiaries: Senegal\n- Themes: cybercrime\n- Start: 2023-01\n- Status: ongoing',
  fr: '- Niveau : bilatéral\n- Chef de file : France\n- Bénéficiaires : Sénégal\n- Thèmes : cybercriminalité\n- Début : 2023-01\n- Statut : en cours',
  es: '- Level: bilateral\n- Lead: France\n- Beneficiaries: Senegal\n- Themes: cybercrime\n- Start: 2023-01\n- Status: ongoing',
};

/** A one-programme submission in `language` whose prose is `prose`. */
function submission(language: keyof typeof fields, prose: string): string {
  return `---\nkind: mapping-exercise\nsubmitter: France\ndate: 2024-02-10\nlanguage: ${language}\n---\n\n# Programmes\n\n### Cyber course\n${fields[language]}\n\n${prose}\n`;
}

function conditionFindings(text: string, secondReading = true) {
  const options = { ...defaultRuleOptions, principles: { secondReading } };
  return analyzeSubmission(text, undefined, builtinLibrary(), options).findings.filter((finding) => finding.ruleId === 'principle/conditionality');
}

// Support made to wait on the partner's act in wording the lexicon does not know, and that the models
// trained so far judge a condition with a margin (0.92 and 0.96 against thresholds of 0.72 and 0.82).
// "Senegal must first adopt a national cyber strategy before the second phase can begin", the sentence
// used until rounds 27 and 28 joined the training, fell below the threshold then (0.30): the reading is
// a statistical one, and a sentence it reports is chosen by what the current model reads.
const waitingOnStrategy = 'Senegal has to put a national cyber strategy in place before the second phase can begin.';
const plainPhase = 'The second phase starts in 2025, with a course on digital forensics.';

describe('sentence reading of conditions', function () {
  // Training reads the whole development corpus through the core, then one regression per round left out.
  this.timeout(180_000);

  describe('the model', () => {
    let trained: SentenceReadingModel;
    before(() => {
      trained = trainSentenceReading();
    });

    it('is the model the development corpus trains (run "npm run train" after changing the corpus or the core\'s reading)', () => {
      assert.equal(committed.about, trained.about);
      assert.deepEqual(committed.features, trained.features);
      assert.deepEqual(Object.keys(committed.checks), Object.keys(trained.checks));
      for (const [checkId, check] of Object.entries(trained.checks)) {
        const stored = committed.checks[checkId as keyof typeof committed.checks];
        assert.ok(stored && check, checkId);
        // Rounded when stored; a last digit may differ where Math.exp does across platforms.
        assert.ok(Math.abs(stored.threshold - check.threshold) < 1e-4, `${checkId} threshold`);
        assert.ok(Math.abs(stored.bias - check.bias) < 1e-3, `${checkId} bias`);
        // The README quotes these figures.
        assert.deepEqual(stored.measured, check.measured, `${checkId} measured`);
        const drifted = check.weights.findIndex((weight, index) => Math.abs(weight - (stored.weights[index] ?? Number.NaN)) >= 1e-3);
        assert.equal(drifted, -1, `${checkId}: the weight of "${trained.features[drifted]}" differs`);
      }
    });

    it('alone, on development rounds it was not trained on, finds most conditions and few others', () => {
      const measured = trained.checks['without-conditions']?.measured;
      assert.ok(measured, 'a model for the conditions check');
      assert.ok(measured.precision >= 0.9, `precision ${measured.precision}`);
      assert.ok(measured.recall >= 0.7, `recall ${measured.recall}`);
    });
  });

  describe('its threshold, from the left-out rounds\' scores', () => {
    // Ten entries due, eight of them scored 0.93 and above; ten not due.
    const dueScores = [1, 0.99, 0.98, 0.97, 0.96, 0.95, 0.94, 0.93, 0.92, 0.3];
    const due = [...dueScores.map(() => true), ...dueScores.map(() => false)];
    const withOthers = (otherScores: number[]) => [...dueScores, ...otherScores];

    it('is the highest at which the model still finds 80 % of the entries due, with precision 0.9', () => {
      // Every threshold from 0.92 up is precise; from 0.93 up, 8 of the 10 due are found.
      assert.equal(thresholdFor(withOthers([0.5, 0.4, 0.3, 0.2, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05]), due), 0.93);
    });

    it('falls back to the lowest that keeps precision 0.9 when no threshold meets both', () => {
      // Two entries not due score 0.96 and 0.935: at 0.93, 8 found of 10 reported (precision 0.8);
      // from 0.97 up, no false alarm, but only 4 found.
      assert.equal(thresholdFor(withOthers([0.96, 0.935, 0.3, 0.2, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05]), due), 0.97);
      // A model that never reaches precision 0.9 is never trusted alone.
      assert.equal(thresholdFor([0.9, 0.8], [false, true]), 1);
    });
  });

  describe('sentences', () => {
    const cut = (text: string) => entrySentences(text).map((span) => text.slice(span.start, span.end));

    it('reads a wrapped paragraph as one sentence per full stop, and each list item on its own', () => {
      const text = '### Title\n- Level: bilateral\n- Lead: France\n\nThe course runs twice a year\nin Dakar. It ends with an exam; the best\ntrainees teach the next one.\n';
      assert.deepEqual(cut(text), ['- Level: bilateral', '- Lead: France', 'The course runs twice a year\nin Dakar.', 'It ends with an exam;', 'the best\ntrainees teach the next one.']);
    });

    it('does not end a sentence at an initial or a common abbreviation', () => {
      const text = 'Trainers (e.g. J. Martin of the police school) teach art. 12 of the law, cf. the annex. Next.';
      assert.deepEqual(cut(text), ['Trainers (e.g. J. Martin of the police school) teach art. 12 of the law, cf. the annex.', 'Next.']);
    });

    it('leaves out headings and blanked text', () => {
      assert.deepEqual(cut('## A heading.\n\n      \nProse.'), ['Prose.']);
    });
  });

  describe('findings', () => {
    it('reports, as information at the sentence, support made to wait on the partner in wording the lexicon does not know', () => {
      const text = submission('en', `A course for the police of Senegal. ${waitingOnStrategy}`);
      assert.deepEqual(conditionFindings(text, false), [], 'the lexicon alone does not know this wording');
      const [finding, ...others] = conditionFindings(text);
      assert.ok(finding, 'a finding');
      assert.equal(others.length, 0);
      assert.equal(finding.severity, 'info');
      const lines = new LineIndex(text);
      const start = text.indexOf(waitingOnStrategy);
      assert.deepEqual(finding.range, lines.rangeAt(start, start + waitingOnStrategy.length));
      assert.match(finding.message, /^This sentence of "Cyber course" reads as a condition attached to the support: "Senegal has to put a national cyber strategy in place before the second phase can begin"\. No wording/);
      assert.match(finding.message, /sentence reading \(a statistical model/);
      assert.match(finding.message, /without conditions/i, 'quotes the agreed principle');
      assert.ok(finding.related?.some((related) => related.library?.symbol === 'A/75/816'), 'links to the agreed text');
    });

    it('goes when the sentence is rewritten, as you type', () => {
      assert.equal(conditionFindings(submission('en', `A course for the police of Senegal. ${waitingOnStrategy}`)).length, 1);
      assert.deepEqual(conditionFindings(submission('en', `A course for the police of Senegal. ${plainPhase}`)), []);
    });

    it('speaks French in a French draft', () => {
      // A sentence the retrained model (rounds 1 to 20) judges a condition, in wording the lexicon does not know.
      const sentence = 'Le Sénégal devra avoir adopté sa stratégie nationale pour que la seconde phase commence.';
      const [finding] = conditionFindings(submission('fr', `Un cours pour la police sénégalaise. ${sentence}`));
      assert.ok(finding, 'a finding');
      assert.match(finding.message, /^Cette phrase de «\s?Cyber course\s?» se lit comme une condition attachée à l’appui\s?: «\s?Le Sénégal devra avoir adopté sa stratégie nationale pour que la seconde phase commence\s?»\./u);
    });

    it('is part of the second reading: off with it, and silent in a draft in neither English nor French', () => {
      assert.deepEqual(conditionFindings(submission('en', waitingOnStrategy), false), []);
      assert.deepEqual(conditionFindings(submission('es', waitingOnStrategy)), []);
    });

    it('shows in the checklist as contrary wording, at the sentence', () => {
      const text = submission('en', waitingOnStrategy);
      const analysis = analyzeSubmission(text, undefined, builtinLibrary());
      const item = documentChecklist(analysis)[0]?.items.find((candidate) => candidate.checkId === 'without-conditions');
      assert.equal(item?.status, 'contradicted');
      assert.equal(item?.contraryRead, true);
      assert.equal(item?.contrary[0]?.text, waitingOnStrategy);
      assert.ok(item?.contrary[0]?.range, 'a place to point at');
    });

    it('never hides the wording the lexicon finds, even where the model alone would not report it', () => {
      // Alone in a short entry, the model gives this textbook condition a low probability; the lexicon's finding stands.
      const attached = 'Le versement est subordonné à l’adoption de la loi par le Parlement.';
      const findings = conditionFindings(submission('fr', attached));
      assert.equal(findings.length, 1);
      assert.equal(findings[0]?.severity, 'warning');
      assert.match(findings[0]?.message ?? '', /^«\s?subordonné à/u);
    });
  });
});
