/**
 * The words of the principle rules' findings (`principle/*`), in English and French: a French
 * draft is told in French what its entry leaves out, what was looked for and how to fix it; a draft
 * in any other language is told in English.
 *
 * The agreed principles exist here in English only (A/75/816, annex I, paragraph 56, as the
 * reference library holds it). A French finding gives the catalogue's French summary, saying it is
 * a summary, and still quotes the agreed text in English, saying so: our summary is never presented
 * as the official French text.
 */
import { principlesSource, type Principle } from '../../../../schemas/principles';
import type { LabelLanguage } from '../../../../schemas/vocabulary';
import { fr, frenchSpaces, typographicApostrophes } from '../frenchTypography';
import type { ChecklistItem } from '../principles/checklist';

/** The checks whose rule reports an absence ("nothing says…"), each with its own words. */
export type AbsenceCheckId = 'demand-driven' | 'gender' | 'human-rights' | 'results-focused' | 'sustainable';

/** What a finding on an absence says, besides its own sentence. */
export interface AbsenceWording {
  /** The programme's title. */
  readonly title: string;
  /** What the entry does not say. */
  readonly missing: string;
  /** The wording looked for, quoted (`list`). */
  readonly lookedFor: string;
  /** The agreed principle (`agreed`). */
  readonly agreed: string;
  /** How to fix it, with examples (`advice`). */
  readonly advice: string;
}

const english = {
  /** "at the request of", "needs assessment" or "national ownership". */
  list: (examples: readonly string[]) => {
    const quoted = examples.map((example) => `"${example}"`);
    return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
  },
  /** The agreed principle, as a finding quotes it. */
  agreed: (principle: Principle) => `Agreed principle ${principle.number}: "${principle.text}" (${principlesSource.label}).`,
  /** The agreed principle, as the related information (a link to paragraph 56) says it. */
  related: (principle: Principle) => `Agreed principle ${principle.number} (${principlesSource.label}): "${principle.text}"`,
  notAddressed: ({ title, missing, lookedFor, agreed, advice }: AbsenceWording) =>
    `"${title}": nothing says ${missing} (looked for wording such as ${lookedFor}, in the fields and the prose). ${agreed} ${advice}`,
  claimed: ({ title, lookedFor, agreed, advice }: AbsenceWording, claim: string) =>
    `"${title}" claims "${claim}" in its Principles field, but the entry does not describe it: claimed, not described (looked for wording such as ${lookedFor}). ${agreed} ${advice}`,
  /** How to fix it, then examples (`list`). */
  advice: (howToFix: string, examples: string) => `${howToFix} (for example ${examples}).`,
  /** What the entry does not say, completing "nothing says …". */
  missing: {
    'demand-driven': () => 'that the partners asked for this programme, identified the need, helped design it or own it',
    gender: () => 'how gender or inclusion is taken into account',
    'human-rights': (item: ChecklistItem) =>
      `how human rights, fundamental freedoms or due process are safeguarded, although the entry describes ${item.appliesBecause ? `"${item.appliesBecause.text}" work` : 'such work'}`,
    // Said without brackets: "(looked for wording such as …)" follows, and two in a row read badly.
    'results-focused': () => 'what the programme aims at or has achieved, whether a purpose, results, indicators or an evaluation',
    sustainable: () =>
      'how the work lasts beyond its activities, whether through an end date later than the start, follow-up, train-the-trainers, alumni or a local institution carrying it on',
  } satisfies Record<AbsenceCheckId, (item: ChecklistItem) => string>,
  /** How to fix it, one sentence without its final stop: the examples follow it. */
  howToFix: {
    'demand-driven': 'Say how the need was identified or that the partner requested the programme',
    gender: 'Say how the programme takes gender into account',
    'human-rights': 'Say which safeguards frame the work',
    'results-focused': 'State the purpose and a result, or how it is measured',
    sustainable: 'Say how the results last: a duration, a follow-up, trainers trained, or a local institution that takes the work over',
  } satisfies Record<AbsenceCheckId, string>,
  /** `principle/conditionality`: the wording `contrary` attaches a condition. */
  conditionality: (contrary: string, title: string, agreed: string) =>
    `"${contrary}" attaches a condition to the support given by "${title}". ${agreed} Describe what the partners agreed together rather than conditions the beneficiary must meet.`,
  /** `principle/conditionality`: the sentence `sentence`, which no known wording marks, was judged a condition by the sentence reading. */
  conditionalityRead: (sentence: string, title: string, agreed: string) =>
    `This sentence of "${title}" reads as a condition attached to the support: "${sentence}". No wording the checks know says so; the sentence reading (a statistical model of the conditions in the labelled corpus) judges that it makes the support wait on something the partner must do. ${agreed} If the support does not depend on it, say so plainly; otherwise describe what the partners agreed together rather than conditions the beneficiary must meet.`,
};

