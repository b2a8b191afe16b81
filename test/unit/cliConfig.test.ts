/**
 * `oewg-drafter check` and the team's `.oewgrc.json` (the built binary, as CI runs it): the file
 * found upward from the current directory (not past the repository's root), `--config FILE`,
 * `--no-config`, severities including `off`, invalid parts reported as warnings, inline
 * suppression comments honoured, and the second reading turned off by the file.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { JsonFinding } from '../../server/src/cli/formatters';
import { cleanFrontMatter, cleanSubmission, heldBackEntry } from '../support/submissions';

const repositoryRoot = path.join(__dirname, '..', '..');
const cliPath = path.join(repositoryRoot, 'dist', 'cli.js');

/** One error (schema/invalid-value, a misspelt level) in an otherwise clean submission. */
const erroneousSubmission = cleanSubmission.replace('- **Level:** regional', '- **Level:** regionl');

function check(args: readonly string[], cwd: string) {
  const result = spawnSync(process.execPath, [cliPath, 'check', '--format', 'json', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.error) throw result.error;
  const findings =
    result.status === 2 ? [] : (JSON.parse(result.stdout) as { files: { findings: JsonFinding[] }[] }).files.flatMap((file) => file.findings);
  return { status: result.status, stderr: result.stderr, findings: findings.map((finding) => `${finding.ruleId}:${finding.severity}`) };
}

describe('oewg-drafter check with .oewgrc.json', function () {
  let root: string;
  let repository: string;
  let submissions: string;

  before(function () {
    assert.ok(existsSync(cliPath), `${cliPath} is missing: run "npm run build" first (npm test builds before mocha)`);
  });

  beforeEach(function () {
    root = mkdtempSync(path.join(os.tmpdir(), 'oewg-cli-config-'));
    repository = path.join(root, 'repository');
    submissions = path.join(repository, 'submissions', '2024');
    mkdirSync(submissions, { recursive: true });
    mkdirSync(path.join(repository, '.git'));
    writeFileSync(path.join(submissions, 'erroneous.md'), erroneousSubmission);
  });

  afterEach(function () {
    rmSync(root, { recursive: true, force: true });
  });

  const writeConfig = (folder: string, content: unknown) =>
    writeFileSync(path.join(folder, '.oewgrc.json'), typeof content === 'string' ? content : JSON.stringify(content));

  it('reports at the default severities without a file', function () {
    const run = check(['erroneous.md'], submissions);
    assert.equal(run.status, 1);
    assert.deepEqual(run.findings, ['schema/invalid-value:error']);
  });

  it('reads the nearest .oewgrc.json above the current directory; "off" hides a rule', function () {
    writeConfig(repository, { rules: { 'schema/invalid-value': 'off' } });
    const run = check(['erroneous.md'], submissions);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.findings, []);
    assert.equal(run.stderr, '');
  });

  it('applies a changed severity, and the exit status follows it', function () {
    writeConfig(repository, { rules: { 'schema/invalid-value': 'warning' } });
    const run = check(['erroneous.md'], submissions);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.findings, ['schema/invalid-value:warning']);
  });

  it('prefers the file nearest the current directory', function () {
    writeConfig(repository, { rules: { 'schema/invalid-value': 'off' } });
    writeConfig(submissions, { rules: { 'schema/invalid-value': 'hint' } });
    assert.deepEqual(check(['erroneous.md'], submissions).findings, ['schema/invalid-value:hint']);
  });

  it('does not look above the folder that holds .git', function () {
    writeConfig(root, { rules: { 'schema/invalid-value': 'off' } });
    assert.deepEqual(check(['erroneous.md'], submissions).findings, ['schema/invalid-value:error']);
  });

  it('reads --config FILE instead, and no file with --no-config', function () {
    writeConfig(repository, { rules: { 'schema/invalid-value': 'off' } });
    const elsewhere = path.join(root, 'team.json');
    writeFileSync(elsewhere, JSON.stringify({ rules: { 'schema/invalid-value': 'info' } }));
    assert.deepEqual(check(['--config', elsewhere, 'erroneous.md'], submissions).findings, ['schema/invalid-value:info']);
    assert.deepEqual(check([`--config=${elsewhere}`, 'erroneous.md'], submissions).findings, ['schema/invalid-value:info']);
    assert.deepEqual(check(['--no-config', 'erroneous.md'], submissions).findings, ['schema/invalid-value:error']);
  });

  it('is a usage error when --config names no file, or a file that is not JSON', function () {
    const missing = check(['--config', 'nowhere.json', 'erroneous.md'], submissions);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /--config nowhere\.json: no such file/);
    writeFileSync(path.join(submissions, 'broken.json'), '{ "rules": ');
    const broken = check(['--config', 'broken.json', 'erroneous.md'], submissions);
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /--config broken\.json: not valid JSON/);
    assert.equal(check(['--config'], submissions).status, 2);
  });

  it('stops on a .oewgrc.json found upward that is not JSON: CI must not pass on the defaults', function () {
    writeConfig(repository, '{ "rules": { "schema/invalid-value": "off" }');
    const run = check(['erroneous.md'], submissions);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\.\.\/\.\.\/\.oewgrc\.json: not valid JSON/);
  });

  it('warns on stderr about the invalid parts of the file, and applies the rest', function () {
    writeConfig(repository, {
      rules: { 'schema/invalid-value': 'off', 'principle/gendr': 'off', 'date/order': 'loud' },
      acronym: { known: ['ANSSI'] },
    });
    const run = check(['erroneous.md'], submissions);
    assert.equal(run.status, 0);
    assert.deepEqual(run.findings, []);
    const warnings = run.stderr.trim().split('\n');
    assert.equal(warnings.length, 3, run.stderr);
    for (const warning of warnings) assert.match(warning, /^oewg-drafter: warning: \.\.\/\.\.\/\.oewgrc\.json: .+ \(left out; the rest of the file applies\)$/);
    assert.match(run.stderr, /"principle\/gendr" is not a rule id/);
    assert.match(run.stderr, /rules\.date\/order: /);
    assert.match(run.stderr, /"acronym" is not a known key/);
  });

  it('reads the first 1000 acronyms of a longer list, and says so rather than "left out"', function () {
    writeFileSync(path.join(submissions, 'acronyms.md'), `${cleanSubmission}\nThe QWXA and ZYVB desks follow it up.\n`);
    const filler = Array.from({ length: 999 }, (_, index) => `AC${index}`);
    writeConfig(repository, { acronyms: { known: ['QWXA', ...filler, 'ZYVB'] } });
    const run = check(['acronyms.md'], submissions);
    assert.equal(run.status, 0);
    assert.equal(
      run.stderr,
      'oewg-drafter: warning: ../../.oewgrc.json: acronyms.known: 1001 entries, more than the 1000 a list may hold (only the first 1000 are read, the other entry is left out; the rest of the file applies)\n',
    );
    // QWXA, first in the list, is known; ZYVB, the 1001st, is not.
    assert.deepEqual(run.findings, ['style/undefined-acronym:info']);
  });

  it('stops on a file that is JSON but not an object: nothing in it applies', function () {
    for (const [content, holds] of [['null', 'null'], ['[]', 'an array'], ['42', 'a number']]) {
      writeConfig(repository, content);
      const run = check(['erroneous.md'], submissions);
      assert.equal(run.status, 2);
      assert.equal(
        run.stderr,
        `oewg-drafter check: ../../.oewgrc.json: not a JSON object of settings ({ "rules": … }): it holds ${holds} (nothing was checked: correct the file, or use --no-config)\nRun "oewg-drafter --help" for usage.\n`,
      );
    }
  });

  it('honours inline suppression comments', function () {
    const suppressed = erroneousSubmission.replace(
      '- **Level:** regionl',
      '<!-- oewg-disable-next-line schema/invalid-value -- the level is the partner\'s -->\n- **Level:** regionl',
    );
    writeFileSync(path.join(submissions, 'suppressed.md'), suppressed);
    const run = check(['suppressed.md'], submissions);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.findings, []);
    const typo = suppressed.replace('schema/invalid-value --', 'schema/invalid-valeu --');
    writeFileSync(path.join(submissions, 'typo.md'), typo);
    assert.deepEqual(check(['typo.md'], submissions).findings, ['schema/invalid-value:warning', 'schema/invalid-value:error']);
  });

  it('turns the second reading off when the file says so', function () {
    writeFileSync(path.join(submissions, 'course.md'), `${cleanFrontMatter}\n# Programmes\n\n${heldBackEntry.en}`);
    const demandDriven = (run: { findings: string[] }) => run.findings.filter((finding) => finding.startsWith('principle/demand-driven'));
    assert.deepEqual(demandDriven(check(['course.md'], submissions)), [], 'held back by default');
    writeConfig(repository, { principles: { secondReading: false } });
    assert.deepEqual(demandDriven(check(['course.md'], submissions)), ['principle/demand-driven:info']);
  });
});
