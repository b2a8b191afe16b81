/**
 * The reference library over the real server: hovers on citations, principles, countries and
 * initiatives; go to definition into the read-only source view; find references across the
 * workspace; the citation picker's requests; the user's own sources, re-read when they change.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileChangeType, type Hover, type Location } from 'vscode-languageserver-protocol';
import {
  citationEditRequest,
  libraryCatalogueRequest,
  librarySourceRequest,
  type CitationEditResult,
  type LibraryCatalogueResult,
  type LibrarySourceResult,
} from '../../server/src/protocol';
import { applyEdit, ServerHarness } from './serverHarness';

const frontMatter = (language = 'en', date = '2023-11-16') => `---
kind: mapping-exercise
submitter: France
date: ${date}
language: ${language}
---
`;

/** The position of the `occurrence`-th `needle` in `text`, plus `offset` characters. */
function positionOf(text: string, needle: string, offset = 0): { line: number; character: number } {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, `"${needle}" is in the text`);
  const before = text.slice(0, index + offset).split('\n');
  return { line: before.length - 1, character: (before[before.length - 1] ?? '').length };
}

const hoverText = (hover: Hover | null): string => {
  assert.ok(hover, 'a hover');
  const contents = hover.contents;
  return typeof contents === 'object' && 'value' in contents ? contents.value : JSON.stringify(contents);
};

