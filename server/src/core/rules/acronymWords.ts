/**
 * The words of `style/undefined-acronym` findings, in English and French: a French draft is told
 * in French which acronym to spell out and how; a draft in any other language is told in English.
 * Setting names stay as they are written in the settings.
 */
import type { LabelLanguage } from '../../../../schemas/vocabulary';
import { fr } from '../frenchTypography';

const english = {
  /** Used at its first use, spelled out later, at the 1-based line `line`. */
  spelledOutLater: (acronym: string, line: number) =>
    `"${acronym}" is used here but spelled out only later, at line ${line}: spell it out at its first use, as "Full name (${acronym})", so that readers outside your team can follow.`,
  /** The related information, where it is spelled out. */
  spelledOutHere: (acronym: string) => `"${acronym}" is spelled out here`,
  neverSpelledOut: (acronym: string) =>
    `"${acronym}" is never spelled out in this submission: write its full name at its first use, as "Full name (${acronym})", or, if every reader knows it, add it to oewgDrafter.acronyms.known (or the acronyms of .oewgrc.json).`,
};

const french: typeof english = {
  spelledOutLater: (acronym, line) =>
    fr`« ${acronym} » est employé ici mais n’est développé que plus loin, à la ligne ${line} : développez-le dès sa première occurrence, sous la forme « Nom complet (${acronym}) », pour que les lecteurs extérieurs à votre équipe puissent suivre.`,
  spelledOutHere: (acronym) => fr`« ${acronym} » est développé ici`,
  neverSpelledOut: (acronym) =>
    fr`« ${acronym} » n’est jamais développé dans cette contribution : écrivez son nom complet dès sa première occurrence, sous la forme « Nom complet (${acronym}) », ou, si tous les lecteurs le connaissent, ajoutez-le à oewgDrafter.acronyms.known (ou à la liste acronyms.known de .oewgrc.json).`,
};

/** The finding's words in a draft's language (French for a French draft, English otherwise). */
export function acronymWords(language: LabelLanguage): typeof english {
  return language === 'fr' ? french : english;
}
