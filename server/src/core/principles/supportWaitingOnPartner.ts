/**
 * Support made to wait on an act of the partner, read from the structure of a sentence rather than
 * from a fixed phrase: something the donor delivers or holds back ("will release the funds", "are
 * stored", « ne seront débloqués »), then a gate ("once", "in the month after", "subject to", « qu'au
 * vu de »), then the partner's act: a body of the partner or a legal text, and an act such as adopt,
 * pass, promulgate, designate, commit ("once the Government has adopted the decree", "subject to each
 * Government designating a host institution", « qu'au vu du texte promulgué par les autorités »).
 *
 * A condition needs the three parts. The order of events alone is not one: "phase two started after
 * the Government adopted its strategy" tells a story, so a weak gate (once, after, when) counts only
 * when the support is still to come (will, shall, « sera ») or is held back (stored, « mis en
 * réserve »); a strong gate ("subject to", "only after", « qu'après ») counts in any tense. People's
 * own steps ("trainees move on once they pass the test") and the paperwork of the programme itself
 * ("once the financing agreement is signed") are not conditions laid on the partner State.
 */
import { countries } from '../../../../schemas/countries';
import { foldedLetters } from '../text';
import { stateWordTest } from './beneficiaryActs';
import type { FoundSpan, LexiconLanguage, SkippedSpans } from './lexiconScan';
import { partnerActorWords, partnerPossessives } from './partnerVocabulary';

