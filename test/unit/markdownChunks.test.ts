import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { parseWhole } from '../../server/src/core/markdown';
import { ChunkedParser, paragraphChunks } from '../../server/src/core/markdownChunks';
import { splitSections } from '../../server/src/core/sections';
import { loadCorpus } from '../eval/corpus';

const root = path.resolve(__dirname, '../..');
const examples = readdirSync(path.join(root, 'examples'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => readFileSync(path.join(root, 'examples', name), 'utf8'));

/** The sections of the bundled examples and of every development corpus entry: real drafts. */
function realSections(): string[] {
  // The development set only: the held-out entries are read by the evaluation alone.
  const texts = [...examples, ...loadCorpus().filter((entry) => !entry.id.startsWith('heldout-')).map((entry) => entry.text)];
  return texts.flatMap((text) => splitSections(text.replace(/\r\n?/g, '\n'), 0, 0).map((section) => section.text));
}

/** A parser that counts what it parses whole: the paragraphs it could not reuse. */
function countingParser(): { parser: ChunkedParser; parsed: string[] } {
  const parsed: string[] = [];
  return {
    parsed,
    parser: new ChunkedParser((text) => {
      parsed.push(text);
      return parseWhole(text);
    }),
  };
}

describe('parsing an edited section paragraph by paragraph (markdownChunks.ts)', () => {
  it('gives the tree a whole parse gives, on every section of the examples and the corpus, before and after an edit', function () {
    this.timeout(120_000);
    const parser = new ChunkedParser(parseWhole);
    const sections = realSections();
    let chunked = 0;
    for (const text of sections) {
      if (paragraphChunks(text)) chunked++;
      parser.nextRound();
      assert.deepStrictEqual<Root>(parser.parse(text), parseWhole(text), text.slice(0, 80));
      // A word typed mid-section: the paragraphs before and after it come from the round before.
      const at = text.indexOf(' ', text.length >> 1);
      if (at < 0) continue;
      const edited = `${text.slice(0, at)} inserted${text.slice(at)}`;
      parser.nextRound();
      assert.deepStrictEqual<Root>(parser.parse(edited), parseWhole(edited), edited.slice(0, 80));
    }
    assert.ok(chunked > sections.length / 2, `${chunked} of ${sections.length} sections cut into paragraphs`);
  });

  it('gives the tree a whole parse gives after random edits that type Markdown (lists, quotes, code, comments, definitions, blank lines)', function () {
    this.timeout(120_000);
    const snippets = ['\n\n', '\n', '- ', '* ', '1. ', '> ', '<!-- ', ' -->', '```', '~~~', '[x]: /u', '[x]', '    ', '\t', 'Word ', '« ', '(', '*', '**', '_', '`', '===', '---', '#', '## ', '<div>', '\n\nNew paragraph', '\n\n  indented', '\n\n    code', '&amp;', '\\', ' \n', 'é'];
    let seed = 46;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const parser = new ChunkedParser(parseWhole);
    const sections = examples.flatMap((text) => splitSections(text, 0, 0).map((section) => section.text));
    for (let round = 0; round < 400; round++) {
      let text = sections[round % sections.length] as string;
      for (let edit = 0; edit < 5; edit++) {
        const at = Math.floor(random() * (text.length + 1));
        text = random() < 0.8 ? text.slice(0, at) + (snippets[Math.floor(random() * snippets.length)] as string) + text.slice(at) : text.slice(0, at) + text.slice(at + Math.floor(random() * 20));
        parser.nextRound();
        assert.deepStrictEqual<Root>(parser.parse(text), parseWhole(text), JSON.stringify(text));
      }
    }
  });

  it('parses again only the paragraph an edit changed', () => {
    const text = '### Programme (P)\n\n- **Level:** regional\n- **Lead:** France\n\nThe first paragraph.\n\nThe second paragraph.\n\nThe third paragraph.';
    const { parser, parsed } = countingParser();
    parser.parse(text);
    assert.equal(parsed.length, 4, 'the heading and field list, then three paragraphs');
    parsed.length = 0;
    parser.nextRound();
    parser.parse(text.replace('second', 'edited second'));
    assert.deepEqual(parsed, ['The edited second paragraph.\n\n']);
  });

  it('parses a paragraph again when typing a letter and deleting it, as typing new text does', () => {
    const text = '### Programme (P)\n\nThe first paragraph.\n\nThe second paragraph.';
    const typed = text.replace('second', 'secondx');
    const { parser, parsed } = countingParser();
    parser.parse(text);
    for (const version of [typed, text, typed]) {
      parsed.length = 0;
      parser.nextRound();
      parser.parse(version);
      assert.equal(parsed.length, 1, 'only the round before is reused');
    }
  });

  it('remembers a round\'s paragraphs up to a bound, so that a long paste does not keep its trees', () => {
    const paragraphs = Array.from({ length: 6 }, (_, index) => `Paragraph number ${index} of the pasted text.`);
    const text = paragraphs.join('\n\n');
    const parsed: string[] = [];
    const parser = new ChunkedParser((part) => (parsed.push(part), parseWhole(part)), 120);
    parser.parse(text);
    parsed.length = 0;
    parser.nextRound();
    assert.deepStrictEqual<Root>(parser.parse(text), parseWhole(text));
    assert.equal(parsed.length, 3, 'the first three paragraphs (about 120 characters) were remembered, the others parsed again');
  });

  it('parses a section whole when something in it may run across a blank line', () => {
    const cases = {
      'fenced code': '### P\n\n```\ncode\n\nstill code\n```\n\nText.',
      'an HTML comment': '### P\n\n<!-- a note\n\nstill the note -->\n\nText.',
      'a link reference definition': '### P\n\nSee [the report][r].\n\n[r]: https://example.org\n\nText.',
    };
    for (const [what, text] of Object.entries(cases)) {
      assert.equal(paragraphChunks(text), undefined, what);
      const { parser, parsed } = countingParser();
      assert.deepStrictEqual<Root>(parser.parse(text), parseWhole(text), what);
      assert.deepEqual(parsed, [text], what);
    }
  });

  it('cuts only where a paragraph starts: a list item, a quote or indented text after a blank line stays with what is above', () => {
    assert.equal(paragraphChunks('- one\n\n- two\n\n> quote\n\n    indented'), undefined);
    assert.deepEqual(
      paragraphChunks('- one\n\n  continued\n\nA paragraph.')?.map((chunk) => chunk.text),
      ['- one\n\n  continued\n\n', 'A paragraph.'],
    );
  });
});
