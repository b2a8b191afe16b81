/**
 * The words of `document/unreadable` findings, in English and French: a French draft is told in
 * French which part was not read and why; a draft in any other language is told in English. A file
 * with NUL bytes is never read, its front matter included, so its language is not known: it is told
 * in English.
 */
import type { LabelLanguage } from '../../../../schemas/vocabulary';
import { fr } from '../frenchTypography';
import type { UnparsedReason } from '../markdown';

/** The limits a section passed, for the message that says so. */
export interface ParseLimits {
  readonly nesting: number;
  readonly brackets: number;
  readonly emphasis: number;
}

/** A count as French writes it: thousands apart by a narrow no-break space ("2 000"). */
const frenchNumber = new Intl.NumberFormat('fr-FR');

const english = {
  binary: 'This file contains binary data (NUL bytes): it is not a Markdown submission, and was not checked.',
  invalidUtf8: 'This line holds bytes that are not valid UTF-8 (shown as \uFFFD): save the file as UTF-8, or retype the characters.',
  /** Why a section was not checked, said where its limit is passed. */
  unparsed: (reason: UnparsedReason['reason'], limits: ParseLimits): string =>
    ({
      nesting: `Lists or quotes are nested more than ${limits.nesting} levels deep here: this section was not checked (no real submission nests so deep, and parsing it would take minutes).`,
      brackets: `This section holds more than ${limits.brackets} "[" brackets: it was not checked (no real submission has so many links, and parsing them would take minutes).`,
      emphasis: `This section holds more than ${limits.emphasis} "*" or "_" emphasis markers: it was not checked (no real submission has so many, and parsing them would take seconds on every keystroke). Split it with headings.`,
    })[reason],
};

const french: typeof english = {
  binary: fr`Ce fichier contient des données binaires (octets NUL) : ce n’est pas une contribution Markdown, et il n’a pas été vérifié.`,
  invalidUtf8: fr`Cette ligne contient des octets qui ne sont pas de l’UTF-8 valide (affichés comme \uFFFD) : enregistrez le fichier en UTF-8, ou retapez les caractères.`,
  unparsed: (reason, limits) =>
    ({
      nesting: fr`Des listes ou des citations sont imbriquées ici sur plus de ${frenchNumber.format(limits.nesting)} niveaux : cette section n’a pas été vérifiée (aucune vraie contribution n’en imbrique autant, et l’analyser prendrait des minutes).`,
      brackets: fr`Cette section contient plus de ${frenchNumber.format(limits.brackets)} crochets « [ » : elle n’a pas été vérifiée (aucune vraie contribution n’a autant de liens, et les analyser prendrait des minutes).`,
      emphasis: fr`Cette section contient plus de ${frenchNumber.format(limits.emphasis)} marques d’emphase « * » ou « _ » : elle n’a pas été vérifiée (aucune vraie contribution n’en a autant, et les analyser prendrait des secondes à chaque frappe). Découpez-la avec des titres.`,
    })[reason],
};

/** The finding's words in a draft's language (French for a French draft, English otherwise). */
export function documentWords(language: LabelLanguage): typeof english {
  return language === 'fr' ? french : english;
}
