/**
 * Diagnostics as a user sees them in the Problems panel, from the real server over stdio.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { lines, readme, submissionWithMistakes, validSubmission } from './sampleDocuments';
import { ServerHarness } from './serverHarness';

describe('protocol: diagnostics', () => {
  let server: ServerHarness;

  before(async () => {
    server = await ServerHarness.start();
  });

  after(async () => {
    await server?.stop();
  });

  const byRule = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((diagnostic) => diagnostic.code === code);

  it('reports a missing field, a malformed value and an unknown label on their lines, with rule ids and documentation links', async () => {
    const { diagnostics } = await server.open('file:///submissions/diagnostics.md', submissionWithMistakes);
    assert.equal(diagnostics.version, 1);

    const invalid = byRule(diagnostics.diagnostics, 'schema/invalid-value');
    assert.deepEqual(
      invalid.map((diagnostic) => diagnostic.range.start.line),
      [lines.level, lines.start, lines.unknownLabel],
    );
    const missing = byRule(diagnostics.diagnostics, 'schema/missing-field');
    assert.deepEqual(
      missing.map((diagnostic) => diagnostic.range.start.line),
      [lines.secondProgrammeTitle],
    );
    assert.match(String(missing[0]?.message), /Start/);

    for (const diagnostic of [...invalid, ...missing]) {
      assert.equal(diagnostic.source, 'oewg-drafter');
      assert.equal(diagnostic.severity, DiagnosticSeverity.Error);
      const href = diagnostic.codeDescription?.href;
      assert.ok(href?.startsWith('file:'), `${String(diagnostic.code)} links to its documentation with a file: URI`);
      const documentation = fileURLToPath(href ?? '');
      assert.ok(existsSync(documentation), `the documentation of ${String(diagnostic.code)} ships with the package: ${documentation}`);
    }
  });

  it('carries the quick fixes and the version they were made for', async () => {
    const { diagnostics } = await server.open('file:///submissions/fix-data.md', submissionWithMistakes);
    const level = byRule(diagnostics.diagnostics, 'schema/invalid-value').find((diagnostic) => diagnostic.range.start.line === lines.level);
    assert.deepEqual(level?.data, {
      version: 1,
      fixes: [
        {
          title: 'Change to "regional"',
          edits: [{ range: { start: { line: lines.level, character: 13 }, end: { line: lines.level, character: 21 } }, newText: 'regional' }],
        },
      ],
    });
  });

  it('publishes every version of a submission, even one without errors', async () => {
    const { document, diagnostics } = await server.open('file:///submissions/valid.md', validSubmission);
    const errors = (params: { diagnostics: Diagnostic[] }) =>
      params.diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error);
    assert.deepEqual(errors(diagnostics), []);
    // Each version gets its own list, so a client always knows which version it is looking at.
    for (const word of ['\nSome', ' prose', '.']) {
      const textLines = document.text.split('\n');
      const end = { line: textLines.length - 1, character: textLines.at(-1)?.length ?? 0 };
      const published = await server.edit(document, [{ range: { start: end, end }, text: word }]);
      assert.equal(published.version, document.version);
      assert.deepEqual(errors(published), [], `after typing "${word}"`);
    }
  });

  it('gives a Markdown file that is not a submission no diagnostics', async () => {
    const { diagnostics } = await server.open('file:///notes/README.md', readme);
    assert.deepEqual(diagnostics.diagnostics, []);
  });

  it('follows a document that stops, then starts again, being a submission', async () => {
    const { document, diagnostics } = await server.open('file:///submissions/kind.md', submissionWithMistakes);
    assert.ok(diagnostics.diagnostics.length > 0);

    // Removing "kind: mapping-exercise" (line 1) makes it an ordinary Markdown file.
    const removed = await server.edit(document, [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, text: '' }]);
    assert.deepEqual(removed.diagnostics, []);

    const restored = await server.edit(document, [
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'kind: mapping-exercise\n' },
    ]);
    assert.deepEqual(
      byRule(restored.diagnostics, 'schema/invalid-value').map((diagnostic) => diagnostic.range.start.line),
      [lines.level, lines.start, lines.unknownLabel],
    );
  });

  it('clears the diagnostics of a closed document', async () => {
    await server.open('file:///submissions/closed.md', submissionWithMistakes);
    const cleared = await server.close('file:///submissions/closed.md');
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('survives hostile documents and keeps answering', async () => {
    const frontMatter = '---\nkind: mapping-exercise\nsubmitter: France\ndate: 2023-11-16\nlanguage: en\n---\n';
    const hostile: Record<string, string> = {
      empty: '',
      binary: `${frontMatter}\0\0\u0001\u00ff binary`,
      'bom-crlf': `\uFEFF${frontMatter.replace(/\n/g, '\r\n')}\r\n### Programme\r\n\r\n- **Level:** regionel\r\n`,
      'alias-bomb': `---\nkind: mapping-exercise\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\n`,
      'unclosed-front-matter': '---\nkind: mapping-exercise\n# Title\n',
      'deep-nesting': `${frontMatter}${'> '.repeat(5000)}quoted\n${'- '.repeat(5000)}listed\n`,
      'long-line': `${frontMatter}${'word '.repeat(200_000)}\n`,
      'lone-surrogates': `${frontMatter}### \ud800 Programme\n\n- **Level:** \udc00\n`,
    };
    for (const [name, text] of Object.entries(hostile)) {
      const { diagnostics } = await server.open(`file:///hostile/${name}.md`, text);
      assert.ok(Array.isArray(diagnostics.diagnostics), name);
    }
    // Still alive, still answering.
    const symbols = await server.documentSymbols('file:///hostile/bom-crlf.md');
    assert.ok(Array.isArray(symbols));
  });

  it('answers malformed requests with empty results, and keeps serving', async () => {
    const uri = 'file:///submissions/malformed.md';
    const { document } = await server.open(uri, submissionWithMistakes);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    // No diagnostics list at all; a diagnostic whose fix data is not ours to trust.
    assert.deepEqual(await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: {} }), []);
    const forged = { range, message: 'x', source: 'oewg-drafter', code: 'schema/invalid-value', data: { version: '1', fixes: 'all' } };
    assert.deepEqual(await server.codeActions(uri, range, [forged]), []);
    assert.deepEqual(await server.documentSymbols('file:///never/opened.md'), []);

    // An edit past the end of the document is clamped, as editors do.
    const edited = await server.edit(document, [{ range: { start: { line: 500, character: 9 }, end: { line: 900, character: 0 } }, text: '\nTrailing words.\n' }]);
    assert.equal(edited.version, 2);
    assert.ok(edited.diagnostics.some((diagnostic) => diagnostic.code === 'schema/missing-field'));
  });
});