/** Where the agreed text is, in French. */
const frenchSource = 'A/75/816, annexe I, paragraphe 56';

/** Our summary, said to be one (after a colon, so without its capital), then the agreed text in English. */
function frenchAgreed(principle: Principle): string {
  const summary = frenchSpaces(principle.summaryFr.charAt(0).toLowerCase() + principle.summaryFr.slice(1));
  return fr`Principe ${principle.number} adopté (résumé) : ${summary} Texte adopté, en anglais (${frenchSource}) : « ${principle.text} »`;
}

const french: typeof english = {
  list: (examples) => {
    const quoted = examples.map((example) => fr`« ${typographicApostrophes(example)} »`);
    return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ou ${quoted[quoted.length - 1]}`;
  },
  // The agreed text is a whole sentence: its stop, inside the guillemets, ends ours too.
  agreed: (principle) => frenchAgreed(principle),
  related: (principle) => frenchAgreed(principle),
  notAddressed: ({ title, missing, lookedFor, agreed, advice }) =>
    fr`« ${title} » : rien n’indique ${missing} (formulations recherchées dans les champs et le texte, par exemple ${lookedFor}). ${agreed} ${advice}`,
  claimed: ({ title, lookedFor, agreed, advice }, claim) =>
    fr`« ${title} » revendique « ${claim} » dans son champ Principes, mais le reste de la fiche n’en dit rien : revendiqué, non décrit (formulations recherchées, par exemple ${lookedFor}). ${agreed} ${advice}`,
  advice: (howToFix, examples) => `${howToFix} (par exemple ${examples}).`,
  missing: {
    'demand-driven': () => 'que les partenaires aient demandé ce programme, en aient recensé le besoin, aient contribué à sa conception ou se l’approprient',
    gender: () => 'comment le genre ou l’inclusion sont pris en compte',
    'human-rights': (item) =>
      `comment les droits humains, les libertés fondamentales ou les garanties procédurales sont préservés, alors que la fiche décrit des activités qui les mettent en jeu${item.appliesBecause ? fr`, comme l’indique « ${item.appliesBecause.text} »` : ''}`,
    // Without a parenthesis of their own: what was looked for follows in one.
    'results-focused': () => 'ce que vise le programme ni ce qu’il a permis d’obtenir, qu’il s’agisse d’un objectif, de résultats, d’indicateurs ou d’une évaluation',
    sustainable: () =>
      'comment le travail se prolonge au-delà de ses activités, que ce soit par une date de fin postérieure au début, un suivi, une formation de formateurs, un réseau d’anciens ou une institution locale qui prend le relais',
  },
  howToFix: {
    'demand-driven': 'Indiquez comment le besoin a été recensé, ou que le partenaire a demandé le programme',
    gender: 'Indiquez comment le programme prend en compte le genre',
    'human-rights': 'Indiquez quelles garanties encadrent ces activités',
    'results-focused': 'Indiquez l’objectif et un résultat, ou la façon dont il est mesuré',
    sustainable: fr`Indiquez comment les résultats perdurent : une durée, un suivi, des formateurs formés ou une institution locale qui prend le relais`,
  },
  conditionality: (contrary, title, agreed) =>
    fr`« ${contrary} » assortit d’une condition l’appui apporté par « ${title} ». ${agreed} Décrivez ce dont les partenaires sont convenus ensemble plutôt que des conditions imposées au bénéficiaire.`,
  conditionalityRead: (sentence, title, agreed) =>
    fr`Cette phrase de « ${title} » se lit comme une condition attachée à l’appui : « ${sentence} ». Aucune formulation connue des vérifications ne le dit ; la lecture par phrase (un modèle statistique des conditions du corpus annoté) juge qu’elle fait attendre l’appui d’un acte du partenaire. ${agreed} Si l’appui n’en dépend pas, dites-le simplement ; sinon, décrivez ce dont les partenaires sont convenus ensemble plutôt que des conditions imposées au bénéficiaire.`,
};

/** The principle findings' words in a draft's language (French for a French draft, English otherwise). */
export function principleWords(language: LabelLanguage): typeof english {
  return language === 'fr' ? french : english;
}
