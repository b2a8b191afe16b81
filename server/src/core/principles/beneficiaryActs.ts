/**
 * A beneficiary named in the prose as the one who asks, proposes, chooses, writes or chairs: "The
 * Philippines proposed this workshop", "Morocco's agency wrote the scenario", « le Maroc a demandé
 * un appui ». That is ownership, and the evidence lexicon cannot see it: it does not know who the
 * partners are. The programme's Beneficiaries field does. "France proposed…" is the donor acting,
 * and "trainees from Senegal selected by France" is the donor choosing: neither counts.
 */
import { checkCountryName } from '../countries';
import type { FoundSpan, LexiconLanguage, SkippedSpans } from './lexiconScan';

const actsEn =
  '(?:proposed|proposes|put forward|drew up|draws up|submitted|submits|presented|presents|built|builds|requested|requests|asked|asks|sought|seeks|chose|chooses|selected|selects|picked|picks|drafted|drafts|wrote|writes|designed|designs|prepared|prepares|identified|identifies|set|sets|decided|decides|defined|defines|nominated|nominates|initiated|commissioned|invited|chairs|chaired|co-chairs|co-chaired|leads|led|co-leads|co-led|runs|ran)';
const actsFr =
  '(?:(?:a|ont|avait|avaient)\\s+(?:(?:lui|elle|eux|elles)-mêmes?\\s+)?(?:proposé|demandé|sollicité|choisi|retenu|arrêté|sélectionné|rédigé|conçu|préparé|élaboré|identifié|fixé|défini|décidé|désigné|initié|commandé|invité)|propose|proposent|demande|demandent|sollicite|sollicitent|choisit|choisissent|retient|retiennent|arrête|arrêtent|sélectionne|sélectionnent|rédige|rédigent|conçoit|conçoivent|identifie|identifient|fixe|fixent|définit|définissent|décide|décident|désigne|désignent|pilote|pilotent|préside|président|copréside|coprésident)';

/** The same acts in the passive, done by the partner: "chosen by the Zambian ministry", « retenus par l'administration béninoise ». */
const doneByEn = '(?:proposed|requested|chosen|selected|picked|drafted|written|designed|prepared|identified|set|decided|defined|nominated|initiated|commissioned|chaired|led|run|drawn up)';
const doneByFr = '(?:proposé|demandé|sollicité|choisi|retenu|sélectionné|rédigé|écrit|conçu|préparé|élaboré|identifié|fixé|défini|décidé|désigné|arrêté|présidé|piloté|commandé)e?s?';

/** Compiled patterns by the names and language they were built for: a draft has few distinct lists. */
const patterns = new Map<string, RegExp>();
const maxPatterns = 200;

const vowel = '[aeiouyàâäéèêëîïôöùûüÿ]';
const accented: Readonly<Record<string, string>> = { a: '[aàâä]', e: '[eéèêë]', i: '[iîï]', o: '[oôö]', u: '[uùûü]', c: '[cç]', y: '[yÿ]' };

/** Whether a Beneficiaries value is a State's name, in English or French. */
function isState(name: string): boolean {
  return (['en', 'fr'] as const).some((language) => {
    const check = checkCountryName(name, language);
    return (check.kind === 'ok' && check.iso3 !== undefined) || check.kind === 'variant' || check.kind === 'other-language';
  });
}

function escaped(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/**
 * A one-word State name as the start of its adjective too, accents aside: "Zambia" reads "Zambian",
 * "Bénin" reads « béninoise », "Djibouti" « djiboutien ». Names of several words are read as written
 * ("United States" must not read "State").
 */
function nameOrAdjective(name: string): string {
  if (/\s/.test(name)) return escaped(name);
  const folded = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  // Five letters at most, the fifth a vowel of any kind: "Ghana" reads « ghanéen », "India" not "indicators".
  let stem = [...(folded.length > 5 ? folded.slice(0, 5) : folded)].map((letter) => accented[letter] ?? letter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (stem.length >= 4 && /^[aeiouy]$/.test(folded[stem.length - 1] ?? '')) stem = [...stem.slice(0, -1), vowel];
  return `${stem.join('')}\\p{L}*`;
}

/**
 * The first place where the prose names one of `beneficiaries` as acting for itself: the name or
 * its adjective, perhaps a possessive and up to four words ("Morocco's national agency", « l'administration
 * béninoise »), then the act, not followed by "by" (a passive: the beneficiary was chosen, it did not
 * choose); or the act in the passive, done by the partner ("chosen by the Zambian ministry").
 */
export function beneficiaryActing(text: string, beneficiaries: readonly string[], language: LexiconLanguage, skipped: SkippedSpans): FoundSpan | undefined {
  // States only: "States" or "international legal advisers" in a Beneficiaries field name nobody in particular.
  const names = beneficiaries.map((name) => name.trim()).filter((name) => name.length >= 3 && isState(name));
  if (names.length === 0) return undefined;
  const key = `${language}\u0000${names.join('\u0000')}`;
  let pattern = patterns.get(key);
  if (!pattern) {
    const acts = language === 'en' ? actsEn : language === 'fr' ? actsFr : `(?:${actsEn}|${actsFr})`;
    const doneBy = language === 'en' ? `${doneByEn}\\s+by` : language === 'fr' ? `${doneByFr}\\s+par` : `(?:${doneByEn}\\s+by|${doneByFr}\\s+par)`;
    const partner = `(?<![\\p{L}\\p{N}])(?:${names.map(nameOrAdjective).join('|')})(?![\\p{L}\\p{N}])`;
    const words = (count: number) => `(?:\\s+[\\p{L}'’-]+){0,${count}}?`;
    const acting = `${partner}(?:['’]s)?${words(4)}\\s+${acts}(?![\\p{L}\\p{N}])(?!\\s+(?:by|par)(?![\\p{L}\\p{N}]))`;
    const actedFor = `(?<![\\p{L}\\p{N}])${doneBy}\\s+(?:the\\s+|le\\s+|la\\s+|les\\s+|l['’])?(?:[\\p{L}'’-]+\\s+){0,4}?${partner}`;
    pattern = new RegExp(`${acting}|${actedFor}`, 'giu');
    if (patterns.size >= maxPatterns) patterns.clear();
    patterns.set(key, pattern);
  }
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!skipped.some((span) => start < span.end && span.start < end)) return { start, end };
  }
  return undefined;
}
