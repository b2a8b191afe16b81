/**
 * The compiled table written three ways: CSV (one row per region, theme and programme, for a
 * spreadsheet), JSON (the compilation as data) and Markdown (one table per region and theme, as the
 * Secretariat's report lays them out). The Markdown and CSV tables are worded in the language asked
 * for (`tableWords`); the JSON keeps its English keys and ids whatever the language.
 */
import { compilationSchema, type Compilation, type CompiledGroup, type CompiledProgramme } from '../../../schemas/compilation';
import type { LabelLanguage } from '../../../schemas/vocabulary';
import { differingValuesSeparator, reportListSeparator } from '../core/compile/compile';
import { tableWords, type TableWords } from '../core/compile/compilationWords';

export const compileFormats = ['md', 'csv', 'json'] as const;
export type CompileFormat = (typeof compileFormats)[number];

type ConflictField = Parameters<TableWords['differ']>[0];
const listFields: ReadonlySet<string> = new Set(['lead', 'partners', 'beneficiaries', 'themes']);

/**
 * A value as the JSON holds it ("regional | bilateral", a report's "France; Slovenia"), in the
 * table's words: each enumerated id in the language, our separators as its typography writes them.
 * A name holding "; " inside parentheses gets the same spacing: harmless, and nothing is lost.
 */
function shownValue(words: TableWords, field: ConflictField, value: string): string {
  const separator = listFields.has(field) ? reportListSeparator : differingValuesSeparator;
  const joiner = listFields.has(field) ? words.listSeparator : differingValuesSeparator;
  return value
    .split(separator)
    .map((part) => words.enumerated(field, part))
    .join(joiner);
}

/** The flag of a merged row, and each disagreement with who said what. */
function note(programme: CompiledProgramme, words: TableWords): string {
  const submitters = [...new Set(programme.reports.map((report) => report.submitter))];
  const parts = programme.merged ? [words.merged(submitters)] : [];
  for (const conflict of programme.conflicts) {
    const field = conflict.field as ConflictField;
    parts.push(words.differ(field, conflict.values.map((entry) => ({ submitter: entry.submitter, value: shownValue(words, field, entry.value) }))));
  }
  return parts.join(words.listSeparator);
}

interface Column {
  readonly header: string;
  readonly value: (programme: CompiledProgramme) => string;
}

/** The table's columns, titled and filled in the table's words. */
function columnsIn(words: TableWords): readonly Column[] {
  const single = (field: 'level' | 'start' | 'end' | 'status' | 'funding'): Column => ({
    header: words.fieldColumn(field),
    value: (programme) => (programme[field] === undefined ? '' : shownValue(words, field, programme[field])),
  });
  const list = (field: 'lead' | 'partners' | 'beneficiaries'): Column => ({ header: words.fieldColumn(field), value: (programme) => programme[field].join(words.listSeparator) });
  return [
    { header: words.programmeColumn, value: (programme) => programme.title },
    { header: words.submittedByColumn, value: (programme) => [...new Set(programme.reports.map((report) => report.submitter))].join(words.listSeparator) },
    single('level'),
    list('lead'),
    list('partners'),
    list('beneficiaries'),
    single('start'),
    single('end'),
    single('status'),
    single('funding'),
    { header: words.noteColumn, value: (programme) => note(programme, words) },
  ];
}

/** A group's region as its heading shows it: the heading the compilation gives, else the region (English). */
function regionShown(group: CompiledGroup): string {
  return group.regionHeading ?? group.region;
}

/**
 * One CSV cell (RFC 4180). A cell that a spreadsheet would read as a formula (=, +, -, @, tab,
 * carriage return first) is prefixed with an apostrophe: a submission is untrusted input.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function formatCsv(compilation: Compilation, words: TableWords): string {
  const columns = columnsIn(words);
  const rows = [[words.regionColumn, words.themeColumn, ...columns.map((column) => column.header)]];
  for (const group of compilation.groups) {
    for (const programme of programmesOf(compilation, group.programmes)) rows.push([regionShown(group), group.heading, ...columns.map((column) => column.value(programme))]);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A Markdown table cell: pipes and line breaks would end the cell. */
function markdownCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;');
}

function formatMarkdown(compilation: Compilation, words: TableWords): string {
  const columns = columnsIn(words);
  const out: string[] = [`# ${words.title}`, '', words.counts(compilation.programmes.length, compilation.submissions.length)];
  let region: string | undefined;
  for (const group of compilation.groups) {
    if (group.region !== region) {
      region = group.region;
      out.push('', `## ${regionShown(group)}`);
    }
    out.push('', `### ${group.heading}`, '', `| ${columns.map((column) => column.header).join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`);
    for (const programme of programmesOf(compilation, group.programmes)) out.push(`| ${columns.map((column) => markdownCell(column.value(programme))).join(' | ')} |`);
  }
  return `${out.join('\n')}\n`;
}

/** The programmes a group lists, by their indexes. */
function programmesOf(compilation: Compilation, indexes: readonly number[]): CompiledProgramme[] {
  return indexes.flatMap((index) => compilation.programmes[index] ?? []);
}

/**
 * The compilation in a format; Markdown and CSV in the words of `language`, which should be the
 * language it was compiled in (its headings). JSON is validated against `compilationSchema`
 * (published as schemas/json/compilation.schema.json) before it is written: a failure there is a
 * bug, and throws.
 */
export function formatCompilation(compilation: Compilation, format: CompileFormat, language: LabelLanguage = 'en'): string {
  if (format === 'csv') return formatCsv(compilation, tableWords[language]);
  if (format === 'json') return `${JSON.stringify(compilationSchema.parse(compilation), null, 2)}\n`;
  return formatMarkdown(compilation, tableWords[language]);
}
