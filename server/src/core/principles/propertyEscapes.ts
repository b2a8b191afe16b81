/**
 * Unicode letters and numbers written out as ranges of the Basic Multilingual Plane, for the lexicon
 * scan's patterns. V8 takes about 0.3 ms to compile each `\p{L}` or `\p{N}` class under /iu (the
 * same class written as ranges of every plane costs as much), and the evidence lexicon holds some
 * 900 of them: compiling the entries that a new session's first draft needs took about a second
 * before its first diagnostics. Ranges of the BMP alone compile in about half the time, and the
 * first validation of the bundled example went from about 1.1 s to about 0.8 s.
 *
 * The BMP holds every script of the drafts; a letter beyond it (a historic script, a mathematical
 * letter) is not one for the rewritten pattern. `lexiconPattern` keeps `\p{…}`: checklist.test.ts
 * checks that both readings find the same places over the whole corpus.
 */

interface PropertyRanges {
  readonly L: string;
  readonly N: string;
}

let ranges: PropertyRanges | undefined;

/** The code units of the BMP that `property` matches, as the inside of a character class. */
function rangesOf(property: RegExp): string {
  const parts: string[] = [];
  let start = -1;
  for (let unit = 0; unit <= 0x10000; unit++) {
    // Surrogates are halves of characters beyond the BMP, never letters on their own.
    const inside = unit < 0x10000 && (unit < 0xd800 || unit > 0xdfff) && property.test(String.fromCharCode(unit));
    if (inside && start < 0) start = unit;
    if (!inside && start >= 0) {
      parts.push(start === unit - 1 ? escaped(start) : `${escaped(start)}-${escaped(unit - 1)}`);
      start = -1;
    }
  }
  return parts.join('');
}

function escaped(unit: number): string {
  return `\\u${unit.toString(16).padStart(4, '0')}`;
}

/** Computed on first use (about 20 ms), from the running engine's own Unicode tables. */
function propertyRanges(): PropertyRanges {
  ranges ??= { L: rangesOf(/\p{L}/u), N: rangesOf(/\p{N}/u) };
  return ranges;
}

/**
 * `source` with every `\p{L}` and `\p{N}` written as ranges of the BMP, alone or inside a
 * character class: it compiles faster and means the same on text of the BMP. Throws on any other
 * property escape, which has no rewriting here: a lexicon entry that uses one fails in the tests
 * before it ships.
 */
export function withoutPropertyEscapes(source: string): string {
  if (!source.includes('\\p{') && !source.includes('\\P{')) return source;
  let result = '';
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index] as string;
    if (char !== '\\') {
      if (char === '[' && !inClass) inClass = true;
      else if (char === ']' && inClass) inClass = false;
      result += char;
      continue;
    }
    const property = /^\\([pP])\{([^}]*)\}/.exec(source.slice(index));
    if (!property) {
      result += char + (source[index + 1] ?? '');
      index++;
      continue;
    }
    const [whole, kind, name] = property;
    if (kind !== 'p' || (name !== 'L' && name !== 'N')) {
      throw new Error(`The lexicon pattern "${source}" uses ${whole}: only \\p{L} and \\p{N} can be written out for the scan`);
    }
    const inside = propertyRanges()[name];
    result += inClass ? inside : `[${inside}]`;
    index += whole.length - 1;
  }
  return result;
}
