/**
 * A unit's text as one line of plain words, for the picker, completion details and footnote
 * quotations: without its own number ("56. "), its heading marks, or line breaks.
 */

/**
 * The unit's text on one line. `withHeading: false` leaves out a heading unit's title line (a
 * quotation quotes the text, not the title); by default the title is kept, without its "#" marks.
 */
export function flatUnitText(text: string, options: { readonly withHeading?: boolean } = {}): string {
  const body = options.withHeading === false ? text.replace(/^#{1,6}[ \t]+.*\n/, '') : text.replace(/^#{1,6}[ \t]+/, '');
  return body
    .replace(/^\d{1,4}[.)/][ \t\u00a0]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The start of `text`, at most `length` characters, with "…" when cut. */
export function shortened(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length).trimEnd()}…`;
}
