/**
 * What a pattern of the evidence lexicon can start with, character by character. The lexicon scan
 * tries, at each word start, only the entries whose first characters can be the ones there: trying
 * every entry that can begin with the first letter alone cost some 50 µs per word start once the
 * lexicon passed 350 entries per language (a "t" or an "s" selected 50 to 80 of them, and the
 * combined pattern was too large for the engine to compile well). Three characters narrow it to a
 * handful, usually none.
 *
 * The answer is a superset, never a subset: what cannot be read (a back-reference, an unbalanced
 * parenthesis, a part so varied that its beginnings would be too many to list) makes the pattern
 * be tried at every place with the characters known so far. A lookahead or lookbehind matches no
 * character, so it is skipped: the characters after it decide. The characters are kept as pattern
 * atoms ("a", "[éè]", "\d", "[\p{L}\p{N}_]") and tested by the engine itself with the lexicon's
 * flags, so case folding ("ſ" read as "s" under the "i" flag) is the engine's, not a guess.
 */

/**
 * The ways a part of a pattern can begin: each a list of atoms, at most `depth` long. An `open`
 * beginning is the whole of what the part matched, so what follows the part continues it; a closed
 * one stops there (anything may come next, or it reached the depth).
 */
interface Beginning {
  readonly atoms: readonly string[];
  readonly open: boolean;
}

interface Parsed {
  readonly beginnings: readonly Beginning[];
  readonly end: number;
}

/** Past this many beginnings, a part is cut to fewer characters: the tests stay small. */
const maxBeginnings = 200;

const empty: Beginning = { atoms: [], open: true };
const anything: Beginning = { atoms: [], open: false };

class Reader {
  constructor(
    private readonly source: string,
    private readonly depth: number,
  ) {}

  /** Alternatives up to a closing parenthesis or the end: the beginnings of each. */
  alternation(start: number): Parsed {
    const beginnings: Beginning[] = [];
    let position = start;
    for (;;) {
      const sequence = this.sequence(position);
      beginnings.push(...sequence.beginnings);
      position = sequence.end;
      if (this.source[position] !== '|') break;
      position++;
    }
    return { beginnings: this.bounded(beginnings), end: position };
  }

  /** Items one after the other: each open beginning goes on with the next item's beginnings. */
  private sequence(start: number): Parsed {
    let beginnings: readonly Beginning[] = [empty];
    let position = start;
    while (position < this.source.length && this.source[position] !== '|' && this.source[position] !== ')') {
      const item = this.item(position);
      if (beginnings.some((beginning) => beginning.open)) beginnings = this.then(beginnings, item.beginnings);
      position = item.end;
    }
    return { beginnings, end: position };
  }

