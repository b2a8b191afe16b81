/**
 * Compilation: one table of the programmes of many submissions, as the Secretariat's mapping
 * report of 22 January 2024 (the "état des lieux" for the OEWG's seventh session) presents them:
 * regional, sub-regional and interregional cooperation, then the thematic areas. Each programme is
 * placed in one region, from the States it benefits, and listed under each of its themes. A
 * programme reported by several submitters (the same acronym, or the same title up to case,
 * accents and punctuation) becomes one row that names every submitter, is flagged, and shows the
 * values on which the reports disagree instead of picking one.
 */
import { compilationFormatVersion, compiledRegions, type Compilation, type CompiledGroup, type CompiledProgramme, type CompiledRegion } from '../../../../schemas/compilation';
import type { ExportedProgramme, SubmissionExport } from '../../../../schemas/submissionExport';
import type { LabelLanguage } from '../../../../schemas/vocabulary';
import { normalizeTerm, themes } from '../../../../schemas/vocabulary';
import { checkCountryName } from '../countries';
import { countryPlace } from '../countryRegions';
import { noThemeHeading, regionHeading } from './compilationWords';

/** One submission to compile: where it was read from, and its export record. */
export interface CompileInput {
  readonly path: string;
  readonly record: SubmissionExport;
}

/** Region words in free text ("public agents from Central and Western Africa"), to the M49 region. */
const regionWords: readonly [RegExp, CompiledRegion][] = [
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
 * its beneficiaries name in words; "Interregional" when they span several (one row, not one per
 * region: the report describes such a programme once, under interregional cooperation);
 * "Unspecified" when nothing says.
 */
export function regionOf(programme: Pick<ExportedProgramme, 'beneficiaries' | 'region' | 'level'>, language: LabelLanguage): CompiledRegion {
  if (programme.level === 'global') return 'Global';
  if (programme.level === 'interregional') return 'Interregional';
  const regions = new Set<CompiledRegion>();
  const names = [...(programme.beneficiaries ?? []), ...(programme.region ?? [])];
  for (const name of names) {
    const checked = checkCountryName(name, language);
    const iso3 = 'iso3' in checked ? checked.iso3 : undefined;
    const region = iso3 ? m49Region(iso3) : regionWords.find(([pattern]) => pattern.test(name))?.[1];
    if (region) regions.add(region);
  }
  if (regions.size === 1) return [...regions][0] as CompiledRegion;
  return regions.size > 1 ? 'Interregional' : 'Unspecified';
}

function m49Region(iso3: string): CompiledRegion | undefined {
  const region = countryPlace(iso3)?.regions[0];
  return compiledRegions.find((candidate) => candidate === region);
}

/** A title compared across submissions: case, accents, punctuation and a trailing "(ACRONYM)" ignored. */
export function titleKey(title: string): string {
  return normalizeTerm(title.replace(/\s*\([^()]*\)\s*$/, ''))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A name compared across submissions: the State it names (any spelling), else its normalized text. */
function nameKey(name: string, language: LabelLanguage): string {
  const checked = checkCountryName(name, language);
  return 'iso3' in checked && checked.iso3 ? `state:${checked.iso3}` : `name:${normalizeTerm(name)}`;
}

interface Report {
  readonly programme: ExportedProgramme;
  readonly submitter: string;
  readonly path: string;
  readonly language: LabelLanguage;
}

/**
 * The reports in clusters of one programme: two reports are the same programme when they share
 * an acronym or a title (see `titleKey`), directly or through a third (union-find).
 */
function clusters(reports: readonly Report[]): Report[][] {
  const parent = reports.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] as number;
    return index;
  };
  const firstWithKey = new Map<string, number>();
  reports.forEach((report, index) => {
    const keys = [`title:${titleKey(report.programme.title)}`];
    if (report.programme.acronym) keys.push(`acronym:${normalizeTerm(report.programme.acronym)}`);
    for (const key of keys) {
      const first = firstWithKey.get(key);
      if (first === undefined) firstWithKey.set(key, index);
      else parent[root(index)] = root(first);
    }
  });
  const byRoot = new Map<number, Report[]>();
  reports.forEach((report, index) => {
    const members = byRoot.get(root(index)) ?? [];
    members.push(report);
    byRoot.set(root(index), members);
  });
  // Map order is insertion order: clusters come in the order of their first report.
  return [...byRoot.values()];
}

/** Between the values of a single field when the reports differ: "2021 | 2022". */
export const differingValuesSeparator = ' | ';
/** Between the names of one report's list, in a conflict's value: "France; Slovenia". */
export const reportListSeparator = '; ';

type SingleField = 'level' | 'start' | 'end' | 'status' | 'funding';
type ListField = 'lead' | 'partners' | 'beneficiaries' | 'themes';

