/**
 * The quick fixes that turn a rule off with a comment (server/src/core/suppressionFixes.ts): where
 * the comment goes in each Markdown structure, and, over every example, rule fixture and part of
 * the corpus, that applying a fix hides its finding and changes nothing else the analyzer reports.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Analysis } from '../../server/src/core/analyzer';
import type { Finding, Fix } from '../../server/src/core/findings';
import { suppressionFixes } from '../../server/src/core/suppressionFixes';
import { LineIndex } from '../../server/src/core/text';
import { loadCorpus, submissionFor } from '../eval/corpus';
import { analyzeFixture, repositoryRoot } from '../support/library';

const fixturesDirectory = path.join(repositoryRoot, 'test', 'fixtures');
const structures = readFileSync(path.join(fixturesDirectory, 'suppression-fixes', 'structures.md'), 'utf8');

/** The text with a fix's edits made (all at once, on the text before them, as an editor does). */
function applyFix(text: string, fix: Fix): string {
  const index = new LineIndex(text);
  const lastFirst = [...fix.edits].sort((a, b) => index.offsetAt(b.range.start) - index.offsetAt(a.range.start));
  let changed = text;
  for (const edit of lastFirst) {
    const offset = index.offsetAt(edit.range.start);
    changed = changed.slice(0, offset) + edit.newText + changed.slice(offset);
  }
  return changed;
}

/** The fix of `analysis` for the finding of `ruleId` on 1-based `line` whose title ends with `scope`. */
function fixFor(analysis: Analysis, ruleId: string, line: number, scope: string): Fix | undefined {
  const finding = analysis.findings.find((candidate) => candidate.ruleId === ruleId && candidate.range.start.line === line - 1);
  assert.ok(finding, `a ${ruleId} finding on line ${line}`);
  return suppressionFixes(analysis.document, finding).find((fix) => fix.title.endsWith(scope));
}

/**
 * For each line of the fixed text, its line in the text before (-1 for a line the fix inserted),
 * read from the fix's edits: an insertion at the start of a line ending in a line break adds a line
 * before it, one starting with a line break at the end of a line adds a line after it, and an
 * insertion without a line break changes its line in place.
 */
function lineMapOf(text: string, fix: Fix): number[] {
  const addedBefore = new Map<number, number>();
  for (const edit of fix.edits) {
    const { line } = edit.range.start;
    if (!edit.newText.includes('\n')) continue;
    const before = edit.newText.startsWith('\n') ? line + 1 : line;
    addedBefore.set(before, (addedBefore.get(before) ?? 0) + 1);
  }
  const map: number[] = [];
  text.split('\n').forEach((_, line) => {
    for (let added = addedBefore.get(line) ?? 0; added > 0; added--) map.push(-1);
    map.push(line);
  });
  return map;
}

/** What a fix writes, as "line: text" of the fixed text (1-based): the lines it adds or changes. */
function changedLines(text: string, fix: Fix): string[] {
  const fixed = applyFix(text, fix).split('\n');
  const map = lineMapOf(text, fix);
  const inPlace = new Set(fix.edits.filter((edit) => !edit.newText.includes('\n')).map((edit) => edit.range.start.line));
  return fixed.flatMap((line, index) => {
    const original = map[index] ?? -1;
    return original < 0 || inPlace.has(original) ? [`${index + 1}: ${line}`] : [];
  });
}

