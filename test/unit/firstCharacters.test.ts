/**
 * What a lexicon pattern can start with: the scan tries an entry only at word starts with one of
 * those characters, so the answer must never leave one out (checklist.test.ts checks the whole
 * scan against a scan per lexicon on the corpus).
 */
import assert from 'node:assert/strict';
import { firstCharacterTest } from '../../server/src/core/principles/firstCharacters';

/** The characters of `candidates` a match of `source` may start with, by the test built for it. */
function startsWith(source: string, candidates: string): string {
  const test = firstCharacterTest(source, 'iu');
  assert.ok(test, `${source} has a first-character test`);
  return [...candidates].filter((character) => test.test(character)).join('');
}

describe('first characters of a lexicon pattern', () => {
  it('reads literals, groups, classes and optional parts', () => {
    assert.equal(startsWith('aims? to', 'abcdst'), 'a');
    assert.equal(startsWith('(?:the )?(?:partner|beneficiar)\\w*', 'abcdpt'), 'bpt');
    assert.equal(startsWith('[éè]valuation', 'eéèv'), 'éè');
    assert.equal(startsWith('\\d+(?:st|nd) edition', '1a9e'), '19');
    assert.equal(startsWith("l['’]évaluation|évaluation", 'élae'), 'él');
  });

  it('skips what matches no character: word boundaries, lookaheads, lookbehinds', () => {
    assert.equal(startsWith('(?<![\\p{L}])(?=x)\\bpolice(?<!ministry of police)', 'mpx'), 'p');
  });

  it('folds case as the pattern does: capitals and the long s', () => {
    assert.equal(startsWith('safeguards', 'sSſt'), 'sSſ');
    assert.equal(startsWith('État', 'ÉéEe'), 'Éé');
  });

  it('gives no test (try everywhere) when the pattern can start with nothing or is not understood', () => {
    assert.equal(firstCharacterTest('(?:the )?', 'iu'), undefined);
    assert.equal(firstCharacterTest('a)b', 'iu'), undefined);
    assert.equal(firstCharacterTest('(a)\\1', 'iu')?.test('a'), true);
  });
});
