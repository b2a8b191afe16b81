/**
 * The capacity-building principles agreed in 2021 (A/75/816, annex I, paragraph 56), recalled in
 * the annex of A/78/265. The agreed text is quoted from the project's reference facts
 * (shared/reference/FACTS.md); the numbering 1-10 is ours (the report uses bullets under three
 * headings). The names are the short forms drafters write in a programme's Principles field, in
 * English and French; the French summary words follow the Secretariat's mapping report,
 * paragraph 13.
 */

export const principleGroups = ['process-and-purpose', 'partnerships', 'people'] as const;
export type PrincipleGroup = (typeof principleGroups)[number];

export const principleGroupNames: Readonly<Record<PrincipleGroup, { en: string; fr: string }>> = {
  'process-and-purpose': { en: 'Process and Purpose', fr: 'Processus et objectif' },
  partnerships: { en: 'Partnerships', fr: 'Partenariats' },
  people: { en: 'People', fr: 'Personnes' },
};

export interface Principle {
  /** Stable id, used in settings and findings. */
  readonly id: string;
  /** Our number, 1-10, in the order of paragraph 56. */
  readonly number: number;
  readonly group: PrincipleGroup;
  /** The agreed text, word for word. */
  readonly text: string;
  /** A French summary (ours, after the Secretariat's report, paragraph 13, where it gives one). */
  readonly summaryFr: string;
  /** Short names, the first one preferred: what drafters write in the Principles field. */
  readonly names: { readonly en: readonly string[]; readonly fr: readonly string[] };
}

/** Where the agreed text is: the related-information link and hover cite it. */
export const principlesSource = { symbol: 'A/75/816', unitKey: 'annex I paragraph 56', label: 'A/75/816, annex I, paragraph 56' } as const;

