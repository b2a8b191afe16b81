/**
 * Whose mailbox an e-mail address is: a person's (webmail, or firstname.lastname that nothing in
 * the entry reads otherwise) or an office's (a function, a field of work, a place, an institution
 * named after someone, or words the entry itself uses as its programme's, unit's or place's).
 * `confidentiality/sensitive-data` reports the first kind only; the rule's other findings (phone
 * numbers, IP addresses, host names, secrets) do not need any of this.
 */
import { countries } from '../../../../schemas/countries';
import { foldedLetters } from '../text';

/** Webmail providers: an address there belongs to a person, not to an institution. */
const webmail =
  /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|proton|protonmail|pm|gmx|mail|yandex|orange|free|laposte|sfr|wanadoo|web|t-online)\./i;
/**
 * Words that name a function, a service or an activity, not a person. A local part with one of
 * them in any place is a mailbox of that function: "contact@", "cyber.dialogue@", but also
 * "gov-cyber-policy@" or "iscr-secretariat@", where the function follows a unit's initials.
 */
const functionalWords = new Set(
  (
    'contact contacts info information secretariat secrétariat secretariado communication communications presse accueil media médias medias ' +
    'delegation délégation admin administration support help helpdesk cert csirt soc noc incident incidents security sécurité securite noreply ' +
    'reply webmaster general général dialogue programme programmes program programs projet projets project projects registry registre unit ' +
    'unité unite service services enquiries inquiries partnerships partenariats cooperation coopération hq headquarters siège siege training ' +
    'trainings formation formations policy policies politique applications application candidatures candidature admissions inscriptions ' +
    'inscription registration registrations events event evenements événements conference conférence symposium summit forum secretary ' +
    'exercise exercice exercices courses academy académie academie ecole école fellowship fellowships bourses alumni network réseau reseau ' +
    'platform plateforme cell cellule division department département departement directorate ministry ministère ministere operations ops ' +
    'reports reporting signalement signalements abuse alert alerts alerte vuln vulnerability vulnerabilities disclosure pgp gov govt gouv ' +
    'cyber cyberdiplomacy cybersecurity cybersécurité cybersecurite capacity capacities capacités grants funding financement mail courriel ' +
    'appui soutien assistance apoyo workshop seminario semaine semana ict tic ' +
    // Spanish and Portuguese names of a service: "dicat.formacion@", "prensa.unidad@".
    'formacion formación capacitacion capacitación formacao formação capacitacao capacitação contacto contato informacion información ' +
    'prensa imprensa oficina unidad departamento direccion dirección division división ' +
    // A course's intake: "annan.cohort@" is the mailbox of the cohort that took that name.
    'cohort cohorte ' +
    // The people of a role, as a team's mailbox names them: "first.responders@", "analysts.soc@".
    'responder investigator analyst instructor trainer formateur enqueteur enquêteur mentor coordinator coordinateur officer duty ' +
    // Rounds 27 and 28: a post held by whoever fills it, which no given or family name spells: "point.focal@",
    // "focal.point@", "liaison.cyber@", « referent.numerique@ », « correspondant.national@ », « astreinte.cert@ ».
    'focal focalpoint pointfocal liaison referent référent referente référente correspondant correspondante correspondent astreinte oncall'
  ).split(' '),
);

/**
 * Words that name a function too, but are also family names ("Bureau", "Courrier", "Legal"): they
 * make a mailbox only in first place ("bureau.paris@", not "jean.bureau@").
 */
const functionalFirstWords = new Set('bureau courrier legal juridique press office desk team mission cabinet direction school cours course centre center hub pole pôle atelier ateliers'.split(' '));
/**
 * Words for an office that are no family name either: they make a mailbox in last place too, after
 * the place or the unit the office serves ("victoria.office@", "lagos.desk@").
 */
const functionalLastWords = new Set('office desk team hub'.split(' '));

