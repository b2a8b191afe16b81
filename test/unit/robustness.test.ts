/**
 * Property-based tests of the analyzer (fast-check): for arbitrary text and for arbitrary edits of
 * real submissions, it never throws, no rule fails, every range it reports lies within the
 * document, and analyzing edit after edit with one analyzer (the language server's path, which
 * reuses cached sections) gives exactly what a fresh analyzer gives for the same text.
 *
 * For a longer hunt: ROBUSTNESS_RUNS=20 npx mocha test/unit/robustness.test.ts (20× the runs).
 * A failure prints its seed and counterexample; fast-check shrinks it to a minimal input.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { SubmissionAnalyzer } from '../../server/src/core/analyzer';
import { unchangedByBoth, unchangedByEdit, type UnchangedEnds } from '../../server/src/core/editedSections';
import type { Finding } from '../../server/src/core/findings';
import type { Range } from '../../server/src/core/text';

/** Pieces of submissions and of Markdown, so that random text often means something to the parser. */
const tokens = [
  '\n', '\n', '\n', '\r\n', '\r', ' ', '  ', '    ', '\t', '---', '---\n', '...\n',
  'kind: mapping-exercise\n', 'kind: statement\n', 'submitter: France\n', 'date: 2023-11-16\n', 'language: en\n',
  'language: fr\n', 'session: 7\n', 'a: &x [1, 2]\n', 'b: *x\n', '# ', '## ', '### ', '#### ', '- ', '* ', '+ ', '1. ', '> ',
  '**', '*', '_', '`', '```', '~~~', '<!--', '-->', '<div>', '[', ']', '(', ')', '![', '|', '\\',
  '- **Level:** ', '- **Niveau :** ', '- **Lead:** ', '- **Beneficiaries:** ', '- **Themes:** ', '- **Start:** ',
  '- **End:** ', '- **Status:** ', '- **Statut :** ', '- **Partners:** ', 'Level: ', 'regional', 'régional', 'ongoing',
  'completed', 'terminé', 'cybercrime', 'technical training', '2023-05', '2024', '2022-13', 'France', 'Senegal',
  'Northern Macedonia', 'Vietnam', 'A/78/265', 'A/C.1/78/L.60/Rev.1', '78/L.60 REV1', 'a/res/76/19', 'para. 46',
  '(WB3C)', 'WB3C', ':', ';', ',', '.', '&amp;', '\uFEFF', '\uFFFD', '\0', '\u00a0', '\u202f', 'é', 'e\u0301', '😀',
  '\uD800', '\uDC00', 'The programme responds to requests from ', 'provided that ',
];
const tokenText = (maxLength: number) =>
  fc.array(fc.constantFrom(...tokens), { maxLength }).map((pieces) => pieces.join(''));
const anyCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 300 });

const anyText = fc.oneof(
  tokenText(120),
  fc.string({ unit: 'binary', maxLength: 300 }),
  anyCodeUnits,
  // With valid front matter, the body's rules all run.
  tokenText(120).map((body) => `---\nkind: mapping-exercise\nsubmitter: France\ndate: 2023-11-16\nlanguage: en\n---\n${body}`),
);

/** Real submissions: every rule fixture (English and French, passing and failing) and a generated one. */
function realSubmissions(): string[] {
  const root = path.join(__dirname, '..', 'fixtures', 'rules');
  const texts = readdirSync(root)
    .sort()
    .flatMap((folder) =>
      readdirSync(path.join(root, folder))
        .filter((file) => file.endsWith('.md'))
        .sort()
        .map((file) => readFileSync(path.join(root, folder, file), 'utf8')),
    );
  return [...texts, generatedSubmission()];
}

