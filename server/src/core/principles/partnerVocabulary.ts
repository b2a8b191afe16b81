/**
 * The words that say which side of a programme a phrase is on: the partner (the beneficiary State
 * and its bodies) or the donor (the funder, its staff, the drafting "we"). The principle readers
 * (beneficiaryActs.ts, workFromPartner.ts, supportWaitingOnPartner.ts) each ask that question in
 * their own place of a sentence, so they share the words here rather than keeping copies that drift.
 *
 * Every word is folded (lower case, no accents), as the readers compare them. The lists are built
 * from small groups, one per kind of body or role, in English and French; each reader's list is
 * composed from them below, named for what it is used for. The readers' lists differ where their
 * place in the sentence differs (a subject before an act, a source after "came from", the actor of
 * a condition); merging them would change what the checklist finds, so each difference is kept and
 * said where the list is composed.
 *
 * The evidence lexicon (schemas/principleEvidence.ts: `partnerBodyEn`, `requesterEn`,
 * `donorRolesEn`, …) says the same sides as regular-expression stems matched on the text as
 * written, not as folded words; it stays in the catalogue, which the core reads and never the
 * other way round.
 */

/** A word list in the two languages the product reads. */
export interface PartnerWords {
  readonly en: readonly string[];
  readonly fr: readonly string[];
}

const bothLanguages = (...groups: readonly PartnerWords[]): string[] => groups.flatMap((group) => [...group.en, ...group.fr]);

// The partner named by its role in the programme.

/** The partner by its role: "the partner ministries", « les pays bénéficiaires ». */
const partnerRoles: PartnerWords = { en: ['partner', 'partners', 'beneficiary', 'beneficiaries'], fr: ['partenaire', 'partenaires', 'beneficiaire', 'beneficiaires'] };
/** "The recipient countries": the partner, in English only (French says « bénéficiaire »). */
const recipients: PartnerWords = { en: ['recipient', 'recipients'], fr: [] };

// The partner's bodies, one group per kind.

const ministries: PartnerWords = { en: ['ministry', 'ministries'], fr: ['ministere', 'ministeres'] };
const governments: PartnerWords = { en: ['government', 'governments'], fr: ['gouvernement', 'gouvernements'] };
/** "The authorities", « les autorités »: the plural, which every reader takes for the partner's. */
const authorities: PartnerWords = { en: ['authorities'], fr: ['autorites'] };
/** "An authority", « une autorité »: the singular, which only some readers take for the partner's. */
const authority: PartnerWords = { en: ['authority'], fr: ['autorite'] };
const regulators: PartnerWords = { en: ['regulator', 'regulators'], fr: ['regulateur', 'regulateurs'] };
const administrations: PartnerWords = { en: ['administration', 'administrations'], fr: ['administration', 'administrations'] };
const directorates: PartnerWords = { en: ['directorate', 'directorates'], fr: [] };
const schools: PartnerWords = { en: ['school', 'schools'], fr: ['ecole', 'ecoles'] };
const academies: PartnerWords = { en: ['academy', 'academies'], fr: ['academie', 'academies'] };
const universities: PartnerWords = { en: ['university', 'universities'], fr: ['universite', 'universites'] };
const countries: PartnerWords = { en: ['country', 'countries'], fr: ['pays'] };
const states: PartnerWords = { en: ['state', 'states'], fr: ['etat', 'etats'] };
const agencies: PartnerWords = { en: ['agency', 'agencies'], fr: ['agence', 'agences'] };
const units: PartnerWords = { en: ['unit', 'units'], fr: ['unite', 'unites'] };
const institutions: PartnerWords = { en: ['institution', 'institutions'], fr: ['institution', 'institutions'] };
const services: PartnerWords = { en: ['service', 'services'], fr: ['service', 'services'] };
const forces: PartnerWords = { en: ['force', 'forces'], fr: [] };

/**
 * Bodies that only a State has, in every reader: a ministry, a government, the authorities, a
 * regulator, an administration, a school.
 */
const stateBodies: readonly PartnerWords[] = [ministries, governments, authorities, regulators, administrations, schools];

// The donor's side.

/** The donor by its role: "the donor", "each lender", « les bailleurs ». */
const donorRoles: PartnerWords = { en: ['donor', 'donors', 'funder', 'funders', 'lender', 'lenders'], fr: ['bailleur', 'bailleurs', 'donateur', 'donateurs'] };
/** The first person of a submission, which its drafter (the donor State) writes in: "we", "our", « nous », « notre ». */
const donorPronouns: PartnerWords = { en: ['we', 'our', 'us'], fr: ['nous', 'nos', 'notre'] };
/** The people the donor sends: "the French experts", « nos formateurs ». */
const donorStaff: PartnerWords = {
  en: ['expert', 'experts', 'trainer', 'trainers', 'instructor', 'instructors', 'consultant', 'consultants'],
  fr: ['formateur', 'formateurs', 'formatrices', 'instructeurs', 'expertes'],
};

/** The possessives that make a body or an officer the partner's own: "its board", « son directeur », « leurs ministères ». */
export const partnerPossessives: PartnerWords = { en: ['its', 'their'], fr: ['son', 'sa', 'ses', 'leur', 'leurs'] };

// The lists each reader uses.