/**
 * Beginnings of words that name a field of work, never a person: a part that starts with one of
 * them makes a mailbox ("cybercrime.ghana@", "digital-forensics.westafrica@", "gccd.seminars@",
 * "observatoire.cybersante@", "coop-penale@"). Chosen so that no common given name or family name
 * starts with them ("cooper" and "diallo" do not; hence "cooperat", not "coop").
 */
const thematicStarts = [
  'cyber', 'forensic', 'digital', 'numeri', 'numéri', 'secur', 'sécur', 'seminar', 'séminaire', 'seminaire', 'observatoire', 'observatory',
  'coopera', 'coopéra', 'coordinat', 'ciber', 'seguridad', 'workshop', 'evidence', 'preuve', 'electron', 'électron', 'cable', 'câble', 'submarine', 'telecom', 'télécom', 'electri', 'électri', 'election', 'élection', 'elector', 'élector', 'partnership', 'partenariat', 'dialog', 'training', 'formation', 'programme', 'project', 'projet', 'policy', 'politique',
  'justice', 'penal', 'pénal', 'criminal', 'crime', 'health', 'energy', 'énergie', 'energie', 'privacy', 'données', 'donnees', 'rights',
  'international', 'national', 'regional', 'régional', 'diplomac', 'diplomatie', 'embassy', 'ambassade', 'commission', 'council', 'conseil',
  'agency', 'agence', 'authority', 'autorité', 'autorite', 'resilien', 'résilien', 'incident', 'response', 'capacit', 'outreach', 'awareness',
  'sensibilisation', 'research', 'recherche', 'studies', 'etudes', 'études', 'exchange', 'échange', 'echange', 'twinning', 'jumelage',
  'egov', 'govtech', 'osint', 'identit',
];
/** Whole parts too short or too common as word beginnings to be listed above. */
const thematicWords = new Set([
  'coop', 'data', 'law', 'legal', 'sante', 'santé', 'penale', 'pénale', 'infra', 'intl', 'justica', 'justiça', 'justicia',
  // Data, its retention and small firms in Spanish and Portuguese: "retencao.dados@", "pymes.seguras@".
  'dados', 'datos', 'retencao', 'retenção', 'retencion', 'retención', 'pyme', 'pymes', 'mipymes',
  // A region without its name, and mentoring: "mentorat.region-arabe@", "mentoring.regions@".
  'region', 'région', 'regions', 'régions', 'mentorat', 'mentoring', 'mentorship',
]);
/** A region, alone or with its direction ("westafrica", "asie", "pacifique"): a mailbox's scope. */
const regionPart =
  /^(?:west|east|north|south|central|southeast|southern|northern|western|eastern|sub)?(?:africa|afrique|asia|asie|europe|pacific|pacifique|caribbean|caraibes?|caraïbes?|americas?|amerique|amérique|latam|maghreb|sahel|balkans?|mena|oceania|oceanie|océanie|indopacific|indopacifique)$/;
/**
 * Country names as a mailbox's scope ("cybercrime.ghana@"), written as one word. Country names that
 * are also given names or family names ("Jordan", "Chad", "Georgia"…) are left out.
 */
