/**
 * The command line as CI runs it: the built binary (dist/cli.js, which `npm test` builds before
 * mocha), spawned on submissions written to a temporary folder. Exit codes, the JSON contract,
 * SARIF basics, folder walking and the text format.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '../../server/src/core/rules';
import type { JsonChecklist, JsonFinding, JsonPlace } from '../../server/src/cli/formatters';
import { cleanFrontMatter, cleanSubmission, heldBackEntry } from '../support/submissions';

const repositoryRoot = path.join(__dirname, '..', '..');
const cliPath = path.join(repositoryRoot, 'dist', 'cli.js');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runCli(args: readonly string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A submission every rule accepts. */
/** The same submission with one misspelt level: one error with a quick fix, at a known place. */
const levelLine = '- **Level:** regionl';
const erroneousSubmission = cleanSubmission.replace('- **Level:** regional', levelLine);
const levelLineNumber = erroneousSubmission.split('\n').indexOf(levelLine) + 1;
const levelColumn = levelLine.indexOf('regionl') + 1;

interface JsonOutput {
  version: number;
  files: { path: string; findings: JsonFinding[] }[];
}

describe('oewg-drafter (CLI)', function () {
  let folder: string;

  before(function () {
    assert.ok(existsSync(cliPath), `${cliPath} is missing: run "npm run build" first (npm test builds before mocha)`);
    folder = mkdtempSync(path.join(os.tmpdir(), 'oewg-cli-'));
    writeFileSync(path.join(folder, 'clean.md'), cleanSubmission);
    writeFileSync(path.join(folder, 'erroneous.md'), erroneousSubmission);
  });

  after(function () {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  describe('exit codes', function () {
    it('exits 0 on a clean submission', function () {
      const run = runCli(['check', 'clean.md'], folder);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr, '');
    });

    it('exits 1 when a finding is an error', function () {
      const run = runCli(['check', 'clean.md', 'erroneous.md'], folder);
      assert.equal(run.status, 1, run.stderr);
    });

    it('exits 2 on an unknown option, naming it on stderr', function () {
      const run = runCli(['check', '--frobnicate', 'clean.md'], folder);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /unknown option "--frobnicate"/);
      assert.equal(run.stdout, '');
    });

    it('exits 2 when no path is given', function () {
      const run = runCli(['check'], folder);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /no path given/);
    });

    it('exits 2 on a path that does not exist, naming it, and still checks the others', function () {
      const run = runCli(['check', '--format', 'json', 'missing.md', 'clean.md'], folder);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /missing\.md: no such file or folder/);
      const output = JSON.parse(run.stdout) as JsonOutput;
      assert.deepEqual(
        output.files.map((file) => file.path),
        ['clean.md'],
      );
    });

    it('exits 2 on an unknown format or command', function () {
      assert.equal(runCli(['check', '--format', 'xml', 'clean.md'], folder).status, 2);
      const run = runCli(['lint', 'clean.md'], folder);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /unknown command "lint"/);
    });

    it('exits 2 on a file it cannot read', function () {
      if (process.platform === 'win32' || process.getuid?.() === 0) this.skip(); // root reads anything
      const unreadable = path.join(folder, 'unreadable.md');
      writeFileSync(unreadable, cleanSubmission, { mode: 0o000 });
      try {
        const run = runCli(['check', 'unreadable.md'], folder);
        assert.equal(run.status, 2);
        assert.match(run.stderr, /unreadable\.md: cannot be read: permission denied/);
      } finally {
        rmSync(unreadable, { force: true });
      }
    });

    it('exits 2 on a path that is not a regular file (a FIFO), without waiting on it', function () {
      if (process.platform === 'win32') this.skip();
      const fifo = path.join(folder, 'pipe.md');
      const made = spawnSync('mkfifo', [fifo]);
      if (made.error || made.status !== 0) this.skip();
      try {
        const run = runCli(['check', 'pipe.md'], folder);
        assert.equal(run.status, 2);
        assert.match(run.stderr, /pipe\.md: is not a regular file/);
      } finally {
        rmSync(fifo, { force: true });
      }
    });

    it('checks citations against the shipped library and the --sources folders, and refuses a missing folder', function () {
      const draft = `${cleanSubmission}\nSee paragraph 98 of A/AC.292/2024/1 and paragraph 4 of A/80/257.\n`;
      writeFileSync(path.join(folder, 'citations.md'), draft);
      mkdirSync(path.join(folder, 'sources'), { recursive: true });
      writeFileSync(path.join(folder, 'sources', 'final-report.md'), '---\ntitle: Final report\nsymbol: A/80/257\nheld: full\n---\n1. One.\n\n2. Two.\n');
      writeFileSync(path.join(folder, 'sources', 'broken.md'), 'no front matter\n');
      const shipped = runCli(['check', '--format', 'json', 'citations.md'], folder);
      const unknown = (run: Run) =>
        (JSON.parse(run.stdout) as JsonOutput).files[0]?.findings
          .filter((finding) => finding.ruleId === 'citation/unknown-paragraph')
          .map((finding) => finding.message.split(':')[0]);
      assert.deepEqual(unknown(shipped), ['A/AC.292/2024/1 has no paragraph 98']);
      const withSources = runCli(['check', '--format', 'json', '--sources', 'sources', 'citations.md'], folder);
      assert.deepEqual(unknown(withSources), ['A/AC.292/2024/1 has no paragraph 98', 'A/80/257 has no paragraph 4']);
      assert.match(withSources.stderr, /warning: library source .*broken\.md:1: A library source starts with YAML front matter/);
      const missing = runCli(['check', '--sources', 'nowhere', 'citations.md'], folder);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /--sources nowhere: no such folder/);
    });

    it('prints its usage with --help and its version with --version', function () {
      const help = runCli(['--help'], folder);
      assert.equal(help.status, 0);
      assert.match(help.stdout, /^Usage: oewg-drafter <command>/);
      assert.match(help.stdout, /--format FORMAT/);
      const version = runCli(['--version'], folder);
      assert.equal(version.status, 0);
      const manifest = JSON.parse(readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')) as { version: string };
      assert.equal(version.stdout.trim(), manifest.version);
    });
  });

  describe('JSON output', function () {
    it('has exactly the documented shape, with 1-based positions', function () {
      const run = runCli(['check', '--format', 'json', 'erroneous.md', 'clean.md'], folder);
      assert.equal(run.status, 1, run.stderr);
      const output = JSON.parse(run.stdout) as JsonOutput;
      assert.deepEqual(Object.keys(output), ['version', 'files']);
      assert.equal(output.version, 1);
      assert.deepEqual(
        output.files.map((file) => file.path),
        ['erroneous.md', 'clean.md'],
      );
      for (const file of output.files) {
        assert.deepEqual(Object.keys(file), ['path', 'findings']);
        for (const finding of file.findings) {
          assert.deepEqual(Object.keys(finding), ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
          assert.equal(typeof finding.ruleId, 'string');
          assert.ok(['error', 'warning', 'info', 'hint'].includes(finding.severity), finding.severity);
          assert.equal(typeof finding.message, 'string');
          for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
            assert.ok(Number.isInteger(finding[key]) && finding[key] >= 1, `${key} is a 1-based integer`);
          }
        }
      }
      assert.deepEqual(output.files[1]?.findings, []);
      const level = output.files[0]?.findings.find((finding) => finding.ruleId === 'schema/invalid-value');
      assert.ok(level, 'the misspelt level is reported');
      assert.equal(level.severity, 'error');
      assert.match(level.message, /regionl/);
      assert.deepEqual(
        [level.line, level.column, level.endLine, level.endColumn],
        [levelLineNumber, levelColumn, levelLineNumber, levelColumn + 'regionl'.length],
      );
    });

    it('leaves out everything but errors with --quiet', function () {
      const warningOnly = cleanSubmission.replace('- **Start:** 2023-05', '- **Start:** 2023-05\n- **End:** 2022-01');
      writeFileSync(path.join(folder, 'warning.md'), warningOnly);
      const loud = JSON.parse(runCli(['check', '--format', 'json', 'warning.md'], folder).stdout) as JsonOutput;
      assert.ok(loud.files[0]?.findings.some((finding) => finding.severity !== 'error'), 'the end date before the start is reported');
      const run = runCli(['check', '--format=json', '--quiet', 'warning.md'], folder);
      assert.equal(run.status, 0);
      const quiet = JSON.parse(run.stdout) as JsonOutput;
      assert.deepEqual(quiet.files[0]?.findings.filter((finding) => finding.severity !== 'error'), []);
    });
  });

  describe('SARIF output', function () {
    interface SarifRegion {
      startLine: number;
      startColumn: number;
      endLine: number;
      endColumn: number;
    }
    interface SarifLog {
      $schema: string;
      version: string;
      runs: {
        tool: {
          driver: {
            name: string;
            version: string;
            informationUri: string;
            rules: { id: string; shortDescription: { text: string }; helpUri: string; help?: { text: string; markdown: string }; defaultConfiguration: { level: string } }[];
          };
        };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: SarifRegion } }[];
          fixes?: {
            description: { text: string };
            artifactChanges: { artifactLocation: { uri: string }; replacements: { deletedRegion: SarifRegion; insertedContent: { text: string } }[] }[];
          }[];
        }[];
      }[];
    }

    let log: SarifLog;
    before(function () {
      const run = runCli(['check', '--format', 'sarif', 'erroneous.md'], folder);
      assert.equal(run.status, 1, run.stderr);
      log = JSON.parse(run.stdout) as SarifLog;
    });

    it('is a SARIF 2.1.0 log of the oewg-drafter tool', function () {
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-schema-2\.1\.0\.json$/);
      assert.equal(log.runs.length, 1);
      const driver = log.runs[0]?.tool.driver;
      assert.equal(driver?.name, 'oewg-drafter');
      assert.match(driver?.version ?? '', /^\d+\.\d+\.\d+/);
      assert.doesNotThrow(() => new URL(driver?.informationUri ?? ''));
    });

    it('describes each rule once, with a level and a link to its documentation', function () {
      const rules = log.runs[0]?.tool.driver.rules ?? [];
      const ids = rules.map((rule) => rule.id);
      assert.deepEqual(ids, [...new Set(allRules.map((rule) => rule.meta.id))]);
      for (const rule of rules) {
        assert.ok(rule.shortDescription.text.length > 0, `${rule.id} has a description`);
        assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
        assert.match(rule.helpUri, /^file:\/\//);
        const documentation = fileURLToPath(rule.helpUri);
        assert.ok(existsSync(documentation), `${rule.id}: ${documentation} exists`);
      }
    });

    it('carries each rule\'s documentation in the log, for a viewer on another machine that cannot open the file link', function () {
      for (const rule of log.runs[0]?.tool.driver.rules ?? []) {
        assert.equal(rule.help?.markdown, readFileSync(fileURLToPath(rule.helpUri), 'utf8'), rule.id);
        assert.ok(rule.help?.markdown.startsWith(`# \`${rule.id}\``), rule.id);
      }
    });

    it('gives each result a rule index that names its rule, 1-based regions and the quick fix', function () {
      const run = log.runs[0];
      assert.ok(run && run.results.length > 0);
      for (const result of run.results) {
        assert.equal(run.tool.driver.rules[result.ruleIndex]?.id, result.ruleId);
        assert.ok(['error', 'warning', 'note'].includes(result.level));
        assert.equal(result.locations[0]?.physicalLocation.artifactLocation.uri, 'erroneous.md');
      }
      const level = run.results.find((result) => result.ruleId === 'schema/invalid-value');
      assert.ok(level);
      const region = { startLine: levelLineNumber, startColumn: levelColumn, endLine: levelLineNumber, endColumn: levelColumn + 7 };
      assert.deepEqual(level.locations[0]?.physicalLocation.region, region);
      assert.equal(level.level, 'error');
      const replacement = level.fixes?.[0]?.artifactChanges[0]?.replacements[0];
      assert.deepEqual(replacement, { deletedRegion: region, insertedContent: { text: 'regional' } });
    });
  });

  describe('folder walking', function () {
    it('checks submissions in folders and skips non-submissions, node_modules and dot-folders', function () {
      const tree = path.join(folder, 'tree');
      for (const sub of ['nested/deeper', 'node_modules/package', '.git', '.drafts']) mkdirSync(path.join(tree, sub), { recursive: true });
      writeFileSync(path.join(tree, 'a.md'), cleanSubmission);
      writeFileSync(path.join(tree, 'nested', 'deeper', 'b.md'), erroneousSubmission);
      writeFileSync(path.join(tree, 'README.md'), '# Notes\n\nNot a submission: no front matter.\n');
      writeFileSync(path.join(tree, 'notes.txt'), cleanSubmission);
      writeFileSync(path.join(tree, 'node_modules', 'package', 'c.md'), erroneousSubmission);
      writeFileSync(path.join(tree, '.git', 'd.md'), erroneousSubmission);
      writeFileSync(path.join(tree, '.drafts', 'e.md'), erroneousSubmission);

      const run = runCli(['check', '--format', 'json', 'tree/'], folder);
      assert.equal(run.status, 1, run.stderr);
      const output = JSON.parse(run.stdout) as JsonOutput;
      assert.deepEqual(
        output.files.map((file) => file.path),
        ['tree/a.md', 'tree/nested/deeper/b.md'],
      );

      // Named twice, or reached again through a link, a file is checked once.
      const again = JSON.parse(runCli(['check', '--format', 'json', 'tree/a.md', 'tree', './tree/a.md'], folder).stdout) as JsonOutput;
      assert.deepEqual(
        again.files.map((file) => file.path),
        ['tree/a.md', 'tree/nested/deeper/b.md'],
      );

      // Named explicitly, a file is always checked, front matter or not.
      const explicit = JSON.parse(runCli(['check', '--format', 'json', 'tree/README.md'], folder).stdout) as JsonOutput;
      assert.deepEqual(
        explicit.files.map((file) => file.path),
        ['tree/README.md'],
      );
      assert.equal(explicit.files[0]?.findings[0]?.ruleId, 'schema/missing-field');
    });
  });

  describe('text output', function () {
    it('prints path:line:column: severity message [rule-id] lines and a summary, without colour in a pipe', function () {
      const run = runCli(['check', 'erroneous.md', 'clean.md'], folder);
      assert.equal(run.status, 1);
      assert.doesNotMatch(run.stdout, /\x1b\[/);
      const lines = run.stdout.trimEnd().split('\n');
      const summary = lines.pop() ?? '';
      assert.equal(lines.pop(), '', 'a blank line before the summary');
      assert.ok(lines.length > 0);
      for (const line of lines) {
        assert.match(line, /^erroneous\.md:\d+:\d+: (?:error|warning|info|hint) .+ \[[a-z]+\/[a-z-]+\]$/);
      }
      assert.ok(
        lines.some((line) => line.startsWith(`erroneous.md:${levelLineNumber}:${levelColumn}: error `) && line.endsWith('[schema/invalid-value]')),
        lines.join('\n'),
      );
      assert.match(summary, /^\d+ errors?, \d+ warnings?, \d+ info, \d+ hints?: 2 files checked\.$/);
      assert.match(summary, /^[1-9]\d* error/);
    });

    it('says so when nothing was found', function () {
      const run = runCli(['check', 'clean.md'], folder);
      assert.equal(run.stdout, 'No problems found: 1 file checked.\n');
    });

    it('prints a French draft\'s French messages on one line each, in text and in SARIF, and its summary in French', function () {
      const french = `${cleanFrontMatter.replace('language: en', 'language: fr')}\n# Programmes\n\n${heldBackEntry.fr}\nContact : jean.dupont@gmail.com. L’OCLCTIC suit le cours.\n`;
      writeFileSync(path.join(folder, 'francais.md'), french);
      const text = runCli(['check', 'francais.md'], folder);
      assert.equal(text.status, 0, text.stderr);
      const lines = text.stdout.trimEnd().split('\n');
      // The preview's words for a French draft's findings; the finding lines keep their grammar ("warning", "info").
      assert.match(lines.pop() ?? '', /^0 erreur, 1 avertissement, \d+ remarques, 0 indication\u00a0: 1 fichier vérifié\.$/);
      assert.equal(lines.pop(), '');
      const contactLine = french.split('\n').findIndex((line) => line.startsWith('Contact')) + 1;
      for (const line of lines) assert.match(line, /^francais\.md:\d+:\d+: (?:warning|info) (?:«\u00a0|Une adresse).+ \[[a-z]+\/[a-z-]+\]$/);
      assert.ok(lines.includes(`francais.md:${contactLine}:11: warning Une adresse électronique personnelle dans la contribution\u00a0: «\u00a0jean.dupont@gmail.com\u00a0». Les contributions sont publiées par l’ONU\u00a0: retirez cette donnée, ou indiquez un contact institutionnel générique (ou, si l’adresse est institutionnelle, ajoutez-la à oewgDrafter.confidentiality.allowedAddresses). Principe 10 adopté (résumé)\u00a0: la confidentialité des informations sensibles doit être garantie. Texte adopté, en anglais (A/75/816, annexe I, paragraphe 56)\u00a0: «\u00a0The confidentiality of sensitive information should be ensured.\u00a0» [confidentiality/sensitive-data]`), lines.join('\n'));
      assert.ok(lines.some((line) => line.includes('«\u00a0OCLCTIC\u00a0» n’est jamais développé dans cette contribution') && line.endsWith('[style/undefined-acronym]')), lines.join('\n'));
      assert.ok(lines.some((line) => line.includes('«\u00a0Cours de criminalistique\u00a0»\u00a0: rien n’indique comment le genre') && line.endsWith('[principle/gender]')), lines.join('\n'));

      const sarif = runCli(['check', '--format', 'sarif', 'francais.md'], folder);
      const results = (JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string; message: { text: string }; relatedLocations?: { message: { text: string } }[] }[] }[] }).runs[0]?.results ?? [];
      const gender = results.find((result) => result.ruleId === 'principle/gender');
      assert.match(gender?.message.text ?? '', /^«\u00a0Cours de criminalistique\u00a0»\u00a0: rien n’indique comment le genre/);
      assert.match(gender?.relatedLocations?.[0]?.message.text ?? '', /^Principe 9 adopté \(résumé\)\u00a0: le renforcement des capacités doit respecter les droits humains/);
      const textMessages = lines.map((line) => line.replace(/^francais\.md:\d+:\d+: \w+ /, '').replace(/ \[[a-z]+\/[a-z-]+\]$/, ''));
      assert.deepEqual(results.map((result) => result.message.text), textMessages);
    });

    it('does not say "No problems found" when a path could not be read or checked', function () {
      const missing = runCli(['check', 'missing.md'], folder);
      assert.equal(missing.status, 2);
      assert.equal(missing.stdout, 'Check incomplete: 0 files checked; 1 problem reading or checking files.\n');
      const alongside = runCli(['check', 'missing.md', 'clean.md'], folder);
      assert.equal(alongside.status, 2);
      assert.equal(alongside.stdout, 'Check incomplete, no findings: 1 file checked; 1 problem reading or checking files.\n');
    });
  });

  describe('the file written with -o (export, compile)', function () {
    /** Every file under `root`, relative: what a failed write must leave exactly as it was. */
    const filesUnder = (root: string): string[] => readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();

    /** One line on stderr naming the path and the reason, exit 2, no stack, nothing new on disk. */
    function assertRefused(args: readonly string[], expected: string) {
      const before = filesUnder(folder);
      const run = runCli(args, folder);
      assert.equal(run.status, 2, run.stderr);
      assert.equal(run.stderr, `${expected}\n`);
      assert.equal(run.stdout, '');
      assert.deepEqual(filesUnder(folder), before, 'no partial file is left behind');
    }

    before(function () {
      mkdirSync(path.join(folder, 'a-folder'), { recursive: true });
      writeFileSync(path.join(folder, 'a-file'), 'not a folder\n');
    });

    it('refuses a folder that does not exist, naming it', function () {
      assertRefused(['compile', 'clean.md', '-o', './nodir/out.md'], 'oewg-drafter compile: cannot write ./nodir/out.md: no such folder ./nodir');
      assertRefused(['export', '--format', 'html', 'clean.md', '-o', './nodir/out.html'], 'oewg-drafter export: cannot write ./nodir/out.html: no such folder ./nodir');
      assertRefused(['export', '--format', 'json', 'clean.md', '-o', 'nodir/deeper/out.json'], 'oewg-drafter export: cannot write nodir/deeper/out.json: no such folder nodir/deeper');
    });

    it('refuses a name that is a folder, or a path through a file', function () {
      assertRefused(['compile', 'clean.md', '-o', 'a-folder'], 'oewg-drafter compile: cannot write a-folder: is a folder');
      assertRefused(['export', '--format', 'json', 'clean.md', '-o', 'a-folder'], 'oewg-drafter export: cannot write a-folder: is a folder');
      assertRefused(['export', '--format', 'docx', 'clean.md', '-o', 'a-file/out.docx'], 'oewg-drafter export: cannot write a-file/out.docx: a-file is not a folder');
    });

    it('refuses a folder it may not write in', function () {
      if (process.platform === 'win32' || process.getuid?.() === 0) this.skip(); // root writes anywhere
      const locked = path.join(folder, 'locked');
      mkdirSync(locked, { mode: 0o500 });
      try {
        assertRefused(['compile', 'clean.md', '-o', 'locked/out.md'], 'oewg-drafter compile: cannot write locked/out.md: permission denied');
      } finally {
        rmSync(locked, { recursive: true, force: true });
      }
    });

    it('still names the paths it could not read before the write fails', function () {
      const run = runCli(['compile', 'missing.md', 'clean.md', '-o', 'a-folder'], folder);
      assert.equal(run.status, 2);
      assert.equal(run.stderr, 'oewg-drafter compile: missing.md: no such file or folder\noewg-drafter compile: cannot write a-folder: is a folder\n');
    });

    it('writes the whole file, and nothing beside it, when the folder is there', function () {
      const before = filesUnder(folder);
      const run = runCli(['export', '--format', 'json', 'clean.md', '-o', 'a-folder/clean.json'], folder);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr, 'wrote a-folder/clean.json\n');
      assert.deepEqual(filesUnder(folder), [...before, path.join('a-folder', 'clean.json')].sort());
      assert.doesNotThrow(() => JSON.parse(readFileSync(path.join(folder, 'a-folder', 'clean.json'), 'utf8')));
      rmSync(path.join(folder, 'a-folder', 'clean.json'));
    });
  });

  describe('principles checklist (--checklist)', function () {
    // The clean programme, then one whose demand-driven finding the second reading holds back.
    const twoProgrammes = `${cleanSubmission}\n${heldBackEntry.en}`;
    const lineOf = (text: string) => twoProgrammes.split('\n').indexOf(text) + 1;

    before(function () {
      writeFileSync(path.join(folder, 'two-programmes.md'), twoProgrammes);
    });

    it('prints each programme\'s items after the findings: its status, and where the entry addresses it', function () {
      const run = runCli(['check', '--checklist', 'two-programmes.md'], folder);
      const [findings = '', checklist = ''] = run.stdout.split('\nPrinciples checklist');
      assert.match(findings, /: 1 file checked\.\n$/);
      const lines = checklist.trimEnd().split('\n');
      assert.match(lines[0] ?? '', /✓ addressed, ≈ likely addressed in other wording \(second reading\), ~ claimed only, ✗ not addressed/);
      const wb3c = lines.indexOf(`two-programmes.md:${lineOf('### Western Balkans Cyber Capacity Centre (WB3C)')}: Western Balkans Cyber Capacity Centre (WB3C)`);
      const forensic = lines.indexOf(`two-programmes.md:${lineOf('### Forensic course')}: Forensic course`);
      assert.ok(wb3c > 0 && forensic > wb3c, checklist);
      const requests = lineOf('The centre answers requests made by the beneficiaries, in line with paragraph 46 of the annex of A/78/265.');
      assert.equal(lines[wb3c + 6], `  ✓ 6. demand-driven, national ownership: addressed (line ${requests}: "requests made by")`);
      // Nothing the lexicon knows, but the second reading judges the course addresses it: no finding, and the checklist says why.
      assert.equal(lines[forensic + 6], '  ≈ 6. demand-driven, national ownership: likely addressed');
      // Gender has no second reading, so its verdict on this entry does not move when the models are retrained.
      assert.equal(lines[forensic + 9], '  ✗ 9. gender sensitive and inclusive: not addressed');
      // "Without conditions" is honoured by attaching none: finding none is not shown as a shortfall.
      assert.equal(lines[forensic + 3], '  ○ 3. without conditions: no condition found');
      assert.doesNotMatch(findings, /principle\/demand-driven/);
      assert.match(findings, /"Forensic course": nothing says how gender or inclusion is taken into account.+\[principle\/gender\]/);
    });

    const french = cleanFrontMatter.replace('language: en', 'language: fr') + `\n# Programmes\n\n${heldBackEntry.fr}`;
    const frenchLineOf = (words: string) => french.split('\n').findIndex((line) => line.includes(words)) + 1;

    it('writes a French draft\'s checklist wholly in French, as its preview: legend, items, places and summary', function () {
      writeFileSync(path.join(folder, 'french.md'), french);
      const run = runCli(['check', '--checklist', 'french.md'], folder);
      const [findings = '', checklist = ''] = run.stdout.split('\nListe de contrôle des principes');
      assert.match(findings, /\n\n0 erreur, 0 avertissement, \d+ remarques, 0 indication\u00a0: 1 fichier vérifié\.\n$/);
      const lines = checklist.trimEnd().split('\n');
      assert.equal(
        lines[0],
        ' (A/75/816, annexe I, paragraphe 56)\u00a0: ✓ traité, ≈ probablement traité en d’autres termes (seconde lecture), ~ revendiqué seulement, ✗ non traité, ! contredit, ○ aucune condition relevée, – sans objet',
      );
      assert.equal(lines[1], `french.md:${frenchLineOf('### Cours de criminalistique')}: Cours de criminalistique`);
      // Sustainability has no second reading, so its verdict on this entry does not move when the models are retrained.
      assert.equal(lines[2], '  ✗ 1. processus durable\u00a0: non traité');
      assert.equal(lines[4], '  ○ 3. sans condition\u00a0: aucune condition relevée');
      assert.equal(lines[7], '  ≈ 6. axé sur la demande, appropriation nationale\u00a0: probablement traité');
      assert.equal(lines[11], `  ✓ 9. droits humains et libertés fondamentales\u00a0: traité (ligne ${frenchLineOf('autorisation écrite du juge')}\u00a0: «\u00a0autorisation écrite du juge\u00a0»)`);
      assert.doesNotMatch(run.stdout, /addressed|not applicable|line \d|errors|checked/);
    });

    it('writes each draft\'s lines in its language when a run mixes languages, the legend and summary over them in English', function () {
      writeFileSync(path.join(folder, 'french.md'), french);
      const run = runCli(['check', '--checklist', 'french.md', 'two-programmes.md'], folder);
      const [findings = '', checklist = ''] = run.stdout.split('\nPrinciples checklist');
      assert.match(findings, /: 2 files checked\.\n$/);
      const lines = checklist.trimEnd().split('\n');
      assert.match(lines[0] ?? '', /: ✓ addressed, ≈ likely addressed in other wording \(second reading\), ~ claimed only, ✗ not addressed, ! contradicted, ○ no condition found, – not applicable$/);
      const course = lines.indexOf(`french.md:${frenchLineOf('### Cours de criminalistique')}: Cours de criminalistique`);
      assert.ok(course > 0, checklist);
      assert.equal(lines[course + 1], '  ✗ 1. processus durable\u00a0: non traité');
      assert.equal(lines[course + 3], '  ○ 3. sans condition\u00a0: aucune condition relevée');
      assert.ok(lines.includes(`  ✓ 9. droits humains et libertés fondamentales\u00a0: traité (ligne ${frenchLineOf('autorisation écrite du juge')}\u00a0: «\u00a0autorisation écrite du juge\u00a0»)`), checklist);
      // The English draft of the same run keeps its English words.
      assert.ok(lines.includes('  ✗ 9. gender sensitive and inclusive: not addressed'), checklist);
    });

    it('places the checklist in JSON with 1-based lines and columns, as the findings beside it', function () {
      const claimed = twoProgrammes.replace('- **Status:** ongoing\n', '- **Status:** ongoing\n- **Principles:** gender-sensitive, demand-driven\n');
      assert.notEqual(claimed, twoProgrammes);
      writeFileSync(path.join(folder, 'claimed.md'), claimed);
      const run = runCli(['check', '--checklist', '--format', 'json', 'claimed.md'], folder);
      const output = JSON.parse(run.stdout) as { files: { path: string; findings: JsonFinding[]; checklist: JsonChecklist[] }[] };
      const draftLines = claimed.split('\n');
      /** The words of the draft a 1-based place covers. */
      const wordsAt = (place: JsonPlace) => {
        assert.equal(place.endLine, place.line, 'a span within one line');
        return draftLines[place.line - 1]?.slice(place.column - 1, place.endColumn - 1);
      };
      const [wb3c, forensic] = output.files[0]?.checklist ?? [];
      assert.ok(wb3c && forensic);
      assert.deepEqual(Object.keys(wb3c), ['title', 'line', 'column', 'endLine', 'endColumn', 'items']);
      const heading = '### Western Balkans Cyber Capacity Centre (WB3C)';
      assert.deepEqual(
        { line: wb3c.line, column: wb3c.column, endLine: wb3c.endLine, endColumn: wb3c.endColumn },
        { line: draftLines.indexOf(heading) + 1, column: 5, endLine: draftLines.indexOf(heading) + 1, endColumn: heading.length + 1 },
      );
      const demandDriven = wb3c.items.find((item) => item.checkId === 'demand-driven');
      assert.deepEqual(Object.keys(demandDriven ?? {}), ['checkId', 'principleId', 'principleNumber', 'label', 'status', 'evidence', 'claim', 'contrary']);
      const requests = draftLines.findIndex((line) => line.startsWith('The centre answers requests made by'));
      assert.deepEqual(demandDriven?.evidence[0], {
        text: 'requests made by',
        line: requests + 1,
        column: 'The centre answers '.length + 1,
        endLine: requests + 1,
        endColumn: 'The centre answers requests made by'.length + 1,
      });
      assert.equal(demandDriven?.claim?.text, 'demand-driven');
      // Every place, of every kind, covers exactly the words it quotes.
      let spans = 0;
      for (const programme of [wb3c, forensic]) {
        assert.equal(wordsAt(programme), programme.title);
        for (const item of programme.items) {
          for (const span of [...item.evidence, ...item.contrary, ...(item.claim ? [item.claim] : []), ...(item.appliesBecause ? [item.appliesBecause] : [])]) {
            assert.equal(wordsAt(span), span.text, `${programme.title}, ${item.checkId}`);
            spans++;
          }
        }
      }
      assert.ok(spans > 5, `${spans} spans checked`);
    });

    it('refuses --checklist with --format sarif, which has no place for it, rather than drop it silently', function () {
      for (const args of [['--checklist', '--format', 'sarif'], ['--format=sarif', '--checklist']]) {
        const run = runCli(['check', ...args, 'two-programmes.md'], folder);
        assert.equal(run.status, 2);
        assert.equal(run.stdout, '');
        assert.equal(
          run.stderr,
          'oewg-drafter check: --checklist is not part of SARIF output (SARIF has no place for it): use --format json or text for the checklist\nRun "oewg-drafter --help" for usage.\n',
        );
      }
    });

    it('gives the same statuses in JSON, and "not addressed" with the second reading turned off in .oewgrc.json', function () {
      const statusOf = (run: Run) => {
        const output = JSON.parse(run.stdout) as { files: { checklist: { title: string; items: { checkId: string; status: string }[] }[] }[] };
        return output.files[0]?.checklist.find((programme) => programme.title === 'Forensic course')?.items.find((item) => item.checkId === 'demand-driven')?.status;
      };
      assert.equal(statusOf(runCli(['check', '--checklist', '--format', 'json', 'two-programmes.md'], folder)), 'likely-addressed');
      const configured = path.join(folder, 'second-reading-off');
      mkdirSync(configured, { recursive: true });
      writeFileSync(path.join(configured, 'two-programmes.md'), twoProgrammes);
      writeFileSync(path.join(configured, '.oewgrc.json'), JSON.stringify({ principles: { secondReading: false } }));
      const off = runCli(['check', '--checklist', '--format', 'json', 'two-programmes.md'], configured);
      assert.equal(statusOf(off), 'not-addressed');
      assert.match(off.stdout, /principle\/demand-driven/);
    });
  });
});
