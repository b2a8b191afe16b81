/**
 * `npm run corpus:check -- FILE…`: checks the structure of corpus files before they join the
 * corpus, for the writers of a new held-out round (test/corpus/README.md, "Writing a round").
 *
 * It reports what makes an entry unusable (YAML, the entry schema, an id already used, an entry
 * that is not exactly one programme entry, a missing or invalid field, an unknown country, dates
 * out of order) and prints each file's label balance per rule. It never runs or reports the
 * rules the corpus measures: a writer who saw their verdicts could no longer write blind.
 *
 * Exit status 1 when a file has a problem, 0 otherwise.
 */
import path from 'node:path';
import { analyzeSubmission } from '../../server/src/core/analyzer';
import type { RuleId } from '../../schemas/settings';
import { builtinLibrary } from '../support/library';
import { corpusDirectory, entryStartLine, evaluatedRuleIds, loadCorpus, readCorpusFile, submissionFor, type CorpusEntry } from './corpus';

/** The rules that say an entry is not a well-formed programme entry; none of them is measured. */
const structureRuleIds: ReadonlySet<RuleId> = new Set([
  'schema/missing-field',
  'schema/invalid-value',
  'country/unknown-name',
  'date/order',
  'document/unreadable',
]);

/**
 * What keeps an entry from being exactly one valid programme entry, each problem with the line
 * of the entry's text it is on (1 is the heading).
 */
export function entryStructureProblems(entry: Pick<CorpusEntry, 'id' | 'language' | 'text'>): string[] {
  const analysis = analyzeSubmission(submissionFor(entry), undefined, builtinLibrary());
  const problems: string[] = [];
  const programmes = analysis.document.sections.filter((section) => section.model.programme).length;
  if (programmes !== 1) problems.push(`${entry.id}: ${programmes} programme entries instead of 1`);
  for (const finding of analysis.findings) {
    if (!structureRuleIds.has(finding.ruleId)) continue;
    problems.push(`${entry.id}, entry line ${finding.range.start.line - entryStartLine(entry) + 1}: ${finding.message}`);
  }
  return problems;
}

/** One line per rule: how many entries of each language are labelled true and false. */
export function labelBalance(entries: readonly CorpusEntry[]): string[] {
  return evaluatedRuleIds.map((ruleId) => {
    const counts = (['en', 'fr'] as const)
      .map((language) => {
        const inLanguage = entries.filter((entry) => entry.language === language);
        if (inLanguage.length === 0) return undefined;
        const labelledTrue = inLanguage.filter((entry) => entry.expect[ruleId]).length;
        return `${language} ${labelledTrue} true / ${inLanguage.length - labelledTrue} false`;
      })
      .filter((count) => count !== undefined);
    return `  ${ruleId.padEnd(32)} ${counts.join(', ')}`;
  });
}

/** Checks each file against the corpus (other files than itself) and prints the report. */
function main(files: readonly string[]): number {
  if (files.length === 0) {
    console.error('Usage: npm run corpus:check -- FILE.yaml…');
    return 2;
  }
  const checked = new Set(files.map((file) => path.resolve(file)));
  const fileOfId = new Map<string, string>();
  for (const entry of loadCorpus()) {
    if (!checked.has(path.join(corpusDirectory, entry.file))) fileOfId.set(entry.id, `test/corpus/${entry.file}`);
  }
  let failed = false;
  for (const file of files) {
    const problems: string[] = [];
    const entries = readCorpusFile(path.dirname(path.resolve(file)), path.basename(file), fileOfId, problems);
    problems.push(...entries.flatMap(entryStructureProblems));
    console.log(`${file}: ${entries.length} entries, ${problems.length} problem(s)`);
    for (const problem of problems) console.log(`  ${problem.replaceAll('\n', '\n  ')}`);
    console.log('Label balance (your own labels):');
    for (const line of labelBalance(entries)) console.log(line);
    failed ||= problems.length > 0;
  }
  return failed ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
