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
import Ajv2020 from 'ajv/dist/2020';
import { compilationSchema, type Compilation } from '../../schemas/compilation';
import type { SubmissionExport } from '../../schemas/submissionExport';
import { csvCell, formatCompilation } from '../../server/src/cli/compileFormat';
import { compileSubmissions, regionOf } from '../../server/src/core/compile/compile';
import { countryPlace } from '../../server/src/core/countryRegions';
import { submissionRecord } from '../../server/src/core/export/submissionRecord';
import { analyzeFixture, repositoryRoot } from '../support/library';

const cli = path.join(repositoryRoot, 'dist', 'cli.js');
const slovenia = path.join('test', 'fixtures', 'compile', 'slovenia-illustrative.md');
const france = path.join('examples', 'france-mapping-exercise.md');
/** Invented, in French: WB3C (as France and Slovenia report it), a Pacific forum, workshops nothing places. */
const luxembourg = path.join('test', 'fixtures', 'compile', 'luxembourg-illustrative-fr.md');
const nbsp = '\u00a0';

function run(args: readonly string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: repositoryRoot, encoding: 'utf8' });
}

/** A submission's record from a small draft, read as the CLI reads it. */
function recordOf(submitter: string, entries: readonly string[]): SubmissionExport {
  const draft = ['---', 'kind: mapping-exercise', `submitter: ${submitter}`, 'language: en', '---', '', '# Response', '', '## Programmes', '', ...entries].join('\n');
  return submissionRecord(analyzeFixture(draft));
}

function entry(title: string, fields: Record<string, string>): string {
  return [`### ${title}`, '', ...Object.entries(fields).map(([label, value]) => `- **${label}:** ${value}`), '', 'What it does.', ''].join('\n');
}

const course = { Level: 'regional', Lead: 'France', Beneficiaries: 'Senegal, Benin', Themes: 'cyber diplomacy', Start: '2021', Status: 'ongoing' };

