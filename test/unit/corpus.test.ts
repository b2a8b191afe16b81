/**
 * The evaluation corpus (test/corpus) is well formed: in each of its two sets (development and
 * held-out), enough entries, balanced between the languages and between entries that must and must
 * not trigger each rule; and each entry a valid programme entry. How well the rules do on it is
 * `npm run eval`'s business, not this test's.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { agreementOf } from '../eval/agreement';
import { corpusSets, entriesOfSet, evaluatedRuleIds, loadCorpus, loadSecondReviews, type CorpusSet } from '../eval/corpus';
import { entryStructureProblems, labelBalance } from '../eval/corpusCheck';

/** How big and how balanced each set must be. */
const minimums: Readonly<Record<CorpusSet, { entries: number; perSide: number; perSidePerLanguage: number }>> = {
  development: { entries: 64, perSide: 12, perSidePerLanguage: 3 },
  'held-out': { entries: 32, perSide: 4, perSidePerLanguage: 2 },
};

describe('evaluation corpus', () => {
  const entries = loadCorpus();

  it('gives each entry its own id, across both sets', () => {
    const ids = entries.map((entry) => entry.id);
    assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), []);
  });

  for (const set of corpusSets) {
    describe(`${set} set`, () => {
      const setEntries = entriesOfSet(entries, set);
      const minimum = minimums[set];

      it(`has at least ${minimum.entries} entries, at least a third of them in each language`, () => {
        assert.ok(setEntries.length >= minimum.entries, `${setEntries.length} entries`);
        const english = setEntries.filter((entry) => entry.language === 'en').length;
        const french = setEntries.filter((entry) => entry.language === 'fr').length;
        // Both languages are read by every rule; neither may be a token share of the measure.
        assert.ok(Math.min(english, french) * 3 >= setEntries.length, `${english} English entries, ${french} French`);
      });

      for (const ruleId of evaluatedRuleIds) {
        it(`has at least ${minimum.perSide} entries that must and ${minimum.perSide} that must not trigger ${ruleId}, ${minimum.perSidePerLanguage} of each in each language`, () => {
          for (const expected of [true, false]) {
            const side = setEntries.filter((entry) => entry.expect[ruleId] === expected);
            const label = expected ? 'must fire' : 'must not fire';
            assert.ok(side.length >= minimum.perSide, `${side.length} entries ${label} (at least ${minimum.perSide} needed)`);
            for (const language of ['en', 'fr']) {
              const count = side.filter((entry) => entry.language === language).length;
              assert.ok(count >= minimum.perSidePerLanguage, `${count} ${language} entries ${label} (at least ${minimum.perSidePerLanguage} needed)`);
            }
          }
        });
      }
    });
  }

  it('puts held-out entries, and only they, in heldout-*.yaml files with heldout- ids', () => {
    for (const entry of entries) {
      const heldOutFile = entry.file.startsWith('heldout-');
      assert.equal(entry.set, heldOutFile ? 'held-out' : 'development', entry.id);
      assert.equal(entry.id.startsWith('heldout-'), heldOutFile, `${entry.id} in ${entry.file}`);
    }
  });

  it('writes each entry as exactly one valid programme entry', () => {
    assert.deepEqual(entries.flatMap(entryStructureProblems), []);
  });

  describe('structure check for a new round (npm run corpus:check)', () => {
    const entry = (text: string) => ({ id: 'a-new-entry-en', language: 'en' as const, text });
    const fields = '- Level: national\n- Lead: Ministry of Digital Affairs\n- Beneficiaries: Senegal\n- Themes: cybercrime\n- Start: 2024-03\n';

    it('passes a well-formed programme entry', () => {
      assert.deepEqual(entryStructureProblems(entry(`### Judicial training\n\n${fields}- Status: ongoing\n\nCourses for judges.\n`)), []);
    });

    it('names the entry and its line for a country the product does not know and for a second programme', () => {
      const text = `### Judicial training\n\n${fields.replace('Senegal', 'Bosnia Herzegovina')}- Status: ongoing\n\nCourses.\n\n### Another\n\n${fields}- Status: ongoing\n`;
      const problems = entryStructureProblems(entry(text));
      assert.ok(problems.includes('a-new-entry-en: 2 programme entries instead of 1'), problems.join('\n'));
      assert.ok(
        problems.some((problem) => problem.startsWith('a-new-entry-en, entry line 5:') && problem.includes('Bosnia Herzegovina')),
        problems.join('\n'),
      );
    });

    it('never reports a measured rule, so that a writer stays blind to the rules', () => {
      // No request, no result, no gender wording, a personal address and an undefined acronym.
      const text = `### Training for the NCSA\n\n${fields}- Status: ongoing\n- Contact: jane.doe@ministry.example\n\nThe NCSA trains investigators.\n`;
      assert.deepEqual(entryStructureProblems(entry(text)), []);
    });

    it('prints each rule\'s label balance by language', () => {
      const labelled = (language: 'en' | 'fr', gender: boolean) => ({
        ...entries[0]!,
        language,
        expect: { ...entries[0]!.expect, 'principle/gender': gender },
      });
      const lines = labelBalance([labelled('en', true), labelled('en', false), labelled('fr', true)]);
      assert.ok(lines.some((line) => /principle\/gender\s+en 1 true \/ 1 false, fr 1 true \/ 0 false$/.test(line)), lines.join('\n'));
    });
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

  it('rejects an id whose prefix does not match its set', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'oewg-corpus-'));
    const entry = (id: string) =>
      `- id: ${id}\n  language: en\n  basis: "test"\n  text: "### A programme\\n"\n  expect:\n` +
      evaluatedRuleIds.map((ruleId) => `    ${ruleId}: false\n`).join('');
    try {
      writeFileSync(path.join(directory, 'programmes-en.yaml'), entry('heldout-in-development'));
      writeFileSync(path.join(directory, 'heldout-en.yaml'), entry('not-held-out'));
      assert.throws(
        () => loadCorpus(directory),
        (error: Error) =>
          error.message.includes('"heldout-in-development" must not start with "heldout-" in a development file') &&
          error.message.includes('"not-held-out" must start with "heldout-" in a held-out file'),
      );
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  describe('second reviews', () => {
    it('label every rule, each for an entry of the corpus, once', () => {
      const reviews = loadSecondReviews(entries);
      assert.ok(reviews.length >= 32, `${reviews.length} reviewed entries`);
    });

    it('name the file and the id when a review names no corpus entry', () => {
      const directory = mkdtempSync(path.join(tmpdir(), 'oewg-review-'));
      const review = (id: string) => `- id: ${id}\n  expect:\n${evaluatedRuleIds.map((ruleId) => `    ${ruleId}: false\n`).join('')}`;
      try {
        writeFileSync(path.join(directory, 'round.yaml'), review(entries[0]?.id ?? '') + review('no-such-entry') + review(entries[0]?.id ?? ''));
        assert.throws(
          () => loadSecondReviews(entries, directory),
          (error: Error) =>
            error.message.includes('round.yaml, review 2: no corpus entry has the id "no-such-entry"') &&
            error.message.includes(`round.yaml, review 3: "${entries[0]?.id}" is reviewed twice`),
        );
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    });

    it('measure agreement beyond chance with Cohen\'s kappa', () => {
      // Observed 3 of 4; by chance, with one reviewer firing on half and the other on a quarter: 0.5.
      assert.deepEqual(agreementOf([true, true, false, false], [true, false, false, false]), { entries: 4, agreement: 0.75, kappa: 0.5 });
      assert.equal(agreementOf([true, false], [false, true]).kappa, -1);
      assert.equal(agreementOf([false, false], [false, false]).kappa, 1);
    });
  });
});
