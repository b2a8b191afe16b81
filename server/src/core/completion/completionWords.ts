/**
 * The fixed words of completions, in English and French. The words a hover shows too (required,
 * allowed values, the principles' source, the country headings…) come from the hover's table, so
 * each is written once; only the words completion alone needs are written here.
 */
import type { LabelLanguage } from '../../../../schemas/vocabulary';
import { words } from '../hover/hoverWords';

const english = {
  memberState: 'UN Member State',
  alsoAccepted: 'Also accepted',
  semicolons: 'This name holds a comma: separate the items of the list with ";".',
  /** After a symbol's title in the item's detail; the documentation gives the hover's longer note. */
  unconfirmedMark: '(unconfirmed)',
  paragraphsHeld: (count: number) => `The library holds ${count} of its paragraphs: type "para." after the symbol to cite one.`,
  heldInPart: 'held in part',
};

const french: typeof english = {
  memberState: 'État Membre de l’ONU',
  alsoAccepted: 'Également admis',
  semicolons: 'Ce nom contient une virgule : séparez les éléments de la liste par « ; ».',
  unconfirmedMark: '(non confirmé)',
  paragraphsHeld: (count) => `La bibliothèque en a ${count} paragraphes : tapez « par. » après la cote pour en citer un.`,
  heldInPart: 'en partie',
};

/** The words shared with hovers, and those of completion alone, built once per language. */
const byLanguage = {
  en: { ...words('en'), ...english },
  fr: { ...words('fr'), ...french },
};

/** The words of completions in one language. */
export type CompletionWords = (typeof byLanguage)['en'];

/** The completion words of a language. */
export function completionWords(language: LabelLanguage): CompletionWords {
  return byLanguage[language];
}