/**
 * beneficiaryActs.ts: role words that make the subject of an act the partners' own ("the
 * beneficiary ministries chose", « les partenaires ont retenu »). "Host" counts: the host country
 * acts for itself.
 */
export const partnerSubjectRoleWords: ReadonlySet<string> = new Set([...bothLanguages(partnerRoles, recipients), 'host']);

/**
 * beneficiaryActs.ts: the partner's institutions, which "each" or a number must count for the
 * subject of an act to be theirs ("each national CSIRT", "the heads of the five units"). The
 * widest list of bodies: a word of it counts only with "each" or the partners' number, so it may
 * hold bodies that any side has (an office, a committee, a bank).
 */
export const partnerInstitutionWords: ReadonlySet<string> = new Set([
  ...bothLanguages(...stateBodies, authority, agencies, units, directorates, countries, states, institutions, services, forces, academies, universities),
  'csirt', 'csirts', 'cert', 'certs', 'office', 'offices', 'direction', 'directions', 'committee', 'committees', 'comite', 'comites',
  'point', 'points', 'parquet', 'parquets', 'prosecutor', 'prosecutors', 'bank', 'banks', 'banque', 'banques',
  // Round 21 and 22. « Un établissement » is a school or a university: « ces trois établissements ont proposé ».
  'etablissement', 'etablissements',
]);

/**
 * beneficiaryActs.ts: words that make the subject of an act the donor's ("each donor agency", « les
 * bailleurs »), and "implementing" ("the implementing agency drafted…"). No first-person pronoun:
 * "our partner ministries chose" is the partners' act, and a pronoun here would make it the donor's.
 */
export const donorSubjectWords: ReadonlySet<string> = new Set([...bothLanguages(donorRoles), 'implementing']);

/**
 * workFromPartner.ts: role words that make the source of the work the partner ("came from the
 * participating administrations"). "Participating" counts there; "recipient" is not read.
 */
export const partnerSourceRoleWords: ReadonlySet<string> = new Set([...bothLanguages(partnerRoles), 'host', 'participating']);

/**
 * workFromPartner.ts: bodies that only a State has, the partner's as the source of the work unless
 * the words before them name the donor ("came from the regulators"). Agencies and units are not
 * among them: a donor has those too.
 */
export const partnerOnlyBodyWords: ReadonlySet<string> = new Set(bothLanguages(...stateBodies, directorates, academies, universities));

/**
 * workFromPartner.ts: after a number equal to the partners' count, the States or bodies it counts
 * ("the five countries", « des cinq pays »): the number then says they are the partners.
 */
export const countedPartnerWords: ReadonlySet<string> = new Set(bothLanguages(...stateBodies, countries, states, agencies, units));

/**
 * workFromPartner.ts: words that make the source of the work the donor's: its role ("the lender"),
 * its first person ("came from us", « nos formateurs »), the people it sends ("the French experts").
 * The source is read after the anchor, where "our" names the drafter's side.
 */
export const donorSourceWords: ReadonlySet<string> = new Set(bothLanguages(donorRoles, donorPronouns, donorStaff));

/**
 * supportWaitingOnPartner.ts: who performs the act that support waits on, when it is the partner
 * ("once the Government has adopted", "subject to the sending force having designated", « sous
 * réserve que l'unité ait désigné »). The roles, the State's bodies, its legislature and head, and
 * words that mark a body as the partner's ("central", "own", "sending"). A reader per language.
 */
export const partnerActorWords: PartnerWords = {
  en: [
    ...partnerRoles.en, ...recipients.en,
    ...governments.en, 'assembly', 'parliament', 'cabinet', 'congress', 'senate', 'legislature', 'president',
    ...ministries.en, 'minister', ...states.en, ...authorities.en, ...authority.en, ...countries.en, 'central', 'own',
    // A body of the partner that sends people or runs the work: "subject to the sending force having designated…".
    ...forces.en, ...units.en, ...agencies.en, ...institutions.en, ...administrations.en, 'sending',
    // A partner university or school that must act first (open posts, accredit a course).
    ...universities.en, ...schools.en, 'college', 'colleges', 'faculty', 'faculties', ...academies.en, 'hospital', 'hospitals',
    // A directorate of a ministry or of the police that must staff the work first.
    ...directorates.en,
    // A State's services (police, security) and its regulators.
    ...services.en, ...regulators.en,
  ],
  fr: [
    ...partnerRoles.fr,
    ...governments.fr, 'assemblee', 'parlement', 'senat', 'president', 'presidence', 'conseil',
    ...ministries.fr, 'ministre', ...states.fr, ...authorities.fr, ...authority.fr, ...countries.fr, 'centrale', 'propre', 'propres',
    // « la partie béninoise » : the partner's side, as agreements name it.
    'partie',
    // Un organe du partenaire : « sous réserve que l'unité ait désigné… ».
    ...services.fr, ...units.fr, ...agencies.fr, ...institutions.fr, ...administrations.fr,
    ...universities.fr, ...schools.fr, 'faculte', 'facultes', 'hopital', 'hopitaux',
    // Les régulateurs d'un État.
    ...regulators.fr,
    // Round 23 et 24. Une cellule d'un État (« cellule de renseignement financier », « cellule cyber »), comme "unit" : « que si
    // chaque cellule alimente la base ».
    'cellule', 'cellules',
  ],
};
