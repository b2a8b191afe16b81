/**
 * Trains the second reading (server/src/core/principles/secondReading.ts) on the development corpus:
 * for each check it serves, a logistic regression over the distinct words of each entry, labelled
 * by the corpus (true: the rule must report). Training is deterministic (entries in corpus order,
 * words sorted, no random start), so the committed model can be checked against a fresh run.
 *
 * The threshold is set on entries the model was not trained on: five folds, each model trained on
 * the four others; the threshold is the probability under which one in ten of the findings due on
 * the left-out entries would fall. So the second reading costs about a tenth of the true findings,
 * and the held-out corpus, never seen here, measures what it saves.
 */
import { analyzeSubmission } from '../../server/src/core/analyzer';
import { readingWords, type SecondReadingCheck, type SecondReadingModel } from '../../server/src/core/principles/secondReading';
import type { PrincipleCheckId } from '../../schemas/principleEvidence';
import { builtinLibrary } from '../support/library';
import { entriesOfSet, loadCorpus, submissionFor, type CorpusEntry, type EvaluatedRuleId } from './corpus';

/**
 * The checks read twice, with the rule whose labels train them: the "nothing says…" rules whose
 * precision on the held-out corpus stayed under the target with the lexicon alone.
 */
export const secondReadingRules: Readonly<Partial<Record<PrincipleCheckId, EvaluatedRuleId>>> = {
  'demand-driven': 'principle/demand-driven',
  'human-rights': 'principle/human-rights',
  'results-focused': 'principle/results',
};

/** Share of the due findings, on unseen entries, that the threshold may hold back. */
const findingsGivenUp = 0.1;
const folds = 5;
/** A word seen in fewer entries tells the model nothing it can learn from. */
const minimumEntries = 2;
const epochs = 40;
const l2 = 0.01;

type Example = { readonly words: readonly number[]; readonly due: boolean };

/** The words of each entry, read as the rules read them: through the real core's programme model. */
function entryWords(entry: CorpusEntry): string[] {
  const analysis = analyzeSubmission(submissionFor(entry), undefined, builtinLibrary());
  const section = analysis.document.sections.find((placed) => placed.model.programme)?.model;
  if (!section) throw new Error(`${entry.file}: "${entry.id}" holds no programme entry`);
  const read = section.entry ?? section;
  return readingWords(read.text, section.programme, read.lines);
}

/** A logistic regression by stochastic gradient descent, the examples in order: the same data, the same model. */
function train(examples: readonly Example[], vocabularySize: number): { bias: number; weights: Float64Array } {
  const weights = new Float64Array(vocabularySize);
  let bias = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = 0.2 / (1 + epoch * 0.1);
    for (const example of examples) {
      let score = bias;
      for (const index of example.words) score += weights[index] as number;
      const gradient = 1 / (1 + Math.exp(-score)) - (example.due ? 1 : 0);
      bias -= rate * gradient;
      for (const index of example.words) weights[index] = (weights[index] as number) - rate * (gradient + l2 * (weights[index] as number));
    }
  }
  return { bias, weights };
}

function probability(model: { bias: number; weights: Float64Array }, example: Example): number {
  let score = model.bias;
  for (const index of example.words) score += model.weights[index] as number;
  return 1 / (1 + Math.exp(-score));
}

const rounded = (value: number, digits = 4) => Number(value.toFixed(digits));

/** The model, trained on the development entries of `entries` (the whole corpus by default). */
export function trainSecondReading(entries: readonly CorpusEntry[] = loadCorpus()): SecondReadingModel {
  const development = entriesOfSet(entries, 'development');
  const wordsOfEntry = development.map(entryWords);
  const entriesWithWord = new Map<string, number>();
  for (const words of wordsOfEntry) for (const word of words) entriesWithWord.set(word, (entriesWithWord.get(word) ?? 0) + 1);
  const vocabulary = [...entriesWithWord].filter(([, count]) => count >= minimumEntries).map(([word]) => word).sort();
  const indexOf = new Map(vocabulary.map((word, index) => [word, index]));
  const indexed = wordsOfEntry.map((words) => words.flatMap((word) => indexOf.get(word) ?? []));

  const checks: Record<string, SecondReadingCheck> = {};
  for (const [checkId, ruleId] of Object.entries(secondReadingRules) as [PrincipleCheckId, EvaluatedRuleId][]) {
    const examples = development.map((entry, index): Example => ({ words: indexed[index] ?? [], due: entry.expect[ruleId] }));
    const unseen: number[] = [];
    for (let fold = 0; fold < folds; fold++) {
      const model = train(examples.filter((_, index) => index % folds !== fold), vocabulary.length);
      examples.forEach((example, index) => {
        if (index % folds === fold) unseen[index] = probability(model, example);
      });
    }
    const due = examples.flatMap((example, index) => (example.due ? [unseen[index] as number] : [])).sort((a, b) => a - b);
    const threshold = due[Math.floor(due.length * findingsGivenUp)] ?? 0;
    const addressed = examples.flatMap((example, index) => (example.due ? [] : [unseen[index] as number]));
    const model = train(examples, vocabulary.length);
    checks[checkId] = {
      bias: rounded(model.bias),
      threshold: rounded(threshold, 6),
      weights: Array.from(model.weights, (weight) => rounded(weight)),
      measured: {
        findingsKept: rounded(due.filter((p) => p >= threshold).length / due.length, 3),
        addressedHeldBack: rounded(addressed.filter((p) => p < threshold).length / addressed.length, 3),
      },
    };
  }
  return {
    about: `Generated by "npm run train" (test/eval/trainSecondReading.ts) from the development corpus (${development.length} entries); do not edit. See server/src/core/principles/secondReading.ts.`,
    words: vocabulary,
    checks,
  };
}
