/**
 * The compiled table's own words, in English and French: the region and "no theme" headings (the
 * JSON carries them too), and the frame the Markdown and CSV tables put around the submitters'
 * words (title, column titles, the flag of a merged row, enumerated values). The English words are
 * those the table has always printed. The French ones follow the Secretariat's French report
 * (« contributions », « coopération interrégionale », « au niveau mondial ») and French typography
 * (`fr`); what the submitters wrote (titles, names, dates, funding) is printed as written.
 */
import type { CompiledRegion } from '../../../../schemas/compilation';
import { programmeFields, type FieldKey } from '../../../../schemas/programme';
import { programmeLevels, programmeStatuses, themes, type LabelLanguage, type VocabularyTerm } from '../../../../schemas/vocabulary';
import { m49AreaName } from '../countryRegions';
import { countedEnglish, countedFrench, listedFrench } from '../countsAndLists';
import { fr } from '../frenchTypography';

/** The table's places that are no M49 region. */
const placesOutsideM49: Readonly<Record<Extract<CompiledRegion, 'Interregional' | 'Global' | 'Unspecified'>, Readonly<Record<LabelLanguage, string>>>> = {
  Interregional: { en: 'Interregional', fr: 'Coopération interrégionale' },
  Global: { en: 'Global', fr: 'Niveau mondial' },
  Unspecified: { en: 'Unspecified', fr: 'Région non indiquée' },
};

/**
 * A region's heading: an M49 region by the name the hovers give it (« Afrique », « Amériques »),
 * the other places by the words above. Only the words change with the language: the table's order
 * is that of `compiledRegions`, whatever the names.
 */
export function regionHeading(region: CompiledRegion, language: LabelLanguage): string {
  const outside = placesOutsideM49[region as keyof typeof placesOutsideM49] as Readonly<Record<LabelLanguage, string>> | undefined;
  return outside ? outside[language] : m49AreaName(region, language);
}

/** The heading of the programmes that give no valid theme. */
export const noThemeHeading: Readonly<Record<LabelLanguage, string>> = { en: 'No theme given', fr: 'Thème non indiqué' };

/** A field whose values the table shows: one of the record's fields. */
type ShownField = Extract<FieldKey, 'level' | 'lead' | 'partners' | 'beneficiaries' | 'start' | 'end' | 'status' | 'funding' | 'themes'>;

/** The words of the Markdown and CSV tables in one language. */
export interface TableWords {
  /** The Markdown document's title. */
  readonly title: string;
  /** "5 programmes from 2 submissions." */
  readonly counts: (programmes: number, submissions: number) => string;
  readonly regionColumn: string;
  readonly themeColumn: string;
  readonly programmeColumn: string;
  readonly submittedByColumn: string;
  readonly noteColumn: string;
  /** A field's column title: its label in the draft format (`programmeFields`). */
  readonly fieldColumn: (field: ShownField) => string;
  /** Between the names of a list in a cell, and between the parts of a note. */
  readonly listSeparator: string;
  /** The flag of a row several submitters reported. */
  readonly merged: (submitters: readonly string[]) => string;
  /** A field on which the reports differ, with what each report says (values already shown in this language). */
  readonly differ: (field: ShownField, values: readonly { readonly submitter: string; readonly value: string }[]) => string;
  /** An enumerated value's id ("regional", "ongoing", "cybercrime") as the table shows it. */
  readonly enumerated: (field: ShownField, id: string) => string;
}

const vocabularies: Partial<Record<ShownField, readonly VocabularyTerm[]>> = { level: programmeLevels, status: programmeStatuses, themes };

export const tableWords: Readonly<Record<LabelLanguage, TableWords>> = {
  en: {
    title: 'Capacity-building programmes, by region and theme',
    counts: (programmes, submissions) => `${countedEnglish(programmes, 'programme', 'programmes')} from ${countedEnglish(submissions, 'submission', 'submissions')}.`,
    regionColumn: 'Region',
    themeColumn: 'Theme',
    programmeColumn: 'Programme',
    submittedByColumn: 'Submitted by',
    noteColumn: 'Note',
    fieldColumn: (field) => programmeFields[field].labels.en,
    listSeparator: '; ',
    merged: (submitters) => `merged: reported by ${submitters.join(' and ')}`,
    // The field's id, and the values as the JSON holds them: what this table has always printed.
    differ: (field, values) => `reports differ on ${field} (${values.map((entry) => `${entry.submitter}: ${entry.value}`).join(' / ')})`,
    enumerated: (_field, id) => id,
  },
  fr: {
    title: 'Programmes de renforcement des capacités, par région et par thème',
    counts: (programmes, submissions) =>
      `${countedFrench(programmes, 'programme issu', 'programmes issus')} de ${countedFrench(submissions, 'contribution', 'contributions')}.`,
    regionColumn: 'Région',
    themeColumn: 'Thème',
    programmeColumn: 'Programme',
    submittedByColumn: 'Présenté par',
    noteColumn: 'Remarque',
    fieldColumn: (field) => programmeFields[field].labels.fr,
    listSeparator: fr` ; `,
    merged: (submitters) => fr`fusionné : signalé par ${listedFrench(submitters)}`,
    differ: (field, values) =>
      fr`les contributions diffèrent sur « ${programmeFields[field].labels.fr} » (${values.map((entry) => fr`${entry.submitter} : ${entry.value}`).join(' / ')})`,
    enumerated: (field, id) => vocabularies[field]?.find((term) => term.id === id)?.fr ?? id,
  },
};
