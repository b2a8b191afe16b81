/**
 * The lexicon scan compiles its patterns with `\p{L}` and `\p{N}` written out as ranges of the
 * Basic Multilingual Plane: the rewritten pattern must match what the original matches, in the
 * scripts drafts use (checklist.test.ts compares the whole scan with the /iu reading over the corpus).
 */
import assert from 'node:assert/strict';
import { principleChecks, type Lexicon } from '../../schemas/principleEvidence';
import { lexiconSources } from '../../server/src/core/principles/lexiconScan';
import { withoutPropertyEscapes } from '../../server/src/core/principles/propertyEscapes';

/** Whether `source` matches all of `text`, as written and rewritten. */
function bothReadings(source: string, text: string): [boolean, boolean] {
  const whole = (pattern: string, flags: string) => new RegExp(`^(?:${pattern})$`, flags).test(text);
  return [whole(source, 'iu'), whole(withoutPropertyEscapes(source), 'iu')];
}

describe('Unicode property escapes written as ranges', () => {
  it('reads letters and digits of the drafts\' scripts as /u does, alone and inside a class', () => {
    const samples = ['a', 'Z', 'é', 'Ç', 'ß', 'œ', 'Ж', 'ع', '中', '7', '٣', '½', '_', '’', '-', ' ', '\u00a0', '«', '€', '.'];
    for (const source of ['\\p{L}', '\\p{N}', '[\\p{L}\\p{N}_]', "[\\p{L}'’-]", '[^\\p{L}\\p{N}]']) {
      for (const sample of samples) {
        const [unicode, rewritten] = bothReadings(source, sample);
        assert.equal(rewritten, unicode, `${source} on ${JSON.stringify(sample)}`);
      }
    }
  });

  it('leaves out letters beyond the Basic Multilingual Plane, a known limit', () => {
    assert.deepEqual(bothReadings('\\p{L}', '𝐀'), [true, false]);
  });

  it('keeps the rest of the pattern, escapes included, and the word-end lookahead working', () => {
    assert.equal(withoutPropertyEscapes('aims? to'), 'aims? to');
    assert.equal(withoutPropertyEscapes('\\\\p{L}'), '\\\\p{L}', 'an escaped backslash followed by "p{L}" is text');
    const wordEnd = new RegExp(withoutPropertyEscapes('sustainab[\\p{L}\\p{N}_]*(?![\\p{L}\\p{N}_])'), 'iuy');
    assert.equal(wordEnd.exec('Sustainabilité, then')?.[0], 'Sustainabilité');
    assert.equal(new RegExp(withoutPropertyEscapes('to(?![\\p{L}\\p{N}_])'), 'iu').test('toé'), false);
  });

  it('refuses a property it cannot write out, rather than misread it', () => {
    assert.throws(() => withoutPropertyEscapes('\\p{Lu}\\w+'), /uses \\p\{Lu\}:/);
    assert.throws(() => withoutPropertyEscapes('[\\P{L}]'), /uses \\P\{L\}:/);
  });

  it('writes out every entry of the evidence lexicon as a pattern the engine compiles', () => {
    // Every list of wording a check carries (evidence, contrary wording, what the check applies to…).
    const isLexicon = (value: unknown): value is Lexicon =>
      typeof value === 'object' && value !== null && Array.isArray((value as Lexicon).en) && Array.isArray((value as Lexicon).fr);
    const lexicons = principleChecks.flatMap((check) => Object.values(check).filter(isLexicon));
    const sources = lexicons.flatMap((lexicon) => lexiconSources(lexicon, 'both'));
    assert.ok(sources.length > 500, `${sources.length} entries`);
    for (const source of sources) assert.doesNotThrow(() => new RegExp(withoutPropertyEscapes(source), 'iuy'), source);
  });
});