/** A mapping-exercise response with several programmes, in English and French, some with mistakes. */
function generatedSubmission(): string {
  const entries = [
    ['Western Balkans Cyber Capacity Centre (WB3C)', 'regional', 'France, Slovenia', 'Albania, Montenegro, Serbia', 'technical training; cybercrime', '2023-05', 'ongoing'],
    ['Cyber diplomacy course', 'regionl', 'France', 'Senegal, Benin', 'cyber diplomacy', '2024-03', 'ongoing'],
    ['ESIWA', 'interregional', 'France, Germany', 'Viet Nam, Indonesia', 'norms', '2020', 'completed'],
    ['Western Balkans Cyber Capacity Centre (WB3C)', 'regional', 'France', 'Northern Macedonia', 'cybercrime', '2023', 'ongoing'],
  ];
  const programmes = entries.map(
    ([title, level, lead, beneficiaries, themes, start, status], index) => `### ${title}

- **Level:** ${level}
- **Lead:** ${lead}
- **Beneficiaries:** ${beneficiaries}
- **Themes:** ${themes}
- **Start:** ${start}
${index === 2 ? '- **End:** 2019\n' : ''}- **Status:** ${status}

In line with paragraph 46 of the annex of A/78/265 and resolution 78/L.60 REV1, the partner asked for this programme.
`,
  );
  return `---
kind: mapping-exercise
submitter: France
date: 2023-11-16
language: en
---

# France contribution

## Programmes and initiatives

${programmes.join('\n')}
### École nationale à vocation régionale (ENVR)

- **Niveau :** régional
- **Chef de file :** France
- **Bénéficiaires :** Sénégal, Côte d'Ivoire
- **Thèmes :** cybercriminalité
- **Début :** 2021
- **Statut :** en cours
`;
}

