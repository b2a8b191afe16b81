/**
 * The line reader of fenced code and HTML comments that the section splitter, the suppression
 * directives and completion share (server/src/core/fencesAndComments.ts): what it reads in each
 * case, and that skipping the lines it says cannot matter (the per-keystroke path) reads the same.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FenceAndCommentReader, type LineKind } from '../../server/src/core/fencesAndComments';

const kinds = (text: string): LineKind[] => {
  const reader = new FenceAndCommentReader();
  return text.split('\n').map((line) => reader.read(line));
};

describe('fenced code and comments, line by line', () => {
  it('reads a fence from its opening to a closing of the same character, at least as long', () => {
    assert.deepEqual(kinds('text\n````md\n```\n~~~~\n````\nafter'), ['outside', 'fence', 'code', 'code', 'fence', 'outside']);
  });

  it('takes no backtick fence whose info string holds a backtick, nor one indented four spaces', () => {
    assert.deepEqual(kinds('``` a`b\n    ```\nafter'), ['outside', 'outside', 'outside']);
  });

  it('reads a comment of several lines to its "-->", and a comment closed on its line as text', () => {
    assert.deepEqual(kinds('<!-- note -->\n<!-- long\nstill\nend -->\nafter'), ['outside', 'comment', 'comment', 'comment', 'outside']);
  });

  it('opens no fence inside a comment, and no comment inside a fence (as Markdown reads them)', () => {
    assert.deepEqual(kinds('<!--\n~~~\n-->\nafter'), ['comment', 'comment', 'comment', 'outside']);
    assert.deepEqual(kinds('```\n<!--\n```\nafter'), ['fence', 'code', 'fence', 'outside']);
  });

  it('reads the same when the lines it says cannot matter are skipped, as the per-keystroke scanners do', () => {
    const line = fc.constantFrom('text', '', '```', '````', '``` a`b', '~~~', '~~~~ md', '   ```', '    ```', '<!--', '<!-- x -->', '-->', 'a -->', ' <!-- a', '# heading', '\t```');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const every = new FenceAndCommentReader();
        const skipping = new FenceAndCommentReader();
        for (const text of lines) {
          const kind = every.read(text);
          if (skipping.mayChange(text.charCodeAt(0))) skipping.read(text);
          else assert.ok(kind === 'outside' || kind === 'code', `"${text}" was skipped but reads as ${kind}`);
          assert.equal(skipping.inside, every.inside);
          assert.equal(skipping.inFence, every.inFence);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