describe('suppression fixes: where the comment goes', () => {
  const analysis = analyzeFixture(structures);
  const fixed = (ruleId: string, line: number, scope: string): string[] => {
    const fix = fixFor(analysis, ruleId, line, scope);
    assert.ok(fix, `a fix "… ${scope}" for ${ruleId} on line ${line}`);
    return changedLines(structures, fix);
  };
  const email = 'confidentiality/sensitive-data';

  it('above a paragraph at the top level', () => {
    assert.deepEqual(fixed(email, 10, 'for this line'), [`10: <!-- oewg-disable-next-line ${email} -->`]);
  });

  it('around the paragraph when the finding is on its second line', () => {
    assert.deepEqual(fixed(email, 13, 'for this paragraph'), [
      `12: <!-- oewg-disable ${email} -->`,
      `16: <!-- oewg-enable ${email} -->`,
    ]);
  });

  it('inside a quote, after its ">" and indented as the item before', () => {
    assert.deepEqual(fixed(email, 19, 'for this line'), [`19: >   <!-- oewg-disable-next-line ${email} -->`]);
  });

  it('under an ordered item, indented as its sub-list', () => {
    assert.deepEqual(fixed(email, 27, 'for this line'), [`27:      <!-- oewg-disable-next-line ${email} -->`]);
  });

  it('in a loose list, right after the item before, so that no item changes', () => {
    assert.deepEqual(fixed(email, 32, 'for this line'), [`31:   <!-- oewg-disable-next-line ${email} -->`]);
  });

  it('inside a field list, so that the programme keeps its fields', () => {
    assert.deepEqual(fixed(email, 44, 'for this line'), [`44:   <!-- oewg-disable-next-line ${email} -->`]);
  });

  it('around a fenced code block, where a comment would be code', () => {
    assert.deepEqual(fixed(email, 53, 'for this code block'), [
      `52: <!-- oewg-disable ${email} -->`,
      `56: <!-- oewg-enable ${email} -->`,
    ]);
  });

  it('for the entire document, as a YAML comment under the opening "---", so that the front matter is covered too', () => {
    assert.deepEqual(fixed(email, 44, 'for the entire document'), [`2: # oewg-disable ${email}`]);
  });

  it('for the entire document, added to a disable comment already under the opening "---"', () => {
    const commented = structures.replace('---\n', '---\n# oewg-disable principle/gender -- reviewed with the desk\n');
    const fix = fixFor(analyzeFixture(commented), email, 45, 'for the entire document');
    assert.ok(fix);
    assert.deepEqual(changedLines(commented, fix), [`2: # oewg-disable principle/gender ${email} -- reviewed with the desk`]);
  });

  it('for the entire document, first in the body when there is no front matter', () => {
    const bare = structures.slice(structures.indexOf('# Structures'));
    const fix = fixFor(analyzeFixture(bare), email, 3, 'for the entire document');
    assert.ok(fix);
    assert.deepEqual(changedLines(bare, fix), [`1: <!-- oewg-disable ${email} -->`]);
  });

  it('adds the rule to a disable-next-line comment already there', () => {
    const commented = structures.replace(
      'Contact jean.dupont@gmail.com for details.',
      `<!-- oewg-disable-next-line ${email} -->\nContact jean.dupont@gmail.com at CERTX for details.`,
    );
    const acronym = fixFor(analyzeFixture(commented), 'style/undefined-acronym', 11, 'for this line');
    assert.ok(acronym);
    assert.deepEqual(changedLines(commented, acronym), [`10: <!-- oewg-disable-next-line ${email} style/undefined-acronym -->`]);
  });

  it('takes a note naming the group in capitals for a note: a finding on its line is hidden as any other', () => {
    const noted = structures.replace('Contact jean.dupont@gmail.com for details.', 'Contact jean.dupont@gmail.com for details. <!-- OEWG-II: from the 2021 list -->');
    const fix = fixFor(analyzeFixture(noted), email, 10, 'for this line');
    assert.ok(fix);
    assert.deepEqual(changedLines(noted, fix), [`10: <!-- oewg-disable-next-line ${email} -->`]);
  });

  it('offers no comment for a directive in capitals: its own fix writes it in lower case', () => {
    const capitals = structures.replace('Contact jean.dupont@gmail.com for details.', `<!-- OEWG-disable-next-line ${email} -->\nContact jean.dupont@gmail.com for details.`);
    const analysis = analyzeFixture(capitals);
    const problem = analysis.findings.find((finding) => finding.ruleId === 'schema/invalid-value' && finding.range.start.line === 9);
    assert.ok(problem, 'the directive in capitals is reported');
    assert.deepEqual(problem.fixes?.map((fix) => fix.title), ['Replace with "oewg-disable-next-line"']);
    assert.deepEqual(suppressionFixes(analysis.document, problem), []);
  });

  it('offers no local comment where the line readers would see a comment close that Markdown never opened', () => {
    // In a <div> block, "<!--" opens no comment for Markdown; the readers of sections and directives
    // see one open, and the "-->" of a new comment would close it, changing what they see after it.
    const text = `---\nkind: mapping-exercise\nsubmitter: France\ndate: 2024-02-10\nlanguage: en\n---\n\n<div>Contact\n<!-- jean.dupont@gmail.com\nlast line\n\nCERTX runs it\n`;
    const reanalyzed = analyzeFixture(text);
    const fixes = suppressionFixes(reanalyzed.document, reanalyzed.findings.find((finding) => finding.ruleId === email) as Finding);
    assert.deepEqual(fixes.map((fix) => fix.title), [`Disable ${email} for the entire document`]);
  });

});

