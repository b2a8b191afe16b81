/**
 * The words of the citation rules' findings (`citation/malformed-symbol`,
 * `citation/unknown-symbol`, `citation/unknown-paragraph`), in English and French: a French draft
 * is told in French what is wrong with a symbol (« cote », as the UN's French documents call it) or a
 * paragraph number; a draft in any other language is told in English. Symbols stay as written.
 */
import type { LabelLanguage } from '../../../../schemas/vocabulary';
import { fr } from '../frenchTypography';

/** The paragraphs a document held in full has where a citation looks: their first and last numbers. */
export type ParagraphSpan = { readonly first: number; readonly last: number } | undefined;

const english = {
  /** A symbol written otherwise than `canonical`. */
  malformed: (written: string, canonical: string) => `"${written}" is not a well-formed UN symbol: write "${canonical}".`,
  /** A symbol without its organ; `completions`, the documents of the library it may stand for. */
  organMissing: (written: string, completions: readonly string[]) => {
    const missing = 'its first part (the organ, such as "A/" or "A/C.1/") is missing';
    return completions.length > 1
      ? `"${written}" is not a well-formed UN symbol: ${missing}. It could be ${completions.map((symbol) => `"${symbol}"`).join(' or ')}: write the full symbol.`
      : `"${written}" is not a well-formed UN symbol: ${missing}. Write the full symbol, as printed on the document.`;
  },
  notHeld: (written: string) =>
    `The reference library does not hold "${written}": check the symbol against the document itself (the library only knows some documents, so it may well be right).`,
  /** `name` (a symbol or title) has no paragraph `number` (in `annex`, if any). */
  noSuchParagraph: (name: string, number: string, annex: string | undefined, span: ParagraphSpan) =>
    `${name} has no paragraph ${number}${annex === undefined ? '' : ` in annex ${annex}`}: the reference library holds the whole document, ${
      span ? `whose paragraphs run from ${span.first} to ${span.last}` : 'which has no numbered paragraphs there'
    }. Check the number.`,
};

const french: typeof english = {
  malformed: (written, canonical) => fr`« ${written} » n’est pas une cote de l’ONU bien formée : écrivez « ${canonical} ».`,
  organMissing: (written, completions) => {
    const missing = fr`il manque sa première partie (l’organe, par exemple « A/ » ou « A/C.1/ »)`;
    return completions.length > 1
      ? fr`« ${written} » n’est pas une cote de l’ONU bien formée : ${missing}. Il pourrait s’agir de ${completions.map((symbol) => fr`« ${symbol} »`).join(' ou ')} : écrivez la cote complète.`
      : fr`« ${written} » n’est pas une cote de l’ONU bien formée : ${missing}. Écrivez la cote complète, telle qu’elle figure sur le document.`;
  },
  notHeld: (written) =>
    fr`La bibliothèque de référence n’a pas « ${written} » : vérifiez la cote sur le document lui-même (la bibliothèque ne connaît qu’une partie des documents, la cote peut donc être juste).`,
  noSuchParagraph: (name, number, annex, span) =>
    fr`${name} n’a pas de paragraphe ${number}${annex === undefined ? '' : ` dans l’annexe ${annex}`} : la bibliothèque de référence a le document en entier, ${
      span ? `dont les paragraphes vont de ${span.first} à ${span.last}` : 'qui n’a pas de paragraphes numérotés à cet endroit'
    }. Vérifiez le numéro.`,
};

/** The citation findings' words in a draft's language (French for a French draft, English otherwise). */
export function citationWords(language: LabelLanguage): typeof english {
  return language === 'fr' ? french : english;
}
