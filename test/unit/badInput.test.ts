/**
 * Inputs that are not well-formed submissions, through the core and through the built CLI
 * (dist/cli.js: `npm test` builds it before mocha). Each must give a clear finding, or none where
 * none is due; never a throw, never a rule failure, never a crash of the CLI (exit 0 or 1). Hangs
 * are caught by mocha's timeout: nothing here is timed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyzeSubmission, SubmissionAnalyzer } from '../../server/src/core/analyzer';
import type { Finding } from '../../server/src/core/findings';
import { toJsonFinding, type JsonFinding } from '../../server/src/cli/formatters';
import { cleanFrontMatter, cleanSubmission } from '../support/submissions';

const cliPath = path.join(__dirname, '..', '..', 'dist', 'cli.js');

const frontMatter = cleanFrontMatter;

/** Findings on several lines and columns, with related locations and fixes: for the CRLF and BOM twins. */
const submissionWithFindings = `${frontMatter}
# Contribution

### Cyber diplomacy course

- **Level:** regionl
- **Lead:** France
- **Beneficiaries:** Senegal, Benin
- **Themes:** cyber diplomacy
- **Start:** 2024-03
- **End:** 2023
- **Status:** ongoing

### Digital forensics training

- **Level:** bilateral
- **Lead:** France

### Cyber diplomacy course

- **Level:** global
- **Lead:** France
- **Beneficiaries:** Ghana
- **Themes:** cybercrime
- **Start:** 2022
- **Status:** completed
`;

type CliFinding = JsonFinding;

/** Analyzes with a fresh analyzer; a rule that throws fails the test (it would hide findings). */
function analyze(text: string): Finding[] {
  const failures: string[] = [];
  const analysis = analyzeSubmission(text, (ruleId, error) => failures.push(`${ruleId}: ${String(error)}`));
  assert.deepEqual(failures, [], 'no rule throws');
  return [...analysis.findings];
}

/** Decodes bytes as the CLI does: UTF-8, invalid sequences as U+FFFD, a BOM dropped. */
function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function asCliFindings(findings: readonly Finding[]): CliFinding[] {
  return findings.map(toJsonFinding);
}

function findingsOf(findings: readonly Finding[], ruleId: string): Finding[] {
  return findings.filter((finding) => finding.ruleId === ruleId);
}

/** What comparing two documents' findings means: everything but the text a fix inserts. */
function comparable(findings: readonly Finding[]): unknown[] {
  return findings.map((finding) => ({
    ...finding,
    fixes: finding.fixes?.map((fix) => ({ title: fix.title, ranges: fix.edits.map((edit) => edit.range) })),
  }));
}