export const principles = [
  {
    id: 'sustainable',
    number: 1,
    group: 'process-and-purpose',
    text: 'Capacity-building should be a sustainable process, comprising specific activities by and for different actors.',
    summaryFr: 'Le renforcement des capacités doit être un processus durable, fait d’activités précises menées par et pour différents acteurs.',
    names: { en: ['sustainable', 'sustainability'], fr: ['durable', 'durabilité'] },
  },
  {
    id: 'results-focused',
    number: 2,
    group: 'process-and-purpose',
    text: 'Specific activities should have a clear purpose and be results focused, while supporting the shared objective of an open, secure, stable, accessible and peaceful ICT environment.',
    summaryFr: 'Les activités doivent avoir un objectif clair et être axées sur les résultats, au service d’un environnement numérique ouvert, sûr, stable, accessible et pacifique.',
    names: { en: ['results-focused', 'results focused', 'clear purpose'], fr: ['axé sur les résultats', 'objectif clair'] },
  },
  {
    id: 'evidence-based-neutral-unconditional',
    number: 3,
    group: 'process-and-purpose',
    text: 'Capacity-building activities should be evidence-based, politically neutral, transparent, accountable, and without conditions.',
    summaryFr: 'Les activités doivent reposer sur des données factuelles, être politiquement neutres, transparentes, responsables et ne faire l’objet d’aucune condition.',
    names: {
      en: ['evidence-based', 'politically neutral', 'transparent', 'accountable', 'without conditions'],
      fr: ['fondé sur des données factuelles', 'politiquement neutre', 'transparent', 'responsable', 'sans condition'],
    },
  },
  {
    id: 'state-sovereignty',
    number: 4,
    group: 'process-and-purpose',
    text: 'Capacity-building should be undertaken with full respect for the principle of State sovereignty.',
    summaryFr: 'Le renforcement des capacités doit être entrepris dans le plein respect du principe de la souveraineté des États.',
    names: { en: ['State sovereignty', 'sovereignty'], fr: ['souveraineté des États', 'souveraineté'] },
  },
  {
    id: 'access-to-technologies',
    number: 5,
    group: 'process-and-purpose',
    text: 'Access to relevant technologies may need to be facilitated.',
    summaryFr: 'L’accès aux technologies utiles peut devoir être facilité.',
    names: { en: ['access to technologies', 'access to relevant technologies'], fr: ['accès aux technologies'] },
  },
  {
    id: 'demand-driven',
    number: 6,
    group: 'partnerships',
    text: 'Capacity-building should be based on mutual trust, demand-driven, correspond to nationally identified needs and priorities, and be undertaken in full recognition of national ownership. Partners in capacity-building participate voluntarily.',
    summaryFr: 'Le renforcement des capacités doit reposer sur la confiance mutuelle, être axé sur la demande, correspondre aux besoins et priorités recensés au niveau national et respecter l’appropriation nationale ; la participation des partenaires est volontaire.',
    names: {
      en: ['demand-driven', 'demand driven', 'national ownership', 'mutual trust', 'nationally identified needs'],
      fr: ['axé sur la demande', 'appropriation nationale', 'confiance mutuelle', 'besoins recensés au niveau national'],
    },
  },
  {
    id: 'shared-responsibility',
    number: 7,
    group: 'partnerships',
    text: 'As capacity-building activities should be tailored to specific needs and contexts, all parties are active partners with shared but differentiated responsibilities, including to collaborate in the design, execution and monitoring and evaluation of capacity-building activities.',
    summaryFr: 'Adaptées aux besoins et aux contextes, les activités associent tous les partenaires, avec des responsabilités communes mais différenciées, à leur conception, leur exécution, leur suivi et leur évaluation.',
    names: {
      en: ['tailored', 'shared but differentiated responsibilities', 'co-design', 'monitoring and evaluation'],
      fr: ['adapté', 'responsabilités communes mais différenciées', 'co-conception', 'suivi et évaluation'],
    },
  },
  {
    id: 'confidentiality-of-national-policies',
    number: 8,
    group: 'partnerships',
    text: 'The confidentiality of national policies and plans should be protected and respected by all partners.',
    summaryFr: 'La confidentialité des politiques et plans nationaux doit être protégée et respectée par tous les partenaires.',
    names: { en: ['confidentiality of national policies'], fr: ['confidentialité des politiques nationales'] },
  },
  {
    id: 'human-rights-gender-inclusion',
    number: 9,
    group: 'people',
    text: 'Capacity-building should respect human rights and fundamental freedoms, be gender sensitive and inclusive, universal and non-discriminatory.',
    summaryFr: 'Le renforcement des capacités doit respecter les droits humains et les libertés fondamentales, tenir compte des questions de genre, être inclusif, universel et non discriminatoire.',
    names: {
      en: ['human rights', 'fundamental freedoms', 'gender sensitive', 'gender-sensitive', 'inclusive', 'non-discriminatory'],
      fr: ['droits humains', "droits de l'homme", 'libertés fondamentales', 'sensible au genre', 'inclusif', 'non discriminatoire'],
    },
  },
  {
    id: 'confidentiality-of-sensitive-information',
    number: 10,
    group: 'people',
    text: 'The confidentiality of sensitive information should be ensured.',
    summaryFr: 'La confidentialité des informations sensibles doit être garantie.',
    names: { en: ['confidentiality of sensitive information'], fr: ['confidentialité des informations sensibles'] },
  },
] as const satisfies readonly Principle[];

/** Every name of every principle, lower-cased, to its principle (the first one, should two share a name). */
const principleByName = new Map<string, Principle>();
for (const principle of principles as readonly Principle[]) {
  for (const name of [...principle.names.en, ...principle.names.fr]) {
    if (!principleByName.has(name.toLowerCase())) principleByName.set(name.toLowerCase(), principle);
  }
}

/** The principle a written name stands for ("demand-driven", "appropriation nationale"), by exact name, any case. */
export function principleNamed(written: string): Principle | undefined {
  return principleByName.get(written.trim().toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/’/g, "'"));
}
