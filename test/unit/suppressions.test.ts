/**
 * Inline suppression (`<!-- oewg-disable-next-line … -->`, `<!-- oewg-disable … -->` …
 * `<!-- oewg-enable … -->`): on findings placed by hand, then through the analyzer on fixtures in
 * English and French (test/fixtures/suppressions/, with `<!-- expect RULE at lines … -->` markers
 * listing, for each rule named, every line where a finding must remain).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../server/src/core/findings';
import { applySuppressions } from '../../server/src/core/suppressions';
import { range } from '../../server/src/core/text';
import type { RuleId } from '../../schemas/settings';
import { analyzeFixture } from '../support/library';

/** A finding of `ruleId` starting at (0-based) `line`, column `character`. */
const finding = (ruleId: RuleId, line: number, character = 0): Finding => ({
  ruleId,
  severity: 'warning',
  message: `${ruleId} at ${line}`,
  range: range(line, character, line, character + 4),
});

/** What remains, as "rule@line" (1-based lines, as an editor shows them). */
const remaining = (text: string, findings: readonly Finding[]) =>
  applySuppressions(text, findings).map((found) => `${found.ruleId}@${found.range.start.line + 1}`);

describe('inline suppression', () => {
  it('leaves the findings untouched (the same array) when the text has no directive', () => {
    const findings = [finding('principle/gender', 1)];
    assert.equal(applySuppressions('# Title\n\nText <!-- a comment --> about oewg-drafter.\n', findings), findings);
  });

  describe('oewg-disable-next-line', () => {
    const text = [
      'Intro.', // 1
      '<!-- oewg-disable-next-line principle/gender -->', // 2
      '### Programme', // 3
      'After.', // 4
    ].join('\n');

    it('hides the named rule on the next line only', () => {
      const findings = [finding('principle/gender', 2), finding('principle/results', 2), finding('principle/gender', 3)];
      assert.deepEqual(remaining(text, findings), ['principle/results@3', 'principle/gender@4']);
    });

    it('hides every rule when no id is given', () => {
      const all = text.replace(' principle/gender', '');
      const findings = [finding('principle/gender', 2), finding('country/unknown-name', 2, 10), finding('principle/gender', 3)];
      assert.deepEqual(remaining(all, findings), ['principle/gender@4']);
    });

    it('takes several ids, separated by spaces or commas, and a reason after " -- "', () => {
      const several = text.replace(
        'principle/gender',
        'principle/gender,principle/results  country/unknown-name -- principle/demand-driven is reported',
      );
      const findings = ['principle/gender', 'principle/results', 'country/unknown-name', 'principle/demand-driven'].map((id) =>
        finding(id as RuleId, 2),
      );
      assert.deepEqual(remaining(several, findings), ['principle/demand-driven@3']);
    });

    it('skips blank lines and lines holding only directives (directives stack)', () => {
      const stacked = [
        '<!-- oewg-disable-next-line principle/gender -->', // 1
        '', // 2
        '<!-- oewg-disable-next-line principle/results -->', // 3
        '   ', // 4
        '### Programme', // 5
      ].join('\n');
      const findings = [finding('principle/gender', 4), finding('principle/results', 4), finding('principle/sustainability', 4)];
      assert.deepEqual(remaining(stacked, findings), ['principle/sustainability@5']);
    });

    it('does nothing at the end of the document', () => {
      const findings = [finding('principle/gender', 0)];
      assert.deepEqual(remaining('Text.\n<!-- oewg-disable-next-line -->\n\n', findings), ['principle/gender@1']);
    });
  });

  describe('oewg-disable … oewg-enable', () => {
    const text = [
      'Before.', // 1
      '<!-- oewg-disable country/unknown-name -->', // 2
      'Inside.', // 3
      '<!-- oewg-enable country/unknown-name -->', // 4
      'After.', // 5
    ].join('\n');

    it('hides the named rule between the two', () => {
      const findings = [0, 2, 4].flatMap((line) => [finding('country/unknown-name', line), finding('date/order', line)]);
      assert.deepEqual(remaining(text, findings), [
        'country/unknown-name@1',
        'date/order@1',
        'date/order@3',
        'country/unknown-name@5',
        'date/order@5',
      ]);
    });

    it('runs to the end of the document when not closed', () => {
      const unclosed = text.replace('<!-- oewg-enable country/unknown-name -->', '');
      const findings = [finding('country/unknown-name', 0), finding('country/unknown-name', 2), finding('country/unknown-name', 40)];
      assert.deepEqual(remaining(unclosed, findings), ['country/unknown-name@1']);
    });

    it('lets one rule back on while every other stays off', () => {
      const allOff = ['<!-- oewg-disable -->', 'A.', '<!-- oewg-enable date/order -->', 'B.', '<!-- oewg-enable -->', 'C.'].join('\n');
      const findings = [1, 3, 5].flatMap((line) => [finding('country/unknown-name', line), finding('date/order', line)]);
      assert.deepEqual(remaining(allOff, findings), ['date/order@4', 'country/unknown-name@6', 'date/order@6']);
    });

    it('counts from the comment itself on a line that also holds text', () => {
      const inline = 'Text <!-- oewg-disable date/order --> more <!-- oewg-enable date/order --> end.';
      const findings = [finding('date/order', 0, 0), finding('date/order', 0, 40), finding('date/order', 0, 76)];
      assert.deepEqual(
        applySuppressions(inline, findings).map((found) => found.range.start.character),
        [0, 76],
      );
    });
  });

  describe('what is not a directive', () => {
    it('ignores comments in fenced code (backticks or tildes) and in inline code', () => {
      const text = [
        '```markdown', // 1
        '<!-- oewg-disable -->', // 2
        '```', // 3
        '~~~~', // 4
        '<!-- oewg-disable-next-line -->', // 5
        '~~~~', // 6
        'Write `<!-- oewg-disable -->` to turn every check off.', // 7
        'Text.', // 8
      ].join('\n');
      const findings = [5, 6, 7].map((line) => finding('date/order', line));
      assert.deepEqual(remaining(text, findings), ['date/order@6', 'date/order@7', 'date/order@8']);
    });

    it('ignores comments in every other kind of code: indented, in a quote or a list item, inline with several backticks', () => {
      const examples = {
        indented: ['To hide a finding, write:', '', '    <!-- oewg-disable -->', '', 'Text.'],
        'fenced in a quote': ['> ```', '> <!-- oewg-disable -->', '> ```', '', 'Text.'],
        'fenced in a nested list item': ['- A list:', '  1. nested', '     ```', '     <!-- oewg-disable -->', '     ```', '', 'Text.'],
        'inline, two backticks': ['Write ``<!-- oewg-disable -->`` to turn every check off.', '', 'Text.'],
      };
      for (const [kind, lines] of Object.entries(examples)) {
        const findings = [finding('date/order', lines.length - 1)];
        assert.deepEqual(remaining(lines.join('\n'), findings), [`date/order@${lines.length}`], kind);
      }
    });

    it('reads a directive in a quote, and a line of a quote that holds only directives, or nothing, as outside one', () => {
      const quoted = [
        '> <!-- oewg-disable-next-line date/order -->', // 1
        '> <!-- oewg-disable-next-line principle/gender -->', // 2
        '>', // 3
        '> Quoted text.', // 4
        '> Next.', // 5
      ].join('\n');
      const findings = [3, 4].flatMap((line) => [finding('date/order', line), finding('principle/gender', line)]);
      assert.deepEqual(remaining(quoted, findings), ['date/order@5', 'principle/gender@5']);
    });

    it('does not skip a line whose only comment is in code: it is the line a directive above points at', () => {
      const text = ['<!-- oewg-disable-next-line -->', '``<!-- oewg-disable-next-line -->``', 'Text.'].join('\n');
      assert.deepEqual(remaining(text, [finding('date/order', 1), finding('date/order', 2)]), ['date/order@3']);
    });

    it('reads a directive after a closed fence', () => {
      const text = ['```', 'code', '```', '<!-- oewg-disable-next-line -->', 'Text.'].join('\n');
      assert.deepEqual(remaining(text, [finding('date/order', 4)]), []);
    });

    it('reads "~~~" inside a comment of several lines as part of the comment, not as a fence (as Markdown does)', () => {
      const text = ['<!-- a note to the team', '~~~ with tildes -->', '<!-- oewg-disable-next-line -->', 'Text.'].join('\n');
      assert.deepEqual(remaining(text, [finding('date/order', 3)]), []);
    });
  });

  describe('directives that are wrong', () => {
    it('reports an unknown rule id with the closest one and a fix, and hides nothing', () => {
      const text = 'Intro.\n<!-- oewg-disable-next-line principle/gendr -->\n### Programme\n';
      const result = applySuppressions(text, [finding('principle/gender', 2), finding('date/order', 2)]);
      const problem = result.find((found) => found.ruleId === 'schema/invalid-value');
      assert.ok(problem, 'the typo is reported');
      assert.equal(problem.severity, 'warning');
      assert.match(problem.message, /"principle\/gendr" is not a rule id.*Did you mean "principle\/gender"\?/);
      assert.deepEqual(problem.range, range(1, 28, 1, 43));
      assert.equal(problem.fixes?.[0]?.edits[0]?.newText, 'principle/gender');
      assert.deepEqual(
        result.filter((found) => found !== problem).map((found) => found.ruleId),
        ['date/order', 'principle/gender'],
        'a directive with only unknown ids does not turn into "every rule"',
      );
    });

    it('applies the known ids of a directive that also has an unknown one', () => {
      const text = '<!-- oewg-disable date/ordre, principle/gender -->\nText.';
      const result = remaining(text, [finding('principle/gender', 1), finding('date/order', 1)]);
      assert.deepEqual(result, ['schema/invalid-value@1', 'date/order@2']);
    });

    it('names the id a bare name belongs to, with a fix', () => {
      const [problem] = applySuppressions('<!-- oewg-disable gender -->\n', []);
      assert.match(problem?.message ?? '', /"gender" is not a rule id.*Did you mean "principle\/gender"\?/);
      assert.equal(problem?.fixes?.[0]?.edits[0]?.newText, 'principle/gender');
    });

    it('names the closest id even when it is far, without a fix', () => {
      const [problem] = applySuppressions('<!-- oewg-disable spelling/everything -->\n', []);
      assert.match(problem?.message ?? '', /"spelling\/everything" is not a rule id.*Did you mean "[a-z]+\/[a-z-]+"\?/);
      assert.equal(problem?.fixes, undefined);
    });

    it('reports an unknown directive name, and a comment not closed on its line', () => {
      const text = '<!-- oewg-disable-nextline date/order -->\nText.\n<!-- oewg-disable date/order\n-->\nMore.';
      const result = applySuppressions(text, [finding('date/order', 1), finding('date/order', 4)]);
      assert.deepEqual(
        result.map((found) => `${found.ruleId}@${found.range.start.line + 1}`),
        ['schema/invalid-value@1', 'date/order@2', 'schema/invalid-value@3', 'date/order@5'],
      );
      assert.match(result[0]?.message ?? '', /"oewg-disable-nextline" is not a directive.*"oewg-disable-next-line"/);
      assert.equal(result[0]?.fixes?.[0]?.edits[0]?.newText, 'oewg-disable-next-line');
      assert.match(result[2]?.message ?? '', /must end with "-->" on the same line/);
    });

    it('takes a reason after a dash typed as such, or after no-break spaces, without reading its words as ids', () => {
      for (const separator of [' — ', ' – ', '\u00a0--\u00a0', '\u202f—\u202f']) {
        const text = `<!-- oewg-disable-next-line date/order${separator}as the delegation wrote it -->\nText.`;
        assert.deepEqual(remaining(text, [finding('date/order', 1)]), [], JSON.stringify(separator));
      }
    });

    it('reports a directive written in capitals, which hides nothing, with the fix that writes it in lower case', () => {
      for (const written of ['OEWG-disable-next-line', 'Oewg-disable-next-line', 'oewg-Disable-Next-Line']) {
        const text = `Intro.\n<!-- ${written} principle/gender -->\n### Programme\n`;
        const result = applySuppressions(text, [finding('principle/gender', 2)]);
        assert.deepEqual(result.map((found) => `${found.ruleId}@${found.range.start.line + 1}`), ['schema/invalid-value@2', 'principle/gender@3'], written);
        const [problem] = result;
        assert.equal(problem?.severity, 'warning');
        assert.equal(
          problem?.message,
          `"${written}" is not a directive, so it hides nothing: directives are written in lower case. Did you mean "oewg-disable-next-line"?`,
        );
        assert.deepEqual(problem?.range, range(1, 5, 1, 5 + written.length));
        const edit = problem?.fixes?.[0]?.edits[0];
        assert.equal(edit?.newText, 'oewg-disable-next-line');
        const fixed = text.replace(written, edit?.newText ?? '');
        assert.deepEqual(remaining(fixed, [finding('principle/gender', 2)]), [], 'the fixed comment hides the finding');
      }
      // A misspelt name in capitals is reported as a misspelt one, with the fix in lower case.
      const [misspelt] = applySuppressions('<!-- OEWG-disabel date/order -->\nText.', [finding('date/order', 1)]);
      assert.match(misspelt?.message ?? '', /"OEWG-disabel" is not a directive.*Did you mean "oewg-disable"\?/);
      assert.equal(misspelt?.fixes?.[0]?.edits[0]?.newText, 'oewg-disable');
    });

    it('reads "OEWG-" in capitals as a note about the group, not a directive, unless a directive\'s name follows', () => {
      const findings = [finding('date/order', 1)];
      for (const note of ['<!-- OEWG-II: check para. 12 -->', '<!-- OEWG-2021 report -->', '<!-- OEWG-\nsecond line -->']) {
        assert.equal(applySuppressions(`${note}\nText.`, findings), findings, note);
      }
    });

    it('reports a rule id written in capitals as one to write in lower case', () => {
      const text = 'Intro.\n<!-- oewg-disable-next-line principle/GENDER -->\n### Programme\n';
      const result = applySuppressions(text, [finding('principle/gender', 2)]);
      assert.deepEqual(result.map((found) => `${found.ruleId}@${found.range.start.line + 1}`), ['schema/invalid-value@2', 'principle/gender@3']);
      assert.equal(
        result[0]?.message,
        '"principle/GENDER" is not a rule id, so this directive hides nothing for it: rule ids are written in lower case. Did you mean "principle/gender"?',
      );
      assert.deepEqual(result[0]?.range, range(1, 28, 1, 44));
      assert.equal(result[0]?.fixes?.[0]?.edits[0]?.newText, 'principle/gender');
      // A rule's name alone, in capitals, names its id.
      const [bare] = applySuppressions('<!-- oewg-disable GENDER -->\n', []);
      assert.equal(bare?.fixes?.[0]?.edits[0]?.newText, 'principle/gender');
    });

    it('accepts "<!--oewg-…-->" written without spaces', () => {
      assert.deepEqual(remaining('<!--oewg-disable-next-line-->\nText.', [finding('date/order', 1)]), []);
    });
  });

  describe('in the front matter: YAML comments', () => {
    const text = [
      '---', // 1
      'kind: mapping-exercise', // 2
      '# oewg-disable-next-line country/unknown-name -- a group of States', // 3
      '', // 4
      '# oewg-disable-next-line schema/invalid-value', // 5
      'submitter: Northern Macedonia', // 6
      'language: english', // 7
      '---', // 8
      '', // 9
      'Body.', // 10
    ].join('\n');
    const bodyStartLine = 8;

    it('hides the named rules on the next line, past blank lines and other directives', () => {
      const findings = [finding('country/unknown-name', 5), finding('schema/invalid-value', 5, 11), finding('schema/invalid-value', 6), finding('country/unknown-name', 9)];
      assert.deepEqual(
        applySuppressions(text, findings, bodyStartLine).map((found) => `${found.ruleId}@${found.range.start.line + 1}`),
        ['schema/invalid-value@7', 'country/unknown-name@10'],
      );
    });

    it('hides from a disable to an enable, and on into the body when not closed', () => {
      const ranged = text.replace('# oewg-disable-next-line country/unknown-name -- a group of States', '# oewg-disable schema/invalid-value');
      const findings = [finding('schema/invalid-value', 1), finding('schema/invalid-value', 5), finding('schema/invalid-value', 9)];
      assert.deepEqual(applySuppressions(ranged, findings, bodyStartLine).map((found) => found.range.start.line + 1), [2]);
      const closed = ranged.replace('language: english', '# oewg-enable schema/invalid-value\nlanguage: english');
      const moved = [finding('schema/invalid-value', 5), finding('schema/invalid-value', 7), finding('schema/invalid-value', 10)];
      assert.deepEqual(applySuppressions(closed, moved, bodyStartLine + 1).map((found) => found.range.start.line + 1), [8, 11]);
    });

    it('reads a directive after a value on the same line, as in the body', () => {
      const trailing = text.replace('kind: mapping-exercise', 'kind: mapping-exercise # oewg-disable-next-line');
      assert.deepEqual(applySuppressions(trailing, [finding('principle/gender', 5)], bodyStartLine), []);
    });

    it('does not read a "#" inside a block or quoted value, an HTML comment in the YAML, or a "#" heading in the body', () => {
      const notDirectives = [
        '---',
        'title: |', // 2
        '  # oewg-disable-next-line', // 3
        '  Capacity building', // 4
        'submitter: "# oewg-disable-next-line"', // 5
        '<!-- oewg-disable-next-line -->', // 6
        'language: en', // 7
        '---',
        '# oewg-disable-next-line', // 9
        'Body.', // 10
      ].join('\n');
      const findings = [4, 5, 6, 7, 10].map((line) => finding('principle/gender', line - 1));
      assert.deepEqual(applySuppressions(notDirectives, findings, 8), findings);
    });

    it('reads no YAML comment when it is not told where the front matter ends', () => {
      const findings = [finding('country/unknown-name', 5)];
      assert.equal(applySuppressions(text, findings), findings);
    });

    it('reports a directive written in capitals, with the fix, and hides nothing', () => {
      const capitals = text.replace('# oewg-disable-next-line schema/invalid-value', '# OEWG-disable-next-line schema/invalid-value');
      const result = applySuppressions(capitals, [finding('schema/invalid-value', 5)], bodyStartLine);
      assert.deepEqual(result.map((found) => `${found.ruleId}@${found.range.start.line + 1}`), ['schema/invalid-value@5', 'schema/invalid-value@6']);
      assert.match(result[0]?.message ?? '', /"OEWG-disable-next-line" is not a directive.*lower case/);
      assert.deepEqual(result[0]?.range, range(4, 2, 4, 24));
      assert.equal(result[0]?.fixes?.[0]?.edits[0]?.newText, 'oewg-disable-next-line');
      // A YAML comment naming the group is a note.
      const note = text.replace('# oewg-disable-next-line schema/invalid-value', '# OEWG-II mandate');
      const findings = [finding('schema/invalid-value', 5)];
      assert.equal(applySuppressions(note, findings, bodyStartLine), findings);
    });

    it('reports an unknown rule id where it is written, with the fix', () => {
      const typo = text.replace('schema/invalid-value', 'schema/invalid-valu');
      const [problem] = applySuppressions(typo, [], bodyStartLine);
      assert.equal(problem?.ruleId, 'schema/invalid-value');
      assert.deepEqual(problem?.range, range(4, 25, 4, 44));
      assert.deepEqual(problem?.fixes?.[0]?.edits[0]?.newText, 'schema/invalid-value');
    });
  });

  it('returns the findings untouched on a 1 MB document without directives, and reads one at its very end', () => {
    // How long this takes is the benchmark's business, not a test's.
    const paragraph = 'The programme answers requests made by the beneficiaries. '.repeat(10);
    const big = `${Array.from({ length: 2000 }, () => paragraph).join('\n\n')}\n`;
    assert.ok(big.length > 1_000_000);
    const findings = [finding('date/order', 3000)];
    assert.equal(applySuppressions(big, findings), findings);
    const withDirective = `${big}<!-- oewg-disable-next-line -->\nLast line.`;
    const last = finding('date/order', withDirective.split('\n').length - 1);
    assert.deepEqual(applySuppressions(withDirective, [...findings, last]), findings);
  });

  describe('through the analyzer (fixtures)', () => {
    const directory = path.join(__dirname, '..', 'fixtures', 'suppressions');
    const expectMarker = /<!--\s*expect\s+(\S+)\s+at\s+lines?\s+([\d,\s]+)-->/g;
    const files = readdirSync(directory).filter((file) => file.endsWith('.md')).sort();

    it('has English and French fixtures', () => {
      assert.deepEqual(files, ['en.md', 'fr.md']);
    });

    for (const file of files) {
      it(file, () => {
        const text = readFileSync(path.join(directory, file), 'utf8');
        const analysis = analyzeFixture(text);
        const markers = [...text.matchAll(expectMarker)];
        assert.ok(markers.length > 0, `${file} lists what remains with "<!-- expect … at lines … -->" markers`);
        for (const [, ruleId, lines] of markers) {
          const expected = (lines ?? '').split(/[,\s]+/).filter(Boolean).map(Number);
          const found = analysis.findings.filter((candidate) => candidate.ruleId === ruleId).map((candidate) => candidate.range.start.line + 1);
          assert.deepEqual([...new Set(found)].sort((a, b) => a - b), expected, `${ruleId} findings left in ${file}`);
        }
      });
    }
  });
});
