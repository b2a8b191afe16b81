/**
 * Export: the JSON record (valid against its published JSON Schema, nothing silently lost), the
 * HTML (the preview's body and the standalone file, inert whatever the draft holds) and the DOCX
 * (opened as the zip it is; converted to PDF and a page image where LibreOffice is installed).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import JSZip from 'jszip';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { submissionRecord } from '../../server/src/core/export/submissionRecord';
import { escapeHtml, renderSubmissionHtml } from '../../server/src/core/render/html';
import { exportSubmission } from '../../server/src/export/exportSubmission';
import { analyzeFixture, builtinLibrary, repositoryRoot } from '../support/library';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const example = readFileSync(path.join(repositoryRoot, 'examples', 'france-mapping-exercise.md'), 'utf8');
const statement = readFileSync(path.join(repositoryRoot, 'examples', 'france-statement-institutional-dialogue.md'), 'utf8');
const hostile = readFileSync(path.join(repositoryRoot, 'test', 'fixtures', 'export', 'xss.md'), 'utf8');
const programmeTitles = [...example.matchAll(/^### (.+)$/gm)].map((match) => (match[1] ?? '').trim());

function elements(node: Node): Element[] {
  const found: Element[] = [];
  const visit = (current: Node) => {
    if ('tagName' in current) found.push(current);
    if ('childNodes' in current) for (const child of current.childNodes) visit(child);
    if ('content' in current && current.content) visit(current.content as Node);
  };
  visit(node);
  return found;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

describe('export', () => {
  describe('JSON', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(repositoryRoot, 'schemas', 'json', 'submission-export.schema.json'), 'utf8')) as object);

    it("writes the example's metadata and every programme, valid against the published JSON Schema", async () => {
      const bytes = await exportSubmission(analyzeFixture(example), builtinLibrary(), 'json');
      const record = JSON.parse(new TextDecoder().decode(bytes)) as { metadata: { submitter: string }; programmes: { title: string; themes?: string[]; checklist: unknown[] }[] };
      assert.ok(validate(record), JSON.stringify(validate.errors));
      assert.equal(record.metadata.submitter, 'France');
      assert.deepEqual(record.programmes.map((programme) => programme.title), programmeTitles);
      const wb3c = record.programmes.find((programme) => programme.title.includes('WB3C'));
      assert.deepEqual(wb3c?.themes, ['incident-response-and-training', 'cybercrime']);
      assert.equal(wb3c?.checklist.length, 11);
    });

    it('leaves an invalid value out of the record and says why, keeping the rest of the list', () => {
      const draft = example.replace('- **Themes:** technical training; cybercrime', '- **Themes:** technical training; underwater basket weaving');
      assert.notEqual(draft, example, 'the example has the themes line this test edits');
      const record = submissionRecord(analyzeFixture(draft));
      const wb3c = record.programmes.find((programme) => programme.title.includes('WB3C'));
      assert.deepEqual(wb3c?.themes, ['incident-response-and-training']);
      assert.ok(wb3c?.problems.some((problem) => problem.field === 'themes' && problem.rule === 'schema/invalid-value' && problem.message.includes('underwater basket weaving')));
      const envr = record.programmes.find((programme) => programme.title.includes('ENVR'));
      assert.ok(validate(record), JSON.stringify(validate.errors));
      assert.ok(envr);
    });
  });

  describe('HTML', () => {
    it('renders the example as a UN-style document: title block, programme tables, checklist, footnotes', () => {
      const html = renderSubmissionHtml(analyzeFixture(example), builtinLibrary(), { mode: 'fragment', numberParagraphs: true });
      const tree = parse(html);
      const all = elements(tree);
      const tables = all.filter((element) => element.tagName === 'table');
      assert.equal(tables.length, programmeTitles.length);
      assert.match(textOf(tables[1] as Node), /LeadFrance; Slovenia/);
      const footnotes = all.find((element) => element.attrs.some((attribute) => attribute.name === 'class' && attribute.value === 'un-footnotes'));
      assert.ok(footnotes && textOf(footnotes).includes('A/C.1/78/L.60/Rev.1'), 'the malformed symbol is cited in a footnote with its canonical symbol');
      assert.match(html, /<span class="un-number">1\.<\/span>/);
      // Every block says where it comes from, for scroll synchronisation.
      const lines = all.flatMap((element) => element.attrs.filter((attribute) => attribute.name === 'data-line').map((attribute) => Number(attribute.value)));
      assert.ok(lines.length > 20 && lines.every((line) => Number.isInteger(line) && line >= 0 && line < example.split('\n').length));
      assert.ok(textOf(tree).includes('not addressed'), 'the checklist shows statuses');
    });

    it('shows "no condition found" where an entry attaches no condition, and "contradicted" where one does', () => {
      const item = (html: string) => /<li class="un-status-([a-z-]+)"[^>]*><span class="un-status">([^<]*)<\/span> 3\. without conditions<\/li>/.exec(html)?.slice(1);
      const fragment = (draft: string) => renderSubmissionHtml(analyzeFixture(draft), builtinLibrary(), { mode: 'fragment' });
      assert.deepEqual(item(fragment(example)), ['nothing-contrary', 'no condition found']);
      const conditional = example.replace('closer to the European Union (EU).', '$& Support is provided on condition that the partner adopts the strategy.');
      assert.notEqual(conditional, example, 'the example has the WB3C entry this test edits');
      assert.ok(fragment(conditional).includes('<span class="un-status">contradicted</span> 3. without conditions</li>'));
    });

    it('keeps the checklist and the findings for the preview: the exported file is the document handed in', () => {
      const analysis = analyzeFixture(example);
      const preview = renderSubmissionHtml(analysis, builtinLibrary(), { mode: 'fragment' });
      const exported = renderSubmissionHtml(analysis, builtinLibrary(), { mode: 'standalone' });
      assert.ok(preview.includes('un-checklist') && preview.includes('un-findings'));
      assert.ok(!exported.includes('un-checklist') && !exported.includes('not addressed') && !/\d+ warnings/.test(exported));
      assert.ok(exported.includes('Western Balkans Cyber Capacity Center (WB3C)'));
    });

    it('counts a programme\'s findings in the preview with the singular for one, in English and in French', () => {
      const findingsOf = (html: string) => [...html.matchAll(/<p class="un-findings"[^>]*>([^<]*)<\/p>/g)].map((match) => match[1]);
      const draft = (language: 'en' | 'fr', lead: string) =>
        `---\nkind: mapping-exercise\nsubmitter: France\ndate: 2024-02-10\nlanguage: ${language}\n---\n\n### Cyber course (CC)\n\n- **${lead}:** France\n`;
      const english = findingsOf(renderSubmissionHtml(analyzeFixture(draft('en', 'Lead')), builtinLibrary(), { mode: 'fragment' }));
      assert.match(english[0] ?? '', /^1 error, \d+ notes$/);
      const french = findingsOf(renderSubmissionHtml(analyzeFixture(draft('fr', 'Chef de file')), builtinLibrary(), { mode: 'fragment' }));
      assert.match(french[0] ?? '', /^1 erreur, \d+ remarques$/);
    });

    it('draws a note written in raw HTML above a programme heading above it, not after the programme', () => {
      const draft = `---\nkind: mapping-exercise\nsubmitter: France\ndate: 2024-02-10\nlanguage: en\n---\n\n<div>Note for the desk</div>\n\nCyber diplomacy course\n----------------------\n\n- **Level:** regional\n- **Lead:** France\n`;
      assert.equal(analyzeFixture(draft).document.sections.filter((section) => section.model.programme).length, 1, 'the setext heading opens a programme');
      const html = renderSubmissionHtml(analyzeFixture(draft), builtinLibrary(), { mode: 'standalone' });
      const note = html.indexOf('Note for the desk');
      const heading = html.indexOf('Cyber diplomacy course');
      const table = html.indexOf('regional');
      assert.ok(note >= 0 && note < heading && heading < table, `note ${note}, heading ${heading}, table ${table}`);
    });

    for (const mode of ['fragment', 'standalone'] as const) {
      it(`keeps a hostile draft inert (${mode}): no script, handler, frame, style or remote load from it`, () => {
        const html = renderSubmissionHtml(analyzeFixture(hostile), builtinLibrary(), { mode });
        const all = elements(parse(html));
        const tags = new Set(all.map((element) => element.tagName));
        for (const tag of ['script', 'iframe', 'img', 'svg', 'object', 'embed']) assert.ok(!tags.has(tag), `no <${tag}>`);
        // The only style element is the export's own stylesheet.
        assert.equal(all.filter((element) => element.tagName === 'style').length, mode === 'standalone' ? 1 : 0);
        for (const element of all) {
          for (const attribute of element.attrs) {
            assert.ok(!/^on/i.test(attribute.name), `no ${attribute.name} on <${element.tagName}>`);
            if (attribute.name === 'href' || attribute.name === 'src') assert.match(attribute.value, /^(?:#|https?:|mailto:)/);
          }
        }
        // What the draft wrote is shown as text, not lost.
        const text = textOf(parse(html));
        assert.ok(text.includes(`<img src=x onerror="document.title='pwned'">`));
        assert.ok(text.includes('[remote image]'));
        if (mode === 'standalone') assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
      });
    }

    it('renders a statement (the second example): its title block and paragraphs, citations as footnotes, no programme table', () => {
      const html = renderSubmissionHtml(analyzeFixture(statement), builtinLibrary(), { mode: 'standalone' });
      const tree = parse(html);
      const all = elements(tree);
      assert.equal(all.filter((element) => element.tagName === 'table').length, 0);
      assert.equal(textOf(all.find((element) => element.tagName === 'h1') as Node), 'Regular institutional dialogue');
      const titleBlock = textOf(all.find((element) => element.tagName === 'dl') as Node);
      assert.ok(titleBlock.includes('Submitted by') && titleBlock.includes('France') && titleBlock.includes('2021-12-14'), titleBlock);
      assert.ok(textOf(tree).includes('My delegation associates itself with the statement made by the European Union'));
      const footnotes = all.find((element) => element.attrs.some((attribute) => attribute.name === 'class' && attribute.value === 'un-footnotes'));
      assert.ok(footnotes && textOf(footnotes).includes('A/RES/76/19') && textOf(footnotes).includes('A/75/816'));
    });

    it('escapes the five characters that matter', () => {
      assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    });
  });

  describe('DOCX', () => {
    let docx: Uint8Array;
    before(async () => {
      docx = await exportSubmission(analyzeFixture(example), builtinLibrary(), 'docx', { numberParagraphs: true });
    });

    it('holds the title, each programme as a table with its fields, citations as footnotes, on A4', async () => {
      const zip = await JSZip.loadAsync(docx);
      const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      const footnotesXml = (await zip.file('word/footnotes.xml')?.async('string')) ?? '';
      const text = documentXml.replace(/<[^>]+>/g, '');
      assert.ok(text.includes('France contribution to the OEWG capacity-building'));
      for (const title of programmeTitles) assert.ok(text.includes(title.replace(/&/g, '&amp;')), title);
      assert.equal((documentXml.match(/<w:tbl>/g) ?? []).length, programmeTitles.length);
      assert.ok(text.includes('Beneficiaries') && text.includes('Bosnia Herzegovina'));
      assert.match(documentXml, /<w:pgSz w:w="11906" w:h="16838"/);
      assert.ok(documentXml.includes('<w:footnoteReference'));
      assert.ok(footnotesXml.includes('A/C.1/78/L.60/Rev.1'));
      // The drafter's working notes stay out of the document handed in.
      assert.ok(!text.includes('not addressed') && !text.includes('Capacity-building principles ('));
    });

    it('renders a statement (the second example) with its footnotes and no table', async () => {
      const zip = await JSZip.loadAsync(await exportSubmission(analyzeFixture(statement), builtinLibrary(), 'docx'));
      const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      const footnotesXml = (await zip.file('word/footnotes.xml')?.async('string')) ?? '';
      const text = documentXml.replace(/<[^>]+>/g, '');
      assert.ok(text.includes('Regular institutional dialogue') && text.includes('My delegation associates itself'));
      assert.ok(!documentXml.includes('<w:tbl>'));
      assert.ok(footnotesXml.includes('A/RES/76/19') && footnotesXml.includes('A/75/816'));
    });

    it('opens in LibreOffice: converted to PDF, its first page rendered (kept in test-artifacts/)', function () {
      const soffice = spawnSync('sh', ['-c', 'command -v soffice && command -v pdftoppm']);
      if (soffice.status !== 0) {
        console.log('      (skipped: LibreOffice or pdftoppm not installed; sh scripts/provision-office.sh installs them)');
        this.skip();
      }
      this.timeout(180_000);
      const work = mkdtempSync(path.join(tmpdir(), 'oewg-docx-'));
      try {
        const file = path.join(work, 'france.docx');
        writeFileSync(file, docx);
        const converted = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'pdf', '--outdir', work, file], { encoding: 'utf8', timeout: 150_000 });
        assert.equal(converted.status, 0, converted.stderr);
        const pdf = path.join(work, 'france.pdf');
        assert.ok(existsSync(pdf), `no PDF: ${converted.stdout} ${converted.stderr}`);
        const artifacts = path.join(repositoryRoot, 'test-artifacts');
        mkdirSync(artifacts, { recursive: true });
        const rendered = spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(artifacts, 'export-docx-page1')], { encoding: 'utf8' });
        assert.equal(rendered.status, 0, rendered.stderr);
        const png = readFileSync(path.join(artifacts, 'export-docx-page1.png'));
        assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
        const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
        if (text.status === 0) assert.ok(text.stdout.includes('Western Balkans Cyber Capacity Center'), 'the PDF holds the programmes');
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
  });
});
