/**
 * What a pattern of the evidence lexicon can start with. The lexicon scan tries, at each word start,
 * only the entries that can begin with the character there: trying all of them at every word
 * start made the scan grow with the lexicon (some 250 entries, each costing as much as the others).
 *
 * The answer is a superset, never a subset: a pattern that could start with anything (it begins
 * with "\p{L}", or every part of it is optional) is tried everywhere. The characters are kept as
 * pattern atoms ("a", "[éè]", "\d") and tested by the engine itself with the lexicon's flags, so
 * case folding ("ſ" read as "s" under the "i" flag) is the engine's, not a guess.
 */

/** The atoms a pattern can start with, or `any` when it may start with anything. */
type Firsts = { readonly atoms: ReadonlySet<string>; readonly nullable: boolean } | 'any';

interface Parsed<T> {
  readonly value: T;
  readonly end: number;
}

const noAtoms: ReadonlySet<string> = new Set();

function union(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> {
  return b.size === 0 ? a : a.size === 0 ? b : new Set([...a, ...b]);
}

/** Alternatives up to a closing parenthesis or the end: the union of their first atoms. */
function parseAlternation(source: string, start: number): Parsed<Firsts> {
  let atoms = noAtoms;
  let nullable = false;
  let any = false;
  let position = start;
  for (;;) {
    const sequence = parseSequence(source, position);
    if (sequence.value === 'any') any = true;
    else {
      atoms = union(atoms, sequence.value.atoms);
      nullable ||= sequence.value.nullable;
    }
    position = sequence.end;
    if (source[position] !== '|') break;
    position++;
  }
  return { value: any ? 'any' : { atoms, nullable }, end: position };
}

/** Items one after the other: the first atoms of each, until one that cannot be skipped. */
function parseSequence(source: string, start: number): Parsed<Firsts> {
  let atoms = noAtoms;
  let open = true;
  let any = false;
  let position = start;
  while (position < source.length && source[position] !== '|' && source[position] !== ')') {
    const item = parseItem(source, position);
    if (open) {
      if (item.value === 'any') any = true;
      else {
        atoms = union(atoms, item.value.atoms);
        if (!item.value.nullable) open = false;
      }
    }
    position = item.end;
  }
  return { value: any ? 'any' : { atoms, nullable: open }, end: position };
}

/** One atom or group and its quantifier. */
function parseItem(source: string, start: number): Parsed<Firsts> {
  const char = source[start];
  let value: Firsts;
  let position: number;
  if (char === '(') {
    const assertion = /^\(\?(?:=|!|<=|<!)/.exec(source.slice(start, start + 4))?.[0];
    const group = /^\(\?:/.test(source.slice(start, start + 3)) ? 3 : 1;
    const inner = parseAlternation(source, start + (assertion?.length ?? group));
    position = inner.end + 1;
    // A lookahead or lookbehind matches no character: what follows it decides.
    value = assertion ? { atoms: noAtoms, nullable: true } : inner.value;
  } else if (char === '[') {
    position = classEnd(source, start) + 1;
    value = { atoms: new Set([source.slice(start, position)]), nullable: false };
  } else if (char === '\\') {
    const escape = escapeAt(source, start);
    position = escape.end;
    value = escape.value;
  } else if (char === '^' || char === '$') {
    position = start + 1;
    value = { atoms: noAtoms, nullable: true };
  } else {
    const codePoint = source.codePointAt(start) ?? 0;
    position = start + (codePoint > 0xffff ? 2 : 1);
    value = { atoms: new Set([source.slice(start, position)]), nullable: false };
  }
  const quantifier = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(position));
  if (quantifier) {
    position += quantifier[0].length;
    const optional = quantifier[0][0] === '?' || quantifier[0][0] === '*' || quantifier[1] === '0';
    if (optional && value !== 'any') value = { atoms: value.atoms, nullable: true };
  }
  return { value, end: position };
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
function escapeAt(source: string, start: number): Parsed<Firsts> {
  const letter = source[start + 1] ?? '';
  if (letter === 'b' || letter === 'B') return { value: { atoms: noAtoms, nullable: true }, end: start + 2 };
  if (/\d/.test(letter) && letter !== '0') return { value: 'any', end: start + 2 };
  const long = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z])/.exec(source.slice(start));
  const end = long ? start + long[0].length : start + 1 + (source.codePointAt(start + 1) !== undefined && (source.codePointAt(start + 1) ?? 0) > 0xffff ? 2 : 1);
  return { value: { atoms: new Set([source.slice(start, end)]), nullable: false }, end };
}

/**
 * A test of the character a match of `source` can start with (with `flags`, those of the lexicon
 * patterns), or undefined when it can start with any.
 */
export function firstCharacterTest(source: string, flags: string): RegExp | undefined {
  const { value, end } = parseAlternation(source, 0);
  // An unbalanced ")" stops the parse early: not understood, so tried everywhere.
  if (value === 'any' || value.nullable || value.atoms.size === 0 || end !== source.length) return undefined;
  return new RegExp(`^(?:${[...value.atoms].join('|')})`, flags);
}
