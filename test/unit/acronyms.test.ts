/**
 * `style/undefined-acronym` beyond its fixtures: what counts as an acronym, the team's known list,
 * where a later definition is shown, and that an edit elsewhere keeps its findings right.
 */
import assert from 'node:assert/strict';
import { analyzeSubmission, SubmissionAnalyzer } from '../../server/src/core/analyzer';
import { allRules } from '../../server/src/core/rules';
import { acronymOf } from '../../server/src/core/rules/styleUndefinedAcronym';
import { defaultRuleOptions } from '../../schemas/ruleOptions';

const header = '---\nkind: mapping-exercise\nsubmitter: France\ndate: 2024-02-10\nlanguage: en\n---\n\n# Programmes\n\n';

function acronymFindings(body: string, known: string[] = []) {
  const analysis = analyzeSubmission(header + body, undefined, undefined, { ...defaultRuleOptions, acronyms: { known } });
  return analysis.findings.filter((finding) => finding.ruleId === 'style/undefined-acronym');
}

describe('style/undefined-acronym', () => {
  it('knows an acronym from a name, a numeral or a symbol part', () => {
    assert.equal(acronymOf('ANSSI'), 'ANSSI');
    assert.equal(acronymOf('WB3C'), 'WB3C');
    assert.equal(acronymOf('CERT-In'), 'CERT-In');
    assert.equal(acronymOf('EU-funded'), 'EU');
    assert.equal(acronymOf('CSIRTs'), 'CSIRT');
    assert.equal(acronymOf('CMM'), 'CMM');
    for (const word of ['Cyber4Dev', 'Expertise', 'II', 'XIV', 'REV1', 'G']) assert.equal(acronymOf(word), undefined, word);
  });

  it('says where an acronym used too early is spelled out, and quotes it', () => {
    const [finding, ...others] = acronymFindings('Each country went through a CMM review.\n\nThe Capacity Maturity Model (CMM) has five dimensions.\n');
    assert.deepEqual(others, []);
    assert.ok(finding);
    assert.equal(finding.range.start.line, 9);
    assert.match(finding.message, /"CMM" is used here but spelled out only later, at line 12/);
    assert.equal(finding.related?.[0]?.range.start.line, 11);
  });

  it('accepts the acronyms the team lists, and reports a group once', () => {
    const body = 'The OCLCTIC and the DG INTPA met.\n';
    assert.deepEqual(acronymFindings(body).map((finding) => finding.message.slice(0, 12)), ['"OCLCTIC" is', '"DG INTPA" i']);
    assert.deepEqual(acronymFindings(body, ['OCLCTIC', 'DG', 'INTPA']), []);
  });

  it('reads acronyms in any script, and accented capitals', () => {
    assert.deepEqual(acronymFindings('The ОДКБ and the NÚKIB met in Prague.\n').map((finding) => finding.message.slice(0, 7)), ['"ОДКБ" ', '"NÚKIB"']);
  });

  it('keeps its findings right when another section is edited', () => {
    const analyzer = new SubmissionAnalyzer(allRules);
    const first = 'The National Agency (NA) trained the CSIRT.\n\n## Second\n\nThe NA and the XYZ met.\n';
    const count = (text: string) => analyzer.analyze(header + text).findings.filter((finding) => finding.ruleId === 'style/undefined-acronym').map((finding) => finding.message.slice(0, 6));
    assert.deepEqual(count(first), ['"XYZ" ']);
    // Removing the definition in the first section makes the use in the (unchanged) second one undefined.
    assert.deepEqual(count(first.replace('The National Agency (NA)', 'The agency')), ['"NA" i', '"XYZ" ']);
  });
});
