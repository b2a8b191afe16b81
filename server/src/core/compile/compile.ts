/**
 * Compilation: one table of the programmes of many submissions, as the Secretariat's mapping
 * report presents them (A/AC.292/2024/1: regional cooperation first, then the thematic areas).
 * Each programme is placed in a region, from the countries it benefits, and listed under each of
 * its themes. A programme reported by several submitters (the same acronym, or the same title up to
 * case, accents and punctuation) becomes one row that names every submitter, is flagged, and shows
 * the values on which the reports disagree instead of picking one.
 */
import type { LabelLanguage } from '../../../../schemas/vocabulary';
import { normalizeTerm, themes } from '../../../../schemas/vocabulary';
import type { ExportedProgramme, SubmissionExport } from '../../../../schemas/submissionExport';
import { checkCountryName } from '../countries';
import { countryPlace } from '../countryRegions';

/** One submission to compile: where it was read from, and its export record. */
export interface CompileInput {
  readonly path: string;
  readonly record: SubmissionExport;
}

/** Where a report of a programme comes from. */
export interface ProgrammeReport {
  readonly submitter: string;
  readonly path: string;
  readonly line: number;
}

/** A programme, once, with every submitter that reported it. */
export interface CompiledProgramme {
  readonly title: string;
  readonly acronym?: string;
  /** The M49 region of its beneficiaries ("Africa", "Europe"…), "Interregional" or "Global". */
  readonly region: string;
  readonly themes: readonly string[];
  readonly level?: string;
  readonly lead: readonly string[];
  readonly partners: readonly string[];
  readonly beneficiaries: readonly string[];
  readonly start?: string;
  readonly end?: string;
  readonly status?: string;
  readonly funding?: string;
  readonly reports: readonly ProgrammeReport[];
  /** Reported by more than one submitter. */
  readonly merged: boolean;
  /** Fields on which the reports disagree; the row shows their values joined with " | ". */
  readonly conflicts: readonly string[];
}

/** The programmes of one region under one theme: a section of the compiled table. */
export interface CompiledGroup {
  readonly region: string;
  readonly theme: string;
  readonly programmes: readonly CompiledProgramme[];
}

export interface Compilation {
  readonly programmes: readonly CompiledProgramme[];
  readonly groups: readonly CompiledGroup[];
}

const regionOrder = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania', 'Interregional', 'Global', 'Unspecified'];

