/**
 * What a lexicon pattern can start with: the scan tries an entry only at word starts whose first
 * characters it can begin with, so the answer must never leave one out (checklist.test.ts checks
 * the whole scan against a scan per lexicon on the corpus).
 */
import assert from 'node:assert/strict';
import { leadingCharacterTests } from '../../server/src/core/principles/leadingCharacters';

/** Which of `windows` (each one, two or three characters) a match of `source` may start with. */
function startsWith(source: string, windows: readonly string[]): string[] {
  const tests = leadingCharacterTests(source, 'iu', 3);
  assert.ok(tests, `${source} has tests`);
  return windows.filter((window) => (tests[[...window].length - 1] as RegExp).test(window));
}

describe('leading characters of a lexicon pattern', () => {
  it('reads literals, groups, classes and optional parts, up to three characters', () => {
    assert.deepEqual(startsWith('aims? to', ['a', 'b', 'ai', 'am', 'aim', 'ais']), ['a', 'ai', 'aim']);
    assert.deepEqual(startsWith('(?:the )?(?:partner|beneficiar)\\w*', ['p', 't', 'b', 'pa', 'th', 'te', 'the', 'thy', 'par', 'pat', 'ben']), ['p', 't', 'b', 'pa', 'th', 'the', 'par', 'ben']);
    assert.deepEqual(startsWith('[éè]valuation', ['é', 'e', 'év', 'éva', 'évo']), ['é', 'év', 'éva']);
    assert.deepEqual(startsWith('\\d+(?:st|nd) edition', ['1', 'a', '12', '1s', '1st', '12s', '1x']), ['1', '12', '1s', '1st', '12s']);
    assert.deepEqual(startsWith("l['’]évaluation|évaluation", ['l', 'l’', "l'é", 'le', 'é']), ['l', 'l’', "l'é", 'é']);
  });

  it('lets a short pattern or one that may end early match a longer window', () => {
    assert.deepEqual(startsWith('to\\b', ['to', 'to ', 'tom', 'ta']), ['to', 'to ', 'tom']);
    assert.deepEqual(startsWith('a(?:b|$)', ['a', 'ab', 'ax', 'abc']), ['a', 'ab', 'ax', 'abc']);
  });

  it('reads a repeated part as many times as the window needs', () => {
    assert.deepEqual(startsWith('(?:ab)+c', ['ab', 'aba', 'abc', 'abx', 'ac']), ['ab', 'aba', 'abc']);
    // A count is read as "one or more": a superset.
    assert.deepEqual(startsWith('x{2,3}y', ['xx', 'xxx', 'xxy', 'xy', 'y']), ['xx', 'xxx', 'xxy', 'xy']);
    assert.deepEqual(startsWith('(?:\\w+ ){0,3}aims', ['a', 'ai', 'ab ', 'a a', ' a']), ['a', 'ai', 'ab ', 'a a']);
  });

  it('skips what matches no character: word boundaries, lookaheads, lookbehinds', () => {
    assert.deepEqual(startsWith('(?<![\\p{L}])(?=x)\\bpolice(?<!ministry of police)', ['m', 'p', 'x', 'po', 'pol', 'pl']), ['p', 'po', 'pol']);
  });

  it('folds case as the pattern does: capitals and the long s', () => {
    assert.deepEqual(startsWith('safeguards', ['s', 'S', 'ſ', 't', 'SA', 'ſaf']), ['s', 'S', 'ſ', 'SA', 'ſaf']);
    assert.deepEqual(startsWith('État', ['É', 'é', 'E', 'ét', 'éta']), ['É', 'é', 'ét', 'éta']);
  });

  it('stops at a back-reference: anything may follow what was read before it', () => {
    assert.deepEqual(startsWith('(a)\\1b', ['a', 'ax', 'axy', 'b']), ['a', 'ax', 'axy']);
  });

  it('cuts a part with too many beginnings to fewer characters, never leaving a match out', () => {
    const words = Array.from({ length: 300 }, (_, index) => `w${index.toString(36).padStart(2, '0')}`);
    assert.deepEqual(startsWith(`(?:${words.join('|')})`, ['w', 'w0', 'w8b', 'w0x', 'wz', 'x']), ['w', 'w0', 'w8b', 'w0x']);
  });

  it('gives no test (try everywhere) when the pattern can start with nothing or is not understood', () => {
    assert.equal(leadingCharacterTests('(?:the )?', 'iu', 3), undefined);
    assert.equal(leadingCharacterTests('a)b', 'iu', 3), undefined);
    assert.equal(leadingCharacterTests('\\1a', 'iu', 3), undefined);
  });
});
