/**
 * The titles of the quick fixes that write a corrected value, in English and French: a French
 * draft's light bulb offers « Remplacer par « Macédoine du Nord » »; a draft in any other language
 * is offered "Change to "North Macedonia"". One table for every rule that corrects a value (country
 * names, symbols, field values and labels, front-matter keys), so that the same action reads the
 * same wherever it is offered. The value is the one the fix writes, quoted as it is.
 */
import type { LabelLanguage } from '../../../schemas/vocabulary';
import { fr } from './frenchTypography';

const english = {
  /** A value replaced by its correction. */
  changeTo: (value: string) => `Change to "${value}"`,
  /** A front-matter key renamed. */
  renameTo: (key: string) => `Rename to "${key}"`,
};

const french: typeof english = {
  changeTo: (value) => fr`Remplacer par « ${value} »`,
  renameTo: (key) => fr`Renommer en « ${key} »`,
};

/** The fix titles in a draft's language (French for a French draft, English otherwise). */
export function fixWords(language: LabelLanguage): typeof english {
  return language === 'fr' ? french : english;
}
