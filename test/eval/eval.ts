/**
 * `npm run eval`: measures the principle, confidentiality and acronym rules against the labelled
 * corpus (test/corpus/*.yaml) and prints, for each rule, its confusion counts, precision and
 * recall against the targets, then every false positive and false negative with the reason a
 * developer needs to fix the rule (or, after careful review, the label).
 *
 * It does so twice, with the same columns: first on the development set (the entries the rules
 * were built against), then on the held-out set (`heldout-*.yaml`, written and labelled without
 * looking at the rules). Both must meet the targets; the held-out table is the honest measure.
 *
 * Each entry is analyzed alone, by the real core, inside a fixed submission (see
 * `submissionFor`). A rule "fires" on an entry when it reports at least one finding, of any
 * severity, after the front matter.
 *
 * Usage: `npm run eval` for every rule, or `npm run eval -- principle/gender style/undefined-acronym`
 * for some. Exit status 1 when a reported rule misses a target in either set (a rule with no
 * finding at all on a set counts as a miss there), 0 otherwise.
 */
import { analyzeSubmission } from '../../server/src/core/analyzer';
import type { Finding } from '../../server/src/core/findings';
import { allRules } from '../../server/src/core/rules';
import { builtinLibrary } from '../support/library';
import {
  corpusSets,
  entriesOfSet,
  entryStartLine,
  evaluatedRuleIds,
  loadCorpus,
  submissionFor,
  type CorpusEntry,
  type CorpusSet,
  type EvaluatedRuleId,
} from './corpus';

const targetPrecision = 0.9;
const targetRecall = 0.8;

/** What the analyzer said about one entry. */
interface EntryResult {
  readonly entry: CorpusEntry;
  /** The entry's findings by rule, in document order. */
  readonly findingsByRule: ReadonlyMap<string, readonly Finding[]>;
}

interface RuleFailure {
  readonly entryId: string;
  readonly ruleId: string;
  readonly message: string;
}

interface RuleScore {
  readonly ruleId: EvaluatedRuleId;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly trueNegatives: number;
  /** Undefined when the rule reported nothing on the whole corpus. */
  readonly precision: number | undefined;
  readonly recall: number | undefined;
  readonly verdict: string;
  readonly met: boolean;
  readonly wrong: readonly { readonly kind: 'false positive' | 'false negative'; readonly result: EntryResult }[];
}

function analyzeCorpus(entries: readonly CorpusEntry[]): { results: EntryResult[]; failures: RuleFailure[] } {
  const library = builtinLibrary();
  const failures: RuleFailure[] = [];
  const results = entries.map((entry) => {
    const analysis = analyzeSubmission(
      submissionFor(entry),
      (ruleId, error) => failures.push({ entryId: entry.id, ruleId, message: firstLine(error) }),
      library,
    );
    const bodyStart = analysis.document.frontMatter.bodyStartLine;
    const findingsByRule = new Map<string, Finding[]>();
    for (const finding of analysis.findings) {
      if (finding.range.start.line < bodyStart) continue;
      const list = findingsByRule.get(finding.ruleId) ?? [];
      list.push(finding);
      findingsByRule.set(finding.ruleId, list);
    }
    return { entry, findingsByRule };
  });
  return { results, failures };
}

function scoreRule(ruleId: EvaluatedRuleId, results: readonly EntryResult[]): RuleScore {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let trueNegatives = 0;
  const wrong: RuleScore['wrong'][number][] = [];
  for (const result of results) {
    const fired = (result.findingsByRule.get(ruleId)?.length ?? 0) > 0;
    const expected = result.entry.expect[ruleId];
    if (fired && expected) truePositives++;
    else if (fired) {
      falsePositives++;
      wrong.push({ kind: 'false positive', result });
    } else if (expected) {
      falseNegatives++;
      wrong.push({ kind: 'false negative', result });
    } else trueNegatives++;
  }
  const reported = truePositives + falsePositives;
  const precision = reported > 0 ? truePositives / reported : undefined;
  const recall = truePositives + falseNegatives > 0 ? truePositives / (truePositives + falseNegatives) : undefined;

  const misses: string[] = [];
  if (precision !== undefined && precision < targetPrecision) misses.push(`precision < ${targetPrecision.toFixed(2)}`);
  if (recall !== undefined && recall < targetRecall) misses.push(`recall < ${targetRecall.toFixed(2)}`);
  let verdict: string;
  if (reported === 0) {
    // A registered rule that stays silent on a whole set is as useless as an absent one.
    verdict = allRules.some((rule) => rule.meta.id === ruleId) ? 'MISS: no finding at all' : 'MISS: not implemented';
  } else verdict = misses.length === 0 ? 'ok' : `MISS: ${misses.join(', ')}`;
  return {
    ruleId,
    truePositives,
    falsePositives,
    falseNegatives,
    trueNegatives,
    precision,
    recall,
    verdict,
    met: reported > 0 && misses.length === 0,
    wrong,
  };
}