  /** One atom or group and its quantifier. */
  private item(start: number): Parsed {
    const source = this.source;
    const char = source[start];
    let beginnings: readonly Beginning[];
    let position: number;
    if (char === '(') {
      const assertion = /^\(\?(?:=|!|<=|<!)/.exec(source.slice(start, start + 4))?.[0];
      const group = /^\(\?:/.test(source.slice(start, start + 3)) ? 3 : 1;
      const inner = this.alternation(start + (assertion?.length ?? group));
      position = inner.end + 1;
      beginnings = assertion ? [empty] : inner.beginnings;
    } else if (char === '[') {
      position = classEnd(source, start) + 1;
      beginnings = [atom(source.slice(start, position), this.depth)];
    } else if (char === '\\') {
      const escape = escapeAt(source, start);
      position = escape.end;
      beginnings = escape.atom === undefined ? [escape.matchesNothing ? empty : anything] : [atom(escape.atom, this.depth)];
    } else if (char === '^' || char === '$') {
      position = start + 1;
      beginnings = [empty];
    } else {
      const codePoint = source.codePointAt(start) ?? 0;
      position = start + (codePoint > 0xffff ? 2 : 1);
      beginnings = [atom(source.slice(start, position), this.depth)];
    }
    const quantifier = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(position));
    if (!quantifier) return { beginnings, end: position };
    position += quantifier[0].length;
    const optional = quantifier[0][0] === '?' || quantifier[0][0] === '*' || quantifier[1] === '0';
    // Repeated: once, then as many more times as the depth allows ("x{2}" is read as "x+", a superset).
    const repeatable = quantifier[0][0] !== '?';
    let repeated = beginnings;
    if (repeatable) {
      for (let round = 1; round < this.depth && repeated.some((beginning) => beginning.open && beginning.atoms.length > 0); round++) {
        repeated = this.bounded([...beginnings, ...this.then(repeated, beginnings)]);
      }
    }
    return { beginnings: optional ? this.bounded([empty, ...repeated]) : repeated, end: position };
  }

  /** Each of `first` followed, where it is open, by each of `next`. */
  private then(first: readonly Beginning[], next: readonly Beginning[]): readonly Beginning[] {
    const result: Beginning[] = [];
    for (const head of first) {
      if (!head.open) result.push(head);
      else for (const tail of next) result.push(joined(head, tail, this.depth));
    }
    return this.bounded(result);
  }

  /** Without duplicates; cut one character shorter (and closed) while there are too many. */
  private bounded(beginnings: readonly Beginning[]): readonly Beginning[] {
    let result = unique(beginnings);
    for (let length = this.depth - 1; result.length > maxBeginnings && length >= 0; length--) {
      result = unique(result.map((beginning) => (beginning.atoms.length > length ? { atoms: beginning.atoms.slice(0, length), open: false } : beginning)));
    }
    return result;
  }
}

function atom(text: string, depth: number): Beginning {
  return { atoms: [text], open: depth > 1 };
}

function joined(head: Beginning, tail: Beginning, depth: number): Beginning {
  const atoms = [...head.atoms, ...tail.atoms].slice(0, depth);
  return { atoms, open: tail.open && atoms.length < depth };
}

function unique(beginnings: readonly Beginning[]): Beginning[] {
  const seen = new Map<string, Beginning>();
  for (const beginning of beginnings) {
    const key = `${beginning.open ? 'o' : 'c'}${beginning.atoms.join('\u0000')}`;
    if (!seen.has(key)) seen.set(key, beginning);
  }
  return [...seen.values()];
}

/** The index of the "]" that closes the class opened at `start`. */
function classEnd(source: string, start: number): number {
  for (let position = start + 1; position < source.length; position++) {
    if (source[position] === '\\') position++;
    else if (source[position] === ']') return position;
  }
  return source.length - 1;
}

/** An escape: a word boundary matches nothing, a back-reference could be anything, others are atoms. */
function escapeAt(source: string, start: number): { readonly atom?: string; readonly matchesNothing?: boolean; readonly end: number } {
  const letter = source[start + 1] ?? '';
  if (letter === 'b' || letter === 'B') return { matchesNothing: true, end: start + 2 };
  if (/\d/.test(letter) && letter !== '0') return { end: start + 2 };
  const long = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z])/.exec(source.slice(start));
  const end = long ? start + long[0].length : start + 1 + ((source.codePointAt(start + 1) ?? 0) > 0xffff ? 2 : 1);
  return { atom: source.slice(start, end), end };
}

/**
 * Tests of the first characters a match of `source` can start with (with `flags`, those of the
 * lexicon patterns): the test at index `n` is for the first `n + 1` characters of the text, given
 * as a string of that many characters (fewer at the end of the text). Undefined when a match may
 * start with anything, or the pattern is not understood: then it is tried everywhere.
 */
export function leadingCharacterTests(source: string, flags: string, depth: number): readonly RegExp[] | undefined {
  const { beginnings, end } = new Reader(source, depth).alternation(0);
  // An unbalanced ")" stops the parse early: not understood.
  if (end !== source.length || beginnings.some((beginning) => beginning.atoms.length === 0)) return undefined;
  const tests: RegExp[] = [];
  for (let length = 1; length <= depth; length++) {
    const prefixes = new Set(beginnings.map((beginning) => beginning.atoms.slice(0, length).join('')));
    tests.push(new RegExp(`^(?:${[...prefixes].join('|')})`, flags));
  }
  return tests;
}
