import { programmeFields } from '../../../../schemas/programme';
import type { LabelLanguage } from '../../../../schemas/vocabulary';
import { checkCountryName } from '../countries';
import type { Fix } from '../findings';
import { fixWords } from '../fixWords';
import type { Range } from '../text';
import { countryWords } from './countryWords';
import type { AnalysisContext, DocumentRule, ReportedFinding, SectionRule } from './rule';

const meta = {
  id: 'country/unknown-name',
  defaultSeverity: 'warning',
  summary: 'A country name that is not the UN short name in the document’s language (a variant, a misspelling or the other language’s name).',
} as const;

/**
 * Programme entries: each value of the Lead, Partners and Beneficiaries fields (the fields whose
 * definition holds countries) that is a known non-UN name of a State, a near miss of a UN short
 * name, or a State's name in the other language. The Secretariat compiles submissions under the
 * UN short names (UN Terminology Database), in English and in French; other names are edited by
 * hand or missed. Organizations, regions, Kosovo, free text and the usual short forms ("United
 * States", "Royaume-Uni") are never flagged. The quick fix writes the UN short name. Example:
 * `- **Beneficiaries:** Albania, Bosnia Herzegovina, Northern Macedonia` flags the last two. A French
 * draft is told, and offered the fix, in French (countryWords.ts).
 */
export const programmeCountryUnknownName: SectionRule = {
  meta,
  scope: 'section',
  check(section, context, report) {
    const programme = section.programme;
    const language = namesLanguage(context);
    if (!programme || !language) return;
    let sourceLines: string[] | undefined;
    for (const field of programme.fields) {
      if (!field.key || !programmeFields[field.key].holdsCountries) continue;
      for (const value of field.values) {
        const finding = findingFor(value.text, value.range, language, (written, range) => {
          sourceLines ??= section.text.split(/\r\n|\r|\n/);
          // The fix replaces the value's source: offer it only when the source is the plain name
          // (a link or inline markup around it would be lost).
          return sourceOf(sourceLines, range) === written ? { replacement: (name) => name } : undefined;
        });
        if (finding) report(finding);
      }
    }
  },
};

/**
 * Front matter: the `submitter`, when it names a State, must be its UN short name in the
 * document's language, for the same reason as programme entries: the Secretariat lists
 * respondents by it. Example: `submitter: Turkey` gets "write Türkiye".
 */
export const frontMatterCountryUnknownName: DocumentRule = {
  meta,
  scope: 'document',
  check(document, report) {
    const submitter = document.frontMatter.raw.submitter;
    const where = document.frontMatter.keyRanges.get('submitter')?.value;
    const language = namesLanguage(document.context);
    if (typeof submitter !== 'string' || !where || !language) return;
    const finding = findingFor(submitter.trim(), where, language, (written, range) => {
      // Front matter lines only: reading the whole document's lines would cost every keystroke.
      const source = sourceOf(document.frontMatter.lines, range);
      if (source === undefined) return undefined;
      if (source === written) return { replacement: (name) => name };
      // A quoted scalar keeps its quotes.
      if (source === `"${written}"` && !/["\\]/.test(written)) return { replacement: (name) => JSON.stringify(name) };
      if (source === `'${written.replace(/'/g, "''")}'`) return { replacement: (name) => `'${name.replace(/'/g, "''")}'` };
      return undefined;
    });
    if (finding) report(finding);
  },
};

/**
 * The language country names are checked in: the document's, when it is English or French. In
 * another language (or none), the expected names are not known, so nothing is checked.
 */
function namesLanguage(context: AnalysisContext): LabelLanguage | undefined {
  return context.language === 'en' || context.language === 'fr' ? context.language : undefined;
}

type FixFactory = (written: string, range: Range) => { replacement: (name: string) => string } | undefined;

function findingFor(written: string, range: Range, language: LabelLanguage, fixable: FixFactory): ReportedFinding | undefined {
  const result = checkCountryName(written, language);
  if (result.kind === 'ok' || result.kind === 'not-a-country') return undefined;
  const { suggestion } = result;
  const say = countryWords(language);
  const message =
    result.kind === 'other-language'
      ? say.otherLanguage(written, suggestion)
      : result.kind === 'near-miss'
        ? say.nearMiss(written, suggestion)
        : say.notShortName(written, suggestion);
  const fix = fixable(written, range);
  const fixes: Fix[] | undefined = fix
    ? [{ title: fixWords(language).changeTo(suggestion), edits: [{ range, newText: fix.replacement(suggestion) }] }]
    : undefined;
  return { message, range, fixes };
}

/** The source text a single-line range covers, or undefined for a range over several lines. */
function sourceOf(lines: readonly string[], range: Range): string | undefined {
  if (range.start.line !== range.end.line) return undefined;
  return lines[range.start.line]?.slice(range.start.character, range.end.character);
}