describe('compile', () => {
  it('prints the examples grouped by region, then theme, with the submitter of each programme', () => {
    const result = run(['compile', 'examples/']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^# Capacity-building programmes, by region and theme\n\n5 programmes from 1 submission\.\n/);
    const headings = result.stdout.split('\n').filter((line) => line.startsWith('## '));
    assert.deepEqual(headings, ['## Africa', '## Europe', '## Interregional']);
    const europe = result.stdout.slice(result.stdout.indexOf('## Europe'), result.stdout.indexOf('## Interregional'));
    assert.match(europe, /### cybercrime\n\n\|.*\n\|.*\n\| Western Balkans Cyber Capacity Center \(WB3C\) \| France \|/);
    // ESIWA (EU-Asia) is interregional cooperation in the Secretariat's report, and here.
    const interregional = result.stdout.slice(result.stdout.indexOf('## Interregional'));
    assert.match(interregional, /\| Enhancing Security Cooperation in and with Asia \(ESIWA\) \| France \|/);
    assert.match(result.stderr, /france-statement-institutional-dialogue\.md is a statement, with no programmes: skipped/);
  });

  it('merges a programme two submitters report: one flagged row, both submitters, States matched across spellings, disagreements shown', () => {
    const result = run(['compile', '--format', 'json', france, slovenia]);
    assert.equal(result.status, 0, result.stderr);
    const compilation = JSON.parse(result.stdout) as Compilation;
    const wb3c = compilation.programmes.filter((programme) => programme.acronym === 'WB3C');
    assert.equal(wb3c.length, 1, 'one row for WB3C');
    const [row] = wb3c;
    assert.ok(row?.merged);
    assert.equal(row.region, 'Europe');
    assert.deepEqual(row.reports.map((report) => report.submitter), ['France', 'Slovenia']);
    assert.deepEqual(row.lead, ['France', 'Slovenia', 'Montenegro']);
    // "Bosnia Herzegovina" (France) and "Bosnia and Herzegovina" (Slovenia) are one State.
    assert.deepEqual(row.beneficiaries, ['Albania', 'Bosnia Herzegovina', 'Kosovo', 'Northern Macedonia', 'Montenegro', 'Serbia']);
    assert.deepEqual(row.themes, ['incident-response-and-training', 'cybercrime']);
    // France names Montenegro a partner and Kosovo a beneficiary, Slovenia does not: both shown.
    assert.deepEqual(row.conflicts, [
      { field: 'lead', values: [{ submitter: 'France', value: 'France; Slovenia' }, { submitter: 'Slovenia', value: 'Slovenia; France; Montenegro' }] },
      {
        field: 'beneficiaries',
        values: [
          { submitter: 'France', value: 'Albania; Bosnia Herzegovina; Kosovo; Northern Macedonia; Montenegro; Serbia' },
          { submitter: 'Slovenia', value: 'Albania; Bosnia and Herzegovina; Montenegro; North Macedonia; Serbia' },
        ],
      },
    ]);
    // Only one report gives funding: nothing to disagree on.
    assert.equal(row.funding, '=HYPERLINK("http://example.invalid")');
    const markdown = run(['compile', france, slovenia]).stdout;
    assert.match(
      markdown,
      /\| Western Balkans Cyber Capacity Center \(WB3C\) \| France; Slovenia \|.*\| merged: reported by France and Slovenia; reports differ on lead \(France: France; Slovenia \/ Slovenia: Slovenia; France; Montenegro\); reports differ on beneficiaries \(/,
    );
    assert.match(markdown, /^5 programmes from 2 submissions\.$/m);
    // The README shows this row: it must be what the command prints.
    const printed = markdown.split('\n').find((line) => line.startsWith('| Western Balkans'));
    assert.ok(printed && readFileSync(path.join(repositoryRoot, 'README.md'), 'utf8').includes(`\n${printed}\n`), 'README shows the merged row as printed');
  });

  it('merges by title up to case, accents and punctuation when there is no common acronym, and shows differing values', () => {
    const compilation = compileSubmissions([
      { path: 'a.md', record: recordOf('France', [entry('École de cyberdiplomatie: Dakar', course)]) },
      { path: 'b.md', record: recordOf('Senegal', [entry('Ecole de Cyberdiplomatie — Dakar', { ...course, Start: '2022' }), entry('Another programme', course)]) },
    ]);
    assert.deepEqual(
      compilation.programmes.map((programme) => [programme.title, programme.reports.map((report) => report.submitter).join('+'), programme.merged]),
      [
        ['École de cyberdiplomatie: Dakar', 'France+Senegal', true],
        ['Another programme', 'Senegal', false],
      ],
    );
    const [merged] = compilation.programmes;
    assert.equal(merged?.start, '2021 | 2022');
    assert.deepEqual(merged?.conflicts, [{ field: 'start', values: [{ submitter: 'France', value: '2021' }, { submitter: 'Senegal', value: '2022' }] }]);
    assert.deepEqual(compilation.groups, [{ region: 'Africa', theme: 'cyber-diplomacy', heading: 'cyber diplomacy', programmes: [0, 1] }]);
    const french = compileSubmissions([{ path: 'a.md', record: recordOf('France', [entry('École de cyberdiplomatie: Dakar', course)]) }], 'fr');
    assert.equal(french.groups[0]?.heading, 'cyberdiplomatie');
  });

  it('lists a programme under each of its themes, and one without a valid theme under "No theme given"', () => {
    const compilation = compileSubmissions([
      { path: 'a.md', record: recordOf('France', [entry('Two themes', { ...course, Themes: 'cybercrime; international law' }), entry('No theme', { ...course, Themes: 'knitting' })]) },
    ]);
    assert.deepEqual(
      compilation.groups.map((group) => [group.region, group.heading, group.programmes]),
      [
        ['Africa', 'international law', [0]],
        ['Africa', 'cybercrime', [0]],
        ['Africa', 'No theme given', [1]],
      ],
    );
  });

  describe('--language fr', () => {
    const headingsOf = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('## '));

    it('prints the Markdown table wholly in French: title, regions in the English table\'s order, columns, values, flags and notes', () => {
      const result = run(['compile', '--language', 'fr', france, slovenia, luxembourg]);
      assert.equal(result.status, 0, result.stderr);
      const markdown = result.stdout;
      assert.match(markdown, /^# Programmes de renforcement des capacités, par région et par thème\n\n7 programmes issus de 3 contributions\.\n/);
      // The order is the table's, not an alphabetical one in either language.
      assert.deepEqual(headingsOf(markdown), ['## Afrique', '## Europe', '## Océanie', '## Coopération interrégionale', '## Région non indiquée']);
      assert.deepEqual(headingsOf(run(['compile', france, slovenia, luxembourg]).stdout), ['## Africa', '## Europe', '## Oceania', '## Interregional', '## Unspecified']);
      assert.ok(markdown.includes('\n| Programme | Présenté par | Niveau | Chef de file | Partenaires | Bénéficiaires | Début | Fin | Statut | Financement | Remarque |\n'), markdown);
      const wb3c = markdown.split('\n').find((line) => line.startsWith('| Western Balkans')) ?? '';
      assert.ok(wb3c.startsWith(`| Western Balkans Cyber Capacity Center (WB3C) | France${nbsp}; Slovenia${nbsp}; Luxembourg | régional \\| bilatéral | France${nbsp}; Slovenia${nbsp}; Montenegro | Montenegro |`), wb3c);
      assert.ok(wb3c.includes(`| en cours |`), wb3c);
      assert.ok(wb3c.includes(`| fusionné${nbsp}: signalé par France, Slovenia et Luxembourg${nbsp}; les contributions diffèrent sur «${nbsp}Thèmes${nbsp}» (France${nbsp}: équipes d'intervention informatique d'urgence et formation technique${nbsp}; cybercriminalité /`), wb3c);
      assert.ok(wb3c.includes(`les contributions diffèrent sur «${nbsp}Niveau${nbsp}» (France${nbsp}: régional / Slovenia${nbsp}: régional / Luxembourg${nbsp}: bilatéral)`), wb3c);
      const pacific = markdown.split('\n').find((line) => line.startsWith('| Forum de cyberdiplomatie du Pacifique'));
      assert.ok(pacific && readFileSync(path.join(repositoryRoot, 'README.md'), 'utf8').includes(`\n${pacific}\n`), 'README shows the French row as printed');
      const unplaced = markdown.slice(markdown.indexOf('## Région non indiquée'));
      assert.match(unplaced, /^## Région non indiquée\n\n### Thème non indiqué\n\n\|.*\n\|.*\n\| Ateliers de sensibilisation \| Luxembourg \| régional \| Luxembourg \|  \| diplomates \| 2022 \|  \| terminé \|/);
      // None of the English frame is left (the submitters' own words, such as France's titles, stay as written).
      for (const english of ['Submitted by', '| Level |', 'merged', 'reports differ', 'programmes from', 'No theme given', 'Unspecified', 'Interregional', '| regional |', '| ongoing |', 'incident-response']) {
        assert.ok(!markdown.includes(english), `"${english}" in the French table`);
      }
    });

    it('writes the CSV with French column titles, regions and values', () => {
      const result = run(['compile', '--language', 'fr', '--format', 'csv', france, slovenia, luxembourg]);
      assert.equal(result.status, 0, result.stderr);
      const lines = result.stdout.split('\r\n');
      assert.equal(lines[0], 'Région,Thème,Programme,Présenté par,Niveau,Chef de file,Partenaires,Bénéficiaires,Début,Fin,Statut,Financement,Remarque');
      assert.ok(lines.includes(`Océanie,cyberdiplomatie,Forum de cyberdiplomatie du Pacifique,Luxembourg,régional,Luxembourg,,Fidji${nbsp}; Tonga${nbsp}; Vanuatu,2024,,prévu,,`), result.stdout);
      assert.ok(lines.includes('Région non indiquée,Thème non indiqué,Ateliers de sensibilisation,Luxembourg,régional,Luxembourg,,diplomates,2022,,terminé,,'), result.stdout);
      assert.ok(lines.some((line) => line.startsWith('Coopération interrégionale,cyberdiplomatie,Enhancing Security Cooperation in and with Asia (ESIWA),France,interrégional,European Union,')), result.stdout);
      assert.ok(!/(^|,)"?[=+\-@]/m.test(result.stdout), 'the formula guard holds in French too');
    });

    it('keeps the JSON\'s English ids and adds the French region heading the hovers use; the English JSON has none', () => {
      const french = JSON.parse(run(['compile', '--language', 'fr', '--format', 'json', france, luxembourg]).stdout) as Compilation;
      const english = JSON.parse(run(['compile', '--format', 'json', france, luxembourg]).stdout) as Compilation;
      assert.deepEqual(french.programmes, english.programmes, 'the programmes are data: the same in both');
      assert.deepEqual(french.groups.map((group) => [group.region, group.theme]), english.groups.map((group) => [group.region, group.theme]));
      assert.ok(english.groups.every((group) => !('regionHeading' in group)));
      const africa = french.groups.find((group) => group.region === 'Africa');
      assert.equal(africa?.regionHeading, countryPlace('SEN', 'fr')?.regions[0], 'the French name of the hover of a State of Africa');
      assert.equal(africa?.regionHeading, 'Afrique');
      assert.deepEqual([...new Set(french.groups.map((group) => group.regionHeading))], ['Afrique', 'Europe', 'Océanie', 'Coopération interrégionale', 'Région non indiquée']);
      assert.ok(compilationSchema.safeParse(french).success);
    });

    it('prints the English table of French submissions as before: English frame, values as ids', () => {
      const markdown = run(['compile', france, slovenia, luxembourg]).stdout;
      assert.match(markdown, /^# Capacity-building programmes, by region and theme\n\n7 programmes from 3 submissions\.\n/);
      const wb3c = markdown.split('\n').find((line) => line.startsWith('| Western Balkans')) ?? '';
      assert.ok(wb3c.startsWith('| Western Balkans Cyber Capacity Center (WB3C) | France; Slovenia; Luxembourg | regional \\| bilateral | France; Slovenia; Montenegro |'), wb3c);
      assert.ok(wb3c.includes('| merged: reported by France and Slovenia and Luxembourg; reports differ on themes (France: incident-response-and-training; cybercrime /'), wb3c);
      assert.ok(markdown.includes('## Unspecified\n\n### No theme given\n'), markdown);
      const csv = run(['compile', '--format', 'csv', france, slovenia, luxembourg]).stdout.split('\r\n');
      assert.ok(csv.includes('Oceania,cyber diplomacy,Forum de cyberdiplomatie du Pacifique,Luxembourg,regional,Luxembourg,,Fidji; Tonga; Vanuatu,2024,,planned,,'), csv.join('\n'));
    });
  });

  it('writes JSON valid against the published JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(repositoryRoot, 'schemas', 'json', 'compilation.schema.json'), 'utf8')) as object);
    const result = run(['compile', '--format', 'json', 'examples/', slovenia]);
    assert.equal(result.status, 0, result.stderr);
    const compilation = JSON.parse(result.stdout) as unknown;
    assert.ok(validate(compilation), JSON.stringify(validate.errors));
    assert.ok(compilationSchema.safeParse(compilation).success);
    assert.deepEqual((compilation as Compilation).submissions, [
      { path: 'examples/france-mapping-exercise.md', submitter: 'France', programmes: 5 },
      { path: 'test/fixtures/compile/slovenia-illustrative.md', submitter: 'Slovenia', programmes: 1 },
    ]);
  });

  it('guards CSV cells a spreadsheet would run as formulas, and quotes as RFC 4180 says', () => {
    const result = run(['compile', '--format', 'csv', france, slovenia]);
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.split('\r\n');
    assert.equal(lines[0], 'Region,Theme,Programme,Submitted by,Level,Lead,Partners,Beneficiaries,Start,End,Status,Funding,Note');
    assert.equal(lines.at(-1), '', 'every record ends with CRLF');
    assert.ok(result.stdout.includes(`"'=HYPERLINK(""http://example.invalid"")"`));
    assert.ok(!/(^|,)"?[=+\-@]/m.test(result.stdout), 'no cell starts with a formula character');
    assert.equal(csvCell('a, "b"'), '"a, ""b"""');
    assert.equal(csvCell('line\nbreak'), '"line\nbreak"');
    assert.equal(csvCell('+33 1'), "'+33 1");
    assert.equal(csvCell('-1'), "'-1");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('=1+1'), "'=1+1");
    assert.equal(csvCell('Senegal'), 'Senegal');
  });

  it('keeps Markdown tables whole whatever a cell holds', () => {
    // A title as a reader sees it: the entities are "<" in the text, and must not become a tag in the table.
    const compilation = compileSubmissions([{ path: 'a.md', record: recordOf('France', [entry('Pipes | and &lt;b>tags&lt;/b>', course)]) }]);
    const markdown = formatCompilation(compilation, 'md');
    assert.ok(markdown.includes('| Pipes \\| and &lt;b>tags&lt;/b> | France |'), markdown);
  });

  it('places a programme by the M49 region of its beneficiaries, or by its level', () => {
    assert.equal(regionOf({ beneficiaries: ['Senegal', 'Benin'], level: 'regional' }, 'en'), 'Africa');
    assert.equal(regionOf({ beneficiaries: ['Sénégal', 'Viet Nam'], level: 'regional' }, 'fr'), 'Interregional');
    assert.equal(regionOf({ beneficiaries: ['India'], level: 'interregional' }, 'en'), 'Interregional');
    assert.equal(regionOf({ beneficiaries: ['India'], level: 'global' }, 'en'), 'Global');
    assert.equal(regionOf({ beneficiaries: ['public agents from Western Africa'], level: 'regional' }, 'en'), 'Africa');
    assert.equal(regionOf({ beneficiaries: ['diplomats'], region: ['Pacific'], level: 'regional' }, 'en'), 'Oceania');
    assert.equal(regionOf({ beneficiaries: ['diplomats'], level: 'regional' }, 'en'), 'Unspecified');
  });

  it('writes the table to a file with -o, and refuses what it cannot read or must not overwrite', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'oewg-compile-'));
    try {
      const out = path.join(folder, 'table.csv');
      const result = run(['compile', '--format', 'csv', '-o', out, 'examples/']);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /wrote .*table\.csv: 1 submission\n/);
      assert.match(readFileSync(out, 'utf8'), /^Region,Theme,Programme,Submitted by/);
      const missing = run(['compile', path.join(folder, 'missing.md')]);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /missing\.md/);
      const badFormat = run(['compile', '--format', 'xlsx', 'examples/']);
      assert.equal(badFormat.status, 2);
      assert.match(badFormat.stderr, /--format must be md, csv, json/);
      const noPath = run(['compile']);
      assert.equal(noPath.status, 2);
      assert.match(noPath.stderr, /no path given/);
      const self = run(['compile', '-o', france, 'examples/']);
      assert.equal(self.status, 2);
      assert.match(self.stderr, /is one of the submissions/);
      assert.match(readFileSync(path.join(repositoryRoot, france), 'utf8'), /^---\n/, 'the submission is untouched');
      const empty = run(['compile', folder]);
      assert.equal(empty.status, 0);
      assert.match(empty.stderr, /no submission found/);
      assert.match(run(['compile', '--help']).stdout, /compile \[options\] PATH/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('compiles from the same records the JSON export writes', () => {
    const record = submissionRecord(analyzeFixture(readFileSync(path.join(repositoryRoot, france), 'utf8')));
    const compilation = compileSubmissions([{ path: 'france.md', record }]);
    assert.deepEqual(
      compilation.programmes.map((programme) => programme.title).sort(),
      record.programmes.map((programme) => programme.title).sort(),
    );
  });
});

describe('export command', () => {
  it('writes each format, and refuses to overwrite the draft or export a non-submission', function () {
    // Seven CLI runs, one after the other: past the default limit on a loaded machine.
    this.timeout(60000);
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