const countryParts = new Set(
  countries
    .flatMap((country) => [country.en, country.fr])
    .map((name) => foldedLetters(name).replace(/[\s'’-]/g, ''))
    .filter((name) => !['jordan', 'jordanie', 'chad', 'tchad', 'georgia', 'georgie', 'israel', 'india', 'inde', 'kenya', 'china', 'chine', 'niger', 'mali', 'france'].includes(name)),
);

/** Whether one part of a local part names a field of work, a region or a country, or is initials without a vowel ("gccd"). */
function isThematicPart(part: string): boolean {
  return (
    thematicWords.has(part) ||
    thematicStarts.some((start) => part.startsWith(start)) ||
    regionPart.test(part) ||
    countryParts.has(foldedLetters(part)) ||
    (part.length >= 3 && !/[aeiouyàâäéèêëîïôöùûü]/.test(part))
  );
}

/** Whether a part is a function word, or its plural: "administrations", "workshops". */
function isFunctionalWord(part: string): boolean {
  return functionalWords.has(part) || (part.length > 4 && part.endsWith('s') && functionalWords.has(part.slice(0, -1)));
}

/** Whether the local part of an address names a function rather than a person. */
function isFunctionalLocalPart(local: string): boolean {
  const parts = local.toLowerCase().split(/[._+-]/).map((part) => part.replace(/\d+$/, ''));
  return (
    functionalFirstWords.has(parts[0] ?? '') ||
    functionalLastWords.has(parts[parts.length - 1] ?? '') ||
    parts.some((part) => isFunctionalWord(part) || isThematicPart(part))
  );
}

/**
 * firstname.lastname, first-last, f.lastname2: two or three words of letters, maybe a number; or
 * compound names on either side of the dot, as French names are written: jean-robert.pierre-louis.
 */
const personShapedLocalPart = /^(?:[\p{L}]+[._-][\p{L}]+(?:[._-][\p{L}]+)?|[\p{L}]+(?:-[\p{L}]+)?[._][\p{L}]+(?:-[\p{L}]+)?)\d{0,3}$/u;

/** The kinds of institution that bear a person's name: "the Ada Lovelace Fund", « le Fonds Ada Lovelace ». */
const namedInstitution = 'fund|foundation|programme|program|prize|award|fellowship|scholarships?|centre|center|institute|chair|school|academy|fonds|fondation|prix|bourses?|institut|chaire|école|académie';

/**
 * Whether the text names an institution after the name the local part spells ("ada.lovelace@" and
 * « le Fonds Ada Lovelace »): the mailbox is the institution's, not the person's.
 */
function spellsNamedInstitution(text: string, local: string): boolean {
  const parts = local.split(/[._-]/).filter((part) => /^\p{L}+$/u.test(part));
  if (parts.length < 2) return false;
  const name = parts.join('[\\s-]+');
  return new RegExp(`(?<![\\p{L}])(?:(?:${namedInstitution})\\s+(?:[\\p{L}'’]+\\s+){0,2}?${name}(?![\\p{L}])|${name}\\s+(?:${namedInstitution})(?![\\p{L}]))`, 'iu').test(text);
}

/** Titles before a person's name, in English and French: "Dr", "Ambassador", « Mme », « juge ». */
const personTitles = 'mr|mrs|ms|miss|dr|prof|professor|minister|ambassador|judge|sir|dame|m|mme|mlle|me|pr|ministre|ambassadeur|ambassadrice|juge';
/** Words before a name in a heading that make it a person's: a title, or "by", "with" (« par », « avec »). */
const personIntroduced = new RegExp(`(?:^|[\\s(,:])(?:${personTitles}|by|with|featuring|avec|par|chez)\\.?\\s+$`, 'iu');

/**
 * Whether the entry itself uses the words the local part spells as the name of a programme, an
 * event, a cohort or a unit, not of a person: in its heading ("### Coastal Shield 2023: tabletop
 * exercise" for "coastal.shield@", "### Women in Cyber Mentoring Programme" for "women.mentoring@"),
 * in lower case in its prose, as common words are and a person's name never is (« parcours de master
 * en investigation numérique » for "master.investigation@"), or spelled out before its acronym, as
 * institutions are (« Polícia Judiciária (PJ) » for "policia.judiciaria@"). The parts may stand a
 * word or two apart ("women in cyber mentoring"); accents are ignored. A name the heading gives
 * after a title or "by" ("Lecture by Dr Awa Koné") stays a person's. Read only for a local part
 * shaped like firstname.lastname, so at most a few times per entry.
 */
/** The text without its accents, kept for the last text read: a section with several addresses is read once. */
let lastText = '';
let lastPlain = '';
function withoutAccents(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastPlain = text.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return lastPlain;
}

function namedByTheEntry(text: string, local: string): boolean {
  const parts = local.split(/[._-]/).filter((part) => /^\p{L}+$/u.test(part));
  if (parts.length < 2) return false;
  const plain = withoutAccents(text);
  const words = parts.map((part) => foldedLetters(part).replace(/[^\p{L}]/gu, ''));
  // Not the address itself, nor a word of another address or of a domain ("awa-kone@").
  const name = new RegExp(`(?<![\\p{L}\\p{N}._@-])${words.join("(?:[\\s'’-]+[\\p{L}'’]+){0,2}?[\\s'’-]+")}(?![\\p{L}\\p{N}@_-]|\\.[\\p{L}\\p{N}])(\\s*\\([\\p{L}]{2,}\\))?`, 'giu');
  const headingEnd = text.startsWith('#') ? text.indexOf('\n') : 0;
  for (const match of plain.matchAll(name)) {
    if (match[1] && /^\s*\(\p{Lu}{2,}\)$/u.test(match[1])) return true;
    if (match.index < headingEnd || headingEnd < 0) {
      if (!personIntroduced.test(plain.slice(Math.max(0, match.index - 30), match.index))) return true;
      continue;
    }
    const written = words.every((word) => new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(match[0]));
    if (written) return true;
  }
  return false;
}

/**
 * Each round brings institutional mailboxes shaped like firstname.lastname@ whose words no list
 * foresaw (`esiwa.ports@`, `dakar.campus@`, `child.protection@`). A person's address spells a given
 * name and a family name; an office's spells what the entry itself names in other ways: its
 * acronyms, the places it works in, the common words of its prose. So each part of the local part
 * is looked up in the entry, and the address is an office's when the entry reads one part as an
 * acronym, a place or the initials of its words, or every part as a common word. A name the entry
 * writes as a person's (a first name and a family name side by side, or after a title) keeps the
 * address personal, whatever else the entry says.
 */
interface EntryWords {
  /** The entry without its accents, its addresses and its links: words inside them say nothing of how the entry writes a word. */
  readonly prose: string;
  /** Runs of words between punctuation, lower-cased, where the initials of words are read. */
  readonly clauses: readonly (readonly string[])[];
}

let lastWordsText = '';
let lastWords: EntryWords = { prose: '', clauses: [] };
function entryWords(text: string): EntryWords {
  if (text !== lastWordsText) {
    lastWordsText = text;
    const prose = withoutAccents(text)
      .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+/gu, ' ')
      .replace(/\b(?:https?:\/\/|www\.)\S+/giu, ' ');
    const clauses = prose
      .split(/[^\p{L}\s'’-]+/u)
      .map((clause) => clause.toLowerCase().split(/[\s'’-]+/u).filter((word) => word !== ''))
      .filter((words) => words.length > 0);
    lastWords = { prose, clauses };
  }
  return lastWords;
}

/** Little words an acronym may take a letter from ("points of contact" for "poc") but never start or end with. */
const linkWords = new Set('a an the of and or to for in on at by with de du des la le les l d et ou en au aux pour par sur un une y e da do dos das'.split(' '));

/** A word of the entry, as a whole word: not inside another word, an address or a name in capitals. */
function wordPattern(word: string, flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, flags);
}

/** The part in capitals, as the entry writes an acronym: "ESIWA", "ENVR" (three letters or more). */
function writtenAsAcronym(prose: string, part: string): boolean {
  return part.length >= 3 && wordPattern(part.toUpperCase(), 'u').test(prose);
}

/**
 * The part spells the initials of words the entry writes in a row: "poc" and "points of contact";
 * not of a name beside another part of the address ("jpa.habimana@" and "Jean Paul Alain Habimana").
 */
function writtenAsInitials(clauses: EntryWords['clauses'], part: string, parts: readonly string[]): boolean {
  if (part.length < 3) return false;
  for (const words of clauses) {
    for (let start = 0; start + part.length <= words.length; start++) {
      const run = words.slice(start, start + part.length);
      if (linkWords.has(run[0] ?? '') || linkWords.has(run[run.length - 1] ?? '')) continue;
      const withNeighbours = words.slice(Math.max(0, start - 1), start + part.length + 1);
      if (withNeighbours.some((word) => word !== part && parts.includes(word))) continue;
      if (run.every((word, index) => word.charAt(0) === part.charAt(index))) return true;
    }
  }
  return false;
}

/**
 * Endings that only common nouns have, never a given name or a family name: "protection",
 * « sensibilisation », « financement » (not "Clément": eight letters or more for "-ment").
 */
const abstractNounEnding = /^(?:\p{L}{3,}(?:tion|sion)s?|\p{L}{4,}ments?)$/u;

/** The part, singular or plural ("paiements" and « paiement »), as a pattern. */
function numberFree(part: string): string {
  const stem = part.replace(/[sx]$/, '');
  return `${stem}[sx]?`;
}

/** The part written in lower case in the entry, as a name never is ("ports", "check", « paiement »). */
function writtenInLowerCase(prose: string, part: string): boolean {
  return part.length >= 4 && wordPattern(numberFree(part), 'u').test(prose);
}

/**
 * Whether every part of the local part is a common word. Given names and family names can be
 * words too ("will.young@", « claire.marchand@ »), so a word the entry merely writes in lower case
 * counts only beside a part with an ending no name has ("child.protection@"), or when the entry
 * writes the parts together, in order, a few words apart (`surveillance.paiements@` beside « la
 * surveillance des systèmes de paiement »).
 */
function commonWords(prose: string, parts: readonly string[]): boolean {
  const abstract = parts.filter((part) => abstractNounEnding.test(part));
  if (!parts.every((part) => abstract.includes(part) || writtenInLowerCase(prose, part))) return false;
  if (abstract.length > 0) return true;
  return wordPattern(parts.map(numberFree).join("(?:[\\s'’-]+[\\p{L}'’]+){0,3}?[\\s'’-]+"), 'u').test(prose);
}

/**
 * Whether one part is a noun with an ending no name has ("consultations", « inscriptions »,
 * "enrolment") that the entry itself writes in lower case, as the activity it describes: the
 * mailbox of that activity, whatever the other part is (an event's name run together,
 * "kigalidialogue-consultations@" beside "the Kigali Dialogue opens an online consultation"; a code
 * or a place). A person's name the entry writes is read before, and keeps the address personal.
 */
function namesActivityOfTheEntry(prose: string, parts: readonly string[]): boolean {
  return parts.some((part) => abstractNounEnding.test(part) && writtenInLowerCase(prose, part));
}

/**
 * The part is a place the entry works in: written with a capital after "in", "at", "from" or « à »
 * ("in Dakar", "in the Horn of Africa", « à Dakar »), and not followed by another capitalised word,
 * as a full name after « à » would be (« écrire à Claire Vasseur »); nor after a verb one addresses
 * a person with (« écrire à Claire »).
 */
function writtenAsPlace(prose: string, part: string): boolean {
  const capitalised = part.charAt(0).toUpperCase() + part.slice(1);
  return new RegExp(
    `(?<![\\p{L}])(?<!(?:ecrire|ecrivez|adresser|adressez|envoyer|envoyez|transmettre|repondre|demander|signaler|parler)\\s+)(?:in|at|from|near|a|au|depuis)\\s+(?:the\\s+)?${capitalised}(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})`,
    'u',
  ).test(prose);
}

/** Titles before a name in the prose, with ranks and offices that head a unit: "Ms Tan", « Mme Koné », "Inspector Owusu". */
const personTitle = new RegExp(`(?:${personTitles}|justice|inspector|insp|captain|capt|commander|commandant|capitaine|chief)\\.?\\s+$`, 'iu');

/** Whether the entry writes the parts as a person's name: side by side with capitals ("Claire Vasseur", "VASSEUR Claire"), or one after a title. */
function writtenAsPersonName(prose: string, parts: readonly string[]): boolean {
  const [first, last] = [parts[0] ?? '', parts[parts.length - 1] ?? ''];
  for (const [one, other] of [
    [first, last],
    [last, first],
  ] as const) {
    const pair = new RegExp(`(?<![\\p{L}])(${one})[\\s-]+(?:\\p{Lu}[\\p{L}'’]*[\\s-]+)?(${other})(?![\\p{L}])`, 'giu');
    for (const match of prose.matchAll(pair)) {
      if (/^\p{Lu}/u.test(match[1] ?? '') && /^\p{Lu}/u.test(match[2] ?? '')) return true;
    }
  }
  return parts.some((part) => {
    for (const match of prose.matchAll(new RegExp(`(?<![\\p{L}])${part}(?![\\p{L}])`, 'giu'))) {
      if (/^\p{Lu}/u.test(match[0]) && personTitle.test(prose.slice(Math.max(0, match.index - 20), match.index))) return true;
    }
    return false;
  });
}

/** Kinds of institution that take a person's name: "the Kofi Annan … Training Centre", « la Fondation … Mandela ». */
const institutionKind = new Set('centre center institute institut foundation fondation fund fonds academy academie college school ecole chair chaire'.split(' '));

/**
 * Whether the local part joins a name and the kind of institution the entry names after it
 * ("annan.centre@" beside "the Kofi Annan International Peacekeeping Training Centre"): the name
 * and the kind a few words apart, in the same clause.
 */
function namesInstitutionAfterPerson(prose: string, parts: readonly string[]): boolean {
  if (parts.length !== 2) return false;
  const [first = '', second = ''] = parts;
  const kindIndex = institutionKind.has(second) ? 1 : institutionKind.has(first) ? 0 : -1;
  if (kindIndex < 0) return false;
  const kind = parts[kindIndex] ?? '';
  const name = parts[1 - kindIndex] ?? '';
  const between = "(?:[\\s-]+[\\p{L}'’]+){0,4}?[\\s-]+";
  return new RegExp(`(?<![\\p{L}])(?:${name}${between}${kind}|${kind}${between}${name})(?![\\p{L}])`, 'iu').test(prose);
}

/** Whether the entry's own words read the local part as an office's mailbox, not a person's (see EntryWords). */
function readAsOfficeByTheEntry(text: string, local: string): boolean {
  const parts = local.split(/[._-]/).map((part) => foldedLetters(part).replace(/\d+$/, ''));
  if (parts.length < 2 || parts.some((part) => !/^\p{L}+$/u.test(part))) return false;
  const { prose, clauses } = entryWords(text);
  if (namesInstitutionAfterPerson(prose, parts)) return true;
  if (writtenAsPersonName(prose, parts)) return false;
  if (parts.some((part) => writtenAsAcronym(prose, part) || writtenAsPlace(prose, part) || writtenAsInitials(clauses, part, parts))) return true;
  if (namesActivityOfTheEntry(prose, parts)) return true;
  return commonWords(prose, parts);
}

/**
 * Whether the address `local@domain`, found in `text` (the section it stands in), is a person's:
 * at a webmail provider, or shaped like firstname.lastname at any domain and not read as an
 * office's by its words or by the entry's.
 */
export function isPersonalAddress(text: string, local: string, domain: string): boolean {
  return (
    webmail.test(domain) ||
    (personShapedLocalPart.test(local) &&
      !isFunctionalLocalPart(local) &&
      !spellsNamedInstitution(text, local) &&
      !namedByTheEntry(text, local) &&
      !readAsOfficeByTheEntry(text, local))
  );
}
