/**
 * `oewg-drafter compile`: the programmes of several submissions in one table by region and theme,
 * one programme reported twice merged and flagged, and the table safe to open in a spreadsheet.
 * Run through the built binary, as users run it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileSubmissions, regionOf } from '../../server/src/core/compile/compile';
import { csvCell } from '../../server/src/cli/compileFormat';
import { submissionRecord } from '../../server/src/core/export/submissionRecord';
import { analyzeFixture, repositoryRoot } from '../support/library';

const cli = path.join(repositoryRoot, 'dist', 'cli.js');
const slovenia = path.join('test', 'fixtures', 'compile', 'slovenia-illustrative.md');

function run(args: readonly string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: repositoryRoot, encoding: 'utf8' });
}

describe('compile', () => {
  it('prints the examples grouped by region, then theme, with the submitter of each programme', () => {
    const result = run(['compile', 'examples/']);
    assert.equal(result.status, 0, result.stderr);
    const headings = result.stdout.split('\n').filter((line) => line.startsWith('## '));
    assert.deepEqual(headings, ['## Africa', '## Europe', '## Interregional']);
    const europe = result.stdout.slice(result.stdout.indexOf('## Europe'), result.stdout.indexOf('## Interregional'));
    assert.match(europe, /### cybercrime\n\n\|.*\n\|.*\n\| Western Balkans Cyber Capacity Center \(WB3C\) \| France \|/);
    assert.match(result.stderr, /france-statement-institutional-dialogue\.md is a statement, with no programmes: skipped/);
  });

  it('merges a programme two submitters report, lists both and flags where they differ', () => {
    const result = run(['compile', '--format', 'json', 'examples/france-mapping-exercise.md', slovenia]);
    assert.equal(result.status, 0, result.stderr);
    const compilation = JSON.parse(result.stdout) as ReturnType<typeof compileSubmissions>;
    const wb3c = compilation.programmes.filter((programme) => programme.acronym === 'WB3C');
    assert.equal(wb3c.length, 1, 'one row for WB3C');
    const [row] = wb3c;
    assert.ok(row?.merged);
    assert.deepEqual(row.reports.map((report) => report.submitter), ['France', 'Slovenia']);
    assert.deepEqual(row.lead, ['France', 'Slovenia', 'Montenegro']);
    assert.ok(row.conflicts.includes('funding') === false && row.funding?.startsWith('=HYPERLINK'));
    const markdown = run(['compile', 'examples/france-mapping-exercise.md', slovenia]).stdout;
    assert.match(markdown, /\| France; Slovenia \|.*reported by 2 submissions, merged/);
  });

  it('guards CSV cells a spreadsheet would run as formulas, and quotes as RFC 4180 says', () => {
    const result = run(['compile', '--format', 'csv', 'examples/france-mapping-exercise.md', slovenia]);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(result.stdout.includes(`"'=HYPERLINK(""http://example.invalid"")"`));
    assert.ok(!/(^|,)=/m.test(result.stdout));
    assert.equal(csvCell('a, "b"'), '"a, ""b"""');
    assert.equal(csvCell('+33 1'), "'+33 1");
  });

  it('places a programme by the M49 region of its beneficiaries, or by its level', () => {
    assert.equal(regionOf({ beneficiaries: ['Senegal', 'Benin'], level: 'regional' }, 'en'), 'Africa');
    assert.equal(regionOf({ beneficiaries: ['Sénégal', 'Viet Nam'], level: 'regional' }, 'fr'), 'Interregional');
    assert.equal(regionOf({ beneficiaries: ['India'], level: 'interregional' }, 'en'), 'Interregional');
    assert.equal(regionOf({ beneficiaries: ['public agents from Western Africa'], level: 'regional' }, 'en'), 'Africa');
    assert.equal(regionOf({ beneficiaries: ['diplomats'], level: 'regional' }, 'en'), 'Unspecified');
  });

  it('writes the table to a file with -o, and refuses what it cannot read', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'oewg-compile-'));
    try {
      const out = path.join(folder, 'table.csv');
      const result = run(['compile', '--format', 'csv', '-o', out, 'examples/']);
      assert.equal(result.status, 0, result.stderr);
      assert.match(readFileSync(out, 'utf8'), /^Region,Theme,Programme,Submitted by/);
      assert.equal(run(['compile', path.join(folder, 'missing.md')]).status, 2);
      assert.equal(run(['compile', '--format', 'xlsx', 'examples/']).status, 2);
      assert.match(run(['compile']).stderr, /no path given/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('compiles from the same records the JSON export writes', () => {
    const record = submissionRecord(analyzeFixture(readFileSync(path.join(repositoryRoot, 'examples', 'france-mapping-exercise.md'), 'utf8')));
    const compilation = compileSubmissions([{ path: 'france.md', record }]);
    assert.equal(compilation.programmes.length, record.programmes.length);
  });
});

describe('export command', () => {
  it('writes each format, and refuses to overwrite the draft or export a non-submission', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'oewg-export-'));
    try {
      for (const format of ['docx', 'html', 'json']) {
        const out = path.join(folder, `france.${format}`);
        const result = run(['export', '--format', format, 'examples/france-mapping-exercise.md', '-o', out]);
        assert.equal(result.status, 0, result.stderr);
        const bytes = readFileSync(out);
        if (format === 'docx') assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
        if (format === 'html') assert.match(bytes.toString('utf8'), /^<!DOCTYPE html>/);
        if (format === 'json') assert.equal((JSON.parse(bytes.toString('utf8')) as { metadata: { submitter: string } }).metadata.submitter, 'France');
      }
      const draft = path.join(folder, 'draft.md');
      writeFileSync(draft, '# Notes\n\nNot a submission.\n');
      assert.match(run(['export', '--format', 'html', draft, '-o', path.join(folder, 'notes.html')]).stderr, /is not a submission/);
      const self = run(['export', '--format', 'html', 'examples/france-mapping-exercise.md', '-o', 'examples/france-mapping-exercise.md']);
      assert.equal(self.status, 2);
      assert.match(self.stderr, /is the submission itself/);
      assert.equal(run(['export', '--format', 'pdf', 'examples/france-mapping-exercise.md', '-o', path.join(folder, 'x.pdf')]).status, 2);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
