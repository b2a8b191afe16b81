import { z } from 'zod';
import { languageCodes } from './vocabulary';
import { partialDateSchema } from './dates';

/**
 * The front matter of a reference-library source: one of the documents shipped with the
 * extension (server/library/*.md) or a file in a folder the user lists in
 * `oewgDrafter.library.sources`. Both are data, read with the `yaml` package and checked here,
 * never executed. The format is documented in docs/library-format.md.
 */
export const librarySourceFrontMatterSchema = z.strictObject({
  /** The document's title, as the document gives it. */
  title: z.string().trim().min(1, 'A library source needs a title'),
  /** The UN symbol, when the document has one (written tolerantly; normalized on reading). */
  symbol: z.string().trim().min(1).optional(),
  /** A stable id for documents without a symbol; by default the file's name without extension. */
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,80}$/, 'An id is lower-case letters, digits and hyphens')
    .optional(),
  author: z.string().trim().min(1).optional(),
  date: partialDateSchemaOrYear(),
  language: z.enum(languageCodes).optional(),
  /**
   * `full`: the library holds the whole text, so a paragraph it does not have does not exist
   * (`citation/unknown-paragraph` may say so). `partial`: some of the text, or none (the default:
   * the library never claims what it does not hold).
   */
  held: z.enum(['full', 'partial']).default('partial'),
  /** Where the text comes from, shown in every hover that quotes it. */
  provenance: z.string().trim().min(1).optional(),
  /** What the document is, in a few words (shown on hover over its symbol). */
  description: z.string().trim().min(1).optional(),
  /** `unconfirmed`: believed, not checked against the official document; shown as such. */
  confidence: z.enum(['confirmed', 'unconfirmed']).default('confirmed'),
  /** Other ways drafts refer to the document ("the previous OEWG report"). */
  aliases: z.array(z.string().trim().min(3)).max(50).default([]),
  /**
   * `editorial`: the paragraph numbers were added by the library (the original is not numbered);
   * hovers say so. `source`: the numbers are the document's own.
   */
  numbering: z.enum(['source', 'editorial']).default('source'),
  /** Units held only in part (an opening, a fragment), by label: ["paragraph 54"]. */
  partial: z.array(z.string().trim().min(1)).max(1000).default([]),
});
export type LibrarySourceFrontMatter = z.output<typeof librarySourceFrontMatterSchema>;

/** YAML reads `date: 2021` as a number and `date: 2021-03-10` as a string (the core keeps strings). */
function partialDateSchemaOrYear() {
  return z
    .union([z.number().int().transform(String), z.string()])
    .pipe(partialDateSchema)
    .optional();
}

/** The setting listing user-source folders (`oewgDrafter.library.sources`). */
export const librarySourcesSettingSchema = z.array(z.string().trim().min(1)).max(50).default([]);
