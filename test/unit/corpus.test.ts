/**
 * The evaluation corpus (test/corpus) is well formed: enough entries, balanced between the
 * languages and between entries that must and must not trigger each rule, and each entry a valid
 * programme entry. How well the rules do on it is `npm run eval`'s business, not this test's.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzeSubmission } from '../../server/src/core/analyzer';
import { builtinLibrary } from '../support/library';
import { entryStartLine, evaluatedRuleIds, loadCorpus, submissionFor } from '../eval/corpus';

const minimumEntries = 64;
const minimumPerSide = 12;
/** Each language must have some of each rule's positives and negatives, not just the total. */
const minimumPerSidePerLanguage = 3;

describe('evaluation corpus', () => {
  const entries = loadCorpus();

  it(`has at least ${minimumEntries} entries, as many in English as in French`, () => {
    assert.ok(entries.length >= minimumEntries, `${entries.length} entries`);
    const english = entries.filter((entry) => entry.language === 'en').length;
    const french = entries.filter((entry) => entry.language === 'fr').length;
    assert.equal(english, french, `${english} English entries, ${french} French`);
  });

  it('gives each entry its own id', () => {
    const ids = entries.map((entry) => entry.id);
    assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), []);
  });

  for (const ruleId of evaluatedRuleIds) {
    it(`has entries that must and must not trigger ${ruleId}, in both languages`, () => {
      for (const expected of [true, false]) {
        const side = entries.filter((entry) => entry.expect[ruleId] === expected);
        const label = expected ? 'must fire' : 'must not fire';
        assert.ok(side.length >= minimumPerSide, `${side.length} entries ${label} (at least ${minimumPerSide} needed)`);
        for (const language of ['en', 'fr']) {
          const count = side.filter((entry) => entry.language === language).length;
          assert.ok(count >= minimumPerSidePerLanguage, `${count} ${language} entries ${label}`);
        }
      }
    });
  }

  it('writes each entry as exactly one valid programme entry', () => {
    const problems: string[] = [];
    for (const entry of entries) {
      const analysis = analyzeSubmission(submissionFor(entry), undefined, builtinLibrary());
      const programmes = analysis.document.sections.filter((section) => section.model.programme).length;
      if (programmes !== 1) problems.push(`${entry.id}: ${programmes} programme entries instead of 1`);
      for (const finding of analysis.findings) {
        if (finding.ruleId !== 'schema/missing-field' && finding.ruleId !== 'schema/invalid-value') continue;
        problems.push(`${entry.id}, entry line ${finding.range.start.line - entryStartLine(entry) + 1}: ${finding.message}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('names the file, the entry and the field when an entry is malformed', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'oewg-corpus-'));
    try {
      writeFileSync(
        path.join(directory, 'broken.yaml'),
        '- id: missing-a-label\n  language: en\n  basis: "test"\n  text: "### A programme\\n"\n  expect:\n    principle/gender: true\n',
      );
      assert.throws(
        () => loadCorpus(directory),
        (error: Error) =>
          error.message.includes('broken.yaml, entry 1 (id "missing-a-label")') && error.message.includes('principle/results'),
      );
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
