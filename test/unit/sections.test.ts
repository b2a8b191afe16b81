import assert from 'node:assert/strict';
import { maxSectionLength, splitSections } from '../../server/src/core/sections';
import { readFrontMatter } from '../../server/src/core/frontMatter';
import { splitLines } from '../../server/src/core/text';

describe('sections', () => {
  it('start at ATX headings, not at "#" lines inside fenced code or HTML comments', () => {
    const text = 'intro\n# One\ntext\n```\n# not a heading\n```\n<!--\n# hidden\n-->\n## Two\n    # indented code\n';
    assert.deepEqual(
      splitSections(text, 0, 0).map((section) => [section.startLine, section.lineCount]),
      [
        [0, 1],
        [1, 8],
        [9, 3],
      ],
    );
  });

  it('treat a "#" without a space as text, as CommonMark does', () => {
    assert.equal(splitSections('# One\n#hashtag\n', 0, 0).length, 1);
  });

  it('give each section its lines joined with "\\n" and its offset, starting where the body starts', () => {
    const sections = splitSections('---\nk: v\n---\nintro\n# One\nbody\n', 13, 3);
    assert.deepEqual(sections, [
      { text: 'intro', offset: 13, startLine: 3, lineCount: 1, continuesPrevious: false },
      { text: '# One\nbody\n', offset: 19, startLine: 4, lineCount: 3, continuesPrevious: false },
    ]);
  });

  it('cut a section longer than maxSectionLength at a blank line, and mark the part that carries it on', () => {
    const paragraph = 'x'.repeat(999);
    const text = `## Long\n\n${Array.from({ length: Math.ceil(maxSectionLength / 1000) + 2 }, () => paragraph).join('\n\n')}\n## Next\nbody\n`;
    const sections = splitSections(text, 0, 0);
    assert.deepEqual(
      sections.map((section) => [section.text.slice(0, 7), section.continuesPrevious]),
      [
        ['## Long', false],
        ['\nxxxxxx', true],
        ['## Next', false],
      ],
    );
    // The parts, joined with the line breaks between them, are the document's text.
    assert.equal(sections.map((section) => section.text).join('\n'), text);
  });
});

describe('front matter', () => {
  const read = (text: string) => readFrontMatter(splitLines(text));

  it('gives each key and value its exact range', () => {
    const model = read('---\nkind: statement\nsubmitter: France\n---\n');
    assert.deepEqual(model.keyRanges.get('submitter')?.value, {
      start: { line: 2, character: 11 },
      end: { line: 2, character: 17 },
    });
    assert.equal(model.bodyStartLine, 4);
  });

  it('reports a missing field on the opening line, and an invalid one at its value', () => {
    const model = read('---\nkind: mapping-exercise\nsubmitter: France\ndate: 2023-02-30\nlanguage: fr\n---\n');
    assert.deepEqual(
      model.problems.map((problem) => [problem.ruleId, problem.range.start.line]),
      [['schema/invalid-value', 3]],
    );
    // The draft is French: so is the message.
    assert.match(model.problems[0]?.message ?? '', /ce jour n’existe pas/);
  });

  it('refuses a YAML alias bomb with a clear message', () => {
    const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 10; level++) {
      const previous = String.fromCharCode(96 + level);
      const next = String.fromCharCode(97 + level);
      bomb.push(`${next}: &${next} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    bomb.push('---');
    const model = read(bomb.join('\n'));
    assert.equal(model.problems[0]?.ruleId, 'schema/invalid-value');
    assert.match(model.problems[0]?.message ?? '', /alias/i);
  });

  it('reports front matter that is never closed', () => {
    const model = read('---\nkind: statement\n\n# Title\n');
    assert.match(model.problems[0]?.message ?? '', /never closed/);
    assert.equal(model.bodyStartLine, 0);
  });
});
