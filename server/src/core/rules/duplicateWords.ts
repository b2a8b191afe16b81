/**
 * The words of `duplicate/programme` findings, in English and French: a French draft is told in
 * French which entry repeats which; a draft in any other language is told in English. Titles and
 * acronyms are quoted as written.
 */
import type { LabelLanguage } from '../../../../schemas/vocabulary';
import { fr } from '../frenchTypography';

/** What the two entries share: their title, or the acronym in parentheses. */
export type SharedIdentity = { readonly kind: 'title' } | { readonly kind: 'acronym'; readonly acronym: string };

const english = {
  describedTwice: (title: string, shared: SharedIdentity) =>
    `"${title}" is described twice: an earlier entry has ${shared.kind === 'title' ? 'the same title' : `the same acronym (${shared.acronym})`}. Merge the two entries.`,
  /** The related information, at the first entry. */
  firstEntry: (title: string) => `First entry: "${title}"`,
};

const french: typeof english = {
  describedTwice: (title, shared) =>
    fr`« ${title} » figure deux fois : une fiche précédente porte ${shared.kind === 'title' ? 'le même titre' : `le même acronyme (${shared.acronym})`}. Fusionnez les deux fiches.`,
  firstEntry: (title) => fr`Première fiche : « ${title} »`,
};

/** The finding's words in a draft's language (French for a French draft, English otherwise). */
export function duplicateWords(language: LabelLanguage): typeof english {
  return language === 'fr' ? french : english;
}
