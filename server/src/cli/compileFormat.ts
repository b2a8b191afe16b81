/**
 * The compiled table written three ways: CSV (one row per region, theme and programme, for a
 * spreadsheet), JSON (the compilation as data) and Markdown (one table per region and theme, as the
 * Secretariat's report lays them out).
 */
import { compilationSchema, type Compilation, type CompiledProgramme } from '../../../schemas/compilation';

export const compileFormats = ['md', 'csv', 'json'] as const;
export type CompileFormat = (typeof compileFormats)[number];

/** The flag of a merged row, and each disagreement with who said what. */
function note(programme: CompiledProgramme): string {
  const submitters = [...new Set(programme.reports.map((report) => report.submitter))];
  const parts = programme.merged ? [`merged: reported by ${submitters.join(' and ')}`] : [];
  for (const conflict of programme.conflicts) {
    parts.push(`reports differ on ${conflict.field} (${conflict.values.map((entry) => `${entry.submitter}: ${entry.value}`).join(' / ')})`);
  }
  return parts.join('; ');
}

const columns: readonly { readonly header: string; readonly value: (programme: CompiledProgramme) => string }[] = [
  { header: 'Programme', value: (programme) => programme.title },
  { header: 'Submitted by', value: (programme) => [...new Set(programme.reports.map((report) => report.submitter))].join('; ') },
  { header: 'Level', value: (programme) => programme.level ?? '' },
  { header: 'Lead', value: (programme) => programme.lead.join('; ') },
  { header: 'Partners', value: (programme) => programme.partners.join('; ') },
  { header: 'Beneficiaries', value: (programme) => programme.beneficiaries.join('; ') },
  { header: 'Start', value: (programme) => programme.start ?? '' },
  { header: 'End', value: (programme) => programme.end ?? '' },
  { header: 'Status', value: (programme) => programme.status ?? '' },
  { header: 'Funding', value: (programme) => programme.funding ?? '' },
  { header: 'Note', value: note },
];

/**
 * One CSV cell (RFC 4180). A cell that a spreadsheet would read as a formula (=, +, -, @, tab,
 * carriage return first) is prefixed with an apostrophe: a submission is untrusted input.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function formatCsv(compilation: Compilation): string {
  const rows = [['Region', 'Theme', ...columns.map((column) => column.header)]];
  for (const group of compilation.groups) {
    for (const programme of programmesOf(compilation, group.programmes)) rows.push([group.region, group.heading, ...columns.map((column) => column.value(programme))]);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A Markdown table cell: pipes and line breaks would end the cell. */
function markdownCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;');
}

function formatMarkdown(compilation: Compilation): string {
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const out: string[] = [
    '# Capacity-building programmes, by region and theme',
    '',
    `${count(compilation.programmes.length, 'programme')} from ${count(compilation.submissions.length, 'submission')}.`,
  ];
  let region: string | undefined;
  for (const group of compilation.groups) {
    if (group.region !== region) {
      region = group.region;
      out.push('', `## ${region}`);
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
 * The compilation in a format. JSON is validated against `compilationSchema` (published as
 * schemas/json/compilation.schema.json) before it is written: a failure there is a bug, and throws.
 */
export function formatCompilation(compilation: Compilation, format: CompileFormat): string {
  if (format === 'csv') return formatCsv(compilation);
  if (format === 'json') return `${JSON.stringify(compilationSchema.parse(compilation), null, 2)}\n`;
  return formatMarkdown(compilation);
}
