/**
 * The fixed words of hovers, in English and French: a French draft gets French labels where the
 * product has them (the quoted texts stay in their own language), spaced as French is (`fr`: a
 * no-break space inside « » and before : and ;), like the findings' French messages.
 */

import { fr } from '../frenchTypography';

export type HoverLanguage = 'en' | 'fr';

const english = {
  paragraph: 'paragraph',
  author: 'Author',
  date: 'Date',
  language: 'Language',
  source: 'Source',
  region: 'Region',
  builtinSource: 'reference library shipped with the extension',
  userSource: 'your library sources',
  unconfirmed: 'Unconfirmed: believed, not checked against the official document.',
  metadataOnly: 'The library holds what this document is, not its text.',
  holding: (full: boolean, units: number) =>
    full ? `The library holds the full text (${units} addressable parts).` : `The library holds part of the text (${units} addressable parts).`,
  notHeld: (symbol: string) => `The reference library does not hold ${symbol}: nothing is known of it here.`,
  noDocument: 'No document is named with this paragraph, so the library cannot show it.',
  readFromContext: (document: string) => `Read as a paragraph of ${document}, the document named before it.`,
  ambiguous: (where: string) => `Several parts of the document have this number (${where}): name the annex.`,
  noSuchParagraph: (document: string, paragraph: string) => `${document}, as held in full by the library, has no ${paragraph}.`,
  paragraphNotHeld: (document: string, paragraph: string) =>
    `The library holds ${document} only in part; its ${paragraph} is not among the parts held.`,
  unitPartial: 'Held in part: only an opening or a fragment of this paragraph is in the library.',
  editorialNumbering: 'The original is not numbered: the paragraph numbers were added by the library.',
  aliasOf: (alias: string, symbol: string) => `"${alias}" is read as ${symbol}.`,
  agreedText: 'Agreed capacity-building principle',
  principleSource: 'Agreed in A/75/816, annex I, paragraph 56 (recalled in the annex of A/78/265).',
  /** Before the French summary of a principle (French drafts only). */
  principleSummary: '**Summary** (unofficial, not the agreed text):',
  /** Before the agreed text, when a summary in the draft's language precedes it. */
  principleAgreedInEnglish: '**Agreed text**, quoted in English:',
  mentionedIn: (term: string, count: number) => `**${term}** in the reference library: ${count} passage${count === 1 ? '' : 's'}`,
  andMore: (count: number) => `…and ${count} more.`,
  countryHeading: 'UN short name',
  frenchName: 'French',
  englishName: 'English',
  observer: 'Non-member observer State',
  required: 'required',
  optional: 'optional',
  allowedValues: 'Allowed values',
  listField: 'A list: separate the items with "," or ";".',
  field: 'Programme field',
  /** "Label: value", with the language's spacing before the colon. */
  labelled: (label: string, value: string) => `${label}: ${value}`,
  /** A written text quoted, with the language's quotation marks. */
  quoted: (text: string) => `"${text}"`,
  /** Between the parts of a parenthesis: "(field, required; Niveau)". */
  listSeparator: '; ',
};

const french: typeof english = {
  paragraph: 'paragraphe',
  author: 'Auteur',
  date: 'Date',
  language: 'Langue',
  source: 'Source',
  region: 'Région',
  builtinSource: "bibliothèque de référence fournie avec l'extension",
  userSource: 'vos sources de bibliothèque',
  unconfirmed: fr`Non confirmé : supposé, non vérifié sur le document officiel.`,
  metadataOnly: 'La bibliothèque sait ce qu’est ce document, mais n’en a pas le texte.',
  holding: (full, units) =>
    full ? `La bibliothèque en a le texte intégral (${units} parties citables).` : `La bibliothèque en a une partie du texte (${units} parties citables).`,
  notHeld: (symbol) => fr`La bibliothèque de référence n’a pas ${symbol} : rien n’en est connu ici.`,
  noDocument: fr`Aucun document n’est nommé avec ce paragraphe : la bibliothèque ne peut pas le montrer.`,
  readFromContext: (document) => `Lu comme un paragraphe de ${document}, le document nommé avant lui.`,
  ambiguous: (where) => fr`Plusieurs parties du document portent ce numéro (${where}) : précisez l’annexe.`,
  noSuchParagraph: (document, paragraph) => `${document}, que la bibliothèque a en entier, n’a pas de ${paragraph}.`,
  paragraphNotHeld: (document, paragraph) =>
    fr`La bibliothèque n’a qu’une partie de ${document} ; son ${paragraph} n’en fait pas partie.`,
  unitPartial: fr`En partie seulement : la bibliothèque n’a que le début ou un fragment de ce paragraphe.`,
  editorialNumbering: fr`L’original n’est pas numéroté : les numéros de paragraphe ont été ajoutés par la bibliothèque.`,
  aliasOf: (alias, symbol) => fr`« ${alias} » est lu comme ${symbol}.`,
  agreedText: 'Principe de renforcement des capacités adopté',
  principleSource: 'Adopté dans le document A/75/816, annexe I, paragraphe 56 (rappelé dans l’annexe du document A/78/265).',
  principleSummary: fr`**Résumé** (non officiel : ce n’est pas le texte adopté) :`,
  principleAgreedInEnglish: fr`**Texte adopté**, cité en anglais :`,
  mentionedIn: (term, count) => fr`**${term}** dans la bibliothèque de référence : ${count} passage${count === 1 ? '' : 's'}`,
  andMore: (count) => `… et ${count} de plus.`,
  countryHeading: 'Nom court ONU',
  frenchName: 'Français',
  englishName: 'Anglais',
  observer: 'État non membre observateur',
  required: 'obligatoire',
  optional: 'facultatif',
  allowedValues: 'Valeurs admises',
  listField: fr`Une liste : séparez les éléments par « , » ou « ; ».`,
  field: 'Champ de programme',
  labelled: (label, value) => `${label}\u00a0: ${value}`,
  quoted: (text) => `«\u00a0${text}\u00a0»`,
  listSeparator: '\u00a0; ',
};

/** The hover words of a language. */
export function words(language: HoverLanguage): typeof english {
  return language === 'fr' ? french : english;
}
