/**
 * The words of `country/unknown-name` findings, in English and French. The rule checks English and
 * French drafts only, each against the UN short names of its own language, so an English draft is
 * told in English, a French one in French; the names stay as written and as the UN writes them.
 */
import type { LabelLanguage } from '../../../../schemas/vocabulary';
import { fr } from '../frenchTypography';

const english = {
  /** A State's name in the other language (in an English draft, the French name). */
  otherLanguage: (written: string, suggestion: string) => `"${written}" is the French name: this document is in English, write "${suggestion}".`,
  nearMiss: (written: string, suggestion: string) => `"${written}" is not a UN country name: did you mean "${suggestion}"?`,
  notShortName: (written: string, suggestion: string) => `"${written}" is not the UN short name: write "${suggestion}".`,
};

const french: typeof english = {
  otherLanguage: (written, suggestion) => fr`« ${written} » est le nom anglais : ce document est en français, écrivez « ${suggestion} ».`,
  nearMiss: (written, suggestion) => fr`« ${written} » n’est pas un nom de pays de l’ONU : vouliez-vous dire « ${suggestion} » ?`,
  notShortName: (written, suggestion) => fr`« ${written} » n’est pas le nom court en usage à l’ONU : écrivez « ${suggestion} ».`,
};

/** The finding's words in a draft's language (French for a French draft, English otherwise). */
export function countryWords(language: LabelLanguage): typeof english {
  return language === 'fr' ? french : english;
}