describe('protocol: reference library', () => {
  let server: ServerHarness;
  const uri = 'file:///submissions/citations.md';
  const text = `${frontMatter()}
# France's contribution

As stated in paragraph 54 of A/75/816, our ability depends on each State's capacity.

Pursuant to the request of A/78/265, France shares its efforts.

France launched the WB3C with Slovenia and Montenegro; the programme is demand-driven.

## Cyber diplomacy course

- **Level:** interregional
- **Lead:** France
- **Beneficiaries:** Senegal
- **Themes:** cyber diplomacy
- **Start:** 2023
- **Status:** ongoing
- **Principles:** demand-driven

See paragraph 56 of A/75/816 and paragraph 120 of A/AC.292/2024/1.
`;

  before(async () => {
    server = await ServerHarness.start();
    await server.open(uri, text);
  });

  after(async () => {
    await server?.stop();
  });

  it('hovering "paragraph 54 of A/75/816" shows that paragraph\'s text with its source', async () => {
    const shown = hoverText(await server.hover(uri, positionOf(text, 'paragraph 54', 3)));
    assert.match(shown, /A\/75\/816, annex I, paragraph 54/);
    assert.match(shown, /The international community's ability to prevent or mitigate the impact of malicious ICT activity/);
    assert.match(shown, /Held in part/);
    assert.match(shown, /Source:/);
  });

  it('hovering "A/78/265" names the second annual progress report', async () => {
    const hover = await server.hover(uri, positionOf(text, 'A/78/265', 2));
    assert.match(hoverText(hover), /Second annual progress report/);
    assert.deepEqual(hover?.range?.start, positionOf(text, 'A/78/265'));
  });

  it('hovering "WB3C" shows where the sources mention the Western Balkans Cyber Capacity Centre', async () => {
    const shown = hoverText(await server.hover(uri, positionOf(text, 'WB3C', 1)));
    assert.match(shown, /Western Balkans Cyber Capacity Center/);
    assert.match(shown, /France contribution to the OEWG capacity-building “mapping exercise”, part 1/);
  });

  it('hovering a principle, a country and a field label shows the agreed text, the UN name and region, the field', async () => {
    assert.match(hoverText(await server.hover(uri, positionOf(text, 'demand-driven.', 2))), /Capacity-building should be based on mutual trust, demand-driven/);
    assert.match(hoverText(await server.hover(uri, positionOf(text, '**Principles:** demand-driven', 18))), /mutual trust/);
    const senegal = hoverText(await server.hover(uri, positionOf(text, 'Senegal', 2)));
    assert.match(senegal, /\*\*Senegal\*\*/);
    assert.match(senegal, /Western Africa/);
    const level = hoverText(await server.hover(uri, positionOf(text, '**Level:**', 3)));
    assert.match(level, /interregional/);
    assert.match(level, /required/);
  });

  it('says when the library does not hold a paragraph, rather than guessing', async () => {
    const shown = hoverText(await server.hover(uri, positionOf(text, 'paragraph 120', 3)));
    assert.match(shown, /has no paragraph 120/);
  });

  it('goes from a cited paragraph to the source view, at the paragraph', async () => {
    const definition = (await server.definition(uri, positionOf(text, 'paragraph 56', 2))) as Location | null;
    assert.ok(definition && !Array.isArray(definition));
    assert.equal(definition.uri, 'oewg-library:/a-75-816.md');
    const source = await server.request<LibrarySourceResult>(librarySourceRequest, { uri: definition.uri });
    assert.ok(source);
    const lines = source.text.split('\n');
    assert.match(lines[definition.range.start.line] ?? '', /^56\. Taking into consideration/);
    // The range holds the whole paragraph, down to its last principle, and stops there.
    const covered = lines.slice(definition.range.start.line, definition.range.end.line).join('\n');
    assert.equal(definition.range.end.character, 0);
    assert.match(covered, /The confidentiality of sensitive information should be ensured\.?$/);
    // The view says what is held and from where, and carries an anchor per paragraph.
    assert.match(lines[definition.range.start.line - 2] ?? '', /^<a id="annex-i-paragraph-56"><\/a>$/);
    assert.match(source.text, /^# A\/75\/816: Final report/);
    assert.match(source.text, /holds only part of this document/);
    assert.match(source.text, /Source: /);
  });

  it('reports a paragraph the Secretariat\'s report (held in full) does not have', async () => {
    const { diagnostics } = await server.open('file:///submissions/unknown-paragraph.md', text);
    const unknown = diagnostics.diagnostics.filter((diagnostic) => diagnostic.code === 'citation/unknown-paragraph');
    assert.equal(unknown.length, 1);
    assert.match(String(unknown[0]?.message ?? ''), /A\/AC\.292\/2024\/1 has no paragraph 120/);
  });

  it('lists the library for the citation picker, and prepares a citation with its footnote', async () => {
    const catalogue = await server.request<LibraryCatalogueResult>(libraryCatalogueRequest, { textDocument: { uri } });
    const report = catalogue.documents.find((document) => document.symbol === 'A/75/816');
    assert.ok(report?.units.some((unit) => unit.key === 'annex I paragraph 56' && unit.excerpt.startsWith('Taking into consideration')));
    assert.ok(catalogue.documents.some((document) => document.id === 'secretariat-mapping-report-2024' && document.units.length >= 88));

    const position = positionOf(text, 'France shares');
    const result = await server.request<CitationEditResult>(citationEditRequest, {
      textDocument: { uri, version: 1 },
      position,
      documentId: 'a-75-816',
      unitKey: 'annex I paragraph 56',
    });
    const edits = result.edit?.changes[uri];
    assert.ok(edits, result.error);
    let edited = text;
    for (const edit of [...edits].reverse()) edited = applyEdit(edited, edit.range, edit.newText);
    assert.match(edited, /request of A\/78\/265, A\/75\/816, annex I, paragraph 56\[\^1\]France shares/);
    assert.match(edited, /\n\[\^1\]: A\/75\/816, annex I, paragraph 56: “Taking into consideration/);

    const stale = await server.request<CitationEditResult>(citationEditRequest, {
      textDocument: { uri, version: 7 },
      position,
      documentId: 'a-75-816',
    });
    assert.match(stale.error ?? '', /changed/);
  });

  it('writes the citation and its footnote with the draft\'s own line ending (CRLF stays CRLF)', async () => {
    const crlfUri = 'file:///submissions/citations-crlf.md';
    const crlf = text.replace(/\n/g, '\r\n');
    await server.open(crlfUri, crlf);
    const result = await server.request<CitationEditResult>(citationEditRequest, {
      textDocument: { uri: crlfUri, version: 1 },
      position: positionOf(text, 'France shares'),
      documentId: 'a-75-816',
      unitKey: 'annex I paragraph 56',
    });
    const edits = result.edit?.changes[crlfUri];
    assert.ok(edits, result.error);
    let edited = crlf;
    for (const edit of [...edits].reverse()) edited = applyEdit(edited, edit.range, edit.newText);
    assert.match(edited, /\r\n\[\^1\]: A\/75\/816, annex I, paragraph 56: “Taking into consideration/);
    assert.doesNotMatch(edited, /[^\r]\n/, 'no line ends with "\\n" alone');
  });
});

describe('protocol: the workspace and the user\'s own sources', () => {
  let server: ServerHarness;
  let workspace: string;
  let sourceFile: string;
  const source = (second: string) => `---
title: Final report of the OEWG 2021-2025
symbol: A/80/257
date: 2025-07
language: en
held: full
---

1. The working group met eleven times.

2. ${second}

3. The report was adopted by consensus.
`;

  before(async () => {
    workspace = mkdtempSync(path.join(tmpdir(), 'oewg-workspace-'));
    mkdirSync(path.join(workspace, 'references'));
    sourceFile = path.join(workspace, 'references', 'a-80-257.md');
    writeFileSync(sourceFile, source('States agreed on a Global Mechanism.'));
    writeFileSync(path.join(workspace, 'one.md'), `${frontMatter()}\nAs paragraph 56 of A/75/816 says, capacity-building is sustainable.\n`);
    writeFileSync(path.join(workspace, 'two.md'), `${frontMatter()}\nThe principles (A/75/816, annex I, para. 56) guide us; see also paragraph 54 of A/75/816.\n`);
    writeFileSync(path.join(workspace, 'notes.md'), '# Not a submission\n\nparagraph 56 of A/75/816\n');
    server = await ServerHarness.start({ library: { sources: ['references'] } }, [pathToFileURL(workspace).href]);
  });

  after(async () => {
    await server?.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('finds where a paragraph is cited across the workspace\'s submissions', async () => {
    const uri = pathToFileURL(path.join(workspace, 'one.md')).href;
    const text = `${frontMatter()}\nAs paragraph 56 of A/75/816 says, capacity-building is sustainable.\n`;
    await server.open(uri, text);
    const references = await server.references(uri, positionOf(text, 'paragraph 56', 2));
    const files = (references ?? []).map((location) => path.basename(new URL(location.uri).pathname)).sort();
    assert.deepEqual(files, ['one.md', 'two.md']);
  });

  it('quotes the user\'s own source, checks paragraphs against it, and re-reads it when it changes', async () => {
    const uri = pathToFileURL(path.join(workspace, 'draft.md')).href;
    const text = `${frontMatter('en', '2025-09-01')}\nParagraph 2 of A/80/257 matters; paragraph 9 of A/80/257 does not exist.\n`;
    const { diagnostics } = await server.open(uri, text);
    assert.ok(diagnostics.diagnostics.some((diagnostic) => diagnostic.code === 'citation/unknown-paragraph' && /no paragraph 9/.test(String(diagnostic.message))));
    assert.match(hoverText(await server.hover(uri, positionOf(text, 'Paragraph 2', 2))), /Global Mechanism/);
    const definition = (await server.definition(uri, positionOf(text, 'Paragraph 2', 2))) as Location | null;
    assert.equal(definition?.uri, pathToFileURL(sourceFile).href);
    // A paragraph of one line is a range of one line, not an empty one.
    assert.deepEqual(definition && [definition.range.end.line - definition.range.start.line, definition.range.end.character], [1, 0]);

    writeFileSync(sourceFile, source('States agreed to meet again in July 2026.'));
    const republished = server.nextDiagnostics(uri);
    await server.filesChanged([{ uri: pathToFileURL(sourceFile).href, type: FileChangeType.Changed }]);
    await republished;
    assert.match(hoverText(await server.hover(uri, positionOf(text, 'Paragraph 2', 2))), /July 2026/);
  });
});
