/**
 * The words of suppression comments, in English and French: the problems of a directive
 * (`suppressions.ts`, reported as `schema/invalid-value`) and the titles of the quick fixes that
 * write one (`suppressionFixes/`). A French draft is told, and offered, « Désactiver principle/gender
 * pour cette ligne »; a draft in any other language, "Disable principle/gender for this line".
 * Directives and rule ids stay as they are written, in French sentences too.
 */
import type { LabelLanguage } from '../../../schemas/vocabulary';
import { fr } from './frenchTypography';

const english = {
  notClosed: 'This oewg directive is ignored: it must end with "-->" on the same line.',
  /** A directive's name written in capitals (`written`, with its marker). */
  directiveInCapitals: (written: string, meant: string) =>
    `"${written}" is not a directive, so it hides nothing: directives are written in lower case. Did you mean "${meant}"?`,
  unknownDirective: (written: string, closest: string) =>
    `"${written}" is not a directive, so it hides nothing: use oewg-disable-next-line, oewg-disable or oewg-enable. Did you mean "${closest}"?`,
  idInCapitals: (id: string, lower: string) =>
    `"${id}" is not a rule id, so this directive hides nothing for it: rule ids are written in lower case. Did you mean "${lower}"?`,
  unknownId: (id: string, closest: string) => `"${id}" is not a rule id, so this directive hides nothing for it. Did you mean "${closest}"?`,
  /** The fix that writes a directive's name or id as it should be. */
  replaceWith: (text: string) => `Replace with "${text}"`,
  disableForLine: (id: string) => `Disable ${id} for this line`,
  disableForDocument: (id: string) => `Disable ${id} for the entire document`,
  /** `block`: the Markdown tree's type of the block the comments wrap ("paragraph", "code"…). */
  disableForBlock: (id: string, block: string) => `Disable ${id} for this ${englishBlocks[block] ?? 'block'}`,
};

/** The blocks a comment pair wraps, by their tree's type; any other is a "block". */
const englishBlocks: Readonly<Partial<Record<string, string>>> = {
  paragraph: 'paragraph',
  heading: 'heading',
  code: 'code block',
  html: 'HTML block',
  definition: 'link definition',
};

/** With their determiner, which French agrees with the noun. */
const frenchBlocks: Readonly<Partial<Record<string, string>>> = {
  paragraph: 'ce paragraphe',
  heading: 'ce titre',
  code: 'ce bloc de code',
  html: 'ce bloc HTML',
  definition: 'cette définition de lien',
};

const french: typeof english = {
  notClosed: fr`Cette directive oewg est ignorée : elle doit se terminer par « --> » sur la même ligne.`,
  directiveInCapitals: (written, meant) =>
    fr`« ${written} » n’est pas une directive et ne masque donc rien : les directives s’écrivent en minuscules. Vouliez-vous dire « ${meant} » ?`,
  unknownDirective: (written, closest) =>
    fr`« ${written} » n’est pas une directive et ne masque donc rien : utilisez oewg-disable-next-line, oewg-disable ou oewg-enable. Vouliez-vous dire « ${closest} » ?`,
  idInCapitals: (id, lower) =>
    fr`« ${id} » n’est pas un identifiant de règle : la directive ne masque donc rien sous ce nom (les identifiants de règle s’écrivent en minuscules). Vouliez-vous dire « ${lower} » ?`,
  unknownId: (id, closest) =>
    fr`« ${id} » n’est pas un identifiant de règle : la directive ne masque donc rien sous ce nom. Vouliez-vous dire « ${closest} » ?`,
  replaceWith: (text) => fr`Remplacer par « ${text} »`,
  disableForLine: (id) => `Désactiver ${id} pour cette ligne`,
  disableForDocument: (id) => `Désactiver ${id} pour tout le document`,
  disableForBlock: (id, block) => `Désactiver ${id} pour ${frenchBlocks[block] ?? 'ce bloc'}`,
};

export type SuppressionWords = typeof english;

/** The suppression words in a draft's language (French for a French draft, English otherwise). */
export function suppressionWords(language: LabelLanguage): typeof english {
  return language === 'fr' ? french : english;
}