function analyzerFailingOnRuleErrors(): SubmissionAnalyzer {
  return new SubmissionAnalyzer(undefined, (ruleId, error) => {
    throw new Error(`rule ${ruleId} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  });
}

/** Lines as the core counts them: LF, CRLF and CR all end a line. */
function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function assertRangeWithin(range: Range, lines: readonly string[], what: string): void {
  for (const position of [range.start, range.end]) {
    assert.ok(Number.isInteger(position.line) && position.line >= 0 && position.line < lines.length, `${what}: line ${position.line} of ${lines.length}`);
    const length = lines[position.line]?.length ?? 0;
    assert.ok(
      Number.isInteger(position.character) && position.character >= 0 && position.character <= length,
      `${what}: character ${position.character} of line ${position.line} (${length} long)`,
    );
  }
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  assert.ok(ordered, `${what}: starts after it ends`);
}

function assertFindingsWithin(findings: readonly Finding[], text: string): void {
  const lines = linesOf(text);
  for (const finding of findings) {
    const what = `${finding.ruleId} "${finding.message}"`;
    assertRangeWithin(finding.range, lines, what);
    for (const related of finding.related ?? []) assertRangeWithin(related.range, lines, `${what}, related`);
    for (const fix of finding.fixes ?? []) for (const edit of fix.edits) assertRangeWithin(edit.range, lines, `${what}, fix "${fix.title}"`);
  }
}

interface Edit {
  /** Where, as a fraction of the text's length (so that it applies to any version). */
  readonly at: number;
  readonly deleteCount: number;
  readonly insert: string;
}

const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  deleteCount: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 60 })),
  insert: fc.oneof(fc.constant(''), tokenText(4), fc.string({ unit: 'binary', maxLength: 3 })),
});

/** The number of runs, scaled by ROBUSTNESS_RUNS for longer searches. */
function runs(count: number): number {
  const factor = Number(process.env.ROBUSTNESS_RUNS ?? 1);
  return Math.max(1, Math.round(count * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
}

function applyEdit(text: string, edit: Edit): string {
  const offset = Math.min(text.length, Math.floor(edit.at * (text.length + 1)));
  return text.slice(0, offset) + edit.insert + text.slice(offset + edit.deleteCount);
}

describe('robustness (property-based)', function () {
  // Thousands of analyses: more than mocha's default, still a bound on any hang.
  this.timeout(120_000 * Math.max(1, Number(process.env.ROBUSTNESS_RUNS ?? 1) || 1));

  it('never throws on arbitrary text, and every range lies within the document', function () {
    fc.assert(
      fc.property(anyText, (text) => {
        const analysis = analyzerFailingOnRuleErrors().analyze(text);
        assertFindingsWithin(analysis.findings, text);
      }),
      { numRuns: runs(1000) },
    );
  });

  const submissions = realSubmissions();

  it('reuses real submissions as the starting point of edits', function () {
    assert.ok(submissions.length >= 8, `${submissions.length} submissions`);
  });

  it('gives, edit after edit, exactly what a fresh analyzer gives, with every range within the document', function () {
    fc.assert(
      fc.property(fc.constantFrom(...submissions), fc.array(editArbitrary, { minLength: 1, maxLength: 8 }), (original, edits) => {
        const incremental = analyzerFailingOnRuleErrors();
        incremental.analyze(original);
        let text = original;
        for (const edit of edits) {
          text = applyEdit(text, edit);
          const findings = incremental.analyze(text).findings;
          assertFindingsWithin(findings, text);
          assert.deepStrictEqual(findings, analyzerFailingOnRuleErrors().analyze(text).findings, 'incremental and fresh analyses differ');
        }
      }),
      { numRuns: runs(200) },
    );
  });

  // Entries long enough to be cut into parts, with code and comments that hide headings, so that
  // edits open and close fences and comments, and move cuts, across many sections.
  const paragraph = (index: number) =>
    `Paragraph ${index} recounts the sessions held in Dakar and Lomé, the exercises the national teams ran on the shared platform, and the incidents they handled at night, as the organisers noted afterwards.`;
  const longEntries = [
    submissions[0] ?? '',
    ...Array.from({ length: 3 }, (_, entry) =>
      [
        `### Long programme ${entry}\n\n- **Level:** regional\n- **Lead:** France\n- **Beneficiaries:** Senegal\n- **Start:** 2023-05\n- **Status:** ongoing\n`,
        ...Array.from({ length: 50 }, (_, index) => paragraph(index)),
        entry === 1 ? '```\n# not a heading\n```' : '<!--\n## hidden\n-->',
        'It was designed at the request of the partner ministry, provided that the beneficiary adopts the law.',
      ].join('\n\n'),
    ),
  ].join('\n\n');
  const editedSubmissions = [...submissions, longEntries];
  const editSeries = fc.array(fc.tuple(editArbitrary, fc.boolean()), { minLength: 1, maxLength: 8 });

  it('gives the same, told what each edit left unchanged (as the server tells it), analyzed after each edit or after several', function () {
    fc.assert(
      fc.property(fc.constantFrom(...editedSubmissions), editSeries, (original, edits) => {
        const incremental = analyzerFailingOnRuleErrors();
        incremental.analyze(original);
        let text = original;
        let unchanged: UnchangedEnds | undefined;
        for (const [edit, analyzeNow] of edits) {
          const offset = Math.min(text.length, Math.floor(edit.at * (text.length + 1)));
          const end = Math.min(text.length, offset + edit.deleteCount);
          const byEdit = unchangedByEdit(offset, end, text.length);
          unchanged = unchanged ? unchangedByBoth(unchanged, byEdit) : byEdit;
          text = text.slice(0, offset) + edit.insert + text.slice(end);
          if (!analyzeNow) continue;
          const analysis = incremental.analyze(text, unchanged);
          unchanged = undefined;
          const fresh = analyzerFailingOnRuleErrors().analyze(text);
          assert.deepStrictEqual(analysis.findings, fresh.findings, 'incremental and fresh analyses differ');
          assert.deepStrictEqual(
            analysis.document.sections.map((section) => [section.startLine, section.model.text]),
            fresh.document.sections.map((section) => [section.startLine, section.model.text]),
            'the sections differ',
          );
        }
      }),
      { numRuns: runs(200) },
    );
  });

  it('gives the original findings back when an edit is undone', function () {
    fc.assert(
      fc.property(fc.constantFrom(...submissions), editArbitrary, (original, edit) => {
        const analyzer = analyzerFailingOnRuleErrors();
        const before = analyzer.analyze(original).findings;
        analyzer.analyze(applyEdit(original, edit));
        assert.deepStrictEqual(analyzer.analyze(original).findings, before);
      }),
      { numRuns: runs(100) },
    );
  });
});
