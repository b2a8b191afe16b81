/**
 * The controlled vocabulary of the submission format: languages, document kinds, programme
 * levels, statuses and the theme taxonomy, each with its English and French wording.
 *
 * Everything a user may type as a value is defined here once; the zod schemas, the rules, the
 * snippets and (later) completion all read it from this module.
 */

/** The six official UN languages, as ISO 639-1 codes. */
export const languageCodes = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;
export type LanguageCode = (typeof languageCodes)[number];

/** The languages whose field labels and values the product knows. Others fall back to English. */
export type LabelLanguage = 'en' | 'fr';

/** Picks the label language for a document language. */
export function labelLanguageOf(language: string | undefined): LabelLanguage {
  return language === 'fr' ? 'fr' : 'en';
}

export const documentKinds = ['mapping-exercise', 'statement'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const submitterTypes = [
  'state',
  'group-of-states',
  'un-entity',
  'regional-organization',
  'non-governmental',
] as const;

/**
 * A value of an enumerated field: its canonical id, its English and French wording, and other
 * spellings accepted as the same value (French adjectives agree in gender and number).
 */
export interface VocabularyTerm<Id extends string = string> {
  readonly id: Id;
  readonly en: string;
  readonly fr: string;
  readonly alsoAccepted?: readonly string[];
}

export const programmeStatuses = [
  { id: 'planned', en: 'planned', fr: 'prévu', alsoAccepted: ['prévue', 'prévus', 'prévues'] },
  { id: 'ongoing', en: 'ongoing', fr: 'en cours' },
  {
    id: 'completed',
    en: 'completed',
    fr: 'terminé',
    alsoAccepted: ['terminée', 'terminés', 'terminées'],
  },
] as const satisfies readonly VocabularyTerm[];
export type ProgrammeStatus = (typeof programmeStatuses)[number]['id'];

export const programmeLevels = [
  { id: 'national', en: 'national', fr: 'national', alsoAccepted: ['nationale'] },
  { id: 'bilateral', en: 'bilateral', fr: 'bilatéral', alsoAccepted: ['bilatérale'] },
  { id: 'regional', en: 'regional', fr: 'régional', alsoAccepted: ['régionale'] },
  {
    id: 'interregional',
    en: 'interregional',
    fr: 'interrégional',
    alsoAccepted: ['inter-regional', 'interrégionale', 'inter-régional', 'inter-régionale'],
  },
  { id: 'global', en: 'global', fr: 'mondial', alsoAccepted: ['mondiale'] },
] as const satisfies readonly VocabularyTerm[];
export type ProgrammeLevel = (typeof programmeLevels)[number]['id'];

/**
 * The theme taxonomy. It follows the thematic structure of the Secretariat's mapping report
 * (section IV of the 22 January 2024 report: "Droit international", "Politiques, y compris
 * l'élaboration de stratégies nationales", …); the French names are that report's headings where
 * it has one. Aliases are the shorter names drafters actually write ("technical training", "CERT").
 */
export const themes = [
  {
    id: 'international-law',
    en: 'international law',
    fr: 'droit international',
  },
  {
    id: 'norms-and-cbms',
    en: 'norms and confidence-building measures',
    fr: 'normes et mesures de confiance',
    alsoAccepted: ['norms', 'confidence-building measures', 'CBMs', 'normes', 'mesures de confiance'],
  },
  {
    id: 'policy-and-strategies',
    en: 'policy and national strategies',
    fr: "politiques, y compris l'élaboration de stratégies nationales",
    alsoAccepted: [
      'policy',
      'national strategies',
      'national strategy',
      'cyber policy',
      'politiques et stratégies nationales',
      'stratégies nationales',
      'stratégie nationale',
      'politiques',
    ],
  },
  {
    id: 'incident-response-and-training',
    en: 'incident response (CERTs/CSIRTs) and technical training',
    fr: "équipes d'intervention informatique d'urgence et formation technique",
    alsoAccepted: [
      'incident response',
      'technical training',
      'training',
      'CERTs',
      'CSIRTs',
      'CERT',
      'CSIRT',
      'CERTs/CSIRTs',
      'formation technique',
      'formation',
      "réponse aux incidents",
      "équipes d'intervention informatique d'urgence",
    ],
  },
  {
    id: 'critical-infrastructure',
    en: 'critical infrastructure protection',
    fr: 'protection des infrastructures critiques',
    alsoAccepted: ['critical infrastructure', 'infrastructures critiques'],
  },
  { id: 'cybercrime', en: 'cybercrime', fr: 'cybercriminalité', alsoAccepted: ['fight against cybercrime', 'lutte contre la cybercriminalité'] },
  { id: 'counter-terrorism', en: 'counter-terrorism', fr: 'lutte contre le terrorisme', alsoAccepted: ['counterterrorism', 'contre-terrorisme'] },
  { id: 'cyber-diplomacy', en: 'cyber diplomacy', fr: 'cyberdiplomatie', alsoAccepted: ['cyberdiplomacy', 'cyber-diplomacy', 'diplomatie cyber'] },
  {
    id: 'gender',
    en: 'gender',
    fr: 'questions de genre et participation des femmes',
    alsoAccepted: ["gender and women's participation", 'genre', 'questions de genre'],
  },
  {
    id: 'youth-and-awareness',
    en: 'youth and awareness',
    fr: 'participation des jeunes et sensibilisation',
    alsoAccepted: ['youth', 'awareness', 'awareness-raising', 'jeunesse', 'sensibilisation'],
  },
  {
    id: 'industry-and-private-sector',
    en: 'industry and private sector',
    fr: "collaboration avec l'industrie et le secteur privé",
    alsoAccepted: ['industry', 'private sector', 'secteur privé', 'industrie'],
  },
  {
    id: 'academia-and-research',
    en: 'academia and research',
    fr: 'ressources et études des institutions académiques',
    alsoAccepted: ['academia', 'research', 'recherche', 'milieu universitaire', 'recherche universitaire'],
  },
  {
    id: 'digital-development-and-access',
    en: 'digital development and access',
    fr: 'développement, accès et culture numériques',
    alsoAccepted: ['digital development', 'digital access', 'développement numérique', 'accès numérique'],
  },
] as const satisfies readonly VocabularyTerm[];
export type ThemeId = (typeof themes)[number]['id'];

/** Lower-cases and strips accents and punctuation spacing, so wording variants compare equal. */
export function normalizeTerm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Finds the vocabulary term a written value stands for, in either language, or undefined. */
export function findTerm<Term extends VocabularyTerm>(
  terms: readonly Term[],
  written: string,
): Term | undefined {
  let index = termIndexes.get(terms);
  if (!index) {
    index = new Map();
    for (const term of terms) {
      for (const spelling of spellingsOf(term)) {
        const key = normalizeTerm(spelling);
        if (!index.has(key)) index.set(key, term);
      }
    }
    termIndexes.set(terms, index);
  }
  return index.get(normalizeTerm(written)) as Term | undefined;
}

/** Each vocabulary's spellings, normalized once: lookups run for every value of every programme. */
const termIndexes = new WeakMap<readonly VocabularyTerm[], Map<string, VocabularyTerm>>();

/** Every spelling a term accepts, for suggestions. */
export function spellingsOf(term: VocabularyTerm): string[] {
  return [term.en, term.fr, ...(term.alsoAccepted ?? [])];
}