describe('bad input', function () {
  const lf = analyze(submissionWithFindings);
  let folder: string;
  let fileCount = 0;

  /** Runs `oewg-drafter check --format json` on the bytes; it must exit 0 or 1 with valid JSON. */
  function checkWithCli(bytes: Uint8Array | string): { status: number; findings: CliFinding[] } {
    const file = path.join(folder, `input-${++fileCount}.md`);
    writeFileSync(file, bytes);
    try {
      const result = spawnSync(process.execPath, [cliPath, 'check', '--format', 'json', file], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      if (result.error) throw result.error;
      assert.ok(result.status === 0 || result.status === 1, `exit ${result.status} (${result.signal ?? 'no signal'}): ${result.stderr}`);
      assert.equal(result.stderr, '', 'nothing on stderr');
      const output = JSON.parse(result.stdout) as { version: number; files: { path: string; findings: CliFinding[] }[] };
      assert.equal(output.files.length, 1);
      return { status: result.status, findings: output.files[0]?.findings ?? [] };
    } finally {
      rmSync(file, { force: true });
    }
  }

  /** The core's findings for `bytes` (decoded as the CLI does), checked against the CLI's output. */
  function analyzeBoth(bytes: Uint8Array | string): { findings: Finding[]; status: number } {
    const findings = analyze(typeof bytes === 'string' ? bytes : decode(bytes));
    const cli = checkWithCli(bytes);
    assert.deepEqual(cli.findings, asCliFindings(findings), 'the CLI reports what the core finds');
    assert.equal(cli.status, findings.some((finding) => finding.severity === 'error') ? 1 : 0);
    return { findings, status: cli.status };
  }

  before(function () {
    assert.ok(existsSync(cliPath), `${cliPath} is missing: run "npm run build" first (npm test builds before mocha)`);
    folder = mkdtempSync(path.join(os.tmpdir(), 'oewg-bad-input-'));
  });

  after(function () {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('the clean submission gives no finding (the baseline of the cases below)', function () {
    assert.deepEqual(analyzeBoth(cleanSubmission).findings, []);
  });

  describe('not text', function () {
    it('an empty file: reported as having no front matter', function () {
      const { findings, status } = analyzeBoth('');
      assert.equal(status, 1);
      assert.equal(findings.length, 1);
      assert.equal(findings[0]?.ruleId, 'schema/missing-field');
      assert.match(findings[0]?.message ?? '', /front matter/);
    });

    it('a PNG file (binary, NUL bytes): reported once as binary, nothing else', function () {
      const png = Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
        Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 37) % 256)),
      ]);
      const { findings, status } = analyzeBoth(png);
      assert.equal(status, 1);
      assert.deepEqual(
        findings.map((finding) => finding.ruleId),
        ['document/unreadable'],
      );
      assert.match(findings[0]?.message ?? '', /binary/);
    });

    it('NUL bytes inside an otherwise valid submission: reported as binary', function () {
      const { findings } = analyzeBoth(cleanSubmission.replace('The centre', 'The\0centre'));
      assert.deepEqual(
        findings.map((finding) => finding.ruleId),
        ['document/unreadable'],
      );
      assert.match(findings[0]?.message ?? '', /binary|NUL/);
    });

    it('invalid UTF-8: reported on the line that holds it, the rest still checked', function () {
      const [before, after] = cleanSubmission.split('The centre answers');
      // A stray 0xFF, and 0xC3 (a lead byte) followed by "(" instead of a continuation byte.
      const invalid = Buffer.concat([
        Buffer.from(`${before}The centre `, 'utf8'),
        Buffer.from([0xff, 0xc3, 0x28]),
        Buffer.from(` answers${after ?? ''}`, 'utf8'),
      ]);
      const { findings, status } = analyzeBoth(invalid);
      assert.equal(status, 0, 'an encoding problem is a warning: the file is still a submission');
      const line = cleanSubmission.split('\n').findIndex((text) => text.startsWith('The centre answers'));
      const unreadable = findingsOf(findings, 'document/unreadable');
      assert.equal(unreadable.length, 1);
      assert.match(unreadable[0]?.message ?? '', /UTF-8/);
      assert.deepEqual(unreadable[0]?.range.start, { line, character: 'The centre '.length });
      assert.deepEqual(findings, unreadable, 'nothing else is reported');
    });

    it('bytes that are neither UTF-8 nor binary (Latin-1 text, no front matter): reported, at most 20 lines', function () {
      const latin1 = Buffer.from(Array.from({ length: 200 }, () => 'Coop\xe9ration r\xe9gionale\n').join(''), 'latin1');
      const { findings } = analyzeBoth(latin1);
      assert.equal(findingsOf(findings, 'schema/missing-field').length, 1);
      const unreadable = findingsOf(findings, 'document/unreadable');
      assert.ok(unreadable.length >= 1 && unreadable.length <= 20, `${unreadable.length} findings`);
    });
  });

  describe('broken front matter', function () {
    const body = cleanSubmission.slice(frontMatter.length);

    it('never closed', function () {
      const { findings } = analyzeBoth(`---\nkind: mapping-exercise\nsubmitter: France\n${body}`);
      const invalid = findingsOf(findings, 'schema/invalid-value');
      assert.equal(invalid.length, 1);
      assert.match(invalid[0]?.message ?? '', /front matter is never closed/);
      assert.equal(invalid[0]?.range.start.line, 0);
    });

    it('invalid YAML', function () {
      const { findings } = analyzeBoth(`---\nkind: [mapping-exercise\nsubmitter: France: Paris\n---\n${body}`);
      const invalid = findingsOf(findings, 'schema/invalid-value');
      assert.ok(invalid.length >= 1);
      assert.match(invalid[0]?.message ?? '', /not valid YAML/);
    });

    it('a list instead of a map', function () {
      const { findings } = analyzeBoth(`---\n- kind: mapping-exercise\n- submitter: France\n---\n${body}`);
      const missing = findingsOf(findings, 'schema/missing-field');
      assert.equal(missing.length, 1);
      assert.match(missing[0]?.message ?? '', /"key: value"/);
    });

    it('tabs as indentation', function () {
      const { findings } = analyzeBoth(`---\nkind: mapping-exercise\nsubmitter:\n\tname: France\n---\n${body}`);
      const invalid = findingsOf(findings, 'schema/invalid-value');
      assert.ok(invalid.length >= 1);
      assert.match(invalid[0]?.message ?? '', /[Tt]ab/);
      assert.equal(invalid[0]?.range.start.line, 3, 'on the line with the tab');
    });

    it('a YAML alias bomb ("billion laughs")', function () {
      const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
      const yaml = levels
        .map((name, index) =>
          index === 0 ? `${name}: &${name} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]` : `${name}: &${name} [${Array(9).fill(`*${levels[index - 1]}`).join(',')}]`,
        )
        .join('\n');
      const { findings, status } = analyzeBoth(`---\n${yaml}\n---\n${body}`);
      assert.equal(status, 1);
      const invalid = findingsOf(findings, 'schema/invalid-value');
      assert.equal(invalid.length, 1);
      assert.match(invalid[0]?.message ?? '', /alias/);
    });

    it('nested 10,000 levels deep (YAML flow collections)', function () {
      const text = `---\nkind: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n${body}`;
      const findings = analyze(text);
      const invalid = findingsOf(findings, 'schema/invalid-value');
      assert.equal(invalid.length, 1);
      assert.match(invalid[0]?.message ?? '', /nests brackets more than 64 levels deep/);
      const cli = checkWithCli(text);
      assert.equal(cli.status, 1);
      assert.deepEqual(
        cli.findings.map((finding) => [finding.ruleId, finding.message, finding.line]),
        asCliFindings(findings).map((finding) => [finding.ruleId, finding.message, finding.line]),
      );
    });
  });

  describe('huge or deeply nested Markdown', function () {
    it('30,000 brackets in one paragraph: reported, not parsed (remark would take seconds)', function () {
      const findings = analyze(`${cleanSubmission}\n# Links\n\n${'[a]'.repeat(30_000)}\n`);
      const unreadable = findingsOf(findings, 'document/unreadable');
      assert.equal(unreadable.length, 1);
      assert.match(unreadable[0]?.message ?? '', /brackets/);
    });

    it('16,000 lone emphasis markers in one paragraph: reported where the limit is passed, not parsed (remark would take seconds per keystroke)', function () {
      const text = `${cleanSubmission}\n# Pasted\n\nIntro.\n\n${'x*y '.repeat(16_000)}\n`;
      const unreadable = findingsOf(analyze(text), 'document/unreadable');
      assert.equal(unreadable.length, 1);
      assert.match(unreadable[0]?.message ?? '', /more than 4000 "\*" or "_" emphasis markers: it was not checked/);
      assert.equal(unreadable[0]?.range.start.line, text.split('\n').findIndex((line) => line.startsWith('x*y')));
    });

    it('a long table of bold labels and italic notes is parsed and checked as usual', function () {
      const rows = Array.from({ length: 400 }, (_, index) => `| **Programme ${index}** | *regional* | Northern Macedonia |`).join('\n');
      const findings = analyze(`${cleanSubmission}\n# Annex\n\n${rows}\n`);
      assert.deepEqual(findingsOf(findings, 'document/unreadable'), []);
    });

    it('30,000 list items under one heading: cut into sections, so an edit re-parses one part', function () {
      // Seconds of real work on a quiet machine; the limit only catches a hang.
      this.timeout(60_000);
      const items = Array.from({ length: 30_000 }, (_, index) => `- item ${index}\n\n`).join('');
      const text = `${cleanSubmission}\n# Items\n\n${items}`;
      const analyzer = new SubmissionAnalyzer();
      const sections = analyzer.analyze(text).document.sections.length;
      assert.ok(sections > 10, `only ${sections} sections`);
      const edited = text.replace('- item 15000\n', '- item 15000, edited\n');
      assert.deepEqual(analyzer.analyze(edited).findings, analyzeSubmission(edited).findings);
    });

    it('a single 10 MB line of prose: checked, nothing to report', function () {
      // Ten seconds of real work on a quiet machine; the limit only catches a hang (speed is `npm run bench`'s).
      this.timeout(60_000);
      const line = 'Capacity-building is demand-driven and nationally owned. '.repeat(Math.ceil(10_000_000 / 57));
      const { findings } = analyzeBoth(`${cleanSubmission}\n${line}\n`);
      assert.deepEqual(findings, []);
    });

    const nestingCases: { name: string; markdown: string }[] = [
      { name: '"- " repeated 10,000 times on one line', markdown: `${'- '.repeat(10_000)}deep\n` },
      {
        name: 'a list nested by indentation over 10,000 lines',
        markdown: `${Array.from({ length: 10_000 }, (_, level) => `${' '.repeat(2 * level)}- level ${level}`).join('\n')}\n`,
      },
      { name: '"> " repeated 10,000 times on one line', markdown: `${'> '.repeat(10_000)}deep\n` },
      { name: '"1. " repeated 10,000 times on one line', markdown: `${'1. '.repeat(10_000)}deep\n` },
      { name: '"- > " repeated 5,000 times on one line', markdown: `${'- > '.repeat(5_000)}deep\n` },
    ];
    for (const { name, markdown } of nestingCases) {
      it(`${name}: reported as too deep, the other sections still checked`, function () {
        // The indented list alone is 100 MB of spaces: a hang guard, not a speed check.
        this.timeout(60_000);
        const prefix = `${cleanSubmission}\n## Annex\n\n`;
        const { findings } = analyzeBoth(`${prefix}${markdown}\n## After\n\n- **Level:** regionl\n`);
        const unreadable = findingsOf(findings, 'document/unreadable');
        assert.equal(unreadable.length, 1);
        assert.match(unreadable[0]?.message ?? '', /nested/);
        const annexLine = prefix.split('\n').length - 1;
        assert.ok((unreadable[0]?.range.start.line ?? -1) >= annexLine, 'inside the nested section');
        // The programme after it is still read: its misspelt level and missing fields are reported
        // (and, since it says nothing of the principles, so are they).
        assert.deepEqual(
          findings.map((finding) => finding.ruleId).filter((id) => !id.startsWith('principle/')),
          ['document/unreadable', 'schema/missing-field', 'schema/invalid-value'],
        );
        assert.ok(findingsOf(findings, 'principle/results').length > 0);
        assert.match(findingsOf(findings, 'schema/invalid-value')[0]?.message ?? '', /regionl/);
      });
    }
  });

  describe('line endings and byte order marks', function () {

    it('the reference document has findings on several lines', function () {
      assert.ok(new Set(lf.map((finding) => finding.range.start.line)).size >= 3, JSON.stringify(lf));
    });

    const twins: { name: string; text: string; bytes: Uint8Array }[] = [
      { name: 'CRLF', text: submissionWithFindings.replace(/\n/g, '\r\n'), bytes: Buffer.from(submissionWithFindings.replace(/\n/g, '\r\n')) },
      {
        name: 'UTF-8 BOM',
        text: `\uFEFF${submissionWithFindings}`,
        bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(submissionWithFindings)]),
      },
      {
        name: 'BOM and CRLF',
        text: `\uFEFF${submissionWithFindings.replace(/\n/g, '\r\n')}`,
        bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(submissionWithFindings.replace(/\n/g, '\r\n'))]),
      },
      { name: 'CR only (classic Mac)', text: submissionWithFindings.replace(/\n/g, '\r'), bytes: Buffer.from(submissionWithFindings.replace(/\n/g, '\r')) },
    ];
    for (const twin of twins) {
      it(`${twin.name}: the same findings, at the same lines and columns, as the LF twin`, function () {
        assert.deepEqual(comparable(analyze(twin.text)), comparable(lf), 'core, text as given');
        const cli = checkWithCli(twin.bytes);
        assert.deepEqual(cli.findings, asCliFindings(lf), 'CLI, bytes as saved');
        assert.equal(cli.status, 1);
      });
    }

    it('UTF-16 with a BOM (Windows "Unicode" text): read as text by the CLI', function () {
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(submissionWithFindings, 'utf16le')]);
      assert.deepEqual(checkWithCli(utf16).findings, asCliFindings(lf));
    });
  });

  describe('the same analyzer across bad versions', function () {
    it('recovers: bad input, then the clean text, gives the clean findings', function () {
      const analyzer = new SubmissionAnalyzer(undefined, (ruleId, error) => assert.fail(`${ruleId} threw: ${String(error)}`));
      for (const text of ['', '\0\0binary', `${'> '.repeat(10_000)}x`, '---\nkind: [\n---\n', submissionWithFindings]) {
        analyzer.analyze(text);
      }
      assert.deepEqual(analyzer.analyze(cleanSubmission).findings, []);
      assert.deepEqual(comparable(analyzer.analyze(submissionWithFindings).findings), comparable(lf));
    });
  });
});