/** The key that identifies a programme across submissions: its acronym, else its title. */
function identity(programme: ExportedProgramme): string {
  if (programme.acronym) return `acronym:${programme.acronym.toUpperCase()}`;
  return `title:${normalizeTerm(programme.title.replace(/\s*\([^()]*\)\s*$/, '')).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;
}

/** Region words in free text ("public agents from Central and Western Africa"), to the M49 region. */
const regionWords: readonly [RegExp, string][] = [
  [/\b(?:africa|afrique|sahel)/i, 'Africa'],
  [/\b(?:america|amérique|caribbean|caraïbes)/i, 'Americas'],
  [/\b(?:asia|asie|asean)/i, 'Asia'],
  [/\b(?:europe|balkans)/i, 'Europe'],
  [/\b(?:oceania|océanie|pacific|pacifique)/i, 'Oceania'],
];

/**
 * The region a programme serves, as the Secretariat's report places it: "Interregional" or
 * "Global" when its level says so (ESIWA, between the EU and Asia, is interregional cooperation);
 * otherwise the M49 region of its beneficiary States (then of its Region field), or of the region
 * its beneficiaries name in words; "Interregional" when they span several; "Unspecified" when
 * nothing says.
 */
export function regionOf(programme: Pick<ExportedProgramme, 'beneficiaries' | 'region' | 'level'>, language: LabelLanguage): string {
  if (programme.level === 'global') return 'Global';
  if (programme.level === 'interregional') return 'Interregional';
  const regions = new Set<string>();
  const names = [...(programme.beneficiaries ?? []), ...(programme.region ?? [])];
  for (const name of names) {
    const checked = checkCountryName(name, language);
    const iso3 = 'iso3' in checked ? checked.iso3 : undefined;
    const region = iso3 ? countryPlace(iso3)?.regions[0] : regionWords.find(([pattern]) => pattern.test(name))?.[1];
    if (region) regions.add(region);
  }
  if (regions.size === 1) return [...regions][0] as string;
  return regions.size > 1 ? 'Interregional' : 'Unspecified';
}

function themeName(id: string, language: LabelLanguage): string {
  return themes.find((theme) => theme.id === id)?.[language] ?? id;
}

/** Distinct values in order of first appearance. */
function union(lists: readonly (readonly string[] | undefined)[]): string[] {
  const seen = new Map<string, string>();
  for (const list of lists) for (const value of list ?? []) if (!seen.has(normalizeTerm(value))) seen.set(normalizeTerm(value), value);
  return [...seen.values()];
}

/**
 * Compiles the submissions. `language` chooses the theme names (English or French); programmes
 * are in the order of the regions, then of their first report.
 */
export function compileSubmissions(inputs: readonly CompileInput[], language: LabelLanguage = 'en'): Compilation {
  const byIdentity = new Map<string, { programme: ExportedProgramme; report: ProgrammeReport; language: LabelLanguage }[]>();
  for (const { path, record } of inputs) {
    const submitter = record.metadata.submitter ?? path;
    const recordLanguage: LabelLanguage = record.metadata.language === 'fr' ? 'fr' : 'en';
    for (const programme of record.programmes) {
      const key = identity(programme);
      const reports = byIdentity.get(key) ?? [];
      reports.push({ programme, report: { submitter, path, line: programme.line }, language: recordLanguage });
      byIdentity.set(key, reports);
    }
  }
  const programmes: CompiledProgramme[] = [];
  for (const reports of byIdentity.values()) {
    const first = reports[0];
    if (!first) continue;
    const conflicts: string[] = [];
    /** One value per report; several distinct ones are a conflict, shown joined. */
    const single = (field: 'level' | 'start' | 'end' | 'status' | 'funding'): string | undefined => {
      const values = union(reports.map(({ programme }) => (programme[field] === undefined ? undefined : [String(programme[field])])));
      if (values.length > 1) conflicts.push(field);
      return values.length > 0 ? values.join(' | ') : undefined;
    };
    const all = reports.map(({ programme }) => programme);
    const regions = union(reports.map(({ programme, language: reportLanguage }) => [regionOf(programme, reportLanguage)]));
    programmes.push({
      title: first.programme.title,
      acronym: first.programme.acronym,
      // Reports that place it in different regions: it serves several.
      region: regions.length === 1 ? (regions[0] as string) : 'Interregional',
      themes: union(all.map((programme) => programme.themes)),
      level: single('level'),
      lead: union(all.map((programme) => programme.lead)),
      partners: union(all.map((programme) => programme.partners)),
      beneficiaries: union(all.map((programme) => programme.beneficiaries)),
      start: single('start'),
      end: single('end'),
      status: single('status'),
      funding: single('funding'),
      reports: reports.map(({ report }) => report),
      merged: new Set(reports.map(({ report }) => report.submitter)).size > 1,
      conflicts,
    });
  }
  const rank = (region: string) => (regionOrder.includes(region) ? regionOrder.indexOf(region) : regionOrder.length);
  programmes.sort((a, b) => rank(a.region) - rank(b.region));
  const groups: CompiledGroup[] = [];
  for (const region of [...new Set(programmes.map((programme) => programme.region))]) {
    const inRegion = programmes.filter((programme) => programme.region === region);
    // Themes in the order of the taxonomy (the report's order of thematic areas).
    const themeIds = themes.map((theme) => theme.id).filter((id) => inRegion.some((programme) => programme.themes.includes(id)));
    for (const id of themeIds) groups.push({ region, theme: themeName(id, language), programmes: inRegion.filter((programme) => programme.themes.includes(id)) });
    const withoutTheme = inRegion.filter((programme) => programme.themes.length === 0);
    if (withoutTheme.length > 0) groups.push({ region, theme: language === 'fr' ? 'Thème non indiqué' : 'No theme given', programmes: withoutTheme });
  }
  return { programmes, groups };
}
