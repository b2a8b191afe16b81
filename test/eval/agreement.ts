/**
 * `npm run eval:agreement`: how far two careful reviewers agree on the corpus's labels. For the
 * entries a second reviewer labelled again (test/corpus/second-review/*.yaml, made from the
 * entries' text and the README's definitions, without seeing the corpus's labels), it prints for
 * each rule the share of entries where both agree and Cohen's kappa (agreement beyond what chance
 * gives with the same proportions of "fires"), then every disagreement with the second reviewer's
 * reason.
 *
 * Why: when the rules miss the targets on unseen text, the first question is whether the labels
 * themselves are a matter of opinion. High agreement says the misses are the rules', not the labels'.
 */
import { evaluatedRuleIds, loadCorpus, loadSecondReviews, type EvaluatedRuleId } from './corpus';

/** Two reviewers' verdicts ("fires") on the same entries, in the same order. */
export interface AgreementScore {
  readonly entries: number;
  /** Share of entries where both gave the same verdict. */
  readonly agreement: number;
  /** Cohen's kappa; 1 when both reviewers gave one same verdict to every entry (nothing to chance). */
  readonly kappa: number;
}

export function agreementOf(first: readonly boolean[], second: readonly boolean[]): AgreementScore {
  if (first.length !== second.length || first.length === 0) throw new Error('Agreement needs two non-empty lists of the same length');
  const entries = first.length;
  const observed = first.filter((verdict, index) => verdict === second[index]).length / entries;
  const firesFirst = first.filter(Boolean).length / entries;
  const firesSecond = second.filter(Boolean).length / entries;
  const byChance = firesFirst * firesSecond + (1 - firesFirst) * (1 - firesSecond);
  return { entries, agreement: observed, kappa: byChance === 1 ? 1 : (observed - byChance) / (1 - byChance) };
}

function main(): void {
  const corpus = loadCorpus();
  const reviews = loadSecondReviews(corpus);
  const byId = new Map(corpus.map((entry) => [entry.id, entry]));
  console.log(`Second reviews: ${reviews.length} entries (${[...new Set(reviews.map((review) => review.file))].join(', ')}).\n`);
  const header = `${'rule'.padEnd(31)}| entries | agree | kappa`;
  console.log(`${header}\n${'-'.repeat(header.length)}`);
  const disagreements: string[] = [];
  for (const ruleId of evaluatedRuleIds) {
    const labelled = reviews.map((review) => byId.get(review.id)?.expect[ruleId] ?? false);
    const second = reviews.map((review) => review.expect[ruleId]);
    const score = agreementOf(labelled, second);
    console.log(`${ruleId.padEnd(31)}| ${String(score.entries).padStart(7)} | ${score.agreement.toFixed(2).padStart(5)} | ${score.kappa.toFixed(2).padStart(5)}`);
    reviews.forEach((review, index) => {
      if (labelled[index] !== second[index]) disagreements.push(describe(ruleId, review.id, labelled[index] ?? false, review.why));
    });
  }
  if (disagreements.length > 0) console.log(`\nDisagreements (corpus label, then the second reviewer's):\n${disagreements.join('\n')}`);
}

function describe(ruleId: EvaluatedRuleId, id: string, labelled: boolean, why: readonly string[] | undefined): string {
  const reason = why?.find((line) => line.startsWith(ruleId.replace(/^\w+\//, '')));
  return `  ${ruleId} on ${id}: corpus ${labelled ? 'fires' : 'does not fire'}, second reviewer ${labelled ? 'does not fire' : 'fires'}${reason ? `\n    ${reason}` : ''}`;
}

if (require.main === module) main();