/** A word of the text, folded (lower case, no accents), with where it is. */
interface Word {
  readonly folded: string;
  /** Lower case with its accents, and a straight apostrophe: how gates are compared (« dès » is not « des »). */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

type WordTest = (word: string) => boolean;

/** A test for whole words (`exact`) or word beginnings (`prefixes`), on folded words. */
function wordTest(exact: readonly string[], prefixes: readonly string[] = []): WordTest {
  const words = new Set(exact);
  // One anchored alternation: every word of a sentence is tested, and a loop over the prefixes costs more.
  const beginning = prefixes.length > 0 ? new RegExp(`^(?:${prefixes.join('|')})`) : undefined;
  return (word) => words.has(word) || beginning?.test(word) === true;
}

/** Accented letters a folded letter stands for, so that a folded stem can be looked for in the text as written. */
const accentedForms: Readonly<Record<string, string>> = { a: '[aàâä]', e: '[eéèêë]', i: '[iîï]', o: '[oôö]', u: '[uùûü]', c: '[cç]' };

/** The acts, and a pattern that finds the letters of any of them in unfolded text: a cheap first look at a sentence. */
interface ActList {
  readonly test: WordTest;
  readonly lettersIn: RegExp;
}

function actList(exact: readonly string[], prefixes: readonly string[]): ActList {
  // The stems grouped by first letter, at a word's start: the engine then tries one character class
  // at each word start instead of every stem at every character.
  const byFirstLetter = new Map<string, string[]>();
  for (const stem of [...exact, ...prefixes]) {
    const rest = stem.slice(1).replace(/[aeiouc]/g, (letter) => accentedForms[letter] ?? letter);
    byFirstLetter.set(stem[0] ?? '', [...(byFirstLetter.get(stem[0] ?? '') ?? []), rest]);
  }
  const groups = [...byFirstLetter].map(([first, rests]) => `${accentedForms[first] ?? first}(?:${rests.join('|')})`);
  return { test: wordTest(exact, prefixes), lettersIn: new RegExp(`(?<![\\p{L}\\p{N}])(?:${groups.join('|')})`, 'iu') };
}

interface Vocabulary {
  /** The donor delivering, or going on with, the support. */
  readonly delivers: WordTest;
  /** The support held back for now. */
  readonly holds: WordTest;
  /**
   * The support going on, named as its continuation (« la poursuite des activités », "the continuation
   * of the programme"): a delivery only when what goes on is the support (`continuedWork`), as « la
   * poursuite des auteurs » is a prosecution.
   */
  readonly continued: WordTest;
  readonly continuedWork: WordTest;
  /**
   * Rounds 27 and 28. The support going on, said by a verb ("the mentoring will continue only as long
   * as…", « le tutorat se poursuivra tant que… »): a delivery only when what goes on, a few words
   * before, is the support (`continuedWork`), as "prices will continue to rise" is not. In French the
   * verb must be reflexive (« se poursuit »), as « poursuivra les auteurs » is a prosecution, and in
   * the future (« continuera »), as « la formation continue » is lifelong training.
   */
  readonly goesOn: WordTest;
  readonly goesOnReflexive: WordTest;
  /**
   * Rounds 27 and 28. Gates that tie the support to an act named right after them, as a noun (« est lié
   * à la publication du décret »): « l'appui, lié à la stratégie adoptée par le gouvernement » says what
   * the support follows, not what it waits on.
   */
  readonly tiedGates: readonly (readonly string[])[];
  /**
   * Rounds 27 and 28. The partner bodies that wish to take part, and must first act: "ministries that
   * wish to send officers must first designate a focal point", « les juridictions qui souhaitent y
   * envoyer des stagiaires devront auparavant avoir désigné un référent ». The wish, what they wish to
   * do (send, enrol, receive), the obligation, and the word that puts the act first.
   */
  readonly wish: WordTest;
  readonly wishedTakingPart: WordTest;
  readonly obliged: WordTest;
  readonly first: WordTest;
  /** Courts, bodies of the partner State in this reader only ("courts wishing to enrol judges"). */
  readonly courts: WordTest;
  /**
   * Rounds 27 and 28. Keeping people in post: people named as what the partner keeps ("has undertaken
   * to keep the fellow in a cyber post", « s'est engagé à maintenir le lauréat en poste ») are the
   * object of its act, not people taking their own step.
   */
  readonly keeps: WordTest;
  /** Words that put the support in the future, or make it possible rather than done. */
  readonly future: WordTest;
  /** Gates that make a condition in any tense, as word sequences (lower case, accents kept). */
  readonly strongGates: readonly (readonly string[])[];
  /** Gates that make a condition only for support still to come or held back. */
  readonly weakGates: readonly (readonly string[])[];
  /** Word sequences that hold a gate and are no gate: « en tant que » ("as") holds « tant que » ("as long as"). */
  readonly lookalikes: readonly (readonly string[])[];
  /**
   * Adverbs a writer slips inside a gate of several words without changing it: "depends, however,
   * on", « dépend toutefois de », « dépendra néanmoins de ». One of them may stand after the gate's
   * first word.
   */
  readonly insideGate: WordTest;
  /**
   * Connectives that may open a sentence before a gate put first ("However, once…", « Toutefois,
   * une fois… »): the gate still opens the sentence's condition.
   */
  readonly openers: WordTest;
  /** The acts a partner can be made to perform, as verbs in any form or as nouns. */
  readonly acts: ActList;
  /**
   * A document received (« une fois reçus l'inventaire … et le nom d'un correspondant au sein du
   * ministère »): the partner's act only when the partner is named after it as its source or owner,
   * after "from", "of", « du », « des » (read with `ofPartner`), not as who receives it ("received by").
   */
  readonly received: WordTest;
  readonly receivedLetters: RegExp;
  readonly ofPartner: WordTest;
  /** The articles and possessives that may stand between `ofPartner` and the partner ("from the ministry"). */
  readonly determiners: WordTest;
  /**
   * The word before "place" that makes it an act: a body or a board "in place" (« en place ») has been
   * set up ("until the commission has a board in place"); "takes place" is no act.
   */
  readonly inPlace: string;
  /**
   * Giving or entrusting, an act of the partner only when what is given is a legal power or mandate
   * ("has given investigators the power to order…", "a legal footing", « a confié par un texte la
   * coordination »): "once the ministry has given its comments" is no act laid on it. `conferring`
   * are the verbs, `conferred` what they must give, near them; a legal text near them counts too.
   */
  readonly conferring: WordTest;
  readonly conferred: WordTest;
  /** Words that begin like an act and are none: "committee" (commit), « équipe » (équiper), « maintenant » (maintenir). */
  readonly notActs: WordTest;
  /**
   * The kinds of agreement that make a « convention » the programme's own paperwork (« convention de
   * délégation », « de financement »), not a treaty the partner ratifies (« la Convention de Budapest »).
   */
  readonly agreementKinds: WordTest;
  /**
   * Acts of sending a document (a survey sent, an inventory submitted, a contact point notified):
   * anyone sends things to a ministry, so they count only when the partner is the one who sends, named
   * before the act ("once its government has sent…") or as its agent ("submitted by the ministry").
   */
  readonly sentByPartner: WordTest;
  /** Acts that place a bill before a parliament ("laid", "tabled"): they count only with the legal text near. */
  readonly billPlaced: WordTest;
  /** The word that names the agent of a passive ("by", « par »). */
  readonly agentMarker: string;
  /** Who the act is done by, when it is the partner. */
  readonly partners: WordTest;
  /**
   * A body's officers or board, the partner only when the text says whose they are ("once its
   * board has named…", « son directeur »): "the Bank's board" is the donor's.
   */
  readonly officers: WordTest;
  /** The possessives that make an officer the partner's: "its", "their", « son », « leur ». */
  readonly possessives: WordTest;
  /**
   * Support kept for those that have acted ("seats are kept for delegations whose government has
   * registered…"): the holding words that reserve, the prepositions that name who for, and the
   * relatives that open the act.
   */
  readonly reserved: WordTest;
  readonly reservedFor: WordTest;
  readonly relativeGates: readonly (readonly string[])[];
  /**
   * Only the partners that acted receive the support, told the other way round ("only ministries
   * that had returned the questionnaire could send participants"): "only", the relative, and what the
   * partner may then do.
   */
  readonly only: WordTest;
  readonly relatives: WordTest;
  readonly mayThen: WordTest;
  /** Words before a delivery that state a rule, in the present: "is released once…", « est expédié ». */
  readonly presentRule: WordTest;
  /** What the act is done to, when it is the partner's law or policy. */
  readonly instruments: WordTest;
  /** People whose own steps are not conditions on the State. */
  readonly individuals: WordTest;
  /**
   * Private parties (companies, operators), whose own steps are not conditions on the State either
   * when they take them: "private operators are admitted only after signing…". A law that names
   * them ("the law designating operators") is still the partner's act.
   */
  readonly privateParties: WordTest;
  /** The programme's own paperwork, which the donor signs too. */
  readonly paperwork: WordTest;
  /**
   * The partners that have not acted, and what they lose: the relative and its negation ("that have
   * not", « qui n'ont pas »), the negations of the support, and the words that take it away.
   */
  readonly negatedRelative: readonly (readonly string[])[];
  readonly negations: WordTest;
  readonly takenAway: WordTest;
  /**
   * A gate whose act is the subject's own, in the infinitive or the -ing form (« qu'après avoir
   * signé », "only after signing"): the subject of the clause acts, so it must be the partner.
   */
  readonly subjectGates: readonly (readonly string[])[];
  /** Words that end a clause's subject: the negation of its verb (« ne », « n'est ») or an auxiliary ("is", "are"). */
  readonly subjectEnds: WordTest;
  /** Pronouns, which do not say who the subject is. */
  readonly pronouns: WordTest;
}

const english: Vocabulary = {
  delivers: wordTest(
    ['release', 'released', 'disburse', 'disbursed', 'deliver', 'delivered', 'handed', 'provide', 'provided', 'fund', 'funded', 'finance', 'financed', 'pay', 'paid',
      'install', 'installed', 'ship', 'shipped', 'supply', 'supplied', 'transfer', 'transferred', 'start', 'begin', 'launch', 'launched', 'open', 'opened', 'offer',
      'offered', 'extend', 'extended', 'renew', 'renewed', 'resume', 'resumed', 'unlock', 'unlocked', 'grant', 'granted', 'available', 'proceed', 'allocate', 'allocated',
      'commence', 'commenced', 'follow', 'made', 'delivery', 'deliveries', 'ahead', 'confirmed', 'instalment', 'instalments', 'installment', 'installments', 'tranche', 'tranches',
      // Money that "does not move until…": the support going on, as "proceed" says it.
      'move', 'moves',
      // The support named as money, received, or reached: "funding for phase two", "each force receives its kit",
      // "a country's investigators go on to the second phase", "a hospital could send a team".
      'funding', 'financing', 'disbursement', 'disbursements', 'receive', 'receives', 'receiving', 'go', 'goes', 'send', 'sends', 'organised', 'organized',
      'admitted', 'shipment', 'shipments',
      // A rule in the present: "the loan's cyber part opens only after…"; the support named as such; a mission scheduled.
      'opens', 'starts', 'begins', 'resumes', 'assistance', 'support', 'scheduled',
      // Support that reaches the partner, or ships in batches: "the module will reach each State once…", "the second batch
      // ships once…". Not "contribution": "Slovenia's contribution depends on the National Assembly" is the donor's own vote.
      'reach', 'reaches', 'ships', 'batch', 'batches',
      // Round 23 and 24. Support awarded ("the fellowship is awarded only if…"), costs covered or reimbursed ("covered all
      // costs on the understanding that…"; not "cover": a course "covers when investigators may…"), and the donor's co-financing.
      'award', 'awards', 'awarded', 'costs', 'expenses', 'reimburse', 'reimburses', 'reimbursed', 'co-financing', 'cofinancing', 'co-funding', 'cofunding'],
  ),
  holds: wordTest(['stored', 'held', 'kept', 'reserved', 'withheld', 'frozen', 'suspended', 'earmarked', 'hold', 'pending', 'stay', 'stays', 'remain', 'remains', 'custody', 'sit', 'sits', 'wait', 'waits']),
  continued: wordTest(['continuation', 'extension', 'renewal', 'prolongation']),
  continuedWork: wordTest(['programme', 'program', 'project', 'activities', 'support', 'assistance', 'training', 'cooperation', 'funding', 'financing', 'work', 'mentoring',
    // Rounds 27 and 28: a partnership, an audit or a review that goes on.
    'partnership', 'audit', 'review', 'coaching']),
  goesOn: wordTest(['continue', 'continues', 'continued', 'continuing']),
  goesOnReflexive: wordTest([]),
  tiedGates: [],
  wish: wordTest(['wish', 'wishes', 'wishing', 'want', 'wants', 'wanting']),
  wishedTakingPart: wordTest(['send', 'enrol', 'enroll', 'register', 'receive', 'join', 'participate', 'benefit', 'nominate', 'second', 'apply', 'take']),
  obliged: wordTest(['must', 'have', 'has', 'need', 'needs', 'required']),
  first: wordTest(['first', 'beforehand', 'previously']),
  courts: wordTest(['court', 'courts', 'tribunal', 'tribunals']),
  keeps: wordTest(['keep', 'keeps', 'retain', 'retains', 'maintain', 'maintains', 'assign', 'assigns', 'deploy', 'deploys']),
  future: wordTest(['will', 'shall', "'ll", 'would', 'can', 'could', 'may', 'only']),
  strongGates: [['tied', 'to'], ['dependent', 'on'], ['depends', 'on'], ['depend', 'on'], ['hinges', 'on'], ['follows'], ['awaits'], ['await'], ['awaiting'], ['subject', 'to'], ['only', 'after'], ['only', 'once'], ['only', 'when'], ['only', 'if'], ['not', 'until'], ['until'], ['pending'], ['conditional', 'on'], ['conditional', 'upon'], ['contingent', 'on'], ['contingent', 'upon'],
    ['as', 'long', 'as'], ['so', 'long', 'as'],
    // Rounds 27 and 28: "on the proviso that the ministry designates…", as « pourvu que ».
    ['on', 'the', 'proviso', 'that'], ['with', 'the', 'proviso', 'that'],
    // Support given on a stated understanding that the partner will act: "covered all costs on the understanding that
    // Armenia would join the statement". The partner's act must follow, as for any gate.
    ['on', 'the', 'understanding', 'that'], ['with', 'the', 'understanding', 'that'], ['it', 'being', 'understood', 'that'],
    ['depends', 'upon'], ['depend', 'upon'], ['dependent', 'upon'],
    // Round 23 and 24. Support that presupposes, or requires first, the act: "disbursement presupposes the adoption of the decree".
    ['presupposes'], ['presuppose'], ['requires', 'the', 'prior'], ['require', 'the', 'prior'], ['requires', 'prior']],
  weakGates: [['once'], ['after'], ['when'], ['as', 'soon', 'as'], ['upon'], ['on'], ['following'], ['before']],
  lookalikes: [],
  insideGate: wordTest(['however', 'though', 'nevertheless', 'nonetheless', 'still', 'also', 'entirely', 'wholly', 'fully', 'largely', 'strictly', 'directly', 'therefore']),
  openers: wordTest(['but', 'however', 'and', 'then', 'moreover', 'also', 'thereafter']),
  acts: actList(
    ['issue', 'issues', 'issued', 'write', 'writes', 'wrote', 'written', 'sign', 'signs', 'signed', 'signing', 'signature', 'pass', 'passes', 'passed', 'passing', 'passage', 'vote', 'votes', 'voted', 'join', 'joins', 'joined', 'joining', 'match',
      'matches', 'matched', 'matching', 'entry',
      // A document the partner sends first (read with `sentByPartner`), a bill it lays before its parliament (`billPlaced`).
      'sent', 'submitted', 'filed', 'returned', 'notified', 'transmitted', 'laid', 'tabled', 'tabling', 'introduced',
      // Milestones or benchmarks the partner's government must reach before a tranche.
      'milestone', 'milestones', 'benchmark', 'benchmarks',
      // A body named, or a contact registered: "once its board had named an officer".
      'name', 'names', 'named', 'naming',
      // A text that appears in the official gazette: published.
      'appear', 'appears', 'appeared',
      // A body or its board "in place" (read with `inPlace`).
      'place',
      // A legal power conferred by the partner: "has given investigators the power to…", "a legal footing" (read with `conferred`).
      'give', 'gives', 'gave', 'given', 'giving', 'entrust', 'entrusts', 'entrusted', 'confer', 'confers', 'conferred', 'vest', 'vests', 'vested',
      // Round 23 and 24. A law brought "into line" with a standard (read with `intoLine`), an undertaking given: "once the
      // ministry has undertaken in writing to keep the fellow in post".
      'line', 'undertook',
      // A shared database the partner feeds: "only if each unit feeds the regional database".
      'feeds', 'feed', 'feeding',
      // Rounds 25 and 26. Access or permission granted by the partner (read with `conferred`): "as long as the Government
      // grants the team access to its networks"; the donor granting funds is no act of the partner's.
      'grant', 'grants', 'granted', 'granting'],
    ['adopt', 'enact', 'promulgat', 'ratif', 'designat', 'appoint', 'publish', 'publication', 'deposit', 'endors', 'approv', 'acced', 'accession', 'transpos', 'commit',
      'contribut', 'cofinanc', 'co-financ', 'connect', 'assign', 'amend', 'integrat', 'incorporat',
      // What the partner puts in: premises provided, posts filled or staffed, its share budgeted or kept up.
      'provid', 'recruit', 'staffed', 'fill', 'budget', 'maintain', 'allocat',
      // Premises equipped, a unit or a post created, a contact registered, a body set up.
      'equip', 'creat', 'regist', 'establish',
      // Round 23 and 24. A law aligned or harmonised with a standard; an undertaking.
      'align', 'harmonis', 'harmoniz', 'undertak',
      // Rounds 27 and 28. Equipment the partner buys ("the continuation depends on the purchase by the navy of compatible
      // radios"); a plan validated by its cabinet.
      'acquir', 'acquisition', 'purchas', 'procur', 'validat'],
  ),
  partners: wordTest(partnerActorWords.en),
  officers: wordTest(['board', 'boards', 'commissioner', 'commissioners', 'director', 'directors', 'head', 'heads', 'chief', 'chiefs', 'management', 'council', 'rector', 'dean']),
  possessives: wordTest(partnerPossessives.en),
  reserved: wordTest(['kept', 'reserved', 'earmarked', 'restricted', 'limited']),
  reservedFor: wordTest(['for', 'to']),
  relativeGates: [['whose'], ['that', 'have'], ['that', 'has'], ['that', 'had'], ['which', 'have'], ['which', 'has'], ['which', 'had'], ['who', 'have'], ['who', 'has'], ['who', 'had']],
  only: wordTest(['only']),
  relatives: wordTest(['that', 'which', 'who', 'whose']),
  mayThen: wordTest(['could', 'can', 'may', 'receive', 'received', 'receives', 'get', 'got', 'gets', 'send', 'sent', 'join', 'joined', 'took', 'take', 'qualify', 'qualified', 'benefit', 'benefited', 'benefitted', 'admitted']),
  presentRule: wordTest(['is', 'are', 'receives', 'receive', 'gets', 'goes', 'go', 'follows', 'ships', 'reaches', 'opens']),
  // What the partner must put in, named as a thing: posts created, a post filled.
  instruments: wordTest(['law', 'laws', 'decree', 'decrees', 'bill', 'strategy', 'policy', 'code', 'regulation', 'regulations', 'legislation', 'statute', 'ordinance', 'act', 'convention', 'framework', 'post', 'posts']),
  sentByPartner: wordTest(['sent', 'submitted', 'filed', 'returned', 'notified', 'transmitted']),
  billPlaced: wordTest(['laid', 'tabled', 'tabling', 'introduced']),
  agentMarker: 'by',
  individuals: wordTest([], ['trainee', 'participant', 'student', 'candidate', 'applicant', 'attendee', 'graduate', 'learner', 'fellow', 'user', 'victim', 'citizen']),
  privateParties: wordTest([], ['compan', 'firm', 'vendor', 'supplier', 'contractor', 'operator', 'private']),
  // Round 23 and 24: a tender is the procurement's paperwork ("the contract will be awarded after the ministry publishes the tender").
  paperwork: wordTest(['agreement', 'agreements', 'memorandum', 'mou', 'contract', 'contracts', 'grant-agreement', 'workplan', 'work-plan', 'tender', 'tenders']),
  inPlace: 'in',
  received: wordTest(['received', 'receipt']),
  receivedLetters: /(?<![\p{L}\p{N}])rec(?:eived|eipt)(?![\p{L}\p{N}])/iu,
  ofPartner: wordTest(['from', 'of', 'within']),
  determiners: wordTest(['the', ...partnerPossessives.en, 'each', 'every']),
  notActs: wordTest(['committee', 'committees', 'provider', 'providers']),
  conferring: wordTest(['give', 'gives', 'gave', 'given', 'giving', 'entrust', 'entrusts', 'entrusted', 'confer', 'confers', 'conferred', 'vest', 'vests', 'vested',
    'grant', 'grants', 'granted', 'granting']),
  // Rounds 25 and 26: access or a permission the partner gives the donor's team is its act as well ("once the ministry
  // has given the auditors access to its systems").
  conferred: wordTest(['power', 'powers', 'footing', 'basis', 'mandate', 'competence', 'competences', 'coordination',
    'access', 'permission', 'permissions', 'clearance', 'clearances', 'authorisation', 'authorization', 'authorisations', 'authorizations']),
  agreementKinds: wordTest([]),
  negatedRelative: ['that', 'which', 'who'].flatMap((relative) => [
    ...['have', 'has', 'had', 'do', 'does', 'did'].map((auxiliary) => [relative, auxiliary, 'not']),
    ...["haven't", "hasn't", "hadn't", "don't", "doesn't", "didn't", 'fail', 'fails', 'failed'].map((auxiliary) => [relative, auxiliary]),
  ]),
  negations: wordTest(['not', 'no', "won't", 'cannot', "can't", 'never']),
  takenAway: wordTest(['lose', 'loses', 'lost', 'forfeit', 'forfeits', 'excluded', 'barred', 'dropped']),
  subjectGates: [['only', 'after', 'having'], ['only', 'after', 'being'], ['only', 'once', 'they'], ['only', 'once', 'it']],
  subjectEnds: wordTest(['is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'may', 'shall', 'gets', 'get', 'receives', 'receive', 'only']),
  pronouns: wordTest(['it', 'they', 'this', 'these', 'that', 'those', 'he', 'she']),
};

/** Giving or granting in French, folded: an act of the partner's only with what it gives near it (`conferred`: « l'accès »). */
const accessGivenFr = ['accorde', 'accordee', 'accordes', 'accordees', 'accorder', 'accordera', 'accorderont', 'accordent', 'accordant',
  'donne', 'donnee', 'donnes', 'donnees', 'donner', 'donnera', 'donneront', 'donnent', 'donnant'];

const french: Vocabulary = {
  delivers: wordTest(
    // « le cofinancement de la phase suivante dépend de… » : the donor's share is support, though co-financing is also an act of the partner (`acts`).
    // « a pris en charge tous les frais, étant entendu que… » : costs covered.
    ['remis', 'remise', 'remises', 'cofinancement', 'cofinancements', 'charge'],
    ['appui', 'soutien', 'assistance', 'programme', 'fonds', 'debloqu', 'decaiss', 'verse', 'livr', 'expedi', 'envoi', 'envoy', 'organis', 'recoi', 'recev', 'admis', 'install', 'lanc', 'financ', 'accorde', 'engage', 'transfer', 'fourni', 'ouvr', 'ouvert', 'demarr', 'maintenu', 'tranche', 'commenc', 'interviendr', 'octroy', 'attribu', 'allou', 'dispon', 'mis', 'mise', 'prolong', 'reconduit', 'repris',
      // Round 23 et 24 : un appui renouvelé, comme "renewed" en anglais (« les licences ne seront renouvelées que si… »).
      'renouvel'],
  ),
  holds: wordTest(['reserve', 'attente', 'suspens', 'reste', 'restent', 'resteront', 'demeure', 'demeurent', 'demeureront', 'attend', 'attendent', 'attendra', 'attendront'], ['stock', 'conserv', 'gele', 'bloque', 'suspendu', 'reserv']),
  continued: wordTest(['poursuite', 'prolongation', 'reconduction', 'continuation', 'renouvellement']),
  continuedWork: wordTest(['programme', 'projet', 'activites', 'appui', 'soutien', 'assistance', 'formation', 'formations', 'cooperation', 'financement', 'actions', 'accompagnement', 'tutorat',
    // Rounds 27 and 28 : « la poursuite du partenariat », d'un audit, d'un cycle.
    'partenariat', 'audit', 'cycle']),
  goesOn: wordTest(['continuera', 'continueront']),
  goesOnReflexive: wordTest(['poursuit', 'poursuivent', 'poursuivra', 'poursuivront', 'prolonge', 'prolongera', 'prolongeront']),
  tiedGates: ['lié', 'liée', 'liés', 'liées'].flatMap((tied) => [[tied, 'à'], [tied, 'au'], [tied, 'aux']]),
  wish: wordTest(['souhaitent', 'souhaite', 'souhaitant', 'desirent', 'desire', 'desireux', 'desireuse', 'desireuses', 'veulent', 'voulant']),
  wishedTakingPart: wordTest(['envoyer', 'inscrire', "d'inscrire", "d'envoyer", 'recevoir', 'beneficier', 'participer', 'rejoindre', 'presenter', 'detacher', 'proposer']),
  obliged: wordTest(['devront', 'doivent', 'doit', 'devra', 'tenus', 'tenues']),
  first: wordTest(['auparavant', 'prealablement', "d'abord", 'prealable']),
  courts: wordTest(['juridiction', 'juridictions', 'tribunal', 'tribunaux']),
  keeps: wordTest(['maintenir', 'maintient', 'maintiennent', 'garder', 'garde', 'gardent', 'conserver', 'conserve', 'conservent', 'affecter', 'affecte', 'affectent']),
  // The future tense (« sera », « débloquera », « interviendront »), or « ne … que ».
  future: (word) => /^n'?$|^ne$|(?:era|eront|ira|iront|dra|dront)$/.test(word),
  strongGates: [
    // Rounds 27 and 28 : « accordé pour autant que le Sénégal adopte… », « pourvu que le ministère désigne… ».
    ['pour', 'autant', 'que'], ['pour', 'autant', "qu'"], ['pourvu', 'que'], ['pourvu', "qu'"],
    ['attend'], ['attendent'], ['attendra'], ['attendront'], ['suit'], ['suivra'], ['suivront'], ['dépend', 'de'], ['dépend', 'du'], ['dépendra', 'de'], ['dépendra', 'du'], ["qu'après"], ["qu'au", 'bénéfice'], ["qu'aux"], ["qu'à"], ["qu'une", 'fois'], ["qu'au", 'vu'], ["qu'à", 'compter'], ['que', 'lorsque'], ['que', 'si'], ['que', 'dès'], ['sous', 'réserve'], ["jusqu'à"],
    ['subordonné'], ['subordonnée'], ['subordonnés'], ['subordonnées'],
    // « dépend des », « dépendent d'une », « dépendront du » : every form of the verb and of what follows it.
    ...['dépend', 'dépendent', 'dépendra', 'dépendront'].flatMap((verb) => ['de', 'du', 'des', "d'un", "d'une"].map((next) => [verb, next])),
    // « a pris en charge les frais, étant entendu que l'Arménie rejoindrait la déclaration » : an understanding is a condition.
    ['étant', 'entendu', 'que'], ['étant', 'entendu', "qu'"], ['étant', 'bien', 'entendu', 'que'], ['étant', 'bien', 'entendu', "qu'"],
    // Round 23 et 24. « dès lors que » (pourvu que) ; l'appui qui « suppose » ou « exige » l'acte : « le décaissement suppose
    // l'adoption préalable du décret ».
    ['dès', 'lors', 'que'], ['dès', 'lors', "qu'"], ['suppose'], ['supposent'], ['supposera'], ['présuppose'], ['présupposent'], ['exige'], ['exigent'], ['exigera'], ['requiert'], ['requièrent'],
    // « le décaissement est adossé à la parution du décret » : the support rests on the act.
    ...['adossé', 'adossée', 'adossés', 'adossées'].flatMap((held) => [[held, 'à'], [held, 'au'], [held, 'aux']]),
    // « le financement reste suspendu à l'adoption… » : the support waits on the act.
    ...['suspendu', 'suspendue', 'suspendus', 'suspendues'].flatMap((held) => [[held, 'à'], [held, 'au'], [held, 'aux']]), ['conditionné'], ['conditionnée'], ['conditionnés'], ['conditionnées'], ['tant', 'que'], ['tant', "qu'"]],
  weakGates: [['une', 'fois'], ['dès'], ['après'], ['lorsque'], ['quand'], ['au', 'vu'], ['à', 'réception'], ['sur', 'présentation'], ['à', 'compter'], ['à', 'la', 'suite'], ['avant']],
  lookalikes: [['en', 'tant', 'que'], ['en', 'tant', "qu'"]],
  insideGate: wordTest(['toutefois', 'cependant', 'neanmoins', 'pourtant', 'donc', 'aussi', 'egalement', 'entierement', 'largement', 'strictement', 'directement', 'desormais']),
  openers: wordTest(['mais', 'toutefois', 'cependant', 'et', 'ensuite', 'puis', 'par', 'ailleurs', 'enfin']),
  acts: actList(
    ['vote', 'votee', 'votes', 'votees', 'entree', 'signe', 'signee', 'signes', 'signees', 'signer', 'signature', 'publie', 'publiee', 'publies', 'publiees', 'publier', 'publication',
      // Un document que le partenaire envoie d'abord (lu avec `sentByPartner`) ; des jalons à la charge du Gouvernement.
      'transmis', 'transmise', 'transmises', 'transmission', 'envoye', 'envoyee', 'envoyes', 'envoyees', 'envoi', 'jalon', 'jalons',
      // Un texte paru au Journal officiel.
      'paru', 'parue', 'parus', 'parues', 'parution'],
    ['adopt', 'promulg', 'ratifi', 'designe', 'affect', 'modifi', 'inscri', 'integr', 'designat', 'nomm', 'nomination', 'depos', 'depot', 'approuv', 'approbation', 'adher', 'adhesion', 'transpos', 'raccord', 'connect', 'engag', 'cofinanc', 'verse', 'versement', 'acquitt', 'notifi',
      // Ce que le partenaire apporte : des locaux mis à disposition, des postes pourvus, sa contrepartie maintenue.
      'disposition', 'fourni', 'pourv', 'recrut', 'budget', 'maint', 'ouvre', 'ouvrent', 'ouvert', 'creer', 'cree', 'creation',
      // Des locaux équipés, une cellule dotée de personnel, un point de contact enregistré, un questionnaire retourné.
      'equip', 'dote', 'enregistr', 'retourn',
      // Un organe « en place » (lu avec `inPlace`).
      'place',
      // Une compétence confiée par un texte : « tant que son gouvernement n'a pas confié par un texte à une autorité… » (lu avec `conferred`).
      'confie', 'confiee', 'confies', 'confiees', 'confier', 'attribue', 'attribuee', 'attribues', 'attribuees',
      // Round 23 and 24. Joining a statement, a network or a treaty, as "join" in English: « étant entendu que l'Arménie rejoindrait la déclaration ».
      'rejoint', 'rejointe', 'rejoindre', 'rejoindra', 'rejoindront', 'rejoindrait', 'rejoindraient', 'rejoigne', 'rejoignent',
      // Une loi mise en conformité ou harmonisée avec une norme : « aura mis sa loi en conformité avec la directive ».
      'conformite', 'harmonise', 'harmonisee', 'harmonises', 'harmonisees', 'harmoniser', 'harmonisera', 'harmonisation',
      // Une base commune que le partenaire alimente : « que si chaque cellule alimente la base régionale » (pas l'alimentation électrique).
      'alimente', 'alimentent', 'alimentera', 'alimenteront', 'alimenter', 'alimentait', 'alimentaient',
      // Rounds 25 et 26. Un accès ou une autorisation que le partenaire accorde ou donne (lu avec `conferred`) : « tant que le
      // ministère accorde à l'équipe l'accès à ses réseaux ».
      ...accessGivenFr,
      // Rounds 27 et 28. Des matériels que le partenaire achète (« dépendra de l'acquisition par les armées de matériels
      // interopérables ») ; une feuille de route validée en Conseil des ministres.
      'acqui', 'acquer', 'achat', 'achet', 'valid'],
  ),
  partners: wordTest(partnerActorWords.fr),
  officers: wordTest(['directeur', 'directrice', 'direction', 'commissaire', 'chef', 'recteur', 'doyen', 'bureau']),
  possessives: wordTest(partnerPossessives.fr),
  reserved: wordTest([], ['reserv', 'limite', 'restreint']),
  reservedFor: wordTest(['aux', 'au', 'a', 'pour']),
  relativeGates: [['dont'], ['qui', 'ont'], ['qui', 'a'], ['qui', 'avaient'], ['qui', 'avait'], ['qui', 'auront'], ['ayant']],
  only: wordTest(['seuls', 'seules', 'seul', 'seule', 'uniquement', 'seulement', 'exclusivement']),
  relatives: wordTest(['qui', 'dont', 'ayant']),
  mayThen: wordTest(['pu', 'peut', 'peuvent', 'pourra', 'pourront', 'pouvaient', 'pouvait', 'recoivent', 'recoit', 'recevront', 'beneficient', 'beneficieront', 'participent', 'participeront',
    // « ont été admises à la dernière phase ».
    'admis', 'admise', 'admises']),
  presentRule: wordTest(['est', 'sont', "n'est", "ne", 'recoit', 'recoivent', 'suit']),
  instruments: wordTest(['loi', 'lois', 'decret', 'decrets', 'texte', 'textes', 'arrete', 'ordonnance', 'code', 'strategie', 'politique', 'reglement', 'legislation', 'convention', 'cadre', 'poste', 'postes']),
  sentByPartner: wordTest(['transmis', 'transmise', 'transmises', 'envoye', 'envoyee', 'envoyes', 'envoyees', 'envoi'], ['notifi']),
  // « déposé » (a bill tabled) is already an act of the partner in French, with a body or a text near it.
  billPlaced: wordTest([]),
  agentMarker: 'par',
  individuals: wordTest([], ['stagiaire', 'participant', 'etudiant', 'candidat', 'laureat', 'apprenant', 'usager', 'utilisat', 'victime', 'citoyen']),
  privateParties: wordTest([], ['entreprise', 'societe', 'prestataire', 'fournisseur', 'operateur', 'prive']),
  paperwork: wordTest(['accord', 'accords', 'protocole', 'contrat', 'contrats', 'memorandum'], []),
  inPlace: 'en',
  received: wordTest(['recu', 'recus', 'recue', 'recues', 'reception']),
  receivedLetters: /(?<![\p{L}\p{N}])r(?:eç|éce)(?:ue?s?|ption)(?![\p{L}\p{N}])/iu,
  ofPartner: wordTest(['du', 'de', 'des']),
  determiners: wordTest(['la', 'le', 'les', ...partnerPossessives.fr, 'chaque']),
  notActs: wordTest(['equipe', 'equipes', 'maintenant', 'integrite']),
  conferring: wordTest(['confie', 'confiee', 'confies', 'confiees', 'confier', 'attribue', 'attribuee', 'attribues', 'attribuees', ...accessGivenFr]),
  conferred: wordTest(['pouvoir', 'pouvoirs', 'competence', 'competences', 'mandat', 'mission', 'coordination', 'tutelle', 'fondement',
    'acces', 'autorisation', 'autorisations', 'permission']),
  agreementKinds: wordTest(['delegation', 'financement', 'subvention', 'pret', 'partenariat', 'partage', 'contribution', 'cofinancement', 'credit', 'objectifs', 'mise', 'cooperation', 'execution']),
  negatedRelative: [
    ...["n'ont", "n'auront", "n'avaient", "n'avait", "n'a", "n'aura"].map((auxiliary) => ['qui', auxiliary, 'pas']),
    ["n'ayant", 'pas'],
  ],
  negations: wordTest(['pas', 'aucun', 'aucune', 'plus', 'jamais']),
  takenAway: wordTest(['perd', 'perdent', 'perdra', 'perdront', 'exclu', 'exclue', 'exclus', 'exclues', 'ecarte', 'ecartee', 'ecartes', 'ecartees', 'retire', 'retiree', 'retires', 'retirees']),
  subjectGates: [["qu'après", 'avoir'], ["qu'après", "s'être"], ["qu'après", 'être'], ['après', 'avoir'], ['après', "s'être"]],
  subjectEnds: (word) => word === 'ne' || word.startsWith("n'"),
  pronouns: wordTest(['il', 'elle', 'ils', 'elles', 'ce', 'cela', 'celui-ci', 'celle-ci']),
};

/** Between the gate and the act: a few words, not a second clause. */
const actReach = 12;
/** Between the act and who does it, or what it is done to. */
const actorReach = 6;
/** Between what is delivered and the gate. */
const deliveryReach = 30;

const sentenceEnd = /[.!?;:](?=\s|$)|\n\s*\n|\n\s*[-*+#]\s/g;
const wordPattern = /[\p{L}\p{N}'’-]+/gu;
const asciiOnly = /^[\x20-\x7e]*$/;

/** The words of a sentence, folded; a French elision stays with its word (« qu'au », « l'État »). */
function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  for (const match of text.slice(start, end).matchAll(wordPattern)) {
    const lower = match[0].toLowerCase().replace(/’/g, "'").replace(/^-+|-+$/g, '');
    // Folding costs a Unicode normalization: most words are plain ASCII and need none.
    words.push({ folded: asciiOnly.test(lower) ? lower : foldedLetters(lower), lower, start: start + match.index, end: start + match.index + match[0].length });
  }
  return words;
}

/** Whether the words at `index` start one of `sequences`. */
function sequenceAt(words: readonly Word[], index: number, sequence: readonly string[]): boolean {
  return sequence.every((part, offset) => words[index + offset]?.lower === part);
}

/** Whether word `index` is inside one of the lookalikes, past its first word (« tant » in « en tant que »). */
function insideLookalike(words: readonly Word[], index: number, lookalikes: readonly (readonly string[])[]): boolean {
  return lookalikes.some((lookalike) => lookalike.some((_, offset) => offset > 0 && index - offset >= 0 && sequenceAt(words, index - offset, lookalike)));
}

/**
 * Where one of `gates` starts at word `index`, the index after it; or -1. With `inside`, one word it
 * passes may stand after the first word of a gate of several ("depends, however, on").
 */
function gateAt(words: readonly Word[], index: number, gates: readonly (readonly string[])[], inside?: WordTest): number {
  for (const gate of gates) {
    if (sequenceAt(words, index, gate)) return index + gate.length;
    if (inside && gate.length > 1 && words[index]?.lower === gate[0] && inside(words[index + 1]?.folded ?? '') && sequenceAt(words, index + 2, gate.slice(1))) {
      return index + gate.length + 1;
    }
  }
  return -1;
}

/** An elided word's word (« l'état » → « état »), as the vocabulary lists it. */
function bare(word: string): string {
  return word.replace(/^(?:l|d|qu|n|s|j|c)'/, '');
}

/** The end of the partner's act found from word `from` on, or -1: an act, with the partner or a legal text near it. */
function partnerActEnd(words: readonly Word[], from: number, vocabulary: Vocabulary, names: StateNames): number {
  const last = Math.min(words.length, from + actReach);
  for (let index = from; index < last; index++) {
    const word = bare(words[index]?.folded ?? '');
    if (vocabulary.individuals(word) || paperworkAt(words, index, vocabulary)) return -1;
    if (vocabulary.received(word)) return documentOfPartnerEnd(words, index, vocabulary, names);
    if (!actAt(words, index, vocabulary)) continue;
    // Who acts, or on what: the partner before the act ("the Government has adopted") or after it
    // ("adopted by the authorities"), a legal text on either side ("the law is published", « texte promulgué »).
    const nearStart = Math.max(from, index - actorReach);
    const nearEnd = Math.min(words.length, index + actorReach + 1);
    for (let at = nearStart; at < nearEnd; at++) {
      if (paperworkAt(words, at, vocabulary) || (vocabulary.individuals(bare(words[at]?.folded ?? '')) && !keptInPost(words, at, vocabulary))) return -1;
    }
    if (words.slice(from, index).some((other) => vocabulary.privateParties(bare(other.folded)))) return -1;
    // The act done by the donor, named as its agent after it (« la création d'un poste par l'Agence française »).
    if (donorAgentAfter(words, index, vocabulary, names)) continue;
    const partnerOrText = actorsOf(words, from, index, vocabulary, names);
    if (partnerOrText.length > 0) return Math.max(words[index]?.end ?? 0, ...partnerOrText.map((other) => other.end));
  }
  return -1;
}

/**
 * Whether the person named at `index` is what the partner keeps or assigns, after a verb of keeping
 * and at most one article or possessive ("to keep the fellow in post", « à maintenir le lauréat »).
 */
function keptInPost(words: readonly Word[], index: number, vocabulary: Vocabulary): boolean {
  const before = vocabulary.determiners(words[index - 1]?.folded ?? '') ? index - 2 : index - 1;
  return vocabulary.keeps(bare(words[before]?.folded ?? ''));
}

/**
 * Whether the act at `index` names its agent after it ("by", « par ») and that agent is the lead's or
 * another State's body, not a beneficiary's: « la création d'un poste par l'Agence française » is the
 * donor's own step, even with a post (a thing the partner can put in) near it.
 */
function donorAgentAfter(words: readonly Word[], index: number, vocabulary: Vocabulary, names: StateNames): boolean {
  const marker = firstIndex(words, index + 1, index + actorReach + 1, (word) => word.lower === vocabulary.agentMarker);
  if (marker < 0) return false;
  const agent = words.slice(marker + 1, marker + 5).map((word) => bare(word.folded));
  if (agent.some((word) => names.beneficiary(word))) return false;
  return agent.some((word) => names.lead(word) || names.other(word));
}

/** Between a document received and the partner named as its source or owner. */
const receiptReach = 16;

/**
 * The end of a document received at `index` when the partner is named after it as its source or
 * owner ("once received from the ministry", « le nom d'un correspondant habilité au sein du
 * ministère »), or -1: reports received from the donor's experts, or by the ministry, are none.
 */
function documentOfPartnerEnd(words: readonly Word[], index: number, vocabulary: Vocabulary, names: StateNames): number {
  if (words[index + 1]?.lower === vocabulary.agentMarker) return -1;
  const partner = firstIndex(words, index + 1, index + 1 + receiptReach, (word, at) => {
    if (paperworkAt(words, at, vocabulary) || vocabulary.individuals(bare(word.folded))) return false;
    const before = vocabulary.determiners(words[at - 1]?.folded ?? '') ? at - 2 : at - 1;
    return vocabulary.ofPartner(words[before]?.folded ?? '') && partnerAt(words, at, vocabulary, names);
  });
  return partner >= 0 ? (words[partner]?.end ?? -1) : -1;
}

/** Whether word `index` is an act: "place" only "in place" (« en place »), and not a word that only begins like one. */
function actAt(words: readonly Word[], index: number, vocabulary: Vocabulary): boolean {
  const word = bare(words[index]?.folded ?? '');
  if (!vocabulary.acts.test(word) || vocabulary.notActs(word)) return false;
  if (vocabulary.conferring(word)) {
    // A power, a mandate or a legal footing given, or a legal text that gives it (« confié par un texte »).
    const near = words.slice(index + 1, index + actorReach + 4).map((other) => bare(other.folded));
    return near.some((other) => vocabulary.conferred(other) || vocabulary.instruments(other));
  }
  // A law brought "into line" with a standard; "line" alone (a budget line, a hotline) is no act.
  if (word === 'line') return words[index - 1]?.folded === 'into';
  return word !== 'place' || words[index - 1]?.folded === vocabulary.inPlace;
}

/**
 * Whether word `index` names the programme's own paperwork: an agreement, a contract, or a
 * « convention » of a kind that only agreements have (« convention de délégation », « de partage
 * d'informations »), not a treaty (« la Convention de Budapest »).
 */
function paperworkAt(words: readonly Word[], index: number, vocabulary: Vocabulary): boolean {
  const word = bare(words[index]?.folded ?? '');
  if (vocabulary.paperwork(word)) return true;
  if (word !== 'convention') return false;
  const next = words[index + 1]?.folded ?? '';
  if (next === 'de' || next === 'du') return vocabulary.agreementKinds(words[index + 2]?.folded ?? '');
  return next.startsWith("d'") && vocabulary.agreementKinds(bare(next));
}

/**
 * The words near the act at `index` that make it the partner's: a body of the partner or a legal
 * text on either side; for a document sent, the partner that sends it, named before the act or as
 * the agent after it ("once its government has sent", "submitted by the ministry"), not the body it
 * is sent to ("once the supplier has sent the invoice to the ministry"); for a bill laid or tabled,
 * the bill.
 */
function actorsOf(words: readonly Word[], from: number, index: number, vocabulary: Vocabulary, names: StateNames): Word[] {
  const word = bare(words[index]?.folded ?? '');
  // Word positions, not words: whether a word is the partner's may depend on its neighbours.
  const positions = (start: number, end: number) => Array.from({ length: Math.max(0, end - start) }, (_, offset) => start + offset);
  const isPartner = (at: number) => partnerAt(words, at, vocabulary, names);
  const isText = (at: number) => vocabulary.instruments(bare(words[at]?.folded ?? ''));
  const before = positions(Math.max(from, index - actorReach), index);
  const after = positions(index + 1, Math.min(words.length, index + actorReach + 1));
  const wordsAt = (found: number[]) => found.map((at) => words[at]).filter((other): other is Word => other !== undefined);
  if (vocabulary.sentByPartner(word)) {
    // The agent of a document sent: "submitted by the ministry", « la transmission du projet au Parlement par son gouvernement ».
    // The agent is read past the act's reach: « l'envoi du projet au Parlement par le gouvernement capverdien ».
    const marker = positions(index + 1, Math.min(words.length, index + actorReach + 4)).find((at) => words[at]?.lower === vocabulary.agentMarker);
    const agent = marker !== undefined ? positions(marker + 1, Math.min(words.length, marker + 5)).filter(isPartner) : [];
    return wordsAt([...before.filter(isPartner), ...agent]);
  }
  if (vocabulary.billPlaced(word)) return wordsAt([...before, ...after].filter(isText));
  return wordsAt([...before, ...after].filter((at) => isPartner(at) || isText(at)));
}

/**
 * Whether word `index` names the partner: a body of the partner, a beneficiary State by its name or
 * adjective ("once Suriname has written…"), or an officer or board said to be its own ("once its
 * board had named…").
 */
function partnerAt(words: readonly Word[], index: number, vocabulary: Vocabulary, names: StateNames): boolean {
  const word = bare(words[index]?.folded ?? '');
  if (names.beneficiary(word)) return true;
  // "the Portuguese Parliament", « du ministère français »: a body of the lead State is the donor's; so
  // is a body of any State that is no beneficiary (« le Parlement français » when France funds a
  // programme that Benin leads for itself).
  const ofLead = [words[index - 1], words[index + 1]].some(
    (other) => other !== undefined && (names.lead(other.folded) || names.other(other.folded)) && !names.beneficiary(other.folded),
  );
  if (vocabulary.partners(word) || names.national(word)) return !ofLead;
  // One word may qualify the officer: "its academic board", "their executive council".
  return vocabulary.officers(word) && [index - 1, index - 2].some((at) => vocabulary.possessives(words[at]?.folded ?? ''));
}

/** Tests for words that name a beneficiary State, or a lead State, by name or adjective. */
interface StateNames {
  readonly beneficiary: WordTest;
  readonly lead: WordTest;
  /** Any State, when the Beneficiaries field names one: then a State it does not name is not the partner. */
  readonly other: WordTest;
  /** Bodies the text calls national ("the national teams", « les équipes nationales »): the partner's. */
  readonly national: WordTest;
}

/** A body called national: the word after "national" in English, before « national », « nationale », « nationaux »… in French. */
const nationalBody: Readonly<Record<LexiconLanguage, RegExp>> = {
  en: /(?<![\p{L}\p{N}])national\s+(\p{L}{4,})/giu,
  fr: /(?<![\p{L}\p{N}])(\p{L}{4,})\s+nationa(?:l|le|les|ux)(?![\p{L}\p{N}])/giu,
  both: /(?<![\p{L}\p{N}])(?:national\s+(\p{L}{4,})|(\p{L}{4,})\s+nationa(?:l|le|les|ux)(?![\p{L}\p{N}]))/giu,
};

/**
 * The words the text qualifies as national, as a test: in a programme for States, « les équipes
 * nationales » are the partners' teams wherever the text names them again (« seules les équipes
 * ayant transmis… »).
 */
function nationalBodies(text: string, language: LexiconLanguage): WordTest {
  const bodies = new Set<string>();
  for (const match of text.matchAll(nationalBody[language])) bodies.add(foldedLetters(match[1] ?? match[2] ?? ''));
  return (word) => bodies.has(word);
}

let anyStateTest: WordTest | undefined;

/**
 * A test for a word that names any State by its one-word name or its adjective. Names of fewer than
 * five letters are left out: their adjectives are found by a short beginning that common words share
 * (« Inde » would take « indépendante »); so are the words of longer names ("African" of "Central
 * African Republic" would take "African countries").
 */
function anyState(): WordTest {
  anyStateTest ??= stateWordTest(
    countries.flatMap((country) => [country.en, country.fr]).filter((name) => !/\s/.test(name) && foldedLetters(name).length >= 5),
  );
  return anyStateTest;
}

/** The State tests for an entry's Beneficiaries and Lead values. */
function stateNames(text: string, language: LexiconLanguage, beneficiaries: readonly string[], leads: readonly string[]): StateNames {
  const beneficiary = beneficiaries.length > 0 ? stateWordTest(beneficiaries) : () => false;
  const namesAState = beneficiaries.some((name) => stateWordTest([name])(foldedLetters(name.split(/\s+/)[0] ?? '')));
  const national = namesAState ? nationalBodies(text, language) : () => false;
  return { beneficiary, lead: leads.length > 0 ? stateWordTest(leads) : () => false, other: namesAState ? anyState() : () => false, national };
}

/** The vocabularies a draft's language is read with ("both": a draft in neither language). */
function vocabulariesFor(language: LexiconLanguage): readonly Vocabulary[] {
  return language === 'en' ? [english] : language === 'fr' ? [french] : [english, french];
}

/**
 * The places where the support waits on an act of the partner, each from the support to the act.
 * `skipped` spans (the Principles field, HTML comments) are never read. `beneficiaries` (the
 * Beneficiaries field's values) name the partner States, which act by their names as well.
 */
export function supportWaitingOnPartner(
  text: string,
  language: LexiconLanguage,
  skipped: SkippedSpans,
  beneficiaries: readonly string[] = [],
  leads: readonly string[] = [],
): FoundSpan[] {
  const vocabularies = vocabulariesFor(language);
  const names = stateNames(text, language, beneficiaries, leads);
  const places: FoundSpan[] = [];
  let sentenceStart = 0;
  const ends = [...text.matchAll(sentenceEnd)].map((match) => match.index);
  ends.push(text.length);
  for (const sentenceStop of ends) {
    const sentence = text.slice(sentenceStart, sentenceStop);
    // Most sentences name no act of a partner: they are not split into words at all.
    const readers = vocabularies.filter((vocabulary) => vocabulary.acts.lettersIn.test(sentence) || vocabulary.receivedLetters.test(sentence));
    const words = readers.length > 0 ? wordsOf(text, sentenceStart, sentenceStop) : [];
    sentenceStart = sentenceStop + 1;
    for (const vocabulary of readers) {
      const place =
        waitingIn(words, vocabulary, names) ??
        gateFirst(text, words, vocabulary, names) ??
        onlyPartnersThatActed(words, vocabulary, names) ??
        withheldFromPartnersThatHaveNot(words, vocabulary, names) ??
        wishersMustFirst(words, vocabulary, names);
      if (place && !skipped.some((span) => place.start < span.end && span.start < place.end)) places.push(place);
    }
  }
  return places;
}

/**
 * Whether word `index` starts a partner taken as any one of them, "a country's seats", « un pays »:
 * the sentence states a rule, not a story, even in the past ("a country's seats were confirmed once
 * its ministry had sent its draft bill").
 */
function genericPartnerAt(words: readonly Word[], index: number, vocabulary: Vocabulary): boolean {
  const article = words[index]?.lower;
  const partnerAfter = (offset: number) => vocabulary.partners((words[index + offset]?.folded ?? '').replace(/'s$/, ''));
  if (article === 'a' || article === 'an' || article === 'un' || article === 'une') return partnerAfter(1);
  // "each police force", « chaque pays »: one word may qualify the body.
  if (article === 'each' || article === 'every' || article === 'chaque') return partnerAfter(1) || partnerAfter(2);
  return false;
}

/**
 * Whether the delivery at word `index` is stated as a rule in the present: "co-financing is released
 * once…", "each force receives its kit once…", « le matériel n'est expédié qu'une fois… ». A story
 * is told in the past ("was released after").
 */
function presentRuleAt(words: readonly Word[], index: number, vocabulary: Vocabulary): boolean {
  return [index, index - 1, index - 2].some((at) => at >= 0 && vocabulary.presentRule(words[at]?.lower ?? ''));
}

/**
 * Where the words between a delivery at `delivery` and a gate at `gate` keep the support for
 * someone ("seats are kept for delegations whose…", « réservées aux pays qui ont… »), or give it
 * only to them ("the bench goes only to regulators that have…"): the index after the preposition
 * that names who for, or -1.
 */
function reservedFor(words: readonly Word[], delivery: number, gate: number, vocabulary: Vocabulary): number {
  const reserved = vocabulary.reserved(bare(words[delivery]?.folded ?? ''));
  for (let at = delivery + 1; at < gate; at++) {
    if (!vocabulary.reservedFor(words[at]?.folded ?? '')) continue;
    if (reserved || vocabulary.only(words[at - 1]?.folded ?? '')) return at + 1;
  }
  return -1;
}

/** Between the preposition that names who the support is for and the relative; between the relative and the act. */
const antecedentReach = 4;
const relativeActReach = 4;

/**
 * Whether the words from `start` up to the relative at `relative` name the partner, and nobody else
 * whose own steps are no condition (people, private parties): the relative then stands for the
 * partner ("regulators that have by then published…").
 */
function partnerAntecedent(words: readonly Word[], start: number, relative: number, vocabulary: Vocabulary, names: StateNames): boolean {
  if (start < 0 || relative - start > antecedentReach) return false;
  let partner = false;
  for (let at = Math.max(0, start); at < relative; at++) {
    const word = bare(words[at]?.folded ?? '');
    if (vocabulary.individuals(word) || vocabulary.privateParties(word)) return false;
    partner ||= partnerAt(words, at, vocabulary, names);
  }
  return partner;
}

/**
 * Between "only" and the relative, and between the act and what the partner may then do. Rounds 27
 * and 28: six words, for the partner's services named with their State ("only the police units of
 * States that have ratified…", « seuls les services des États ayant mis… »).
 */
const onlyReach = 6;
const mayThenReach = 16;

/**
 * Support kept for the partners that acted, told from them: "only ministries that had returned the
 * questionnaire could send participants", « seuls ceux qui avaient retourné ce questionnaire ont pu
 * inscrire des participants ». "Only", a relative, the partner's act, then what it may do. People
 * ("only trainees who passed…") and private parties are left out by the act's own check.
 */
function onlyPartnersThatActed(words: readonly Word[], vocabulary: Vocabulary, names: StateNames): FoundSpan | undefined {
  for (let index = 0; index < words.length; index++) {
    if (!vocabulary.only(words[index]?.folded ?? '')) continue;
    const relative = firstIndex(words, index + 1, index + onlyReach + 1, (word) => vocabulary.relatives(word.folded));
    if (relative < 0) continue;
    // Who "only" names: a body of the partner, a beneficiary, or "those" standing for them.
    const named = words.slice(index + 1, relative);
    if (named.some((word) => vocabulary.individuals(bare(word.folded)))) continue;
    const actEnd = partnerActEnd(words, relative + 1, vocabulary, names);
    const standsFor = named.some((word, at) => partnerAt(words, index + 1 + at, vocabulary, names) || /^(?:those|ceux|celles)$/.test(word.folded));
    if (!standsFor) continue;
    const act = actEnd >= 0 ? actEnd : actOfRelative(words, relative + 1, vocabulary);
    if (act < 0) continue;
    const then = firstIndex(words, relative + 1, relative + mayThenReach + 1, (word) => word.start >= act && vocabulary.mayThen(word.folded));
    if (then >= 0) return { start: words[index]?.start ?? 0, end: words[then]?.end ?? act };
  }
  return undefined;
}

/** The first index from `start` up to (not including) `end` whose word passes `test`, or -1: a bounded look. */
function firstIndex(words: readonly Word[], start: number, end: number, test: (word: Word, at: number) => boolean): number {
  for (let at = start; at < Math.min(end, words.length); at++) {
    const word = words[at];
    if (word && test(word, at)) return at;
  }
  return -1;
}

/** The end of an act right after a relative whose antecedent is the partner (the relative stands for it), or -1. */
function actOfRelative(words: readonly Word[], from: number, vocabulary: Vocabulary, reach = 3): number {
  const last = Math.min(words.length, from + reach);
  for (let index = from; index < last; index++) {
    if (paperworkAt(words, index, vocabulary)) return -1;
    if (actAt(words, index, vocabulary)) return words[index]?.end ?? -1;
  }
  return -1;
}

/**
 * Whether word `index` names the support going on: « la poursuite des activités », "the continuation
 * of the programme", the word of going on then, past "of" or « des », what goes on.
 */
function continuedAt(words: readonly Word[], index: number, vocabulary: Vocabulary): boolean {
  if (!vocabulary.continued(bare(words[index]?.folded ?? ''))) return false;
  const next = [index + 1, index + 2, index + 3].map((at) => bare(words[at]?.folded ?? ''));
  const work = next.findIndex((word) => vocabulary.continuedWork(word));
  return work >= 0 && next.slice(0, work).every((word) => /^(?:of|the|its|our|this|du|des|de|la|le|les|l|d)$/.test(word));
}

/** How far before the verb of going on the support that goes on is named ("our partnership with the armed forces will continue"). */
const goesOnReach = 6;

/**
 * Whether word `index` is a verb of the support going on: "the mentoring will continue", « le tutorat
 * se poursuivra », « l'accompagnement continuera », with the work that goes on named a few words
 * before ("prices will continue to rise" is none).
 */
function goesOnAt(words: readonly Word[], index: number, vocabulary: Vocabulary): boolean {
  const word = bare(words[index]?.folded ?? '');
  const reflexive = vocabulary.goesOnReflexive(word) && /^(?:se|s')$/.test(words[index - 1]?.folded ?? '');
  if (!reflexive && !vocabulary.goesOn(word)) return false;
  return firstIndex(words, Math.max(0, index - goesOnReach), index, (other) => vocabulary.continuedWork(bare(other.folded))) >= 0;
}

/**
 * After a gate of `tiedGates` at word `index`, the index after it when an act follows at once, as a
 * noun after its article (« lié à la publication du décret », « lié à l'adoption »); else -1.
 */
function tiedGateAt(words: readonly Word[], index: number, vocabulary: Vocabulary): number {
  const after = gateAt(words, index, vocabulary.tiedGates);
  if (after < 0) return -1;
  return [after, after + 1].some((at) => actAt(words, at, vocabulary)) ? after : -1;
}

/** The first place in a sentence's words where support waits on the partner's act. */
function waitingIn(words: readonly Word[], vocabulary: Vocabulary, names: StateNames): FoundSpan | undefined {
  let delivery = -1;
  let heldOrFuture = false;
  for (let index = 0; index < words.length; index++) {
    // « s'ouvre », « l'ouverture »: the support's word without its elision.
    const word = bare(words[index]?.folded ?? '');
    if (vocabulary.future(word) || vocabulary.holds(word) || genericPartnerAt(words, index, vocabulary)) heldOrFuture = true;
    if (vocabulary.delivers(word) || vocabulary.holds(word) || continuedAt(words, index, vocabulary) || goesOnAt(words, index, vocabulary)) {
      delivery = index;
      if (presentRuleAt(words, index, vocabulary)) heldOrFuture = true;
    }
    if (delivery < 0 || index - delivery > deliveryReach) continue;
    if (insideLookalike(words, index, vocabulary.lookalikes)) continue;
    const gate = gateAt(words, index, vocabulary.strongGates, vocabulary.insideGate);
    const strong = gate >= 0 ? gate : tiedGateAt(words, index, vocabulary);
    const weak = strong < 0 && heldOrFuture ? gateAt(words, index, vocabulary.weakGates) : -1;
    const forWhom = strong < 0 && weak < 0 ? reservedFor(words, delivery, index, vocabulary) : -1;
    const relative = forWhom >= 0 ? gateAt(words, index, vocabulary.relativeGates) : -1;
    const after = strong >= 0 ? strong : weak >= 0 ? weak : relative;
    if (after < 0) continue;
    let end = partnerActEnd(words, after, vocabulary, names);
    // Kept for the partners that acted: the relative stands for them ("go only to regulators that have by then published…").
    if (end < 0 && relative >= 0 && partnerAntecedent(words, forWhom, index, vocabulary, names)) end = actOfRelative(words, after, vocabulary, relativeActReach);
    if (end >= 0) return { start: words[delivery]?.start ?? 0, end };
  }
  return undefined;
}

/** The first words of the main clause, where the support must be named when the gate opens the sentence. */
const mainClauseReach = 6;

/**
 * Support made to wait on the partner's act with the gate put first: "Subject to the passage of the
 * bill by the National Assembly, phase 2 will also fund the laboratory", "Once Parliament has passed
 * the law, the programme will fund…", « Une fois la loi adoptée par le Parlement, la seconde phase
 * financera… ». The gate opens the sentence (after a connective such as "However"), the partner's
 * act follows it in a clause closed by a comma, and the main clause names the support within its
 * first words: "…, it asked France for support, and France will fund…" tells what the partner did
 * next. As when the gate comes after the support, a weak gate (once, after, when) counts only when
 * the support is still to come or held back, said in those first words: "Once the strategy had been
 * adopted, the team helped draft the action plan" tells a story.
 */
function gateFirst(text: string, words: readonly Word[], vocabulary: Vocabulary, names: StateNames): FoundSpan | undefined {
  let index = 0;
  while (index < 2 && vocabulary.openers(words[index]?.folded ?? '')) index++;
  const strong = gateAt(words, index, vocabulary.strongGates, vocabulary.insideGate);
  const weak = strong < 0 ? gateAt(words, index, vocabulary.weakGates) : -1;
  const after = strong >= 0 ? strong : weak;
  if (after < 0) return undefined;
  const actEnd = partnerActEnd(words, after, vocabulary, names);
  if (actEnd < 0) return undefined;
  // The main clause starts after the first comma that follows the act.
  const mainClause = words.findIndex((word, at) => at > after && word.start >= actEnd && text.slice(words[at - 1]?.end ?? 0, word.start).includes(','));
  if (mainClause < 0) return undefined;
  let heldOrFuture = strong >= 0;
  for (let at = mainClause; at < Math.min(words.length, mainClause + mainClauseReach); at++) {
    const word = bare(words[at]?.folded ?? '');
    if (vocabulary.future(word) || vocabulary.holds(word)) heldOrFuture = true;
    // People's own reward ("trainees will receive a certificate") is no support waiting on the partner.
    if (vocabulary.individuals(word)) return undefined;
    const delivered = vocabulary.delivers(word) || vocabulary.holds(word) || continuedAt(words, at, vocabulary);
    if (delivered && (heldOrFuture || presentRuleAt(words, at, vocabulary))) return { start: words[index]?.start ?? 0, end: words[at]?.end ?? actEnd };
  }
  return undefined;
}

/** Between the wish and what is wished, between that and the obligation, and between the obligation and the act. */
const wishedReach = 3;
const obligationReach = 14;
const obligedActReach = 6;

/**
 * Rounds 27 and 28. The partner bodies that wish to take part must first act: "ministries that wish
 * to send officers to the second course must first designate a focal point", « les juridictions qui
 * souhaitent y envoyer des stagiaires devront auparavant avoir désigné un magistrat référent ». The
 * partner (or its courts) just before the wish, taking part as what is wished, then an obligation
 * with a word that puts the act first ("first", « auparavant », « d'abord ») and the act: a rule for
 * who gets the support, with no textbook phrase. People ("trainees who wish to join must first pass
 * the test") and private parties are left out; without "first" the obligation is logistics
 * ("must register them by March"); a story has no obligation ("had first designated").
 */
function wishersMustFirst(words: readonly Word[], vocabulary: Vocabulary, names: StateNames): FoundSpan | undefined {
  for (let index = 1; index < words.length; index++) {
    if (!vocabulary.wish(words[index]?.folded ?? '')) continue;
    const wished = firstIndex(words, index + 1, index + 1 + wishedReach, (word) => vocabulary.wishedTakingPart(word.folded));
    if (wished < 0) continue;
    // Who wishes: the partner or its courts, just before the wish or its relative, and no people or private party.
    const antecedent = Math.max(0, index - antecedentReach);
    const who = words.slice(antecedent, index).map((word) => bare(word.folded));
    if (who.some((word) => vocabulary.individuals(word) || vocabulary.privateParties(word))) continue;
    if (!who.some((word, at) => vocabulary.courts(word) || partnerAt(words, antecedent + at, vocabulary, names))) continue;
    const obligation = firstIndex(words, wished + 1, wished + 1 + obligationReach, (word) => vocabulary.obliged(word.folded));
    if (obligation < 0) continue;
    // "first" after the obligation ("must first"), or between it and an auxiliary before ("will first have to").
    const first = firstIndex(words, Math.max(wished + 1, obligation - 2), obligation + 4, (word) => vocabulary.first(word.folded));
    if (first < 0) continue;
    const act = actOfRelative(words, Math.max(first, obligation) + 1, vocabulary, obligedActReach);
    if (act >= 0) return { start: words[antecedent]?.start ?? 0, end: act };
  }
  return undefined;
}

/** Between the partner's act and the support it loses, and before the partners for a refusal said first. */
const lossReach = 24;
const refusalReach = 16;

/**
 * Support withheld from the partners that have not acted, the condition told from its other side:
 * "services that have not connected their desk to the system by March will not be offered a seat",
 * "no seat goes to ministries that have not named a contact point", « les pays qui n'ont pas désigné
 * de point de contact ne recevront pas le matériel ». The partner before a negated relative ("that
 * have not", « qui n'ont pas »), one of its acts, and the support denied ("not … offered", « ne …
 * pas … admis ») or taken away ("lose", « exclus »). People ("trainees who have not passed…") and
 * private parties are left out; support offered to those that have not yet acted ("ministries that
 * have not adopted a strategy will receive help to draft one") is none, as nothing is denied.
 */
function withheldFromPartnersThatHaveNot(words: readonly Word[], vocabulary: Vocabulary, names: StateNames): FoundSpan | undefined {
  for (let index = 0; index < words.length; index++) {
    const after = gateAt(words, index, vocabulary.negatedRelative);
    if (after < 0) continue;
    // The partner just before the relative ("services that have not…", « les pays n'ayant pas… »).
    const antecedent = Math.max(0, index - antecedentReach);
    if (!partnerAntecedent(words, antecedent, index, vocabulary, names)) continue;
    const act = firstIndex(words, after, after + relativeActReach, (_, at) => actAt(words, at, vocabulary));
    if (act < 0) continue;
    const denied = supportDenied(words, act + 1, act + 1 + lossReach, vocabulary) ?? supportDenied(words, Math.max(0, antecedent - refusalReach), antecedent, vocabulary);
    if (denied !== undefined) return { start: words[Math.min(denied, antecedent)]?.start ?? 0, end: words[Math.max(denied, act)]?.end ?? 0 };
  }
  return undefined;
}

/** Between a negation and the support it denies ("not be offered", « ne seront pas admises »). */
const denialReach = 4;

/**
 * The index of the support denied or taken away between `start` and `end`: a negation, then within a
 * few words a delivery or what the partner may receive ("will not be offered", « ne recevront pas »,
 * « ne seront pas admis »), or a word that takes it away ("lose", « exclus »); undefined when none.
 * "Not only" adds, it does not deny.
 */
function supportDenied(words: readonly Word[], start: number, end: number, vocabulary: Vocabulary): number | undefined {
  for (let at = start; at < Math.min(end, words.length); at++) {
    const word = bare(words[at]?.folded ?? '');
    if (vocabulary.takenAway(word)) return at;
    const negation = vocabulary.negations(word) || word === 'ne' || word.startsWith("n'");
    if (!negation || vocabulary.only(words[at + 1]?.folded ?? '')) continue;
    const support = firstIndex(words, at + 1, at + 1 + denialReach, (other) => {
      const folded = bare(other.folded);
      return vocabulary.delivers(folded) || vocabulary.mayThen(folded);
    });
    if (support >= 0) return support;
  }
  return undefined;
}

/** Between the subject and the gate: a subject, its verb and a complement. */
const subjectReach = 12;

/**
 * The places where a gate's act is the own step of a subject that is not the partner: « un
 * établissement n'est raccordé qu'après avoir désigné un responsable », "operators are connected only
 * after signing the charter". The infinitive or the -ing form after the gate has the clause's subject
 * as its agent, so the condition binds that subject: when it is a bank, an operator or any body that
 * is not the partner's, the support is not made to wait on the partner. A subject that is the partner
 * (« un ministère n'est équipé qu'après avoir désigné… ») or a pronoun, which does not say who, leaves
 * the condition standing. Each place runs from the subject to the gate, for the checklist to set
 * aside the conditions it overlaps.
 */
export function ownStepsOfOthers(
  text: string,
  language: LexiconLanguage,
  skipped: SkippedSpans,
  beneficiaries: readonly string[] = [],
  leads: readonly string[] = [],
): FoundSpan[] {
  // Most entries have no such gate: they are not split into sentences at all.
  if (!subjectGateLetters.test(text)) return [];
  const vocabularies = vocabulariesFor(language);
  const names = stateNames(text, language, beneficiaries, leads);
  const places: FoundSpan[] = [];
  let sentenceStart = 0;
  for (const match of [...text.matchAll(sentenceEnd), { index: text.length }]) {
    const words = subjectGateLetters.test(text.slice(sentenceStart, match.index)) ? wordsOf(text, sentenceStart, match.index) : [];
    sentenceStart = match.index + 1;
    for (const vocabulary of words.length > 0 ? vocabularies : []) {
      const place = subjectNotPartner(words, vocabulary, names);
      if (place && !skipped.some((span) => place.start < span.end && span.start < place.end)) places.push(place);
    }
  }
  return places;
}

/** The letters of the gates whose act is the subject's own, a cheap first look. */
const subjectGateLetters = /qu['’]après|après\s+(?:avoir|s['’]être)|only\s+(?:after|once)/iu;

/** The first gate of a sentence whose act is its subject's own, when that subject is not the partner. */
function subjectNotPartner(words: readonly Word[], vocabulary: Vocabulary, names: StateNames): FoundSpan | undefined {
  for (let index = 0; index < words.length; index++) {
    const english = sequenceAt(words, index, ['only', 'after']) && /ing$/.test(words[index + 2]?.folded ?? '');
    if (!english && gateAt(words, index, vocabulary.subjectGates) < 0) continue;
    // The subject: the words before the verb's negation or auxiliary, within a bounded look back.
    const first = Math.max(0, index - subjectReach);
    const verb = firstIndex(words, first, index, (word) => vocabulary.subjectEnds(word.lower));
    if (verb <= first) continue;
    const subject = words.slice(first, verb);
    if (subject.every((word) => vocabulary.pronouns(word.folded))) continue;
    if (subject.some((_, at) => partnerAt(words, first + at, vocabulary, names))) continue;
    return { start: words[first]?.start ?? 0, end: words[index + 2]?.end ?? words[index]?.end ?? 0 };
  }
  return undefined;
}