describe('suppression fixes in the front matter: YAML comments', () => {
  const country = 'country/unknown-name';
  const invalid = 'schema/invalid-value';
  const withFrontMatter = (frontMatter: string) => `---\n${frontMatter}---\n\n# Structures\n\nContact jean.dupont@gmail.com for details.\n`;
  const changed = (text: string, ruleId: string, line: number, scope: string): string[] => {
    const fix = fixFor(analyzeFixture(text), ruleId, line, scope);
    assert.ok(fix, `a fix "… ${scope}" for ${ruleId} on line ${line}`);
    return changedLines(text, fix);
  };
  const titles = (text: string, ruleId: string): string[] => {
    const analysis = analyzeFixture(text);
    const finding = analysis.findings.find((candidate) => candidate.ruleId === ruleId);
    assert.ok(finding, `a ${ruleId} finding`);
    return suppressionFixes(analysis.document, finding).map((fix) => fix.title);
  };
  const northern = withFrontMatter('kind: mapping-exercise\nsubmitter: Northern Macedonia\ndate: 2024-02-10\nlanguage: en\n');

  it("above the finding's line", () => {
    assert.deepEqual(changed(northern, country, 3, 'for this line'), [`3: # oewg-disable-next-line ${country}`]);
  });

  it('for the entire document, under the opening "---"', () => {
    assert.deepEqual(changed(northern, country, 3, 'for the entire document'), [`2: # oewg-disable ${country}`]);
  });

  it('adds the rule to a disable-next-line comment already above the line', () => {
    const commented = northern.replace('submitter:', `# oewg-disable-next-line ${invalid} -- a group of States\nsubmitter:`);
    assert.deepEqual(changed(commented, country, 4, 'for this line'), [`3: # oewg-disable-next-line ${invalid} ${country} -- a group of States`]);
    // A reason after a dash typed as such is a reason too: the rule goes before it.
    const dashed = northern.replace('submitter:', `# oewg-disable-next-line ${invalid} — a group of States\nsubmitter:`);
    assert.deepEqual(changed(dashed, country, 4, 'for this line'), [`3: # oewg-disable-next-line ${invalid} ${country} — a group of States`]);
  });

  // Bytes that were not UTF-8 (U+FFFD) are reported where they are, on any line of a value.
  const unreadable = 'document/unreadable';

  it('indented as the line, inside a nested value', () => {
    const nested = withFrontMatter('kind: mapping-exercise\nsubmitter: France\ndate: 2024-02-10\nlanguage: en\ncontact:\n  name: J\uFFFDr\u00F4me\n');
    assert.deepEqual(changed(nested, unreadable, 7, 'for this line'), [`7:   # oewg-disable-next-line ${unreadable}`]);
  });

  for (const [written, title, line] of [
    ['a block value, where it would be text', 'title: |\n  Capacity building\n  in the r\uFFFDgion\n', 8],
    ['a value over several lines, which it would cut', 'title: Capacity building\n  in the r\uFFFDgion\n', 7],
  ] as const) {
    it(`offers no line comment inside ${written}`, () => {
      const text = withFrontMatter(`kind: mapping-exercise\nsubmitter: France\ndate: 2024-02-10\nlanguage: en\n${title}`);
      assert.deepEqual(titles(text, unreadable), [`Disable ${unreadable} for the entire document`]);
      // Under the opening "---", the comment is outside every value: the title reads the same.
      assert.deepEqual(changed(text, unreadable, line, 'for the entire document'), [`2: # oewg-disable ${unreadable}`]);
    });
  }

  it('offers nothing for a finding on the opening "---" (a missing field), which no comment below can hide', () => {
    const missing = withFrontMatter('kind: mapping-exercise\nsubmitter: France\nlanguage: en\n');
    // A comment under the "---" cannot hide a finding on the "---" itself: nothing is offered.
    assert.deepEqual(titles(missing, 'schema/missing-field'), []);
  });

  it("offers nothing for a directive's own problem", () => {
    const typo = northern.replace('submitter:', '# oewg-disable-next-line countr/unknown-name\nsubmitter:');
    assert.deepEqual(titles(typo, invalid), []);
    // A directive in capitals: its fix writes it in lower case; a comment hiding it would be no fix.
    const capitals = northern.replace('submitter:', '# OEWG-disable-next-line country/unknown-name\nsubmitter:');
    assert.deepEqual(titles(capitals, invalid), []);
  });
});

