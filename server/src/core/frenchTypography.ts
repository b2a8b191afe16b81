/**
 * French typography for the product's own French words: a no-break space after "«" and before "»",
 * ":", ";", "?" and "!", so that a wrapped line never starts with a colon or a closing guillemet.
 * The field labels the extension inserts ("**Niveau :**") are written so too.
 */

const noBreakSpace = '\u00a0';

/**
 * A template tag: the words of the template are written with ordinary spaces, readable in the
 * source (`fr\`« ${title} » : rien n’indique…\``), and get their no-break spaces here. What is put
 * into the template (a programme's title, the draft's own words) is left as it is: a quotation
 * stays as the draft writes it.
 */
export function fr(words: TemplateStringsArray, ...values: readonly (string | number)[]): string {
  let text = '';
  words.forEach((part, index) => {
    text += frenchSpaces(part);
    if (index < values.length) text += String(values[index]);
  });
  return text;
}

/** Our own French text (a catalogue's summary) with its spaces made no-break where French wants them. */
export function frenchSpaces(text: string): string {
  return text.replace(/« /g, `«${noBreakSpace}`).replace(/ (?=[»:;?!])/g, noBreakSpace);
}

/**
 * Our own French phrase with the typographic apostrophe (« réseau d’anciens »), as the rest of our
 * French is written. The catalogue's examples keep the typewriter one, as its lexicon does (a
 * lexicon apostrophe matches either), so they are made typographic where a message quotes them.
 */
export function typographicApostrophes(text: string): string {
  return text.replace(/'/g, '’');
}