/** How each set is introduced in the report. */
const setTitles: Readonly<Record<CorpusSet, string>> = {
  development: 'Development corpus (the entries the rules were built against)',
  'held-out': 'Held-out corpus (heldout-*.yaml: written and labelled without looking at the rules; never tune on it; see test/corpus/README.md for its state)',
};

/** One set's table, then its false positives and false negatives. */
function printSetReport(set: CorpusSet, entries: readonly CorpusEntry[], scores: readonly RuleScore[]): void {
  const languages = ['en', 'fr'].map((language) => `${entries.filter((entry) => entry.language === language).length} ${language}`);
  console.log(`${setTitles[set]}: ${entries.length} entries (${languages.join(', ')}).\n`);

  const header = ['rule', 'TP', 'FP', 'FN', 'TN', 'precision', 'recall', 'verdict'];
  const rows = scores.map((score) => [
    score.ruleId,
    String(score.truePositives),
    String(score.falsePositives),
    String(score.falseNegatives),
    String(score.trueNegatives),
    ratio(score.precision),
    ratio(score.recall),
    score.verdict,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const numeric = new Set([1, 2, 3, 4, 5, 6]);
  const format = (row: readonly string[]) =>
    row
      .map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join(' | ')
      .trimEnd();
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const row of rows) console.log(format(row));

  for (const score of scores) {
    if (score.wrong.length === 0) continue;
    console.log(`\n${score.ruleId}`);
    if (score.truePositives + score.falsePositives === 0) {
      console.log(`  every one of its ${score.falseNegatives} positives is missed: the rule reports nothing yet`);
      continue;
    }
    for (const { kind, result } of score.wrong) console.log(`  ${kind}: ${result.entry.id}\n    ${explain(kind, score.ruleId, result)}`);
  }
}

function printFailures(failures: readonly RuleFailure[]): void {
  if (failures.length > 0) {
    console.log(`\nRules that threw (their findings on that entry are lost):`);
    for (const failure of failures) console.log(`  ${failure.ruleId} on ${failure.entryId}: ${failure.message}`);
  }
}

/** For a false positive, the first finding (where and what); for a false negative, the label's reason. */
function explain(kind: 'false positive' | 'false negative', ruleId: EvaluatedRuleId, result: EntryResult): string {
  const { entry } = result;
  if (kind === 'false positive') {
    const [first] = result.findingsByRule.get(ruleId) ?? [];
    if (!first) return '(no finding)';
    const line = first.range.start.line - entryStartLine(entry) + 1;
    return `entry line ${line}: ${shorten(first.message)}`;
  }
  return entry.notes ? `no finding; label's reason: ${entry.notes}` : `no finding (${entry.file}: "${titleOf(entry)}")`;
}

function titleOf(entry: CorpusEntry): string {
  return (entry.text.split('\n', 1)[0] ?? '').replace(/^#+\s*/, '');
}

/** Messages quote the agreed principle at length; the start says what was looked for. */
function shorten(message: string, limit = 240): string {
  return message.length <= limit ? message : `${message.slice(0, limit - 1).trimEnd()}…`;
}

function ratio(value: number | undefined): string {
  return value === undefined ? '-' : value.toFixed(2);
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n', 1)[0] ?? text;
}

/** The rules named on the command line, or all of them. */
function selectedRules(args: readonly string[]): EvaluatedRuleId[] {
  const unknown = args.filter((arg) => !(evaluatedRuleIds as readonly string[]).includes(arg));
  if (unknown.length > 0) {
    throw new Error(`Not an evaluated rule: ${unknown.join(', ')}. The evaluated rules are: ${evaluatedRuleIds.join(', ')}`);
  }
  return args.length > 0 ? (args as EvaluatedRuleId[]) : [...evaluatedRuleIds];
}

function main(): void {
  const rules = selectedRules(process.argv.slice(2));
  const entries = loadCorpus();
  const { results, failures } = analyzeCorpus(entries);
  console.log(`Targets: precision >= ${targetPrecision.toFixed(2)}, recall >= ${targetRecall.toFixed(2)}, on each set.`);

  const verdicts: string[] = [];
  let missedAnywhere = false;
  for (const set of corpusSets) {
    const setEntries = entriesOfSet(entries, set);
    const setResults = results.filter((result) => result.entry.set === set);
    const scores = rules.map((ruleId) => scoreRule(ruleId, setResults));
    console.log(`\n${'='.repeat(100)}\n`);
    printSetReport(set, setEntries, scores);
    const missed = scores.filter((score) => !score.met).length;
    missedAnywhere ||= missed > 0;
    const name = set === 'development' ? 'Development' : 'Held-out';
    verdicts.push(missed === 0 ? `${name}: all ${scores.length} rules meet the targets.` : `${name}: ${missed} of ${scores.length} rules miss the targets.`);
  }
  printFailures(failures);

  console.log(`\n${verdicts.join('\n')}`);
  process.exitCode = missedAnywhere ? 1 : 0;
}

main();