/** One programme from its reports: lists united, disagreements kept as conflicts. */
function mergeReports(reports: readonly Report[]): CompiledProgramme {
  const first = reports[0] as Report;
  const conflicts: CompiledProgramme['conflicts'][number][] = [];
  /** One value per report; several distinct ones are a conflict, and the row shows them all. */
  const single = (field: SingleField): string | undefined => {
    const given = reports.flatMap((report) => (report.programme[field] === undefined ? [] : [{ submitter: report.submitter, value: String(report.programme[field]) }]));
    const distinct = [...new Map(given.map((entry) => [normalizeTerm(entry.value), entry.value])).values()];
    if (distinct.length > 1) conflicts.push({ field, values: given });
    return distinct.length > 0 ? distinct.join(differingValuesSeparator) : undefined;
  };
  /** The union of the lists; reports that give the field but not the same members are a conflict. */
  const list = (field: ListField): string[] => {
    const given = reports.filter((report) => (report.programme[field]?.length ?? 0) > 0);
    const keysOf = (report: Report) => new Set((report.programme[field] ?? []).map((name) => nameKey(name, report.language)));
    const united = new Map<string, string>();
    for (const report of given) for (const name of report.programme[field] ?? []) if (!united.has(nameKey(name, report.language))) united.set(nameKey(name, report.language), name);
    const sets = given.map(keysOf);
    const differ = sets.some((set) => set.size !== united.size);
    if (differ) conflicts.push({ field, values: given.map((report) => ({ submitter: report.submitter, value: (report.programme[field] ?? []).join(reportListSeparator) })) });
    return [...united.values()];
  };
  const placed = [...new Set(reports.map((report) => regionOf(report.programme, report.language)))].filter((region) => region !== 'Unspecified');
  // Reports that place it in different regions: it serves several (or the whole world).
  const region: CompiledRegion = placed.length === 0 ? 'Unspecified' : placed.length === 1 ? (placed[0] as CompiledRegion) : placed.includes('Global') ? 'Global' : 'Interregional';
  const programme: CompiledProgramme = {
    title: first.programme.title,
    acronym: first.programme.acronym ?? reports.find((report) => report.programme.acronym)?.programme.acronym,
    region,
    themes: list('themes') as CompiledProgramme['themes'],
    level: single('level'),
    lead: list('lead'),
    partners: list('partners'),
    beneficiaries: list('beneficiaries'),
    start: single('start'),
    end: single('end'),
    status: single('status'),
    funding: single('funding'),
    reports: reports.map((report) => ({ submitter: report.submitter, path: report.path, line: report.programme.line })),
    merged: new Set(reports.map((report) => report.submitter)).size > 1,
    conflicts,
  };
  return Object.fromEntries(Object.entries(programme).filter(([, value]) => value !== undefined)) as CompiledProgramme;
}

/**
 * Compiles the submissions into one table: each programme once (reports of it merged), placed in
 * a region, listed under each of its themes. `language` chooses the headings: the theme's
 * (`heading`) and, in French, the region's (`regionHeading`; an English table keeps the JSON it
 * always wrote, where the region's id is its English heading). Ids and values stay as they are:
 * the JSON is data. Programmes are in the order of the regions, then of their first report; groups in the
 * order of the regions, then of the taxonomy's thematic areas (the report's order).
 */
export function compileSubmissions(inputs: readonly CompileInput[], language: LabelLanguage = 'en'): Compilation {
  const reports: Report[] = inputs.flatMap(({ path, record }) =>
    record.programmes.map((programme) => ({
      programme,
      // A record without a submitter is still compiled, under its file's name.
      submitter: record.metadata.submitter ?? path,
      path,
      language: record.metadata.language === 'fr' ? ('fr' as const) : ('en' as const),
    })),
  );
  const rank = (region: CompiledRegion) => compiledRegions.indexOf(region);
  const programmes = clusters(reports)
    .map(mergeReports)
    .sort((a, b) => rank(a.region) - rank(b.region));
  const groups: CompiledGroup[] = [];
  for (const region of compiledRegions) {
    const inRegion = programmes.flatMap((programme, index) => (programme.region === region ? [index] : []));
    if (inRegion.length === 0) continue;
    const named = language === 'en' ? {} : { regionHeading: regionHeading(region, language) };
    const withTheme = (id: string) => inRegion.filter((index) => (programmes[index]?.themes as readonly string[]).includes(id));
    for (const theme of themes) {
      const members = withTheme(theme.id);
      if (members.length > 0) groups.push({ region, ...named, theme: theme.id, heading: theme[language], programmes: members });
    }
    const withoutTheme = inRegion.filter((index) => programmes[index]?.themes.length === 0);
    if (withoutTheme.length > 0) groups.push({ region, ...named, heading: noThemeHeading[language], programmes: withoutTheme });
  }
  return {
    format: compilationFormatVersion,
    submissions: inputs.map(({ path, record }) => ({ path, submitter: record.metadata.submitter ?? path, programmes: record.programmes.length })),
    programmes,
    groups,
  };
}
