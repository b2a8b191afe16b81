/**
 * What every completion context shares: the position's line, the range of a replacement on it,
 * the spaces a draft may hold between words, and the order the items are offered in.
 */
import type { Range } from '../text';

/** The position's line, as each context reads it. */
export interface LineAt {
  readonly text: string;
  readonly line: number;
  readonly character: number;
  /** The line's text before the position. */
  readonly before: string;
}

/**
 * A space as drafts write it, for building patterns: French typography puts a no-break or narrow
 * no-break space before ":" and after "§".
 */
export const space = '[ \\t\\u00a0\\u202f]';

/** The range from `start` to `end` on `line`. */
export const onLine = (line: number, start: number, end: number): Range => ({
  start: { line, character: start },
  end: { line, character: end },
});

/** Keeps the order chosen here: clients sort by `sortText`, else by label. */
export function sortKey(index: number): string {
  return String(index).padStart(4, '0');
}