/**
 * Findings as comparable keys: lines mapped back to the text before the fix; line numbers in
 * messages left out, in either language a message is written in ("at line 21", « à la ligne 21 »).
 */
function keysOf(findings: readonly Finding[], originalLine: (line: number) => number): string[] {
  return findings
    .map((finding) => `${finding.ruleId}|${originalLine(finding.range.start.line)}:${finding.range.start.character}|${finding.message.replace(/\b(line|ligne) \d+/g, '$1 N')}`)
    .sort();
}

/** The submissions a fix must not break: the examples, every fixture, and one corpus entry in twelve. */
function submissions(): { name: string; text: string }[] {
  const found: { name: string; text: string }[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) found.push({ name: path.relative(repositoryRoot, full), text: readFileSync(full, 'utf8') });
    }
  };
  walk(path.join(repositoryRoot, 'examples'));
  walk(fixturesDirectory);
  loadCorpus().forEach((entry, index) => {
    if (index % 12 === 0) found.push({ name: `corpus ${entry.id}`, text: submissionFor(entry) });
  });
  return found;
}

/** Applies every fix offered for every finding of `text`, and checks what the user would see; returns how many. */
function checkEveryFix(text: string): number {
  let checked = 0;
  const analysis = analyzeFixture(text);
  for (const finding of analysis.findings) {
    for (const fix of suppressionFixes(analysis.document, finding)) {
      checked++;
      const after = analyzeFixture(applyFix(text, fix));
      const map = lineMapOf(text, fix);
      const toOriginal = (line: number) => map[line] ?? -1;
      const where = `${fix.title} (line ${finding.range.start.line + 1})`;
      const same = (candidate: Finding) => candidate.ruleId === finding.ruleId;
      // Other rules: the very same findings, at the same places.
      assert.deepEqual(
        keysOf(after.findings.filter((candidate) => !same(candidate)), toOriginal),
        keysOf(analysis.findings.filter((candidate) => !same(candidate)), (line) => line),
        `${where}: other rules' findings unchanged`,
      );
      // The rule itself: the finding gone, nothing new.
      const before = keysOf(analysis.findings.filter(same), (line) => line);
      const left = keysOf(after.findings.filter(same), toOriginal);
      assert.ok(!left.includes(keysOf([finding], (line) => line)[0] as string), `${where}: the finding is hidden`);
      for (const key of left) assert.ok(before.includes(key), `${where}: no new finding ${key}`);
      // Only a comment the user can read: one line, or two around a block.
      assert.ok(fix.edits.every((edit) => /<!-- oewg-(disable|enable)|^[ \t]*# oewg-disable|^ [\w/-]+$/.test(edit.newText)), `${where}: only a directive is written`);
    }
  }
  return checked;
}

describe('suppression fixes: hide the finding, and nothing else changes', () => {
  for (const { name, text } of submissions()) {
    it(name, () => {
      checkEveryFix(text);
    });
  }

  it('on random drafts of lists, quotes, fences, comments and fields, under random front matter', function () {
    // For a longer hunt: SUPPRESSION_FIX_RUNS=20000 (about a minute); the default is the suite's share.
    const runs = Number(process.env.SUPPRESSION_FIX_RUNS ?? 400);
    this.timeout(Math.max(120_000, runs * 20));
    // Lines that open Markdown structures, holding words that make findings, joined tightly or loosely.
    const opening = ['', '', '- ', '  - ', '    - ', '* ', '1. ', '2) ', '> ', '> - ', '> > ', '>   ', '  ', '    ', '\t', '### ', '## ', '```', '~~~ ', '<!-- ', '<div>', '- **Level:** ', '- **Beneficiaries:** ', '- **Start:** '];
    const words = [
      'jean.dupont@gmail.com', 'write to 192.168.1.20', 'CERTX runs it', 'Vietnam', 'Northern Macedonia', 'regionl', '2031',
      'the partner asked for it', 'provided that the partner adopts a law', 'prose words', '-->', '', 'Course',
      '<!-- oewg-disable-next-line style/undefined-acronym -->', '<!-- oewg-enable -->', '===', '---',
    ];
    const line = fc.tuple(fc.constantFrom(...opening), fc.constantFrom(...words), fc.constantFrom('\n', '\n', '\n\n')).map(([start, text, end]) => `${start}${text}${end}`);
    const body = fc.array(line, { maxLength: 30 }).map((lines) => lines.join(''));
    // Front matter: each field valid or not, among comments, directives and values over several lines, in any order.
    const fields = [
      ['kind: mapping-exercise', 'kind: mapping-exercise', 'kind: mapping-exercse'],
      ['submitter: France', 'submitter: Northern Macedonia', 'submitter: Frence'],
      ['date: 2024-02-10', 'date: 2024-13-10'],
      ['language: en', 'language: english'],
    ].map((variants) => fc.constantFrom(...variants));
    const extras = [
      '# a note', '# oewg-disable-next-line country/unknown-name', '# oewg-disable schema/invalid-value', '# oewg-enable', '  # indented note',
      'title: |\n  Capacity\n  in the r\uFFFDgion', 'title: Capacity\n  in the r\uFFFDgion', 'contact:\n  name: J\uFFFDr\u00F4me',
      'responds-to: A/78/265, annex, para. 46', 'responds-to: A/99/999', 'sesion: 7', 'language: fr', '',
    ];
    const frontMatter = fc
      .tuple(fc.tuple(...fields), fc.array(fc.constantFrom(...extras), { maxLength: 4 }))
      .chain(([chosen, added]) => fc.shuffledSubarray([...chosen, ...added], { minLength: chosen.length + added.length }))
      .map((lines) => lines.join('\n'));
    let checked = 0;
    fc.assert(
      fc.property(frontMatter, body, (yaml, text) => {
        checked += checkEveryFix(`---\n${yaml}\n---\n\n${text}\n`);
      }),
      { numRuns: runs },
    );
    assert.ok(checked > 400, `${checked} fixes applied`);
  });
});
