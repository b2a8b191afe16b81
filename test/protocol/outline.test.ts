/**
 * The outline (document symbols) and folding of a submission.
 */
import assert from 'node:assert/strict';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-protocol';
import { readme, submissionWithMistakes } from './sampleDocuments';
import { ServerHarness } from './serverHarness';

describe('protocol: outline and folding', () => {
  let server: ServerHarness;
  const uri = 'file:///submissions/outline.md';

  before(async () => {
    server = await ServerHarness.start();
    await server.open(uri, submissionWithMistakes);
    await server.open('file:///notes/README.md', readme);
  });

  after(async () => {
    await server?.stop();
  });

  const flatten = (symbols: DocumentSymbol[]): DocumentSymbol[] =>
    symbols.flatMap((symbol) => [symbol, ...flatten(symbol.children ?? [])]);

  it('lists the programmes by title, with their fields, under the heading hierarchy', async () => {
    const symbols = (await server.documentSymbols(uri)) as DocumentSymbol[];
    const programmes = flatten(symbols).filter((symbol) => symbol.kind === SymbolKind.Struct);
    assert.deepEqual(
      programmes.map((symbol) => symbol.name),
      ['Western Balkans Cyber Capacity Centre (WB3C)', 'Cyber diplomacy course for African diplomats'],
    );
    assert.equal(programmes[1]?.detail, 'interregional · ongoing');
    assert.deepEqual(
      programmes[1]?.children?.map((field) => [field.name, field.detail]),
      [
        ['Level', 'interregional'],
        ['Lead', 'France'],
        ['Beneficiaries', 'Senegal; Benin'],
        ['Themes', 'cyber diplomacy'],
        ['Status', 'ongoing'],
      ],
    );

    // # title › ## Programmes and initiatives › ### programmes
    const title = symbols.find((symbol) => symbol.name === 'France contribution to the mapping exercise');
    const section = title?.children?.find((symbol) => symbol.name === 'Programmes and initiatives');
    assert.deepEqual(
      section?.children?.map((symbol) => symbol.name),
      programmes.map((symbol) => symbol.name),
    );
  });

  it('lists the front matter with its fields', async () => {
    const symbols = (await server.documentSymbols(uri)) as DocumentSymbol[];
    const frontMatter = symbols[0];
    assert.equal(frontMatter?.name, 'Front matter');
    assert.equal(frontMatter?.detail, 'mapping-exercise · France');
    assert.deepEqual(frontMatter?.range, { start: { line: 0, character: 0 }, end: { line: 5, character: 3 } });
    assert.deepEqual(
      frontMatter?.children?.map((symbol) => symbol.name),
      ['kind', 'submitter', 'date', 'language'],
    );
  });

  it('folds the front matter, the sections and the programme field lists', async () => {
    const ranges = (await server.foldingRanges(uri)) ?? [];
    const folds = ranges.map((range) => [range.startLine, range.endLine]);
    assert.ok(folds.some(([start, end]) => start === 0 && end === 5), `front matter folds: ${JSON.stringify(folds)}`);
    assert.ok(folds.some(([start, end]) => start === 9 && end === 27), 'the "Programmes and initiatives" section folds');
    assert.ok(folds.some(([start, end]) => start === 13 && end === 19), 'the first field list folds');
    assert.ok(folds.some(([start, end]) => start === 23 && end === 27), 'the second field list folds');
  });

  it('gives a Markdown file that is not a submission no symbols and no folding', async () => {
    assert.deepEqual(await server.documentSymbols('file:///notes/README.md'), []);
    assert.deepEqual(await server.foldingRanges('file:///notes/README.md'), []);
  });
});
