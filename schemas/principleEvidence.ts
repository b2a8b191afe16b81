/**
 * The evidence that shows a programme honours a principle: the wording a reviewer looks for in a
 * programme entry (its fields and prose), in English and French. Part of the principles catalogue
 * (principles.ts): the rules and the per-programme checklist read it, and the findings quote it
 * ("looked for: …"). Each entry is a regular expression source, matched without regard to case,
 * starting at a word boundary; write them narrow: a false alarm costs the user's trust, and so
 * does evidence found where there is none.
 */

/** Wording in the two languages the product reads. */
export interface Lexicon {
  readonly en: readonly string[];
  readonly fr: readonly string[];
}

/** What the checklist and the rules look for, for one principle (or one side of a principle). */
export interface PrincipleCheck {
  /** The checklist item's id. */
  readonly id: string;
  /** The principle of the catalogue (principles.ts) it checks. */
  readonly principleId: string;
  /** A few words, for the checklist and the messages. */
  readonly label: { readonly en: string; readonly fr: string };
  /** Wording that shows the principle is honoured. */
  readonly evidence: Lexicon;
  /**
   * Examples of that wording in each language, quoted in messages ("looked for wording such as …"):
   * a draft's findings quote the language its lexicon is read in, so that every word they suggest
   * would count there.
   */
  readonly examples: Lexicon;
  /**
   * Only for work of this kind (cybercrime, surveillance…): without it, the item does not apply.
   */
  readonly appliesTo?: Lexicon;
  /** Wording that goes against the principle (conditions attached to the support). */
  readonly contrary?: Lexicon;
  /** Wording that looks contrary but is not ("without conditions"). */
  readonly notContrary?: Lexicon;
  /**
   * The donor's own means that support may wait on (its budget vote, funds available): not a
   * condition laid on the partner, unless the wording names a beneficiary State or the partner
   * (`partnerNamedInDonorMeans`), as in « sous réserve du vote de la loi de finances sénégalaise ».
   */
  readonly donorMeans?: Lexicon;
  /**
   * The approval of a body, which is the donor's own step when the wording names a lead State and no
   * beneficiary (« subordonné à l'accord préalable du comité des engagements du ministère français »):
   * then it is not a condition laid on the partner.
   */
  readonly approvalOf?: Lexicon;
  /**
   * What the checklist shows when the entry neither states the principle nor goes against it, for a
   * principle honoured by not doing something (attaching conditions): finding nothing contrary is
   * then what a reviewer wants to know, and "not addressed" beside it read as a fault on every entry.
   * The status stays `not-addressed` in the data (LSP request, JSON): only its words change.
   */
  readonly nothingContraryFound?: { readonly en: string; readonly fr: string };
}

const partner = '(?:the\\s+)?(?:partner|beneficiar|recipient|host|national|government|ministr|authorit|countr|state|agenc)\\w*';

/**
 * The acts a partner can be made to perform before support flows: pass a law, endorse a strategy,
 * sign or ratify, name a contact point, connect to a platform, put in money of its own. A condition
 * is such an act placed in front of the support ("starts once Cabinet has endorsed", « ne démarrera
 * qu'une fois promulguée la loi »), whatever the connective.
 */
const partnerActEn = '(?:adopted|endorsed|signed|ratified|approved|enacted|passed|promulgated|published|deposited|tabled|designated|appointed|named|connected|joined|acceded to|transposed|accepted|agreed to|committed to|paid|matched|contributed|implemented|fulfilled|made (?:mandatory|binding|compulsory)|(?:put|laid|placed|introduced|brought) (?:(?:\\w|[\'’-])+ ){0,4}before (?:the |its |their )?(?:national )?(?:parliament|assembly|legislature|congress|senate))';
/** The same acts as nouns: "will follow the publication of the decree". */
const partnerActNounEn = '(?:adoption|endorsement|signature|signing|ratification|approval|enactment|passage|promulgation|publication|deposit|designation|appointment|accession|transposition|entry into force)';
const partnerActNounFr = '(?:adoption|signature|ratification|approbation|promulgation|publication|dépôt|désignation|nomination|adhésion|transposition|entrée en vigueur)';
const partnerActFr = '(?:(?:promulgu|adopt|ratifi|approuv|désign|nomm|transpos|accept|raccord|connect|adhér|engag|acquitt|cofinanc)\\w*|publi(?:é|ée|és|ées)|dépos(?:é|ée|és|ées)|sign(?:é|ée|és|ées|er|ature)|vot(?:é|ée|és|ées)|versé\\w*|versement|mise? en œuvre|rendue?s? obligatoires?|(?:soumis|présenté|transmis)e?s? (?:(?:\\w|[\'’-])+ ){0,4}(?:au|devant le|à l[\'’]) ?(?:Parlement|Assemblée|Sénat|Congrès))';
/**
 * Sending a document first: a survey sent, an inventory submitted, a contact point notified. Anyone
 * sends things to a ministry, so these count only where the partner is the one who sends.
 */
const partnerSendsEn = '(?:sent|submitted|filed|returned|notified|transmitted|lodged)';
const partnerSendsFr = '(?:notifi(?:é|ée|és|ées)|transmis(?:e|es)?|envoy(?:é|ée|és|ées)|communiqu(?:é|ée|és|ées)|remis(?:e|es)?)';
/**
 * Words that make a budget the partner's, where `donorMeans` is read: "the national budget", « du pays
 * bénéficiaire », "adopted by the Government" (a programme entry's "Government" is the partner's). A
 * beneficiary State named by name or adjective does too; the checklist sees to that.
 */
export const partnerNamedInDonorMeans = '(?:partner|beneficiar|recipient|host|national|government|partenaire|bénéficiaire|pays|gouvernement)\\w*';
/** A body of the partner as the subject of a clause ("each ministry", "its government", « les États »). */
const partnerBodyEn = '(?:partner|beneficiar|recipient|government|ministr|authorit|countr|state|agenc|administration|institution|universit|parliament)\\w*';
const partnerBodyFr = '(?:État|pays|partenaire|bénéficiaire|gouvernement|autorité|ministère|administration|agence|institution|établissement|université|école|académie|parlement)s?';
/**
 * A gate, and the programme's own activities that the donor delivers: support tied to the donor's own
 * schedule (sessions given, a course held) or to the programme's own agreement is no condition on the
 * partner.
 */
const ownStepGateEn = '(?:subject to|contingent (?:up)?on|conditional (?:up)?on|conditioned (?:up)?on|dependent (?:up)?on|depends on|tied to)';
const ownStepGateFr = '(?:(?:subordonn(?:é|ée|és|ées)|conditionn(?:é|ée|és|ées)|suspendue?s?|lié(?:e|s|es)?) (?:à|au|aux)|dépend(?:ra)? (?:de|du|des))';
const ownActivityEn = '(?:sessions?|courses?|workshops?|trainings?|modules?|missions?|activities|activity|exercises?|deliverables?|events?|seminars?|classes)';
const ownActivityFr = '(?:sessions?|formations?|ateliers?|modules?|missions?|activités?|exercices?|cours|séminaires?|stages?)';
/** What a donor gives, as a noun: the thing a condition is tied to. */
const supportNounEn = '(?:offer|support|assistance|funding|grant|aid|help|financing|tranche|loan|training|equipment|contribution|disbursement|payment|allocation)s?';
const supportNounFr = '(?:offre|appui|soutien|aide|financement|assistance|subvention|dotation|tranche|prêt|formation|contribution|versement|allocation|équipement)s?';
/**
 * Rounds 27 and 28. A statement the partner must make, as what an offer's requirement asks ("the
 * recipient's ministry has to deliver a national statement", « le ministère doit prononcer une
 * déclaration nationale »): a political act laid on it. A talk or a presentation is no statement.
 */
const partnerStatementEn = '(?:deliver|make|give|present|read)\\w* (?:a |an |its |their |one )?(?:(?:national|joint|formal|written|public|official) )?(?:statement|declaration)';
const partnerStatementFr = '(?:prononc|présent|fai|fasse|li)\\w* (?:une |sa |leur )?(?:(?:courte|brève) )?déclaration(?: (?:nationale|conjointe|officielle|publique))?';
/** A commitment of the partner: "a commitment from the Ministry", "the Government's undertaking", « un engagement du ministère ». */
const partnerCommitmentEn = `(?:(?:a|an|the) (?:(?:firm|formal|written|prior|clear|public|binding) )?(?:commitment|undertaking|pledge|promise)s? (?:from|by|of) (?:the )?${partnerBodyEn}|(?:the )?${partnerBodyEn}(?:'s|’s) (?:(?:firm|formal|written|prior|clear|public|binding) )?(?:commitment|undertaking|pledge|promise)s?)`;
const partnerCommitmentFr = `(?:un |une |l[\'’]|le |la )(?:(?:\\w|[\'’-])+ )?(?:engagement|promesse)s? (?:(?:formel|écrit|ferme|préalable)(?:le)?s? )?(?:du |de la |de l[\'’]|des )(?:\\w+ )?${partnerBodyFr}`;
/**
 * Round 21 and 22: acts a partner body undertakes in the present, as a standing rule for who gets the
 * support ("go only to services that undertake to keep…", "only to universities that recognise the
 * credits"); a need or a trait ("that need it", "that hold data") is no act, nor signing up, nor naming
 * or designating in the present, which is most often the partner choosing its own candidates.
 */
const partnerRuleActEn = '(?:(?:commit|undertake|agree|pledge)s? to|recogni[sz]es? (?:the |their |its )?(?:(?:\\w|[\'’-])+ ){0,2}?(?:credits?|diplomas?|degrees?|certificates?|certifications?|qualifications?|courses?|modules?)\\b|(?:adopt|sign|ratif(?:y|ie)|assign|second|co-?finance|match|keep|retain)s?\\b(?! (?:up|in|on)\\b))';
const partnerRuleActFr = '(?:s[\'’]engag(?:e|ent) à|reconna(?:i|î)(?:t|ssent) (?:les |la |le |leurs |ses |l[\'’])?(?:(?:\\w|[\'’-])+ ){0,2}?(?:crédits|diplômes?|certificats?|certifications?|qualifications?|formations?|modules?|cours|acquis)|adopt(?:e|ent)|sign(?:e|ent)|ratifi(?:e|ent)|affect(?:e|ent)|détach(?:e|ent)|cofinanc(?:e|ent)|maintien(?:t|nent)|conserv(?:e|ent))\\b';
/** Bodies of a State that a rule for who gets the support names, beyond `partnerBodyEn`: its services, units, forces, delegations. */
const partnerServiceEn = `(?:${partnerBodyEn}|services|units|forces|delegations|directorates|colleges|schools|academies|faculties|CERTs|CSIRTs)`;
const partnerServiceFr = `(?:${partnerBodyFr}|services|unités|forces|délégations|directions|facultés|CERT|CSIRT)`;
/** Staff the partner keeps or assigns once trained: "keeps the trained officers in post", « affecte les enquêteurs formés ». */
const trainedStaffEn = '(?:the |its |their )?(?:trained|certified) (?:police )?(?:officers|analysts|investigators|staff|personnel|agents|officials|instructors|trainers|prosecutors|judges)';
const trainedStaffFr = '(?:(?:les |des |ces )?(?:agents|enquêteurs|analystes|personnels?|effectifs|officiers|fonctionnaires|policiers|magistrats|formateurs|gendarmes|douaniers) (?:ainsi )?formé(?:e|s|es)?|(?:ses|leurs) (?:\\w+ )?(?:agents|enquêteurs|analystes|personnels?|effectifs|officiers|fonctionnaires|policiers|magistrats|formateurs|gendarmes|douaniers) formé(?:e|s|es)?)';
/**
 * A body of the partner State that can ask for support, in whatever words its name is spelled
 * out: "the State Law Office of Vanuatu requested…", "the Ministry of Communications … asked ITU for
 * help". The words between the body and the verb are its name.
 */
const requesterEn = '(?:partner|beneficiar|recipient|host|national|government|ministr|authorit|countr|state|agenc|office|commission|council|directorate|department|parliament|regulator|police|court|prosecut|judiciar|institut|cert|csirt|member|universit|facult)\\w*';
// "applied" with an object is a method used ("applied the guide to…"), not an application for support.
const requestVerbEn = '(?:asked|requested|sought|invited|commissioned|approached|applied(?! (?:it|them|this|these|those|the|its|their|a|an|what|such)\\b)|suggested)';
/**
 * The verb in the passive ("the partner ministries have been invited to put forward candidates"):
 * the body named before it was asked, by the donor; it did not ask.
 */
const notPassiveEn = '(?<!(?:been|be|being|was|were|is|are|get|gets|got) )';
/**
 * A request that is a step of a case, not a request for the programme: "a mock preservation request
 * sent by a neighbouring State", « une demande d'entraide ».
 */
const notCaseRequestEn = '(?<!(?:preservation|legal assistance|MLA|MLAT|extradition|disclosure|takedown|removal|production|freezing|data|subscriber|mock|simulated|fictitious|test) )';
const caseRequestFr = '(?:de (?:préservation|gel|conservation|retrait|données|communication)|d[\'’](?:entraide|extradition))';
/**
 * Round 19 and 20. A request whose object is a status the partner seeks for itself, not the
 * programme: accession to a convention, membership, a visa. « Les États ayant déposé leur demande
 * d'adhésion à la Convention de Budapest » asked to join a treaty, not for the workshop.
 */
const notStatusRequestFr = '(?! (?:d[\'’](?:adhésion|accession|admission|asile|extradition|entraide)|de (?:ratification|visa|naturalisation|brevet|préservation|gel|conservation))(?![\\p{L}\\p{N}]))';
const notStatusRequestEn = '(?! (?:for|to) (?:accession|accede|membership|admission|join|ratification|a visa|visas|asylum|extradition)(?![\\p{L}\\p{N}]))';
/**
 * Round 19 and 20. A permit asked of an administration, or a request made by the donor's supplier,
 * is not the partner asking for the programme: « la licence d'exportation demandée par le
 * fournisseur », "the export licence requested by the vendor".
 */
const notPermitBeforeEn = '(?<!(?<![\\p{L}\\p{N}])(?:licen[cs]es?|permits?|visas?|authori[sz]ations?|waivers?|clearances?|certificates?) (?:(?:for|of) [\\p{L}-]+ )?)';
const notPermitBeforeFr = '(?<!(?<![\\p{L}\\p{N}])(?:licences?|permis|visas?|autorisations?|agréments?|dérogations?|certificats?)(?: (?:d[eu]s? [\\p{L}-]+|d[\'’][\\p{L}-]+))? )';
const notSupplierAfterEn = '(?! (?:the |a |an |its |their )?(?:suppliers?|vendors?|contractors?|manufacturers?|consultants?|compan(?:y|ies)|firms?|providers?)(?![\\p{L}\\p{N}]))';
const notSupplierAfterFr = '(?! (?:le |la |les |l[\'’]|un |une |des |ses |son |sa )?(?:fournisseurs?|prestataires?|constructeurs?|éditeurs?|vendeurs?|consultant(?:e)?s?|entreprises?|sociétés?|industriels?|titulaires? du marché)(?![\\p{L}\\p{N}]))';
/**
 * Round 19 and 20. A partner named as the complement of a noun is not the one who acts: in « la loi de
 * chaque pays fixe les limites » the law sets them, not the State for the programme. Not « par »: « choisis
 * par les partenaires qui fixent… » names the agent.
 */
const notComplementFr = '(?<!(?<![\\p{L}\\p{N}])(?:de|à|pour|dans|sur|selon) )';
/**
 * Round 19 and 20. Whoever chose the partners, earlier in the sentence, is the organiser: « le bureau
 * régional a retenu les trois pays et a fixé lui-même les dates », "the Centre chose the partners and
 * set the agenda itself". Its own act, stressed, is the donor's, not the partner's ownership.
 */
const notAfterChoosingPartnersFr = '(?<!(?<![\\p{L}\\p{N}])(?:choisi|retenu|sélectionné|désigné|choisit|retient|sélectionne|désigne)e?s? (?:les|des|ses|leurs) (?:[\\p{L}\\p{N}\'’-]+ )?(?:pays|États|partenaires|bénéficiaires|participants|délégations)(?![\\p{L}\\p{N}])[^.;]{0,80})';
/**
 * Round 25 and 26. A past participle after the noun is a reduced relative or a passive, not the
 * partner's act: "access to every ministry selected", "the countries selected will host", "each
 * ministry selected for the pilot", "the partners chosen by the embassy". Said after a verb's word
 * ends; only its past forms ("-ed", "set") may be participles, so "the ministry selects for each
 * course" stays an act, as does "the ministry selected three topics".
 */
const notReducedRelativeEn = '(?![\\p{L}\\p{N}])(?!(?<=(?:ed|set))(?: ?[.,;:!?)]| (?:by|for|as|will|would|shall|can|could|may|might|must|are|is|were|was|have|has|had|receive|receives|received|get|gets|got|take|takes|took)(?![\\p{L}\\p{N}])))';
/** Round 25 and 26. What a partner body does when it turns to the donor or raises the need itself ("contacted us", "raised the need"). */
/**
 * Round 27 and 28. A body of the partner wrote to the donor or the implementer to ask: "both Governments
 * wrote to ITU in 2023 asking for help", "the ministry wrote to the embassy to request a course". The
 * letter is the request; the subject is read as for the other acts (a body of the partner, not "we").
 */
const wroteAskingEn = '(?:wrote|writes|write|has written|have written|had written) to (?:(?:\\w|[\'’-])+ ){1,5}?(?:asking|to ask|requesting|to request|seeking|to seek)';
const partnerTurnedToUsEn = `(?:(?:contacted|reached out to|got in touch with|came to|turned to|wrote to) us|(?:raised|voiced|flagged|signalled|signaled) (?:the |a |this |that |its |their )?(?:(?:\\w|[\'’-])+ )?needs?|${wroteAskingEn})`;
/** Round 25 and 26: investigators obtaining or seeking a judge's approval first, as the human-rights safeguards say it. */
const seekingEn = '(?:obtain(?:s|ed|ing)?|gets?|getting|got|seeks?|seeking|sought|secures?|secured|securing|asks? for|asking for|asked for)';
/** A possessor that is the partner: "the government's own roadmap", "the partner agencies' own plans". */
const partnerPossessorEn = '(?:its|their|the (?:(?:partner|host|beneficiary|recipient|national|local) )?(?:partner|beneficiary|beneficiaries|host|recipient|government|ministry|ministries|authority|authorities|agency|agencies|country|countries|State|States)(?:\'s|’s|s\'|s’|\'|’))';
/** Writing or choosing what the programme teaches: done by the partner, it is co-design. */
const authoredEn = '(?:wrote|write|writes|drafted|drafts|draft|drew up|draw up|draws up|designed|designs|design|chose|choose|chooses|picked|pick|picks|selected|select|selects|set|sets|planned|plans|prepared|prepares|defined|defines|shaped|shapes)';
/** What the programme is made of, when someone writes or picks it. */
const programmeContentEn = '(?:course|outline|syllabus|syllabi|curricul(?:um|a)|programme|agenda|work ?plan|training plan|scenarios?|topics|themes|terms of reference|contents?|modules?|requirements|specifications|case studies|list of (?:topics|themes|subjects|modules|needs|priorities|courses))\\b';
const authoredFr = '(?:rédigé|écrit|conçu|élaboré|dressé|choisi|fixé|arrêté|défini|préparé|sélectionné|retenu)e?s?';
const programmeContentFr = '(?:programme|plan de (?:cours|formation)|cahier des charges|contenus?|modules?|scénarios?|thèmes|sujets|priorités|axes|secteurs|cas (?:d[\'’]étude|pratiques)|référentiel|(?:la )?liste des (?:thèmes|sujets|modules|besoins|priorités))(?![\\p{L}\\p{N}])';
/** Roles of the donor's side: "the French trainers wrote the scenarios themselves" is the donor's work. */
const donorRolesEn = '(?:experts?|trainers?|instructors?|faculty|consultants?|lecturers?|professors?|teachers?|organi[sz]ers?|donors?|we)';
const donorRolesFr = '(?:experts?|expertes?|formateurs?|formatrices?|instructeurs?|consultant(?:e)?s?|enseignant(?:e)?s?|professeur(?:e)?s?|organisat(?:eur|rice)s?|bailleurs?|nous)';
/** A body of the partner in French, named before what it does. */
const requesterFr = '(?:gouvernement|ministère|autorité|administration|agence|État|pays|partenaire|bénéficiaire|direction|office|parquet|conseil|commission|parlement|police|gendarmerie|tribunal|cour|université|membre|équipe)s?';
/**
 * Round 27 and 28. A body of the partner wrote to the donor to ask, like "wrote to ITU asking for help":
 * « les deux gouvernements ont écrit à l'UIT pour demander un appui », « en sollicitant ».
 */
const wroteAskingFr = "(?:a|ont|avait|avaient) écrit (?:à|au|aux) (?:[\\p{L}\\p{N}'’-]+ ){0,5}?(?:pour|afin de|en) (?:lui |leur )?(?:demander|demandant|solliciter|sollicitant)";
/** Round 27 and 28. A date said in French: « le 6 novembre 2023 », « en mars 2023 », « en 2023 », « dès 2022 ». */
const dateSaidFr = "(?:le \\d{1,2}(?:er)? [\\p{L}]+ \\d{4}|(?:en|dès|début|fin) (?:[\\p{L}]+ )?\\d{4})";
/**
 * Round 27 and 28. Demand said as a trend is the market's, not a partner's request: "responding to the growing
 * demand for secure connectivity", "to rising consumer demand", « répond à la demande croissante de
 * connectivité ». A demand from someone still counts ("the growing demand from the member States").
 */
const marketTrendEn = '(?:growing|rising|increasing|mounting|surging|soaring|booming|expanding|strong|high|higher|huge|market|consumer|commercial|customer|global|worldwide)';
const partnersDemandEn = `demand(?:(?<!(?<![\\p{L}\\p{N}])${marketTrendEn} demand)|(?= (?:from|by|among|expressed) ))`;
const notMarketDemandFr = `(?! (?:croissante|grandissante|accrue|mondiale|commerciale|du marché|des consommateurs|des clients)(?![\\p{L}\\p{N}])(?! (?:de la part )?(?:des|du|de la|de l['’]|d['’]) ?${requesterFr}(?![\\p{L}\\p{N}])))`;
/** Naming a subject as a priority, in French: « a désigné son centre de données comme priorité ». */
const namedAsNeedFr = '(?:désign|identifi|cit|signal|retenu|retien|class|inscri|présent|mentionn)[\\p{L}]*';
/** Naming a subject as a priority or a need: what a partner body does when it identifies the need. */
const namedAsNeedEn = '(?:named|identified|listed|flagged|singled out|put forward|ranked|cited|described|designated)';
/** Words that open a new clause: a body named before them is not the subject of the verb after them. */
const clauseOpenersEn = 'after|before|when|while|during|following|since|because|once|until|it|we';
/**
 * Round 21 and 22. A body's short form in brackets, written after its name: "Ghana's Cyber Security
 * Authority (CSA) approached the embassy". It is part of the name, not a break in the clause.
 */
// Matched without regard to case, as all the lexicon: any one short word in brackets.
const acronymInBrackets = '\\(\\p{L}[\\p{L}\\p{N}&-]{1,11}\\)';
/** Creating something: what a partner does with the donor when it co-designs the work. */
const madeEn = '(?:designed|drafted|drawn up|drew up|co-written|written|planned|shaped|prepared|developed|worked out|tailored|adapted|put together)';
/**
 * The outputs a programme leaves behind that a reviewer counts as results: recommendations,
 * priority actions, lessons, findings, set out by a report or an exercise.
 */
const outputsEn = '(?:recommendations|priority (?:actions|measures)|lessons(?: learned)?|findings|conclusions)';
const outputsFr = '(?:recommandations|(?:actions|mesures) prioritaires|enseignements|conclusions|constats)';
/** The months by name: a range of dates ends with one ("6 to 10 November inclusive"). */
const monthNamesEn = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/**
 * Rounds 27 and 28. The parties and the goods of a market (operators, providers, networks, cables):
 * non-discrimination or equal treatment between them is a rule of competition, not of people.
 */
const marketPartiesEn = '(?:operators?|providers?|carriers?|networks?|infrastructures?|cables?|landing stations?|stations|spectrum|ducts|poles|facilities|markets?|competitors?|vendors?|suppliers?|bidders?|tenderers?|firms|companies|incumbents?|entrants?|wholesale\\w*|licensees?|platforms?)';
const marketPartiesFr = '(?:opérateurs?|fournisseurs?|prestataires?|réseaux?|infrastructures?|câbles?|stations? d[\'’]atterrissage|fréquences|fourreaux|pylônes|installations|marchés?|concurrents?|soumissionnaires?|entreprises?|entrants?|titulaires?|licences?|plateformes?)';
const monthsEn = '(?:January|February|March|April|May|June|July|August|September|October|November|December|early|mid-?|late)';
const monthsFr = '(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|début|fin|mi-)';
/**
 * A time by which a target is to be met: a year ("by mid-2026", « d'ici la fin de 2026 ») or the
 * end of the work ("by the end of the third cohort", « d'ici la fin du projet »).
 */
const deadlineEn = `by (?:(?:the )?(?:end|close|middle) of (?:the |its |each )?(?:(?:first|second|third|fourth|fifth|final|last|\\d+(?:st|nd|rd|th)) )?(?:project|programme|course|training|exercise|phase|cycle|cohort|fellowship|grant|loan|pilot|period|year)\\b|(?:the (?:end|close|middle|start) of |end-|mid-|early |late )?(?:${monthsEn} ?)?(?:19|20)\\d\\d\\b)`;
const deadlineFr = `d[\'’]ici (?:à )?(?:(?:la fin|le milieu|le début|fin|début|mi-|la rentrée) ?(?:de la |de l[\'’]|de |d[\'’]|du )?)?(?:(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) )?(?:(?:19|20)\\d\\d\\b|(?:(?:première|deuxième|seconde|troisième|quatrième|dernière) )?(?:projet|programme|formation|parcours|cursus|cohorte|promotion|phase|cycle|prêt|subvention|période)\\b)`;
/**
 * The state a target describes, after its deadline: "each service should have at least two
 * trainers", "every ministry will be able to", « devront disposer de », « sera ramené à ». Not
 * what the donor will have done ("will have delivered five workshops"): a count of activities;
 * nor an act the partner must have performed by then (« devra avoir signé »): a condition.
 */
const targetStateEn = '(?:should|will|must|shall|(?:is|are) (?:expected|set) to|(?:is|are) to) (?:have (?:at least|more than|no fewer than|all|every|its own|their own|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\b|be (?:able|in a position) to|be (?:fully )?(?:operational|in place|up and running|connected)\\b|reach|number|exceed|double|halve|triple|(?:handle|process|examine|analy[sz]e|resolve|investigate|answer|close|clear|detect|block|triage) (?:(?:at least|more than|over|some|about|around|up to) )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred))\\b';
const targetStateFr = '(?:(?:devr(?:a|ont|ait|aient)|doi(?:t|vent)|pourr(?:a|ont|ait|aient)) (?:(?:toutes?|tous|chacune?|désormais) )?(?:disposer|compter(?! sur\\b)|atteindre|comporter|avoir (?:au moins|plus de|un|une|son|sa|ses|leur|leurs|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\\d)|être (?:en mesure|capables?|opérationnel\\w*|en place|raccordée?s?|dotée?s?)|dépasser|ramener|réduire|doubler|tripler|couvrir|s[\'’]étendre à|(?:traiter|examiner|analyser|résoudre|instruire|clôturer|détecter|bloquer) (?:(?:au moins|plus de|environ|quelque|jusqu[\'’]à) )?(?:\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|cent))|dispos(?:era|eront)|compt(?:era|eront)(?! sur\\b)|atteind(?:ra|ront)|(?:sera|seront) (?:en mesure|capables?|opérationnel\\w*|en place|raccordée?s?|ramenée?s?|portée?s?|réduite?s?|abaissée?s?|doublée?s?))\\b';
/**
 * What a learner is to be able to do, said as the aim of a course: "each trainee should be able
 * to…", "was to show whether", « chacun devait savoir remonter une transaction ».
 */
const learnerStateEn = '(?:should|must|will|was to|were to|is to|are to) (?:be able to|know how to|master|show|demonstrate|test whether)\\b';
const learnerStateFr = '(?:doi(?:t|vent)|devai(?:t|ent)|devr(?:a|ont|ait|aient)) (?:(?:tous|toutes|chacune?|désormais|ensuite) )?(?:savoir|être capables?|être en mesure|maîtriser|montrer|démontrer)\\b';
const countWordsEn = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)';
const countWordsFr = '(?:\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante)';
/**
 * A count of people trained or taking part, after "led to" or « a abouti à »: "led to the training of 40
 * officers", « a abouti à la formation de 40 agents ». A count of participants is not a result
 * (test/corpus/README.md), whatever verb introduces it.
 */
const notParticipantCountEn = `(?! (?:the )?(?:training|participation|attendance|enrol?ment|registration|graduation|involvement|mobili[sz]ation|sensiti[sz]ation) of (?:(?:some|about|around|over|nearly|almost|more than) )?${countWordsEn}\\b)(?! (?:(?:some|about|around|over|nearly|almost|more than) )?${countWordsEn} (?:(?:\\w|-)+ ){0,2}?(?:participants|officers|officials|trainees|people|persons|students|staff|agents|analysts|investigators|judges|prosecutors|diplomats|experts|delegates|women|men)\\b)`;
/**
 * Women named by the feminine plural of a role or a status, as a noun: « étudiantes », « doctorantes »,
 * « ingénieures », « informaticiennes ». Feminine plurals of things that end the same way are left out
 * (« ventes », « dates », « matrices », « filières »). Read only right after an article or « de »,
 * where an adjective (« équipes participantes ») cannot stand.
 */
const feminineRolePluralFr =
  '(?!(?:ventes|attentes|pentes|rentes|tentes|descentes|ententes|patentes|dates|cravates|frégates|tomates|pirates|matrices|cicatrices|motrices|plantes|composantes|plates|variantes|constantes|imprimantes|filières|matières|frontières|carrières|lumières|barrières|rivières|prières|bannières|manières|lisières|chaudières|premières|dernières|anciennes|antennes)\\b)(?:\\w+(?:antes|entes|ates|trices|euses|iciennes|iennes|ières)|ingénieures|professeures|docteures|auteures|expertes|cheffes|élues|diplômées)\\b';
/** Sharing threat intelligence: the verbs (as in "members exchange indicators") and the channels it goes through. */
const indicatorExchangeEn = '(?:exchang(?:e|es|ed|ing)|swap(?:s|ped|ping)?|trad(?:e|es|ed|ing)|push(?:es|ed|ing)?|ingest(?:s|ed|ing)?)';
const exchangeChannelEn = '(?:platforms?|instances?|portals?|feeds?|channels?|networks?|MISP|OpenCTI|sharing|servers?|hubs?|mailing lists?)';
/**
 * Rounds 27 and 28. Indicators listed with what threat intelligence is made of ("a list of indicators,
 * including two servers and a domain", « une liste d'indicateurs, dont les serveurs 203.0.113.47… »): traces
 * of an attack, not measures of the work. Read as a negative look-ahead right after the word.
 */
const technicalTracesEn = '(?:IP address(?:es)?|IPs?|servers?|domain names?|(?:malicious|phishing|rogue|lookalike|look-alike) domains?|hashes|hash values|file hashes|URLs?|file names?|sender addresses|malware samples?|C2)';
const notTechnicalIndicatorsEn = `(?!(?:,? (?:including|such as|like|among them|notably|e\\.g\\.|namely)|:) ?[^.;]{0,40}?(?<![\\p{L}\\p{N}])${technicalTracesEn}\\b)`;
const technicalTracesFr = '(?:adresses? IP|IP|serveurs?|noms? de domaine|domaines? (?:malveillants?|frauduleux|de dépôt|d[\'’]hameçonnage)|empreintes?|hachages?|hashs?|URL|noms? de fichiers?|adresses? d[\'’]expédition|échantillons?)';
const notTechnicalIndicatorsFr = `(?!(?:,? (?:dont|tels? que|telles que|comme|notamment|parmi lesquels|à savoir)| ?:) ?[^.;]{0,40}?(?<![\\p{L}\\p{N}])${technicalTracesFr}\\b)`;
const indicatorExchangeFr = '(?:échang\\w*|l[\'’]échange|un échange)';
const exchangeChannelFr = '(?:plateformes?|instances?|portails?|flux|canaux|canal|réseaux?|MISP|OpenCTI|serveurs?|listes? de diffusion)';
const notParticipantCountFr = `(?! (?:la |l[\'’])?(?:formation|participation|sensibilisation|inscription|mobilisation|présence)s? (?:de |d[\'’])(?:(?:quelque|environ|près de|plus de|presque) )?${countWordsFr}\\b)(?! (?:(?:quelque|environ|près de|plus de|presque) )?${countWordsFr} (?:(?:\\w|-)+ ){0,2}?(?:participants|participantes|agents|stagiaires|personnes|étudiants|étudiantes|fonctionnaires|enquêteurs|enquêtrices|magistrats|diplomates|experts|expertes|délégués|femmes|hommes|analystes)\\b)`;
/**
 * People trained or reached, counted, after « a permis de »: « a permis de former 40 agents ». Like a
 * count of participants after « a abouti à » (above), it says what was done, not what changed. (In
 * English, "enabled the centre to train 40 officers" reads as a purpose, "to train", as any "to
 * train" does.)
 */
const trainingVerbFr = '(?:former|toucher|réunir|rassembler|accueillir|sensibiliser|certifier)';
const notTrainingCountFr = `(?! ${trainingVerbFr} (?:(?:quelque|environ|près de|plus de|presque) )?${countWordsFr}\\b)`;
/**
 * What a work's change is, after « a conduit à » or « a mené à », which also say where something was
 * conducted (« a conduit à Dakar un exercice ») or that it was carried out (« mené à bien », « mené
 * à terme »): a noun of change or of a text made.
 */
const changeNounFr = "(?:l['’](?:adoption|élaboration|adhésion|amélioration|ouverture|installation|harmonisation|intégration|entrée en vigueur|émergence|identification|actualisation)|la (?:création|mise en place|mise en service|publication|rédaction|signature|ratification|révision|refonte|réforme|modernisation|réduction|baisse|hausse|nomination|désignation|constitution|structuration|professionnalisation|certification|reconnaissance|production|formulation)|une? (?:(?:\\w|-)+ )?(?:réduction|baisse|hausse|augmentation|amélioration|accord|réforme|stratégie|loi|plan|feuille de route|cadre|procédure|révision|recueil|guide|rapport|déclaration)|des (?:(?:\\w|-)+ )?(?:recommandations|réformes|améliorations|changements|progrès|résultats|accords|textes))\\b";
/**
 * The first stretch of a unit's life, after which what it handled is counted: "in its first year",
 * "during the first six months of operation", "since it opened", « au cours de sa première année »,
 * « depuis sa mise en service ».
 */
const firstPeriodEn = '(?:(?:in|during|over|within) (?:its|their|the) first (?:(?:full|\\d+|two|three|four|six|nine|twelve|eighteen) )?(?:year|months)(?: of (?:operation|service|activity))?|since (?:its (?:opening|launch|creation|commissioning|inauguration)|it (?:opened|was launched|went live|was set up|started operating)))';
const firstPeriodFr = '(?:(?:au cours de|pendant|durant|en|lors de) (?:sa|leur|la) première année(?: (?:de fonctionnement|d[\'’]activité|d[\'’]exploitation|pleine))?|(?:au cours de|pendant|durant|en|lors de) (?:ses|leurs|les) (?:\\d+|deux|trois|quatre|six|neuf|douze|dix-huit) premiers mois|depuis (?:son|sa|leur) (?:ouverture|lancement|création|démarrage|inauguration|mise en (?:service|route|place)))';
/** A unit the work set up or equips, as the one whose work is counted: "the centre", "the new unit", « la cellule ». Not trainees or people. */
const unitEn = '(?:it|(?:the|this|that|each|its|their) (?:(?:\\w|[\'’-])+ ){0,2}(?:centre|center|unit|team|platform|service|office|desk|CSIRT|CERT|SOC|lab|laboratory|helpline|hotline|cell|directorate|division)s?)';
const unitFr = '(?:(?:le|la|l[\'’]|ce|cette|chaque) ?(?:(?:\\w|[\'’-])+ ){0,2}(?:centre|cellule|unité|équipe|plateforme|service|bureau|laboratoire|CSIRT|CERT|SOC|permanence|pôle|direction|guichet))';
/**
 * Work a unit handles, counted in a first period: a result, unlike the people it trained or the workshops held.
 * Rounds 27 and 28: cases or investigations it opened ("in its first nine months the desk opened 210 cases"), not
 * places, sessions or calls it opened.
 */
const handledEn = `(?:handled|processed|resolved|dealt with|treated|investigated|triaged|answered|closed|detected|blocked|contained|opened(?= (?:(?:some|about|around|nearly|almost|more than|over) )?${countWordsEn} (?:new )?(?:cases|investigations|inquiries|enquiries|files|case files|proceedings|prosecutions)\\b))`;
const handledFr = `(?:traité|géré|résolu|instruit|détecté|bloqué|clôturé|pris en charge|répondu à|ouvert(?= (?:(?:quelque|environ|près de|plus de|presque) )?${countWordsFr} (?:nouveaux |nouvelles )?(?:dossiers|enquêtes|procédures|affaires|informations judiciaires)\\b))`;
/** What a review, a report or an exercise lists, counted: "lists eleven gaps", « recense neuf lacunes ». */
const reviewEn = '(?:review|report|audit|assessment|evaluation|debrief(?:ing)?|exercise|drill|diagnostic|test)s?';
const reviewFr = '(?:rapport|bilan|retour d[\'’]expérience|audit|diagnostic|évaluation|exercice|revue|test)s?';
const gapsEn = '(?:vulnerabilit(?:y|ies)|weaknesses|gaps|flaws|misconfigurations|deficiencies|shortcomings|non-conformities|findings|lessons|failings)';
const gapsFr = '(?:vulnérabilités|failles|faiblesses|écarts|lacunes|non-conformités|défaillances|manquements|constats|points faibles|dysfonctionnements)';
/** A measure that can reach a level: a time, a rate, a share (not a number of people, which is a count). */
const measureEn = '(?:(?:response|reaction|processing|waiting|turnaround|detection|recovery|restoration|patching|average|mean|median) times?|time (?:to \\w+|needed|taken)|delays?|(?<!any )rates?|share|proportion|percentage|backlog|duration|turnaround|coverage)';
const measureFr = '(?:délai|délais|taux|part|proportion|pourcentage|durée|temps (?:de (?:réponse|réaction|traitement|détection|rétablissement|restauration|correction)|moyen)|stock|couverture)';
/**
 * Rounds 25 and 26. The people or bodies a course or a campaign is "aimed at" or « destiné à »: its
 * audience, not its purpose ("a course aimed at officers of the cybercrime unit", « un atelier destiné
 * à des responsables de la sécurité »; « destiné aux » never counted). Read as a negative look-ahead after the aim, so a purpose after it
 * still counts ("aimed at strengthening…", "aimed at faster cooperation", « destiné à renforcer… »). The
 * words before the noun may not be a verb in -ing nor a link word, so "aimed at training the officers of…"
 * stays a purpose.
 */
const audienceEn = '(?:officers|officials|staff|personnel|trainees|participants|students|people|persons|practitioners|professionals|experts|analysts|investigators|judges|prosecutors|magistrates|lawyers|clerks|diplomats|delegates|police|policemen|policewomen|gendarmes|women|men|girls|boys|youth|journalists|teachers|engineers|technicians|managers|executives|administrators|decision-makers|policymakers|policy-makers|parliamentarians|legislators|members|employees|civil servants|public servants|auditors|regulators|responders|users|citizens|researchers|academics|operators|SMEs|businesses|companies|firms|ministries|agencies|teams|CSIRTs|CERTs|the (?:general |wider |broader )?public|audiences|learners|cadets|recruits|heads|leaders|supervisors|inspectors|entrepreneurs|schools|universities|those|anyone|everyone|newcomers|beginners|specialists)';
/** What may follow an audience: a link word or a stop, not a noun that makes it a modifier ("police cooperation"). */
const audienceEndEn = '(?=[,.;:)]|$| (?:(?:and|or|of|in|from|at|with|who|whose|that|which|working|across|on|for|to|based|serving|employed|responsible|attached|drawn|nominated|selected|assigned|within|throughout|under|as|through|the|a|an|across)\\b|[(–—-]))';
/** An audience after "aimed at", "targeted at": up to four words before its noun, none a verb in -ing nor a link word. */
const audiencePhraseEn = ` (?:(?!(?:\\w+ing|of|to|in|for|with|by|on|at|from)\\b)(?:\\w|-)+,? (?:and |or )?){0,4}?${audienceEn}\\b${audienceEndEn}`;
const audienceFr = '(?:agents|fonctionnaires|responsables|diplomates|magistrats|magistrates|juges|procureurs|greffiers|greffières|avocats|enquêteurs|enquêtrices|policiers|policières|police|gendarmes|gendarmerie|officiers|militaires|personnels?|cadres|élèves|étudiants|étudiantes|stagiaires|participants|participantes|femmes|jeunes|hommes|RSSI|PME|TPE|entreprises|entrepreneurs|entrepreneures|banques|hôpitaux|juridictions|tribunaux|unités|équipes|services|administrations|ministères|collègues|parlementaires|élus|décideurs|journalistes|ingénieurs|techniciens|analystes|opérateurs|collectivités|écoles|universités|citoyens|usagers|utilisateurs|public|publics|membres|chercheurs|professionnels|praticiens|douaniers|auditeurs|experts|expertes|apprenants|débutants|spécialistes|acteurs|ceux|celles)';
const audienceEndFr = '(?=[,.;:)»]|$| (?:(?:de|du|des|et|ou|en|à|au|aux|dans|qui|issus|issues|travaillant|chargés|chargées|venant|venus|venues|sur|pour|ayant|exerçant|nouvellement|récemment|affectés|affectées|la|le|les)\\b|d[\'’]|l[\'’]|[(–—-]))';
const audiencePhraseFr = ` (?:(?:des|les|la|le|leurs|ses|nos|ces|tous les|toutes les) |l[\'’])?(?:(?!(?:de|du|des|à|aux|pour|avec|sur|en|par)\\b)(?:\\w|-)+,? (?:et |ou )?){0,3}?${audienceFr}\\b${audienceEndFr}`;
/**
 * Rounds 25 and 26. A "Results:" line that only counts people trained, enrolled or taking part ("Results
 * so far: 64 judges and prosecutors trained in 2023; 118 more enrolled", « Résultats : 40 agents formés »):
 * a count of participants is not a result (test/corpus/README.md), whatever heading it sits under. Read
 * only when every clause of the line is such a count, so a result said after it ("…; the unit has since
 * handled 300 cases") keeps the heading counted.
 */
const trainedEn = '(?:trained|enrol?led|registered|attended|participated|took part|graduated|certified|reached|sensiti[sz]ed|briefed|coached|mentored|hosted|selected|nominated|signed up)';
const countedPeopleEn = `(?:(?:some|about|around|over|nearly|almost|more than|another|a further) )?${countWordsEn} (?:more |other |additional |further |new )?(?:(?:\\w|-)+,? (?:and |or )?){0,5}?(?:${audienceEn}|${trainedEn})\\b(?: (?:(?:were|have been|had been|are|will be|to be) )?${trainedEn}\\b)?(?: (?:in|for|during|from|across|at|by|on|since|over|within|under|through|so far|to date)\\b[^.;,:]{0,40}?)?`;
const notHeadCountEn = `(?!(?: (?:so far|to date|achieved|obtained|in (?:19|20)\\d\\d|for (?:19|20)\\d\\d))? ?: ${countedPeopleEn}(?:(?:[;,]|,? and) ${countedPeopleEn})*(?:\\.(?!\\d)|;?$))`;
const trainedFr = '(?:formée?s?|inscrite?s?|sensibilisée?s?|accompagnée?s?|certifiée?s?|diplômée?s?|accueillie?s?|sélectionnée?s?|présente?s?|mobilisée?s?|touchée?s?)';
const countedPeopleFr = `(?:(?:quelque|environ|près de|plus de|presque|encore) )?${countWordsFr} (?:autres |nouveaux |nouvelles |de plus )?(?:(?:\\w|-)+,? (?:et |ou )?){0,5}?(?:${audienceFr}|${trainedFr})\\b(?: (?:(?:ont été|avaient été|sont|seront|étaient) )?${trainedFr}\\b)?(?: (?:en|pour|durant|pendant|depuis|de|du|à|au|dans|sur|lors)\\b[^.;,:]{0,40}?)?`;
const notHeadCountFr = `(?!(?: (?:à ce jour|obtenus|atteints|jusqu[\'’]ici|en (?:19|20)\\d\\d|pour (?:19|20)\\d\\d))? ?: ${countedPeopleFr}(?:(?:[;,]|,? et) ${countedPeopleFr})*(?:\\.(?!\\d)|;?$))`;
/** A document the work produced, or that it supported: its adoption is a result. */
const adoptedTextEn = '(?:strateg(?:y|ies)|law|laws|bill|bills|polic(?:y|ies)|plan|roadmap|decree|regulations?|framework|code|act|curriculum)';
const adoptedTextFr = '(?:stratégie|loi|projet de loi|politique|plan|feuille de route|décret|arrêté|règlement|cadre|code|cursus|référentiel)s?';
/** An act in a subordinate clause before it: "until the strategy was adopted" is a wait, not a result. */
const notWaitingEn = '(?<!(?<![\\p{L}\\p{N}])(?:before|until|once|when|after|unless|if|whether) [^.;]{0,80})';
const notWaitingFr = '(?<!(?<![\\p{L}\\p{N}])(?:avant|tant|dès|une fois|lorsque|quand|après|sauf|si|sous réserve|à condition) [^.;]{0,80})';
/**
 * Before a strategy or plan that a sentence names, the partner's own earlier act: the programme
 * "takes up the measures the government had written into its strategy", « reprend les mesures
 * que le gouvernement a inscrites dans sa stratégie ». That is what the work follows, not what it
 * left behind.
 */
const followsPartnerPlanEn = '(?<!(?<![\\p{L}\\p{N}])(?:follows?|followed|takes? up|took up|covers?|covered|implements?|implemented|mirrors?|mirrored|supports?|supported|funds?|funded)\\b[^.;]{0,80}(?<![\\p{L}\\p{N}])(?:(?:that|which)|(?:measures|priorities|actions|commitments|objectives|goals)(?:[ \\t\\r\\n]+(?:that|which))?)[ \\t\\r\\n]+(?:(?:the|its|their)[ \\t\\r\\n]+)?(?:[\\p{L}\\p{N}\'’-]+[ \\t\\r\\n]+){0,3}(?:has|have|had)[ \\t\\r\\n]+)';
const followsPartnerPlanFr = '(?<!(?<![\\p{L}\\p{N}])(?:reprend|reprennent|reprendra|reprendre|suit|suivent|suivra|suivre|couvre|couvrent|couvrira|couvrir|finance|financent|financera|financer|met en œuvre|mettent en œuvre|mettra en œuvre|mettre en œuvre|accompagne|accompagnent|accompagnera|accompagner|appuie|appuient|appuiera|appuyer|décline|déclinent|déclinera|décliner)\\b[^.;]{0,80}(?<![\\p{L}\\p{N}])(?:que|qu[\'’])[^.;]{0,60}(?<![\\p{L}\\p{N}])(?:a|ont|avait|avaient|aura|auront)[ \\t\\r\\n]+)';
/** What a condition is laid on: the State or body that receives the support. */
const beneficiaryFr = '(?:l[\'’]|le |la |les |chaque |tout |toute )?(?:État|pays|partenaire|bénéficiaire|gouvernement|autorités?|ministère|administration|agence|institution)s?';
/**
 * People whose eligibility is stated ("victims can file online provided they hold a digital ID";
 * « les stagiaires reçoivent un certificat à condition de suivre… »): a rule for individuals, not a
 * condition laid on the partner State.
 */
/** Private parties: their own steps are not conditions laid on the partner State. */
/**
 * Financiers on the donor's side (another lender, a co-financier, a development bank): a step they take first
 * ("before the European Investment Bank has signed") is no condition laid on the partner. A central bank is the
 * partner's, so "bank" alone is not here.
 */
const donorSideEn = '(?:co-?financiers?|co-?funders?|donors?|lenders?|funders?|(?:development|investment|reconstruction) bank|World Bank|development partners?)';
const donorSideFr = '(?:co-?financeurs?|bailleurs?|donateurs?|prêteurs?|Banque (?:mondiale|européenne|africaine|asiatique|interaméricaine)(?: (?:d[\'’]investissement|de développement|pour la reconstruction et le développement))?|Banque de développement)';
const privateParties = {
  en: '(?:private (?:operators?|companies|company|firms?|sector)|(?:companies|vendors|suppliers|contractors|service providers)(?! of))',
  fr: '(?:(?:opérateurs?|entreprises?|prestataires?|fournisseurs?|sociétés?) privée?s?|entreprises|prestataires|fournisseurs)',
};

const individuals = {
  en: '(?:victims?|users?|citizens?|participants?|trainees?|candidates?|applicants?|students?|visitors?|attendees?|graduates?)',
  fr: '(?:victimes?|usagers?|usagères?|utilisat(?:eur|rice)s?|citoyen(?:ne)?s?|participant(?:e)?s?|stagiaires?|candidat(?:e)?s?|étudiant(?:e)?s?|lauréat(?:e)?s?|personnes?)',
};

/** What lasts when "sustainable development" is the work's own: "the sustainable development of the national CSIRT". */
const lastingWorkNounEn = '(?:capacit(?:y|ies)|skills|centres?|centers?|teams?|CSIRTs?|CERTs?|networks?|programmes?|projects?|curricul\\w*|training|institutions?|structures?|ecosystems?|units?|services?)';
const lastingWorkNounFr = '(?:capacités?|compétences|centres?|équipes?|CSIRT|CERT|réseaux?|programmes?|projets?|cursus|formations?|institutions?|structures?|écosystèmes?|unités?|services?)';
/** A later check on the work: a review, a visit, an evaluation (see the sustainability lexicon). */
const laterCheckEn = '(?:reviews?|check(?:-ins?|s)?|stock-?takes?|stocktaking|(?:return |follow-on )?visits?|evaluations?|assessments?|reassessments?|debriefings?|(?:return|follow-on|second) missions?)';
const laterCheckFr = '(?:bilans?|revues?|points? d[\'’]étape|visites?|évaluations?|examens?|vérifications?|missions? de retour|seconde mission|deuxième mission)';
/** How many months or weeks: "six", "6", "eighteen". */
const periodCountEn = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|a|a few|several)';
const periodCountFr = '(?:\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|dix-huit|vingt-quatre|quelques|plusieurs)';
/**
 * Intergovernmental bodies whose sessions a capacity-building entry prepares delegations for: their
 * sessions are the negotiation's calendar, not a recurrence of the programme.
 */
const intergovernmentalBodyEn = '(?:OEWG|GGE|(?:UN |United Nations )?General Assembly|Human Rights Council|Security Council|open-ended working group|Ad Hoc Committee|Conference of (?:the )?(?:States )?Parties|United Nations|UN)\\b';
const intergovernmentalBodyFr = '(?:groupe de travail à composition non limitée|Assemblée générale|Conseil des droits de l[\'’]homme|Conseil de sécurité|Comité spécial|Conférence des (?:États )?parties|Nations unies|ONU|OEWG|GTCNL|GGE)\\b';

/**
 * Rounds 27 and 28: a later activity of the programme said by an indefinite article and an ordinal, or
 * "further", "another", "follow-on" ("a second module", « un second atelier »): a new activity, not a part of
 * the course just described ("the second module covered…", « le second module portait sur »).
 */
const laterActivityEn = '(?:(?:a|another) (?:second|third|fourth|further|follow-on|later|subsequent)|another) (?:(?:\\w|-)+ ){0,2}?(?:modules?|workshops?|courses?|seminars?|exercises?|trainings?|missions?|phases?)\\b';
const laterActivityFr = '(?:un|une) (?:second|seconde|deuxième|troisième|autre) (?:module|atelier|cours|séminaire|stage|exercice|formation|mission|phase)\\b';
/** An ordinal of a year or a time in a row: "the second consecutive year", « la troisième année de suite ». */
const ordinalEn = '(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))';
const ordinalFr = '(?:deuxième|seconde|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|\\d+e)';
/** What an organiser does with the programme's event: its holding, not what a threat or a statistic did. */
const heldVerbEn = '(?:organi[sz](?:e|es|ed|ing)|h(?:eld|olds?|olding)|host(?:s|ed|ing)?|r(?:an|uns?)|conven(?:e|es|ed|ing)|offer(?:s|ed|ing)?|stag(?:e|es|ed|ing)|conduct(?:s|ed|ing)?|deliver(?:s|ed|ing)?|took place|takes place|taking place)';
const heldVerbFr = '(?:organis(?:e|ent|é|ée|és|ées|era|eront)|tenue?s?|tient|tiennent|accueill(?:e|ent|i|ie|is|ies)|réuni(?:t|ssent|e|es|s)?|propos(?:e|ent|é|ée)|dispens(?:e|ent|é|ée)|anim(?:e|ent|é|ée)|men(?:é|ée)|jou(?:é|ée)|a eu lieu|ont eu lieu|se tient|se tiennent|s[\'’]est tenue?)';

export const principleChecks = [
  {
    id: 'sustainable',
    principleId: 'sustainable',
    label: { en: 'sustainable process', fr: 'processus durable' },
    evidence: {
      en: [
        'train(?:ing)?[- ]the[- ]trainers?', 'ToT\\b', 'alumni',
        // Round 20: a follow-up or a next round said only to deny it ("no follow-up is planned", "no second
        // edition has been scheduled") is the one-off's own admission.
        '(?<!(?:no|without|nor) )follow[- ]?up', 'long[- ]term', 'multi[- ]?year',
        // Round 21 and 22: "Sustainable Development" named by the 2030 Agenda, its Goals or a UN forum is the UN's
        // development agenda, not this work lasting.
        // Round 23 and 24: "sustainable development" alone is the UN's concept too ("the link between cybersecurity and
        // sustainable development"); "the sustainable development of the national CSIRT" still speaks of the work.
        `(?<!(?:agenda|summit|forum|conference|commission|decade) (?:for|on|of) )sustainab\\w*\\b(?! development (?:goals?|agenda|targets?)\\b)(?! development\\b(?! of (?:the |its |their |a |an )?(?:(?:\\w|-)+ ){0,2}?${lastingWorkNounEn}\\b))`,
        // Round 18: handing over evidence or seized material ("hand over ransom notes and wallet addresses") is a
        // step of a case, not the work handed over.
        'hand(?:ed|ing)?[- ]over(?! (?:(?:\\w|[\'’-])+ ){0,3}?(?:evidence|exhibits?|records|logs|data|notes|(?:wallet |IP |e-?mail )?addresses|images|copies|files|devices|phones|hard drives|seized|material|suspects?|ransom)\\b)', 'institutionali[sz]\\w*', 'curricul\\w*', 'community of practice', 'network of (?:trained|alumni|experts|practitioners|trainers)',
        // Rounds 25 and 26: mentoring bounded to a day or a week ("a one-week mentoring visit", "two days of mentoring") is a
        // one-off, as any week's course is; mentoring without such a bound still counts.
        `(?<!(?:(?:one|two|three|four|five|a|single|\\d+)[- ](?:days?|weeks?)[- ]|(?:days?|weeks?) of (?:(?:\\w|-)+ )?))mentor\\w*\\b(?! (?:week|day|visit|mission)\\b)`, 'refresher\\w*', '(?:online |alumni |practitioners\' )?community (?:of|for) (?:graduates|alumni|former participants)', 'graduates (?:join|become|remain|stay)', 'second phase', '(?:every|each|once a) (?:year|quarter|month|semester)', 'phase (?:2|II|two)', '(?:each|every) year',
        // Round 20: a recurrence by season ("the call opens every autumn", "runs each spring").
        '(?:every|each) (?:spring|summer|autumn|fall|winter)\\b',
        // Rounds 25 and 26: a recurrence by school or budget year, or by new cohort ("returns at the start of every school
        // year", "each academic year", "for each new intake").
        '(?:every|each) (?:new )?(?:school|academic|university|financial|fiscal|budget) (?:years?|terms?|semesters?)\\b', '(?:every|each) new (?:cohort|intake|class|promotion)\\b',
        // Round 19: the OEWG's annual progress report, or a draft annual report negotiated in a simulation, is a
        // document of the negotiation, not a recurrence of the programme.
        '(?<!draft )annual(?:ly)?\\b(?! progress reports?\\b)', 'recurring', 'renewed',
        // Round 23 and 24: "yearly", as "annual" ("the fourth yearly edition", "meets yearly").
        '(?<!draft )yearly\\b(?! progress reports?\\b)',
        // Round 23 and 24: a review or a visit set for some months after the work ("a remote review of how the scale has
        // been applied is scheduled for six months after the mission"), or what the experts will do then ("a year
        // later, the trainers will return to check…"): a follow-up without the word. Not a report due after a workshop.
        `(?<!(?:no|without|nor|any) (?:(?:\\w|-)+ )?)${laterCheckEn} [^.;]{0,100}?(?<![\\p{L}\\p{N}])(?:scheduled|planned|foreseen|booked|due|set|(?:will|is to|are to) take place) (?:for |in |at )?(?:(?:some|about|around|roughly|the) )?${periodCountEn}[- ](?:months?|weeks?|years?)(?:[\'’]s?)? (?:after|later|following|from (?:the end|now)|(?:time|on) after)\\b`,
        `${periodCountEn}[- ](?:months?|weeks?|years?) (?:after (?:the |its |their |each )?(?:(?:\\w|-)+ ){0,3}?(?:mission|course|training|workshop|seminar|exercise|visit|programme|project|deployment|session|assessment|review)s?|later),? [^.;]{0,80}?(?<![\\p{L}\\p{N}])(?:will|are to|is to|shall) (?:(?:\\w+ ){0,2}?)(?:return|come back|revisit|review|reassess|re-assess|check|verify|assess|evaluate|meet again|reconvene|follow up)\\b`,
        // A structure that stays ("a permanent secretariat"), not a permanent thing the work is about
        // ("the future permanent mechanism").
        '(?:hosted|available|kept|maintained|staffed|established|installed|funded) permanently', '(?<!(?:day|session|workshop|meeting|morning|afternoon|evening|seminar|exercise|conference|webinar|briefing|event|round table)s?,? )(?:maintained|updated|run|hosted|kept up) by (?:the |its |their )?(?:\\w+ ){0,2}(?:office|ministry|agency|centre|center|team|unit|secretariat|institute|university|authority|directorate|CSIRTs?|CERTs?|school|academy|college)', 'permanent(?:ly)? (?:secretariat|team|unit|staff|post|position|centre|center|facility|course|programme|training|office|body|structure|platform|network|contact point|focal point)s?',
        'local (?:institution|partner|trainers|staff|team)s?', 'national (?:trainers|instructors)', 
        // Those who will teach it next are the partner's: "from 2025 the courses will be given by instructors of the national police school".
        '(?:will|shall|are to) be (?:given|delivered|taught|run|led) by (?:the )?(?:(?:\\w|[\'’-])+ ){0,2}(?:instructors|trainers|teachers|staff|officers) (?:of|from) (?:the |its |their )?(?:national|local|partner(?:\'s|’s)?|own)\\b',
        // Round 18: the course comes back in a later year's catalogue, given by the host's own instructors
        // ("returns in the school's 2024 and 2025 catalogues, taught by its own instructors").
        '(?:returns|will return|comes back|will come back|is repeated|will be repeated|runs again|will run again|is offered again|will be offered again) (?:in|for) (?:the |its |their )?(?:(?:\\w|[\'’-])+(?:\'s|’s) )?(?:(?:19|20)\\d\\d|next|following|coming)\\b',
        '(?:taught|given|delivered|run|led) by (?:its|their) own (?:(?:\\w|[\'’-])+ ){0,2}(?:instructors|trainers|teachers|lecturers|faculty|staff)\\b',
        'carr(?:y|ies|ied) on', 'self-sustaining', `since (?:${monthsEn} )?(?:19|20)\\d\\d`,
        // Found by probing with lines of real drafts: a recurrence counted ("meets twice a year"), the
        // work carried now by a body of the partner ("is now maintained by the national CSIRT"), and
        // those trained teaching in turn ("graduates now teach the course").
        '(?:once|twice|three times|four times|\\d+ times|several times) (?:a|per|each|every) (?:year|month|quarter|semester)\\b', 'every (?:two|three|four|six|\\d+) (?:months|years|weeks)\\b',
        // A duration of several years said in words ("a three-year programme", "over four years"), found when the
        // rule's own advice suggested it and did not count (test/unit/principleMessages.test.ts).
        '(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)[- ]years? (?:programme|program|project|plan|partnership|initiative|cycle|mandate|period|grant|phase|commitment|agreement|effort)s?\\b',
        '(?:over|for|during|across|spanning|spread over|lasting|runs? for|running for|ran for) (?:a period of |the next |the coming )?(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|10) years\\b',
        '(?:is|are) now (?:run|maintained|managed|operated|delivered|taught|given|hosted|funded|led) by (?:the |its |their )?(?:(?:\\w|-)+ ){0,2}(?:national|local|partner|host)\\b',
        '(?:graduates|alumni|former (?:trainees|participants|students|fellows)) (?:(?:\\w|-)+ ){0,3}?(?:now |in turn |themselves )?(?:teach|train|deliver|run|give|lead)s?\\b',
        // Those trained teach in turn: "an instructors' module", "so that they can teach the course to their colleagues".
        '(?:trainers?|instructors?)(?:\'|’)?s?(?:\'|’)? (?:module|course|training|programme|track|certification)s?', '(?:become|becoming|serve as|act as) (?:\\w+ )?(?:trainers|instructors)',
        '(?:teach|train|pass on|cascade|replicate|deliver) (?:\\w+ ){0,3}(?:to|among|for) (?:their |other |fellow )?(?:colleagues|peers|staff|counterparts)', '(?:teach|train|coach) (?:their |other |fellow )(?:colleagues|peers|staff|counterparts)', 'cascade (?:training|model|sessions)',
        // The partner's own institution carries it as ordinary business.
        'as part of (?:its|their|the \\w+(?:\'s|’s)) (?:regular|routine|core|ordinary|day-to-day|normal|permanent) (?:work|activities|duties|operations|budget|mandate|services?)',
        // A next round, named or numbered: "the next exercise", "a second edition", "the 4th cohort".
        // Not a publication's edition: "the second edition of the ITU Guide" says nothing of the programme.
        // Round 20: not a next round denied ("no second edition has been scheduled").
        // Round 19: not the next session of an intergovernmental body ("the next session of the OEWG"): the
        // negotiation's calendar, which a one-off seminar prepares delegations for.
        // Round 23 and 24: an ordinal with a word that says how the editions come ("the fourth yearly edition",
        // "a third regional round"), and the sixth to the tenth.
        '(?<!(?:no|without|nor) )(?:next|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|further|\\d+(?:st|nd|rd|th)) (?:(?:yearly|annual|regional|national|consecutive|successive|biennial|international|online|joint) )?(?:edition|round|cohort|intake|iteration|cycle)s?(?! of (?:the |a |an |its )?(?:(?:\\w|[\'’-])+ ){0,4}(?:guide|handbook|manual|report|book|toolkit|publication|index|glossary)s?\\b)',
        `(?<!(?:no|without|nor) )next (?:session|exercise|meeting|conference|course)s?(?! of (?:the )?${intergovernmentalBodyEn})`,
        // Work that stays alive after the activity: kept up to date, taken over, run since by the partner.
        '(?:kept|keeps|keep|keeping) (?:\\w+ )?up to date', '(?:regularly|continuously|periodically|routinely) (?:updated|reviewed|revised|maintained)', 'updated (?:regularly|every|each|annually|yearly)',
        '(?:takes?|took|taken|taking) over (?:the |its |their )?(?:\\w+ ){0,2}(?:course|modules?|curricul\\w*|programme|training|platform|project|activities|work|running|management|hosting|centre|center|network)s?\\b', 'after the pilot', '(?:integrated|built|included|embedded|incorporated) (?:\\w+ ){0,6}(?:into|in) (?:the |its |their )?(?:initial|basic|in-service|regular) training',
        '(?:coach|mentor|train|supervis)\\w* (?:\\w+ )?new (?:recruits|staff|arrivals|colleagues|hires|analysts)', 'has since (?:\\w+ )?(?:run|led|chaired|managed|hosted|maintained|continued|kept|taught|delivered)',
        // Rounds 27 and 28: a later activity announced ("France will finance a second module", "a follow-on workshop is
        // planned", "a further course will be held in 2025"); not "the second module covered…", a part of the course,
        // nor a later activity denied ("there are no plans to hold a second workshop", "will not fund a second module").
        `${laterActivityEn}[^.;]{0,80}?(?<![\\p{L}\\p{N}])(?:(?:will|is to|are to|shall) (?:then |later )?(?:follow|be held|take place|be run|be given|be offered|be organi[sz]ed|be delivered|start|begin|open)|(?:is|are) (?:planned|scheduled|foreseen|envisaged|being prepared))\\b`,
        `(?<!(?:no|not|nor|never) )(?:will|is to|are to|plans? to|intends? to|(?:has|have) agreed to) (?:(?:also|then|later|in turn|subsequently|next) )?(?:finance|fund|hold|run|organi[sz]e|offer|deliver|host|give|add|support|pay for) ${laterActivityEn}`,
        // Rounds 27 and 28: the same event run again later ("the same scenario will be run again in Manila in 2025", "will be
        // held again next year"); not a repeat within the event ("the injects will be played again in the afternoon").
        '(?:will|is to|are to|shall) (?:be )?(?:run|held|staged|played|organi[sz]ed|conducted|offered|given|delivered|repeated|take place|happen) again\\b[^.;]{0,40}?(?<![\\p{L}\\p{N}])(?:(?:19|20)\\d\\d|next|following|coming)\\b',
        // Rounds 27 and 28: the programme's event held for the second year in a row ("for the second consecutive year, the
        // national team organised an exercise", "held for the third year running"); not a threat or a figure that tops a
        // list year after year ("for the third consecutive year, ransomware was the main threat").
        // One phrase, with the organiser's verb after it or before it, as in French; the verb before is looked for only once
        // the phrase is found (a lookbehind at its end), so the look costs nothing elsewhere.
        `(?:for|in) (?:the |a )?${ordinalEn} (?:(?:consecutive|successive|straight) (?:year|time)|(?:year|time) (?:running|in a row))\\b(?:(?=[^.;]{0,100}?(?<![\\p{L}\\p{N}])${heldVerbEn}\\b)|(?<=(?<![\\p{L}\\p{N}])${heldVerbEn}\\b[^.;]{0,140}))`,
        // Rounds 27 and 28: those trained give the course again to others ("two of them will then run the same course for
        // the examiners of the Tobago division"); not "all groups follow the same course", nor the course itself.
        '(?:will|are to|is to|shall) (?:then |in turn |themselves |later |afterwards )?(?:run|give|deliver|teach|repeat|hold|offer|lead) the same (?:course|training|module|workshop|curriculum|classes|sessions?)\\b[^.;]{0,40}?(?<![\\p{L}\\p{N}])(?:for|to|with)\\b',
        // Rounds 27 and 28: the work added to the partner's standing training ("has added a five-day module to the induction
        // course of newly appointed judges", "built into the basic course for new recruits"), or made compulsory there
        // ("the module is now compulsory"); not a session added to the workshop's own agenda, nor "attendance is compulsory".
        '(?:added|integrated|built|included|embedded|incorporated|inserted|written) [^.;]{0,80}?(?<![\\p{L}\\p{N}])(?:into|in|to) (?:the |its |their |a |an )?(?:(?:\\w|[\'’-])+ ){0,2}?(?:induction|initial|basic|foundation|entry-level|in-service|pre-service|core|compulsory|mandatory) (?:training|course|curriculum|programme|program|syllabus|cycle)s?\\b',
        '(?:module|course|training|curriculum|class)s? (?:(?:\\w|[\'’-])+ ){0,6}?(?:is now|are now|(?:has|have) (?:now )?been made|was made|were made|became|(?:will|is to|are to) become) (?:compulsory|mandatory)\\b',
      ],
      fr: [
        'formation (?:de|des) formateurs', 'ancien(?:ne)?s (?:élèves|stagiaires|participant(?:e)?s)', 'réseau (?:\\w+ )?(?:des |de |d\')?(?:anciens|anciennes|mentor\\w*|formateurs|formatrices|experts|points de contact)',
        'chaque (?:année|mois|trimestre|semestre|édition)', '(?:tous les|une fois par) (?:ans|an|mois|trimestres)',
        // Round 20 : une récurrence par saison (« ouvre chaque automne », « tous les printemps »).
        '(?:chaque|tous les) (?:printemps|étés?|automnes?|hivers?)\\b',
        // Rounds 25 et 26 : une récurrence par rentrée ou par nouvelle promotion (« repassera à chaque rentrée scolaire »,
        // « à toutes les rentrées », « pour chaque nouvelle promotion »).
        '(?:chaque|toutes les) rentrées?\\b', 'chaque nouvelle (?:année|rentrée|promotion|cohorte)\\b',
        // Trouvés en sondant la règle avec des phrases de vrais projets : une récurrence comptée, le travail
        // désormais porté par un organisme du partenaire, les anciens stagiaires qui forment à leur tour.
        '(?:deux|trois|quatre|six|\\d+|plusieurs) fois par (?:an|mois|trimestre|semestre)\\b', 'tous les (?:deux|trois|quatre|six|\\d+) (?:ans|mois)\\b',
        // Une durée de plusieurs années (« un programme de trois ans », « sur quatre ans », « triennal »), que le conseil
        // donné par la règle elle-même proposait sans qu'elle la lise.
        '(?:programme|projet|plan|partenariat|initiative|cycle|mandat|période|accord|engagement|phase)s? (?:de |d[\'’]une durée de )(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|[2-9]|10) ans\\b',
        '(?:sur|pendant|durant|pour une durée de|d[\'’]une durée de|étalée?s? sur|s[\'’]étend(?:ant|ra|ait)? sur) (?:une période de |les |des )?(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|[2-9]|10) (?:ans|années)\\b', '(?:bi|tri|quadri|quinqu)ennal(?:e|es|aux)?\\b',
        '(?:désormais|aujourd[\'’]hui|maintenant) (?:dispensée?s?|assurée?s?|gérée?s?|exploitée?s?|portée?s?|maintenue?s?|animée?s?|financée?s?|pilotée?s?) par (?:le |la |l[\'’]|les |son |sa |leur )?(?:(?:\\w|-)+ ){0,2}(?:ministère|agence|office|centre|équipe|cellule|secrétariat|institut|université|autorité|direction|CSIRT|CERT|école|académie)',
        '(?:anciens (?:stagiaires|participants|élèves|boursiers)|anciennes (?:stagiaires|participantes|élèves|boursières)|diplômée?s) (?:(?:\\w|-)+ ){0,3}?(?:désormais |à leur tour |eux-mêmes |elles-mêmes )?(?:enseignent|forment|dispensent|animent|assurent)\\b',
        '(?<!(?:a|ont|avait|avaient|aura|auront|ayant|avoir|aucun|sans|pas de) )(?<!(?:données|numéros?|codes?|étiquettes?|informations|historiques?) de )suivi\\b(?! par\\b)(?!(?<=(?:est|sont|était|étaient|sera|seront|serait|seraient|fut|furent|été) suivi) d[\'’]une? )(?! (?:des|du|de la|de l[\'’]|de|d[\'’]) ?(?:paiements?|transactions?|flux|fonds|cryptoactifs|rançons?|portefeuilles|suspects?|communications|trafic|appels|comptes|profils|cibles|personnes|individus|véhicules|téléphones|terminaux|adresses|connexions|déplacements|mouvements|colis|envois|expéditions|livraisons|marchandises|conteneurs|cargaisons|navires))', // Round 21 et 22 : les objectifs de développement durable, le Programme 2030 ou un forum de l'ONU sur le
        // développement durable sont l'agenda de l'ONU, pas la durée du travail.
        // Round 23 et 24 : « le développement durable » seul est aussi le concept de l'ONU (« le lien entre la
        // cybersécurité et le développement durable ») ; « le développement durable du CSIRT national » parle du travail.
        '(?<!(?:objectifs?|cibles?|programme|agenda|sommet|forum|conférence|commission|décennie|ODD|2030) (?:(?:\\w|-)+ ){0,2}(?:de |du |pour le |sur le )développement )durab\\w*\\b(?! (?:à l[\'’])?horizon 2030\\b)(?<!développement durab\\w*)',
        `(?<=développement )durables?\\b(?= (?:de la |du |des |de l[\'’]|de |d[\'’])(?:(?:\\w|-)+ ){0,2}?${lastingWorkNounFr}\\b)(?<!(?:objectifs?|cibles?|programme|agenda|sommet|forum|conférence|commission|décennie|ODD|2030) (?:(?:\\w|-)+ ){0,2}(?:de |du |pour le |sur le )développement durables?)`,
        'pérenn\\w*',
        // Round 23 et 24 : un bilan, une revue ou une visite fixés quelques mois après le travail (« une revue à distance
        // est prévue six mois après la mission »), ou ce que les experts feront alors (« un an plus tard, les formateurs
        // reviendront vérifier… ») : un suivi sans le mot. Pas un rapport à rendre après l'atelier.
        `(?<!(?:aucune?|sans|pas de|ni) (?:(?:\\w|-)+ )?)${laterCheckFr} [^.;]{0,100}?(?<![\\p{L}\\p{N}])(?:prévue?s?|programmée?s?|planifiée?s?|fixée?s?|aura lieu|auront lieu) (?:pour |à |dans )?(?:(?:environ|quelque|les|la) )?${periodCountFr} (?:mois|semaines|ans?|années?) (?:après|plus tard|suivant)\\b`,
        `${periodCountFr} (?:mois|semaines|ans?|années?) (?:après (?:la |le |l[\'’]|les |sa |son |leur )?(?:(?:\\w|[\'’-])+ ){0,3}?(?:mission|cours|formation|atelier|séminaire|exercice|visite|programme|projet|déploiement|session|évaluation)s?|plus tard),? [^.;]{0,80}?(?<![\\p{L}\\p{N}])(?:reviendr(?:a|ont)|revisiter(?:a|ont)|réexaminer(?:a|ont)|vérifier(?:a|ont)|évaluer(?:a|ont)|mesurer(?:a|ont)|fer(?:a|ont) le point|se réunir(?:a|ont) (?:à nouveau|de nouveau)|retourner(?:a|ont))\\b`,
        'long terme', 'pluriannuel\\w*', 'transf[ée]r\\w* (?:aux|à l)', 'institutionnalis\\w*', 'cursus', 'programme d\'études', 'tutorat',
        // Rounds 25 et 26 : un mentorat borné à une semaine ou à quelques jours (« une semaine de mentorat », « mentorat d'une
        // semaine ») est ponctuel ; sans cette borne, il compte toujours.
        '(?<!(?:semaines?|journées?|jours?|séance|visite|mission) (?:de |d[\'’])(?:(?:\\w|-)+ )?)mentorat(?! (?:d[\'’]une|de (?:deux|trois|quatre|cinq|quelques|\\d+)) (?:semaines?|journées?|jours?)\\b)',
        'deuxième phase', 'seconde phase', 'phase (?:2|II)', 'chaque année',
        // Round 19 : le rapport annuel négocié au groupe de travail (« un projet de rapport annuel », « le rapport annuel
        // sur l'état d'avancement ») est un document de la négociation, pas une récurrence du programme.
        '(?<!projets? de rapports? )annuel\\w*(?! (?:sur l[\'’]état d[\'’]avancement|d[\'’]étape)\\b)', `depuis (?:${monthsFr} ?)?(?:19|20)\\d\\d`, 'formateurs (?:locaux|nationaux)', '(?:sera|seront) (?:assurée?s?|dispensée?s?|animée?s?|donnée?s?|conduite?s?) par (?:les |des )(?:\\w+ ){0,2}(?:formateurs|formatrices|instructeurs|enseignants|agents|personnels) (?:de l[\'’]|de la |du |des )(?:\\w+ ){0,2}(?:nationa|loca)\\w*',
        '(?:secrétariat|équipe|cellule|structure|poste|centre|formation|cours|programme|plateforme|réseau|point de contact|point focal) permanente?s?', '(?:de (?:façon|manière)|à titre) permanente?', '(?<!(?:journée|séance|session|réunion|matinée|après-midi|soirée|conférence|rencontre|table ronde|exercice|atelier|séminaire|webinaire|manifestation)s?,? )(?:maintenue?s?|mise?s? à jour|hébergée?s?|animée?s?) par (?:le |la |l[\'’]|les |son |sa |leur )?(?:\\w+ ){0,2}(?:ministère|agence|office|centre|équipe|cellule|secrétariat|institut|université|autorité|direction)',
        // Ceux qui sont formés forment à leur tour : « module de formateurs », « démultiplier la formation ».
        // Round 18 : le cours revient au catalogue d'une année suivante, donné par les formateurs de l'hôte
        // (« reviendra au catalogue 2025 de l'école, assuré par ses propres instructeurs »).
        '(?:revient|reviendra|reviennent|reviendront|est reconduite?|sera reconduite?|sont reconduite?s|seront reconduite?s|est reprogrammée?|sera reprogrammée?) (?:au|dans le|dans les|aux|en) (?:(?:\\w|[\'’-])+ ){0,3}?(?:(?:19|20)\\d\\d|prochaine?s?|suivante?s?)\\b',
        '(?:assurée?s?|dispensée?s?|animée?s?|donnée?s?|enseignée?s?|conduite?s?) par (?:ses|leurs) propres (?:(?:\\w|[\'’-])+ ){0,2}(?:formateurs|formatrices|instructeurs|instructrices|enseignants|enseignantes|agents|personnels)\\b',
        // Round 19 : au singulier aussi (« un module de formateur »), et un stage ou un parcours de formateurs.
        '(?:module|stage|parcours|cycle) (?:de |des |du )?format(?:eur|rice)s?\\b', '(?:devenir|deviennent|deviendront) (?:\\w+ )?(?:formateurs|formatrices|instructeurs)', 'démultipli\\w*', 'à leur tour',
        '(?:transmettre|transmettront|former|formeront|enseigner|enseigneront) (?:\\w+ ){0,3}(?:à |auprès de )(?:leurs|des|ses) (?:collègues|pairs|homologues)',
        'dans le cadre de (?:ses|leurs) (?:missions|activités|attributions) (?:ordinaires|courantes|permanentes|régulières)', 'sur (?:son|leur) budget (?:propre|ordinaire|de fonctionnement)',
        // A next round, named or numbered: « une seconde édition », « la prochaine session », « la 3e promotion ».
        // Round 20 : pas une édition niée (« aucune deuxième édition n'est prévue »). Round 19 : pas la session d'un organe
        // intergouvernemental (« la quatrième session de fond du groupe de travail »), le calendrier de la négociation.
        // Round 23 et 24 : de la cinquième à la dixième aussi.
        `(?<!(?:aucune|pas de|sans) )(?:seconde|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|nouvelle|prochaine|\\d+e) (?:édition|session|promotion|cohorte|conférence|rencontre|réunion|itération)s?(?! (?:de fond|ordinaire|extraordinaire|plénière)\\b)(?! (?:du |de la |de l[\'’]|des )${intergovernmentalBodyFr})`,
        // Work that stays alive after the activity: « tenue à jour », « reprise par », « le ministère anime depuis ».
        // Kept up to date, not "les mises à jour des serveurs" (software updates as a topic).
        '(?:tenue?s?|maintenue?s?) à jour', '(?:est|sont|sera|seront|reste|restent|été|régulièrement) mise?s? à jour', 'mise?s? à jour (?:régulièrement|chaque|tous les|annuellement|en continu|par)', 'prolong(?:er|era|eront|eant)\\b', 'repris\\w* (?:par|en main)', 'prise en main',
        // Repris dans la formation de l'institution : « intégrera un module dans la formation initiale ».
        '(?:intégr|inscri|insér)\\w* [^.;]{0,80}?(?:dans|à) (?:la |le |les |sa |son |ses |leur |leurs )?(?:formation (?:initiale|continue)|cursus|calendrier scolaire)', '(?:encadr|form|accompagn)\\w* (?:désormais |à leur tour )?(?:les )?(?:nouveaux arrivants|nouvelles recrues|nouveaux agents)',
        '(?:anime|animent|pilote|pilotent|conduit|conduisent|gère|gèrent|porte|portent|assure|assurent|préside|président|coordonne|coordonnent|héberge|hébergent) depuis',
        // Rounds 27 et 28 : une activité suivante annoncée (« un second atelier suivra à l'automne », « la France financera un
        // second module », « une deuxième mission est prévue ») ; pas « le second module portait sur… », une partie du cours.
        `(?<!(?:aucun|aucune|sans|pas d[\'’]) )${laterActivityFr}[^.;]{0,80}?(?<![\\p{L}\\p{N}])(?:suivra|suivront|aura lieu|auront lieu|se tiendra|se tiendront|sera (?:organisée?|donnée?|dispensée?|proposée?|tenue?|financée?)|(?:est|sont) (?:prévue?s?|programmée?s?|envisagée?s?|planifiée?s?))\\b`,
        `(?<!(?:ne|n[\'’]) )(?:financera|financeront|organisera|organiseront|tiendra|tiendront|proposera|proposeront|dispensera|dispenseront|accueillera|accueilleront|ajoutera|ajouteront|offrira|offriront) (?:(?:également|ensuite|aussi|alors|ensuite) )?${laterActivityFr}`,
        // Rounds 27 et 28 : le même événement rejoué plus tard (« le scénario sera joué de nouveau à Dakar en 2025 ») ; pas une
        // reprise dans la journée.
        '(?:sera|seront|aura|auront) (?:(?:de nouveau|à nouveau) (?:organisée?s?|rejouée?s?|jouée?s?|tenue?s?|proposée?s?|donnée?s?|dispensée?s?|lieu)|(?:organisée?s?|rejouée?s?|jouée?s?|tenue?s?|proposée?s?|donnée?s?|dispensée?s?|lieu) (?:de nouveau|à nouveau)|rejouée?s?)\\b[^.;]{0,40}?(?<![\\p{L}\\p{N}])(?:(?:19|20)\\d\\d|prochaine?s?|suivante?s?)\\b',
        // Rounds 27 et 28 : l'événement du programme tenu pour la deuxième année de suite (« pour la deuxième année consécutive,
        // notre équipe a organisé un exercice ») ; pas une menace qui revient (« pour la troisième année consécutive, les
        // rançongiciels sont la première menace »).
        `pour la ${ordinalFr} (?:année|fois) (?:consécutive|de suite|d[\'’]affilée)\\b(?:(?=[^.;]{0,120}?(?<![\\p{L}\\p{N}])${heldVerbFr}(?![\\p{L}\\p{N}]))|(?<=(?<![\\p{L}\\p{N}])${heldVerbFr}(?![\\p{L}\\p{N}])[^.;]{0,140}))`,
        // Rounds 27 et 28 : ceux qui ont été formés redonnent le même cours à d'autres (« deux d'entre eux dispenseront ensuite la
        // même formation aux enquêteurs de Bouaké »).
        '(?:dispenseront|dispensera|donneront|donnera|animeront|animera|reprendront|reprendra|assureront|assurera|répéteront|répétera|proposeront|proposera) (?:ensuite |à leur tour |à son tour |eux-mêmes |elles-mêmes |plus tard )?(?:le même|la même|les mêmes) (?:cours|formations?|modules?|ateliers?|stages?|sessions?)\\b',
        // Rounds 27 et 28 : le travail ajouté à la formation d'intégration du partenaire, ou rendu obligatoire (« un module ajouté
        // à la formation d'intégration des nouveaux juges », « le module est désormais obligatoire ») ; pas « la présence est
        // obligatoire ».
        '(?:ajouté|ajoutée|ajoutés|ajoutées|ajoute|ajoutera|intégré|intégrée|intégrés|intégrées|inscrit|inscrite|inséré|insérée) [^.;]{0,80}?(?:dans|à|au) (?:la |le |les |sa |son |ses |leur |leurs )?(?:formation d[\'’](?:intégration|accueil)|formation (?:de base|statutaire|obligatoire)|stage d[\'’]intégration|tronc commun|programme obligatoire)',
        '(?:module|cours|formation|stage|enseignement)s? (?:(?:\\w|[\'’-])+ ){0,6}?(?:(?:est|sont) (?:désormais|maintenant|dorénavant)|(?:est|sont|a été|ont été) rendue?s?|(?:est|sont) devenue?s?) obligatoires?\\b',
      ],
    },
    examples: {
      en: ['train-the-trainers', 'alumni network', 'follow-up', 'multi-year', 'handed over to'],
      fr: ['formation de formateurs', "réseau d'anciens", 'suivi', 'pluriannuel', 'pérennité'],
    },
  },
  {
    id: 'results-focused',
    principleId: 'results-focused',
    label: { en: 'clear purpose, results focused', fr: 'objectif clair, axé sur les résultats' },
    evidence: {
      en: [
        // Rounds 25 and 26: what a course is "aimed at" or "targeted at" may be its audience ("aimed at officers of
        // the cybercrime section"), not its purpose; a purpose after it still counts ("aimed at strengthening…").
        'aim(?:s|ing)? to\\b', `aim(?:s|ing)? at\\b(?!${audiencePhraseEn})`, 'aimed to\\b',
        // "phishing messages aimed at pupils" is a target, not a purpose.
        `(?<!(?:messages|attacks?|campaigns?|e-?mails?|malware|scams?|threats?|lures?|operations|ransomware|fraud)[ \\t\\r\\n]+)aimed at\\b(?!${audiencePhraseEn})`, 'for the purposes? of', 'objectives?\\b',
        // Round 21 and 22: the Sustainable (or Millennium) Development Goals are the UN agenda's, not the programme's aim.
        '(?<!(?:Sustainable|Millennium) Development )goals?\\b', 'purpose\\b', 'in order to', 'so (?:that|as to)', 'intended to', 'designed to',
        // An infinitive of purpose: "a platform to reinforce…", "helping to bring…".
        'to (?:reinforce|strengthen|enhance|build|improve|develop|foster|promote|increase|raise|bring|equip|prepare|train|support|help|identify|clarify|establish|ensure|advance|protect|counter|prevent|reduce|harmoni[sz]e|inform)\\b', 'helping (?:to )?\\w+',
        // The results of a vote are not the programme's: "election results", "the results transmission system".
        // Rounds 25 and 26: not a "Results:" line that only counts people trained or enrolled (notHeadCountEn).
        `(?<!(?:election|electoral|vote|voting|poll|polling|provisional|official) )results?\\b(?! (?:transmission|tabulation|collation|server|servers|system|systems|portal|website|page|centre|center|network)\\b)(?! of (?:the )?(?:election|elections|vote|votes|ballot|poll)\\b)(?! of (?:the |a |an |this |each )?(?:(?:\\w|[\'’-])+ )?(?:call|selection|competition|tender)s?\\b)${notHeadCountEn}`, `outcomes?\\b${notHeadCountEn}`, `outputs?\\b${notHeadCountEn}`,
        // Round 20: the results of a call, a selection or a competition are the list of those chosen, not what the work
        // achieved ("the results of the call will be published in December").
        // Round 19 and 20: indicators of compromise or of attack, and threat indicators, are technical traces
        // that incident responders exchange, not measures of the work.
        // Round 23 and 24: indicators that teams exchange, or share through a platform or a feed, are threat
        // intelligence too ("members exchange indicators through a shared platform", "the exchange of indicators",
        // "indicators are swapped in real time"), not measures of the work.
        `(?<!(?:threat|technical|network|host|attack|malware|forensic|compromise) )(?<!(?:${indicatorExchangeEn}|shar(?:e|es|ed|ing)|circulat(?:e|es|ed|ing)|distribut(?:e|es|ed|ing)) (?:(?:of|the|their|its|new|fresh|live|such|these|those) ){0,2})indicators?\\b(?! of (?:compromise|attack)\\b)${notTechnicalIndicatorsEn}(?! (?:(?:are|were|is|get|got|being|been) )?(?:exchanged|swapped|traded|pushed|ingested|fed into)\\b)(?! (?:(?:are|were|is|being|been) )?(?:shared|circulated|distributed) (?:(?:\\w|-)+ ){0,3}?(?:through|via|over|on|across|in) (?:the |a |an |their |its )?(?:(?:\\w|-)+ ){0,3}?${exchangeChannelEn}\\b)`,
        `(?<=(?:shar(?:e|es|ed|ing)|circulat(?:e|es|ed|ing)|distribut(?:e|es|ed|ing)) (?:(?:the|their|its|new|fresh|live|such|these|those) ){0,2})indicators?\\b(?! of (?:compromise|attack)\\b)(?! (?:(?:\\w|-)+ ){0,3}?(?:through|via|over|on|across|in) (?:the |a |an |their |its )?(?:(?:\\w|-)+ ){0,3}?${exchangeChannelEn}\\b)`,
        'KPIs?\\b', 'evaluat\\w*', 'assess(?:ed|ment)? (?:of )?(?:the )?(?:impact|results|progress)',
        'measur(?:ed|ing|able|ements?)\\b', 'measures? (?:the |its |their )?(?:impact|progress|results|effects?)', 'impact\\b', `achiev\\w*${notHeadCountEn}`, 'targets?\\b', `targeted\\b(?! (?:at|to|towards)${audiencePhraseEn})`,
        // What the work led to: "resulted in", "culminated in", "gave rise to"; not a count of people trained.
        `(?:led|leads|leading|(?:will|should|would|is to|are to) lead) to${notParticipantCountEn}`, `(?:resulted|resulting|results) in${notParticipantCountEn}`, `culminat(?:ed|es|ing|e) (?:in|with)${notParticipantCountEn}`, `(?:gave|gives|giving|give|has given|have given) rise to${notParticipantCountEn}`,
        '(?<!(?<![\\p{L}\\p{N}])(?:before|until|once|when|after|unless|if) [^.;]{0,80})(?:have|has) (?:so far )?been (?:published|adopted|endorsed|set up|established|created|produced|delivered)',
        // "enabled the team to…", not "ICT-enabled crime".
        'enabl(?:e|es|ed|ing) (?:(?:\\w|[\'’-])+ ){0,4}to \\w+', 'aims? (?:is|are|was|were|of|being)\\b',
        // What the work left behind: a report's recommendations, actions carried into a strategy,
        // governments that drew on it to revise theirs.
        `(?:lists?|listed|sets? out|setting out|issued|produced|identified|formulated|drew up|drawn up) (?:\\w+ ){0,3}${outputsEn}`,
        `${followsPartnerPlanEn}(?:carried|taken up|incorporated|integrated|reflected|fed|written|built) (?:\\w+ ){0,2}(?:into|in) (?:the |a |an |its |their )?(?:(?:\\w|[\'’-])+ ){0,3}(?:strateg\\w+|law|laws|legislation|bill|plans?|polic\\w+|roadmaps?|frameworks?|regulations?|curricul\\w*|procedures?)\\b`,
        '(?:drew|drawn|draw|draws|drawing|built|relied|rely|relies) on (?:\\w+ ){0,4}to (?:finali[sz]e|revise|draft|prepare|update|adopt|develop|write|shape)\\b', `(?:by|at) the end of the (?:project|programme|course|training|exercise|phase|cycle|review|week|session|workshop|seminar|module)\\b,? [^.;]{0,120}?(?<![\\p{L}\\p{N}])(?:${targetStateEn}|${learnerStateEn})`, 'has (?:trained|helped|allowed)', '(?:obtained|earned|gained|were awarded) (?:their |a |an |the )?(?:certification|certificate|qualification|degree|diploma)s?', // Round 21 and 22: people certified as trainers carry the course on (sustainability); counted, they are no result.
        '(?:were|have been|has been) certified(?! as (?:(?:\\w|-)+ )?(?:trainers?|instructors?|teachers?|facilitators?|coaches|mentors?|lecturers?|tutors?)\\b)',
        // A purpose said another way: "with a view to clarifying", "meant to cut", "the findings will shape".
        // A target against the starting point: "within 30 days, against six months today".
        'against (?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a few) (?:(?:\\w|[\'’-])+ ){0,3}(?:today|now|currently|at present)\\b',
        'with a view to', 'meant to', '(?:is|are) expected to', '(?:seeks?|seeking|sought) to',
        // Found by probing with lines of real drafts: a purpose said with a verb of aiming ("sets out to", "strives to",
        // "is geared towards", "works towards"), what the work was set up to do ("was built to give"), help to come
        // ("should help investigators seize"), the means it gives ("equips analysts to", "gives them the skills to"),
        // and where it leads in the end ("eventually each country will have…"); not "trained 40 officers to date".
        '(?:sets?|setting) out to \\w+', '(?:strives?|striving|strove|endeavou?rs?|endeavou?ring|endeavou?red|aspires?|aspiring|aspired) to \\w+',
        '(?:geared|oriented) (?:towards?|to)\\b', '(?:works|worked|working|(?:will|to|shall|should|must|can) work) towards?\\b',
        '(?:was|were|is|are|has been|have been) (?:set up|created|launched|established|built|developed|conceived|organi[sz]ed|founded|introduced) (?:precisely |specifically |primarily |mainly |partly )?(?:in order )?to (?!date\\b|the\\b|a\\b|an\\b|its\\b|their\\b|his\\b|her\\b|each\\b|all\\b|every\\b)\\w+',
        '(?:should|will|would|must|is to|are to|can|could|is meant to|are meant to) (?:also )?help (?:(?:\\w|[\'’-])+ ){0,3}?(?:to )?(?!date\\b)\\w+',
        '(?:equips?|equipped|equipping|prepares?|prepared|preparing) (?:(?:\\w|[\'’-])+ ){1,4}?to (?!date\\b|the\\b|a\\b|an\\b)\\w+',
        '(?:gives?|gave|giving|provides?|provided|providing|offers?|offered) (?:(?:\\w|[\'’-])+ ){0,3}?(?:the )?(?:skills|tools|means|capacity|capacities|ability|knowledge|know-how|confidence|resources) (?:(?:they|it) (?:need|needs|needed) )?to (?!date\\b|the\\b|a\\b|an\\b|its\\b|their\\b|his\\b|her\\b|each\\b|all\\b|every\\b)\\w+',
        '(?<![\\p{L}\\p{N},][ \\t]{1,3})(?:eventually|ultimately|in the long run|in time),? (?:(?:\\w|[\'’-])+ ){0,8}?(?:will|should|is to|are to|would)\\b',
        // Found by probing with lines of real drafts: an outcome said plainly. A body that became
        // operational, an act the work made possible, a result put down to the programme, what a unit
        // has done since, a purpose said "so they can" ("so that" is read above).
        '(?:became|become|becomes|has become|have become|is now|are now|was declared|were declared) (?:fully )?operational\\b', '(?:went|goes|has gone) live\\b',
        '(?:enabled|enables|allowed|allows|made possible) (?:the )?(?:adoption|creation|establishment|launch|publication|setting up|set-up|entry into force|certification|accreditation) of\\b',
        '(?:thanks to|owing to) (?:the |this |these |our |its |their )?(?:(?:\\w|-)+ ){0,2}(?:programme|project|mission|training|course|support|assistance|workshops?|exercises?|advice|review|mentoring)\\b',
        '(?:has|have) since (?:(?:\\w|-)+ )?(?:handled|processed|resolved|investigated|prosecuted|detected|blocked|published|adopted|issued|launched|set up|established|created|certified|trained)\\b',
        'so (?:they|it|each (?:\\w+ )?\\w+|the (?:(?:\\w|-)+ ){0,2}(?:\\w|-)+) (?:can|could|will|would|may|might|are able to|is able to) (?!not\\b)\\w+',
        '(?:progress|impact|results|performance|learning|skills|success) (?:is|are|was|were|will be) (?:\\w+ )?(?:assessed|measured|evaluated|tracked|monitored|gauged|judged|read (?:from|against|off|in)|checked against)\\b',
        // A target with its deadline: "by mid-2026 each service should have at least two trainers",
        // "by the end of the third cohort each ministry should have…"; a figure "expected to reach 100 per cent".
        `${deadlineEn},? [^.;]{0,120}?(?<![\\p{L}\\p{N}])${targetStateEn}`, '(?:expected|projected|forecast|set) to (?:reach|rise to|fall to|drop to|exceed|double|halve|triple)\\b',
        // What success is judged by: "the yardstick agreed with the partner", "the test of success".
        'yardsticks?\\b', '(?:markers?|tests?|criteri(?:on|a)|measures?) (?:of|for) success\\b', 'success (?:criteri(?:on|a)|metrics?)\\b',
        // A purpose said as the point of the work: "the point of the drill was to…", "the idea is that…".
        'the (?:(?:whole|main|real|stated|declared|avowed|overall|underlying|central|core|chief|primary|ultimate|shared) )?(?:point|idea|intention|ambition)(?:, [^,.;]{1,50},)? (?:of (?!contact\\b|entry\\b|view\\b|sale\\b|presence\\b|departure\\b|failure\\b)(?:the |this |that |each |these )?(?:(?:\\w|-)+ ){1,2})?(?:is|was|will be|has been) (?:to|that)\\b',
        // What the participants took home: "each delegation left with a list of the gaps in its law".
        '(?:left|leave|leaves|went home|go home|goes home|returned home|return home|came away|come away|walked away) with (?:a|an|its|their|the|his|her) (?:(?:\\w|[\'’-])+ ){0,3}(?:list|outline|plan|draft|roadmap|report|assessment|map|inventory|strategy|mandate|checklist|playbook|procedures?|policy|framework|template|analysis)\\b',
        // What a review or a test found, counted: "the audits identified 41 vulnerabilities"; not what an earlier one "had found".
        '(?<!(?:had|having) (?:\\w+ )?)(?:found|identified|uncovered|revealed|detected|surfaced|turned up|documented) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|dozens of) (?:(?:\\w|-)+ ){0,2}(?:vulnerabilit(?:y|ies)|weaknesses|gaps|flaws|misconfigurations|deficiencies|shortcomings|non-conformities)\\b',
        // A measured change: "fell from six hours to two".
        '(?:fell|dropped|rose|decreased|increased|grew|was (?:cut|reduced|brought down)) from [^.;]{1,40}? to\\b',
        // … or one to come: "should fall from 40 to 10 days", "is expected to rise from 12 to 30".
        '(?:should|will|must|is expected to|are expected to|is to|are to) (?:fall|drop|rise|decrease|increase|grow|go|come down|be (?:cut|reduced|brought down|raised)) from [^.;]{1,40}? to\\b', '(?:findings|conclusions|recommendations|lessons|results) (?:will|would|are to|shall|should) (?:\\w+ )?(?:shape|inform|feed|guide|underpin|serve)',
        // What the exercise or the review after it showed: "the after-action review found that only two ports…".
        '(?:after-action|post-exercise|end-of-exercise|end-of-project|final|closing|mid-term|midterm|hot-?wash) (?:review|report|evaluation|assessment|debrief(?:ing)?|meeting)s? (?:\\w+ ){0,2}(?:found|showed|shows|concluded|revealed|established|exposed|noted) that',
        '(?:exercise|drill|simulation|test|trial) (?:\\w+ ){0,2}(?:showed|shows|revealed|exposed|found|demonstrated) (?:that|whether|how)\\b',
        // A text the work supported, now adopted: "the strategy was adopted by Cabinet in October 2023".
        `${notWaitingEn}${adoptedTextEn} (?:(?:\\w|-)+ ){0,3}(?:was|were) (?:formally |finally |unanimously |then )?(?:adopted|enacted|passed|approved|promulgated|endorsed|gazetted|signed into law)\\b`,
        // A counted outcome: "two of the nine now run the induction course".
        `${countWordsEn} (?:out )?of the ${countWordsEn} (?:(?:\\w|-)+ ){0,2}(?:now|have since|since then)\\b`,
        // What the work is judged on, or a floor it must hold: "will be judged on…", "must not fall below 99.9 per cent".
        '(?:will be|is|are|was|were|shall be) (?:\\w+ )?judged (?:on|by|against)\\b', '(?:must|should|shall|may) (?:not|never) (?:fall|drop|go|dip) (?:below|under)\\b',
        // The aim of a course, said as what the learner will be able to do: "each investigator should be able to…".
        '(?:should|must|will) (?:then )?(?:be able to|know how to)\\b', '(?:was|were|is|are) (?:meant |intended )?to (?:show|demonstrate|test whether|find out whether)\\b',
        // Round 17. What a unit the work set up handled in its first stretch, counted: "in its first year the
        // centre handled 38 incidents"; not the people it trained, nor trainees' practice cases.
        `${firstPeriodEn},? ${unitEn} (?:(?:\\w|[\'’-])+ ){0,3}${handledEn} (?:(?:some|about|around|nearly|almost|more than|over) )?${countWordsEn}\\b(?! (?:mock|simulated|fictitious|fictional|practice|sample|training|exercise|test|applications|applicants|candidates|participants|trainees|students|registrations|enrolments|nominations)\\b)`,
        `${unitEn} (?:(?:\\w|[\'’-])+ ){0,3}${handledEn} (?:(?:some|about|around|nearly|almost|more than|over) )?${countWordsEn}\\b(?! (?:mock|simulated|fictitious|fictional|practice|sample|training|exercise|test|applications|applicants|candidates|participants|trainees|students|registrations|enrolments|nominations)\\b)[^.;]{0,60}?(?<![\\p{L}\\p{N}])${firstPeriodEn}`,
        // A practice to end by a deadline: "by 2028 no ministry should still keep its files on its own servers".
        `${deadlineEn},? (?:no|none of the|not one|not a single) (?!(?:further|more|additional|extra|new) )[^.;]{0,80}?(?<![\\p{L}\\p{N}])(?:should|will|must|is to|are to) (?:still |any longer |longer )?\\w+`,
        // What a review or a report lists, counted: "the debriefing report lists nine gaps"; not a guide's list of common flaws.
        `${reviewEn} (?:(?:\\w|[\'’-])+ ){0,3}(?<!(?:had|having) (?:\\w+ )?)(?:lists?|listed|sets? out|records?|recorded|counts?|counted|names?|named|notes?|noted|highlights?|highlighted|flags?|flagged|points? to|pointed to) ${countWordsEn} (?:(?:\\w|-)+ ){0,2}${gapsEn}\\b`,
        // A survey that will measure; what a survey of the participants at the end showed.
        `(?<!(?:site|radio|network|wireless|spectrum|land|topographic|seismic|geological) )(?:survey|poll|questionnaire|study)s? (?:(?:\\w|[\'’-])+ ){0,6}(?:will|would|shall|is to|are to) (?:(?:\\w|-)+ )?(?:measure|gauge)\\b`,
        `(?:(?:end-of-|post-)(?:course|workshop|session|training|module|seminar|programme|project|exercise) |participants[\'’]? |trainees[\'’]? |exit |follow-up )(?:survey|poll|questionnaire|feedback)s? (?:(?:\\w|[\'’-])+ ){0,4}(?:found|finds|showed|shows|show|revealed|reveals|indicated|indicates|suggests|suggested) that\\b`,
        `(?<!(?:site|radio|network|wireless|spectrum) )(?:survey|poll|questionnaire|feedback form)s? [^.;]{0,40}?(?<![\\p{L}\\p{N}])(?:at the end of|after|at the close of) (?:the |each |every )?(?:course|workshop|session|training|module|seminar|exercise)s?\\b[^.;]{0,40}?(?<![\\p{L}\\p{N}])(?:found|finds|showed|shows|show|revealed|reveals|indicated|indicates) that\\b`,
        // A measure brought to a level, done or to come: "the average response time fell to four days",
        // "should bring the share of contact points that answer within a day to 90 per cent".
        `${measureEn} [^.;,]{0,60}?(?<![\\p{L}\\p{N}])(?:fell|dropped|rose|decreased|increased|grew|came down|went down|went up|climbed|was (?:cut|reduced|brought down|raised)|(?:has|have) (?:fallen|dropped|risen|decreased|increased|grown|come down|gone down|gone up|climbed|been (?:cut|reduced|brought down|raised))) to (?:(?:under|below|less than|more than|over|above|about|around|just|only) )?${countWordsEn}\\b(?! (?:participants|trainees|attendees|delegates|students|people|persons|officers|analysts|staff)\\b)`,
        `(?:should|must|will|is to|are to|aims? to) (?:raise|bring|lift|increase|push|cut|reduce|lower|bring down) (?:the )?(?:${measureEn}) [^.;]{0,80}?(?<![\\p{L}\\p{N}])to (?:(?:under|below|less than|more than|over|above|at least|at most) )?\\d[\\d.,]* ?(?:%|per ?cent|percent|hours?|days?|weeks?|minutes?)`,
        // Round 18. A purpose said as what someone is after: "what the partners are after is fewer cases lost",
        // "what the ministries expect is a diplomat in each capital who can…".
        'what (?:the |its |their |each |every )?(?:(?:\\w|[\'’-])+ ){0,3}?(?:wants?|wanted|expects?|expected|hopes? for|hoped for|seeks?|sought|(?:is|are|was|were) (?:after|aiming at|aiming for|looking for|working towards)|want to see|wants to see|hope to see|hopes to see)(?: (?:(?:\\w|[\'’-])+ ){0,2}?(?:\\w|[\'’-])+)?,? (?:is|are|was|were|will be)\\b',
        // A target with its deadline and who is to meet it, said with any verb: "by mid-2026 every participating
        // school should run the module"; not what must have been done first ("should have signed").
        `${deadlineEn},? [^.;]{0,40}?(?<![\\p{L}\\p{N}])(?:every|each|all|both|half|most) [^.;]{0,80}?(?<![\\p{L}\\p{N}])(?:should|must|(?:is|are) to|(?:is|are) expected to) (?!have\\b)\\w+`,
        // An expectation with its deadline: "AFD expects 40 per cent of procedures to be online by 2028".
        `(?:expects?|expected|wants?|hopes?) (?!to\\b)[^.;]{1,80}? to \\w+ [^.;]{0,80}?(?<![\\p{L}\\p{N}])${deadlineEn}`,
        // An indicator: a measure that will be tracked or compared ("the Centre will compare the share of cases
        // dismissed in 2023 and in 2026", "will track how many requests are answered within a month"), or that
        // is tracked; not the number of people trained, nor what trainees learn to track.
        `(?:will|shall|is to|are to|plans? to|intends? to) (?:then |also )?(?:track|monitor|compare|record|count|follow|measure|check),? (?:(?:\\w|[\'’-])+,? ){0,4}?(?:how (?:many|much|long|often|quickly|fast|far)|(?:the |its |their |each )?(?:(?:\\w|-)+ )?${measureEn}|(?:the )?number of (?!(?:participants|trainees|attendees|delegates|students|people|persons|officials|officers)\\b))`,
        `${measureEn} [^.;,]{0,100}?(?<![\\p{L}\\p{N}])(?:is|are|will be|was|were) (?:\\w+ )?(?:tracked|monitored|recorded|compared|followed)\\b`,
        // A survey of the participants on the last day, and what it found.
        `(?<!(?:site|radio|network|wireless|spectrum) )(?:survey|poll|questionnaire|feedback form)s? [^.;]{0,40}?(?<![\\p{L}\\p{N}])on the (?:last|final|closing) day\\b[^.;]{0,40}?(?<![\\p{L}\\p{N}])(?:found|finds|showed|shows|show|revealed|reveals|indicated|indicates) that\\b`,
        // Work scored against a grid: an evaluation ("two examiners scored each file against the Programme's grid").
        '(?:scored|graded|marked|rated|assessed|scores|grades|marks|rates|assesses) (?:(?:\\w|[\'’-])+ ){0,3}?against (?:a |an |the |its |their |(?:\\w|[\'’-])+(?:\'s|’s) )(?:(?:\\w|[\'’-])+ ){0,3}?(?:grid|rubric|scale|scoring sheet|marking scheme|benchmark|standard|criteria|checklist)s?\\b',
        // Round 21 and 22. An exam passed is an evaluation of what was learned ("41 analysts passed the final
        // examination"), unlike a head count; not an exam that admits people ("passed the entrance exam").
        '(?:passed|have passed|had passed|succeeded in) (?!(?:the |their |its |a |an )?(?:entrance|admission|selection|pre-?selection|placement|language|qualifying|aptitude|screening)\\b)(?:the |their |its |a |an )?(?:(?:\\w|-)+ ){0,2}?(?:exams?|examinations?|final tests?|certification tests?)\\b',
        // A measure reported at set intervals: an indicator ("the unit reports every quarter on the number of cases closed").
        '(?:reports?|reported|reporting|will report) (?:(?:each|every) (?:\\w+ )?(?:month|quarter|semester|half-year|year|six months)|quarterly|monthly|annually|yearly|twice a year) on (?:the (?:number|share|proportion|rate|percentage) of|how many)\\b(?! (?:participants|trainees|attendees|people|persons|students|delegates)\\b)',
        // A service the work brought back: "payroll could again be paid", "the registry was restored".
        'could (?:again|once again|once more) be \\w+', '(?:was|were|has been|have been) (?:fully )?(?:restored|brought back (?:online|into service))\\b',
        // Rounds 25 and 26. A service back, said without "restored": "payroll was back online after nine days", "the
        // portal came back up", "the registry was running again"; not a backup, nor a team that "came back" in 2024.
        '(?:was|were|came|went|got|has been|have been|had been|is now|are now) (?:fully |partly |partially )?back (?:online|on-line|on line|in (?:service|operation|use)|up(?: and running)?|to normal)\\b', '(?:was|were|has been|have been|is now|are now) (?:up and )?running (?:again|normally again)\\b', '(?:was|were|is now|are now) (?:online|operational|available|in service) again\\b',
        // Rounds 25 and 26. A share of the gaps a review found, or of its recommendations, now remedied: "71 per cent
        // of critical vulnerabilities fixed on time", "two thirds of the recommendations have been implemented".
        // Not a share of participants, nor a general statistic in the present ("half of vulnerabilities are fixed…").
        `(?:\\d+(?:[.,]\\d+)? ?(?:%|per ?cent|percent)|half|(?:a|one|two) thirds?|(?:a|one|three) quarters?|most|all|nearly all|almost all) of (?:the |its |their |these )?(?:(?:\\w|-)+ ){0,2}?(?:${gapsEn}|recommendations|corrective actions|remedial actions|action points) (?:(?!(?:are|is|be|will|would|should|must|can|could|may|might|get|gets|never|not|usually|typically|often|rarely|generally|remain|remains)\\b)(?:\\w|[\'’-])+ ){0,5}?(?:(?:were|have been|had been|has been|was|are now|have now been|were then) )?(?:fixed|corrected|remedied|remediated|patched|closed|resolved|implemented|mitigated|put in place|acted (?:up)?on|taken up)\\b`,
        // Rounds 25 and 26. What a membership, an accession or an accreditation the work prepares is to bring:
        // "membership should give the team direct access to alerts", "accession to the convention will open access to…".
        `(?:membership|accession|accreditation|certification|affiliation)(?: (?:of|to|in|with|at) [^.;,]{1,60}?)? (?:should|will|would|is to|is meant to|is intended to|ought to) (?:also |in turn |then )?(?:give|bring|offer|grant|provide|secure|allow|let|open (?:the door|doors|access|up))\\b(?! rise\\b)`,
      ],
      fr: [
        'vis(?:e|ent|ant|ait|aient|era|eront) à', 'il s[\'’]agi(?:t|ssait|ra) (?:de |d[\'’])[a-zéèêàâîôûç]+(?:er|ir|re)\\b',
        // Un changement mesuré : « le délai est passé de six heures à moins de deux ».
        '(?:est|sont|a|ont) (?:passée?s?|baissé|diminué|augmenté|chuté|reculé|progressé) (?:de |d[\'’])[^.;]{1,50}? à\\b', '(?:est|sont) passée?s? à\\b', '(?:a|avait|aura|ont|avaient|auront) pour (?:but|objet|objectif)s?',
        // Round 21 et 22 : les objectifs de développement durable (ou du Millénaire) sont ceux de l'ONU, pas le but du programme.
        'objectifs?\\b(?! (?:de|du|pour le) développement durable\\b)(?! du Millénaire\\b)', 'but\\b', 'afin (?:de|d[\'’])', 'afin (?:que|qu[\'’])', 'de sorte que',
        // Rounds 25 and 26: not the people a course is meant for (« destinée à des agents de la police judiciaire »).
        `destiné\\w* à(?!${audiencePhraseFr})`,
        // "pour" + an infinitive is a purpose: "pour identifier…", "pour renforcer…".
        // « pour » and an infinitive; not the words that only end like one (« pour quatre mois », « pour notre part »).
        'pour (?!(?:quatre|notre|votre|autre|centre|membre|titre|ordre|chiffre|nombre|lettre|cadre|registre|ministre|semestre|trimestre|septembre|octobre|novembre|décembre|premier|dernier|entier|hier|hiver)\\b)(?:[a-zéèêàâîôûç]+(?:er|ir|re))\\b', 'aux fins (?:de|d\')',
        // A target said as a change to come: « devrait passer de 40 à 10 jours », « doit ramener la fraude sous 0,05 % ».
        '(?:devrait|devraient|doit|doivent|devra|devront) (?:passer|tomber|baisser|monter|descendre|être ramenée?s?|être portée?s?) (?:de |d[\'’])[^.;]{1,40}? à\\b',
        '(?:devrait|devraient|doit|doivent|devra|devront) (?:ramener|porter|réduire|abaisser|augmenter|faire passer) [^.;]{1,60}? (?:à|sous|au-dessous de|en dessous de|au-delà de) (?:\\d|moins|plus)',
        // Les résultats d'un scrutin ne sont pas ceux du programme : « la transmission des résultats provisoires ».
        // Rounds 25 and 26: not a « Résultats : » line that only counts people trained (notHeadCountFr).
        `(?<!transmission des |proclamation des |publication des |centralisation des )résultats?\\b(?! (?:provisoires|définitifs|électoraux|officiels|des élections|du scrutin|du vote|des votes|du référendum|d[\'’](?:expertise|analyses?|examens?|extraction|recherches?)|de (?:l[\'’](?:expertise|analyse|examen|extraction)|laboratoire|recherche))\\b)(?! (?:de l[\'’]|du |de la |des )(?:(?:\\w|[\'’-])+ )?(?:appels?|sélections?|concours|appels? à (?:projets|candidatures|propositions))\\b)${notHeadCountFr}`,
        // Les résultats d'un appel, d'une sélection ou d'un concours sont la liste des retenus, pas ce que le travail a
        // obtenu ; les indicateurs de compromission ou d'attaque sont des traces techniques, pas des mesures du travail.
        // Round 23 et 24 : des indicateurs que les équipes échangent ou partagent sur une plateforme sont du renseignement
        // sur les menaces (« les membres échangent des indicateurs sur une plateforme commune », « l'échange
        // d'indicateurs »), pas des mesures du travail.
        `(?<!(?:menace|techniques?|réseau|malveillance) )(?<!(?:${indicatorExchangeFr}|partag\\w*|diffus\\w*) (?:(?:des|les|de|d[\'’]|leurs|ses|nouveaux|ces) ?){0,2})indicateurs?\\b${notTechnicalIndicatorsFr}(?! (?:de (?:compromission|compromis|menaces?)|d[\'’](?:attaques?|intrusion|compromission))\\b)(?! techniques?\\b)(?! (?:(?:sont|étaient|seront) )?échangés\\b)(?! (?:(?:sont|étaient|seront) )?(?:partagés|diffusés) (?:(?:\\w|[\'’-])+ ){0,3}?(?:via|sur|par|dans) (?:la |le |l[\'’]|une? |leur |sa |son )?(?:(?:\\w|-)+ ){0,3}?${exchangeChannelFr}\\b)`,
        `(?<=(?:partag|diffus)\\w* (?:(?:des|les|de|d[\'’]|leurs|ses|nouveaux|ces) ?){0,2})indicateurs?\\b(?! (?:de (?:compromission|compromis|menaces?)|d[\'’](?:attaques?|intrusion|compromission))\\b)(?! techniques?\\b)(?! (?:(?:\\w|[\'’-])+ ){0,3}?(?:via|sur|par|dans) (?:la |le |l[\'’]|une? |leur |sa |son )?(?:(?:\\w|-)+ ){0,3}?${exchangeChannelFr}\\b)`, 'évaluat\\w*', 'évalu[ée]\\w*', 'mesur(?:er|é|ée|és|ées|able|ables)\\b', 'mesures? (?:de l\'|des |du )(?:impact|progrès|résultats|effets)', 'impact\\b',
        // Round 23 et 24 : « une atteinte à » est une violation (« atteintes aux droits d'auteur », « atteintes aux
        // systèmes de traitement automatisé de données »), pas un objectif atteint ; « atteintes à 80 % » ou « à la
        // fin du projet » en reste un.
        'atteint(?!es? (?:à|aux|au)\\b(?! (?:\\d|la fin|l[\'’]issue|mi-parcours|(?:son |leur )?terme|hauteur|temps|l[\'’]échéance|100))(?<!(?:cibles?|objectifs?|valeurs?|résultats?|\\d+ %?) (?:(?:ont|a|sont|est|seront|sera|été|déjà|bien|pleinement|toutes|tous) ){0,3}atteint))\\w*', `permis de${notTrainingCountFr}`, `permet(?:tra|tant)? de${notTrainingCountFr}`, '(?:doit|doivent|devrait|devraient|devra|devront|pour) permettre (?:de|d[\'’]|aux?|à)', '(?:ont|a|avaient|avait) obtenu', '(?:ont|a) été certifié\\w*',
        // A purpose said another way: « pour que l'agence puisse », « en vue de », « dans le but de ».
        'pour (?:que|qu[\'’])', 'en vue (?:de|d[\'’])', '(?:avec pour|dans l[\'’]|dans un) (?:objectif|ambition|optique)', 'l[\'’](?:ambition|enjeu|idée|intention)(?: (?:affiché|déclaré|premi(?:er|ère)|principal|central|essentiel|réel|commun|partagé|ultime|final|véritable|majeur|concret))?(?:le|e)?s?(?:, [^,.;]{1,50},)? (?:est|était|sera) (?:(?:très|bien|simple|concret|clair|double|triple) )*(?:de (?!taille\\b|poids\\b|premier plan\\b)|d[\'’](?!importance\\b|ampleur\\b)|que|qu[\'’]|:)',
        // Ce que le travail a laissé : les recommandations d'un rapport, des mesures reprises dans une stratégie.
        `(?:formul|dress|list|énum|identifi|établi|présent|rassembl)\\w* (?:\\w+ ){0,3}${outputsFr}`,
        `${followsPartnerPlanFr}(?:repris|reprises|intégré|intégrés|intégrée|intégrées|inscrit|inscrits|inscrite|inscrites|retenu|retenus|retenue|retenues|traduit|traduits|traduites) (?:\\w+ ){0,2}(?:dans|à|par) (?:la |le |les |l[\'’]|sa |son |ses |leur |leurs )?(?:(?:\\w|[\'’-])+ ){0,2}(?:stratégie|loi|projet de loi|plan|politique|feuille de route|cadre|réglementation|programme national|cursus|procédure)s?`,
        '(?:appuy|fond|inspir)\\w* (?:\\w+ ){0,4}pour (?:finaliser|réviser|rédiger|préparer|actualiser|mettre à jour|adopter|élaborer)', `(?:au terme d[eu]|à l[\'’]issue d[eu]|à la fin d[eu]) (?:la |le |l[\'’])?(?:projet|programme|formation|exercice|phase|cycle|mission|semaine|session|stage|atelier|module|cours)\\b,? [^.;]{0,120}?(?<![\\p{L}\\p{N}])(?:${targetStateFr}|${learnerStateFr})`,
        // Une cible contre la situation de départ : « 40 opérateurs raccordés, contre 12 aujourd'hui ».
        'contre (?:\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|quelques) (?:(?:\\w|[\'’-])+ ){0,3}(?:aujourd[\'’]hui|actuellement|à ce jour|à l[\'’]heure actuelle)', 'dans le but (?:de|d[\'’])', 'de manière à',
        // Found by probing with lines of real drafts: un but dit avec un verbe de visée (« entend renforcer »,
        // « ambitionne de », « a vocation à », « cherche à », « tend à », « se propose de », « a pour finalité »),
        // une aide ou un effet attendus (« doit aider les États à adopter », « devait permettre »), les moyens donnés
        // (« donne aux enquêteurs les moyens de »), où mène le travail (« à terme, chaque pays disposera… »).
        'entend(?:ent|ait|aient|ra|ront)? (?!(?:parler|dire)\\b)[a-zéèêàâîôûç]+(?:er|ir|re)\\b', 'ambitionn\\w* (?:de|d[\'’])', '(?:a|ont|avait|avaient) (?:pour )?vocation (?:à|de|d[\'’])',
        '(?:cherch(?:e|ent|ait|aient|era|eront)|tend(?:ent|ait|aient|ra|ront)?) à [a-zéèêàâîôûç]+(?:er|ir|re)\\b', 'se propos(?:e|ent|ait|aient) (?:de|d[\'’])', '(?:a|ont|avait|avaient) pour (?:finalité|ambition|mission)\\b', 'finalité (?:est|était|sera) (?:de|d[\'’])',
        '(?:devait|devaient) permettre (?:de|d[\'’]|aux?|à)', '(?:doit|doivent|devrait|devraient|devra|devront|devait|devaient|va|vont) aider (?:(?:\\w|[\'’-])+ ){0,3}?à [a-zéèêàâîôûç]+(?:er|ir|re)\\b',
        '(?:donne|donnent|donner|donné|fournit|fournissent|fournir|fourni|dote|dotent|doter|doté)e?s? (?:(?:\\w|[\'’-])+ ){0,3}?(?:les |des )?(?:moyens|outils|compétences|capacités) (?:de|d[\'’]|pour)\\b',
        '(?<![\\p{L}\\p{N}\'’][ \\t]{1,3})à terme,? [^.;]{0,80}?(?<![\\p{L}\\p{N}])(?:disposera|disposeront|pourra|pourront|sera|seront|devra|devront|aura|auront)\\b',
        // Un résultat dit simplement : devenu opérationnel, mis en service (fait accompli, pas la « mise en
        // service » d'une liste d'activités), rendu possible par le travail, dû au programme.
        '(?:est|sont|était|étaient) (?:devenue?s?|désormais|aujourd[\'’]hui|maintenant) (?:pleinement )?opérationnel(?:le)?s?\\b', '(?:a|ont|avait|avaient) été mise?s? en service\\b',
        '(?:a|ont|avait|avaient|aura|auront) permis (?:l[\'’]|la |le )(?:adoption|création|mise en place|mise en service|publication|entrée en vigueur|certification|accréditation|lancement)\\b',
        // Ce à quoi le travail a abouti : « a abouti à la publication d'un recueil », « a débouché sur », « s'est traduit par »
        // (led to, resulted in) ; pas un nombre de personnes formées, ni un projet « mené à terme ».
        `(?<!(?:pas|jamais|point|guère) )abouti(?:t|ssent|ra|ront|rait|raient|ssait|ssaient|ssant)? (?:à|au|aux)\\b${notParticipantCountFr}`,
        `(?<!(?:pas|jamais|point|guère) )débouch(?:é|e|ent|era|eront|erait|eraient|ait|aient|ant) sur\\b${notParticipantCountFr}`,
        `(?:s[\'’](?:est|était) (?:traduite?|concrétisée?)|se (?:sont|étaient) (?:traduite?s|concrétisée?s)|se (?:tradui(?:t|sent|ra|ront|sait|saient)|concrétise(?:nt|ra|ront)?)) (?:notamment )?par\\b${notParticipantCountFr}`,
        `(?:a|ont|avait|avaient|aura|auront) (?:conduit|mené) (?:notamment )?(?:à|aux?) ${changeNounFr}`,
        'grâce (?:à|au|aux) (?:la |l[\'’]|ce |cet |cette |ces |notre |son |sa |leur )?(?:(?:\\w|-)+ ){0,2}?(?:programme|projet|mission|formation|appui|soutien|accompagnement|assistance|atelier|exercice|cours|stage|conseil|tutorat)s?\\b', '(?:conclusions|recommandations|résultats|enseignements) (?:\\w+ )?(?:nourriront|orienteront|guideront|serviront|alimenteront|éclaireront)',
        // Les progrès jugés ou suivis : « les progrès sont appréciés au regard de l'état des lieux initial ».
        '(?:les )?progrès (?:sont|seront|ont été|seraient) (?:\\w+ )?(?:appréciés|jugés|suivis|relevés|lus)\\b',
        // Une cible et son échéance : « d'ici la fin de 2026, les deux tiers des dossiers devraient comporter… », « d'ici à 2027, le délai sera ramené à… ».
        `${deadlineFr},? [^.;]{0,120}?(?<![\\p{L}\\p{N}])${targetStateFr}`, `${targetStateFr} [^.;]{0,80}?${deadlineFr}`,
        // Ce que l'exercice ou le bilan a montré : « le retour d'expérience a montré que… ».
        '(?:retour d[\'’]expérience|bilan|rapport final|évaluation finale|débriefing|exercice|simulation) (?:\\w+ ){0,3}(?:a|ont) (?:montré|révélé|établi|mis en évidence|fait apparaître) (?:que|qu[\'’]|combien|si)\\b',
        // Un texte appuyé, désormais adopté : « la stratégie a été adoptée en conseil des ministres ».
        `${notWaitingFr}${adoptedTextFr} (?:(?:\\w|-)+ ){0,3}(?:a|ont) été (?:formellement |finalement |ensuite )?(?:adopté|promulgué|approuvé|validé|voté|publié)e?s?\\b`,
        // Un résultat compté : « deux des neuf analystes animent désormais le cours ».
        `${countWordsFr} (?:des|d[\'’]entre les) ${countWordsFr} (?:(?:\\w|-)+ ){0,3}(?:désormais|aujourd[\'’]hui|depuis)\\b`,
        // Ce sur quoi le travail sera jugé, ou un plancher à tenir : « sera jugé sur une seule mesure », « ne doit pas descendre sous 99,9 % ».
        '(?:sera|seront|est|sont) (?:\\w+ )?jugée?s? (?:sur|à l[\'’]aune|au regard|d[\'’]après)\\b', '(?:ne )?(?:doit|doivent|devra|devront|devrait|devraient) (?:pas |jamais )?(?:descendre|tomber|passer|repasser) (?:sous|au-dessous|en dessous|en deçà)\\b',
        // L'objectif d'un cours, dit comme ce que l'apprenant saura faire : « chacun devait savoir remonter… ».
        learnerStateFr,
        // Ce à quoi la réussite se juge : « le critère de réussite retenu ».
        'critères? (?:de|du) (?:réussite|succès)\\b', '(?:la )?(?:réussite|succès) (?:se mesure|se mesurera|sera mesurée?|se jugera|sera jugée?|sera appréciée?)\\b',
        // Ce que les participants ont emporté : « chaque délégation est repartie avec la liste des infractions manquantes ».
        '(?:repart\\w*|reparti\\w*|rentr(?:é|ée|és|ées|ent|era|eront|er)|retourn(?:é|ée|és|ées|ent|era|eront|er)) avec (?:un|une|son|sa|ses|leur|leurs|le|la|les) (?:(?:\\w|[\'’-])+ ){0,3}(?:liste|plan|projet|feuille de route|rapport|esquisse|ébauche|canevas|inventaire|cartographie|diagnostic|procédures?|stratégie|mandat)\\b',
        // Ce qu'une revue ou un test a trouvé, compté : « les revues ont relevé 57 vulnérabilités » ; pas ce qu'une revue antérieure « avait relevé ».
        '(?<!(?:avait|avaient) (?:\\w+ )?)(?:relev|identifi|détect|découv|révél|constat)\\w* (?:\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|cent|une (?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine) de) (?:(?:\\w|-)+ ){0,2}(?:vulnérabilités|failles|faiblesses|écarts|lacunes|non-conformités|défaillances|manquements)\\b',
        // Round 17. Ce qu'une unité mise en place a traité dans sa première période, compté : « au cours de sa
        // première année, la cellule a traité 38 incidents » ; pas les personnes formées, ni des cas d'exercice.
        `${firstPeriodFr},? ${unitFr} (?:(?:\\w|[\'’-])+ ){0,3}(?:a|ont) (?:déjà )?${handledFr} (?:(?:quelque|environ|près de|plus de|presque) )?${countWordsFr}\\b(?! (?:cas (?:fictifs|d[\'’]école|pratiques)|exercices?|candidatures|candidats|candidates|inscriptions|participants|participantes|stagiaires|étudiants|étudiantes)\\b)`,
        `${unitFr} (?:(?:\\w|[\'’-])+ ){0,3}(?:a|ont) (?:déjà )?${handledFr} (?:(?:quelque|environ|près de|plus de|presque) )?${countWordsFr}\\b(?! (?:cas (?:fictifs|d[\'’]école|pratiques)|exercices?|candidatures|candidats|candidates|inscriptions|participants|participantes|stagiaires|étudiants|étudiantes)\\b)[^.;]{0,60}?(?<![\\p{L}\\p{N}])${firstPeriodFr}`,
        // Une pratique qui doit cesser à une échéance : « d'ici 2028, aucun ministère ne devrait plus conserver… ».
        `${deadlineFr},? (?:plus )?aucune? (?!(?:autre|nouveau|nouvelle|financement|versement|crédit|tranche)s?\\b)[^.;]{0,80}?(?<![\\p{L}\\p{N}])ne (?:devr(?:a|ait|ont|aient)|doi(?:t|vent)|pourr(?:a|ait|ont|aient))\\b`,
        // Ce qu'un rapport ou un bilan recense, compté : « le rapport de l'exercice recense neuf lacunes ».
        `${reviewFr} (?:(?:\\w|[\'’-])+ ){0,3}(?<!(?:avait|avaient) (?:\\w+ )?)(?:recens|énum[èé]r|dénombr|list|pointe|signal|note|mentionn)\\w* ${countWordsFr} (?:(?:\\w|-)+ ){0,2}${gapsFr}\\b`,
        // Une enquête qui mesurera ; ce qu'a montré le questionnaire rempli en fin de session.
        `(?:enquête|sondage|questionnaire|étude)s? (?:(?:\\w|[\'’-])+ ){0,6}(?:mesurera|mesureront|mesurerait|mesureraient)\\b`,
        `(?:questionnaire|sondage|enquête)s? (?:de satisfaction |d[\'’]évaluation )?[^.;]{0,40}?(?<![\\p{L}\\p{N}])(?:(?:en|à la) fin|à l[\'’]issue|au terme) (?:de l[\'’]|d[\'’]|du |de la |de |des )?(?:atelier|formation|session|stage|cours|module|séminaire|exercice)s?\\b[^.;]{0,40}?(?<![\\p{L}\\p{N}])(?:montr|révèl|indiqu|fait apparaître|font apparaître)\\w* (?:que|qu[\'’])`,
        `(?:questionnaire|sondage|enquête)s? (?:(?:de satisfaction|de fin (?:de |d[\'’])(?:atelier|formation|session|stage|cours|module|séminaire|exercice)|rempli(?:e|s|es)? par les (?:participant|stagiaire|apprenant|auditeur)\\w*) ){1,2}(?:(?:\\w|[\'’-])+ ){0,3}(?:montr|révèl|indiqu|fait apparaître)\\w* (?:que|qu[\'’])`,
        // Une mesure portée à un niveau, atteint ou à atteindre : « le délai moyen de réponse est tombé à quatre jours »,
        // « le projet doit porter à 90 % la part des points de contact qui répondent… ».
        `${measureFr} [^.;,]{0,60}?(?<![\\p{L}\\p{N}])(?:est|sont|a été|ont été) (?:tombée?s?|descendue?s?|retombée?s?|montée?s?|remontée?s?|ramenée?s?|réduite?s?|abaissée?s?|portée?s?) (?:à|sous|au-dessous de|en dessous de) (?:(?:moins de|plus de|environ|seulement) )?${countWordsFr}\\b(?! (?:reprises|participants|participantes|stagiaires|délégués|étudiants|étudiantes|personnes|agents|analystes)\\b)`,
        '(?:devrait|devraient|doit|doivent|devra|devront) (?:ramener|porter|réduire|abaisser|faire passer|faire monter|faire tomber) (?:à|sous|au-dessous de|en dessous de|au-delà de) [^.;]{1,30}? (?:la part|le taux|le nombre|la proportion|le pourcentage|le délai|la durée|le temps|la couverture)\\b',
        // Round 18. Un but dit comme ce que l'on attend : « ce que les ministères attendent, c'est… ».
        'ce (?:que|qu[\'’]) (?:(?:\\w|[\'’-])+ ){0,4}?(?:attend|attendent|attendait|attendaient|veut|veulent|voulait|voulaient|visent|vise|visaient|cherche|cherchent|cherchaient|recherchent|espère|espèrent|espéraient|souhaite|souhaitent|souhaitaient)(?: (?:(?:\\w|[\'’-])+ ){0,2}?(?:\\w|[\'’-])+)?,? (?:c[\'’]est|ce sont|c[\'’]était|est|sont|était)\\b',
        // Une cible, son échéance et qui doit l'atteindre, avec n'importe quel verbe : « d'ici octobre 2025, chaque
        // point de contact devrait répondre en moins de quatre heures » ; pas ce qui doit avoir été fait avant (« devra avoir signé »).
        `${deadlineFr},? [^.;]{0,40}?(?<![\\p{L}\\p{N}])(?:chaque|chacune? des|chacun des|tous les|toutes les|l[\'’]ensemble des|la moitié des|les deux tiers des|la plupart des) [^.;]{0,80}?(?<![\\p{L}\\p{N}])(?:devr(?:a|ait|ont|aient)|doi(?:t|vent)) (?!avoir\\b)\\w+`,
        // Une attente et son échéance : « l'agence escompte que 40 % des démarches soient en ligne d'ici 2028 ».
        `(?:escompte|escomptent|escomptait|s[\'’]attend(?:ent|ait|aient)? à ce) (?:que|qu[\'’]) [^.;]{0,100}?(?<![\\p{L}\\p{N}])${deadlineFr}`,
        // Un indicateur : une mesure suivie ou à suivre (« le taux d'insertion des diplômés est suivi promotion par promotion »,
        // « comparera la part des affaires classées ») ; pas le nombre de personnes formées.
        `(?:suivr(?:a|ont)|mesurer(?:a|ont)|comparer(?:a|ont)|relèver(?:a|ont)|compter(?:a|ont)|recenser(?:a|ont)),? (?:(?:\\w|[\'’-])+,? ){0,4}?(?:combien|le nombre (?:de|d[\'’])(?! (?:participants|participantes|stagiaires|personnes|agents|délégués|étudiants|étudiantes)\\b)|(?:la |le |les |l[\'’])?${measureFr} )`,
        `${measureFr} [^.;]{0,100}?(?<![\\p{L}\\p{N}])(?:est|sont|sera|seront|était|étaient) (?:\\w+ )?(?:suivie?s?|relevée?s?|comparée?s?|calculée?s?)\\b`,
        // Un questionnaire du dernier jour, et ce qu'il montre.
        `(?:questionnaire|sondage|enquête)s? [^.;]{0,40}?(?<![\\p{L}\\p{N}])(?:le|au|lors du) (?:dernier jour|jour de clôture)\\b[^.;]{0,40}?(?<![\\p{L}\\p{N}])(?:montr|révèl|indiqu|fait apparaître|font apparaître)\\w* (?:que|qu[\'’])`,
        // Un travail noté selon une grille : une évaluation.
        '(?:noté|notée|notés|notées|corrigé|corrigée|corrigés|corrigées) (?:(?:\\w|[\'’-])+ ){0,3}?(?:selon|d[\'’]après|au regard d[eu]|sur la base d[eu]) (?:la |une |sa |leur |le |un )(?:(?:\\w|[\'’-])+ ){0,3}?(?:grille|barème)s?\\b',
        // Round 21 et 22. Un but dit par « viser » et un nom de ce qui doit être atteint : « vise une capacité
        // autonome de détection », « vise une proportion de 40 % de femmes » ; pas un public visé (« vise les PME »).
        'vis(?:e|ent|ait|aient|era|eront|ant) (?:une?|la|le|l[\'’]) ?(?:(?:\\w|-)+ )?(?:capacités?|autonomie|proportion|part|taux|réduction|baisse|hausse|augmentation|amélioration|couverture|niveau|certification|accréditation|mise en (?:place|service|œuvre)|création|adoption|montée en (?:puissance|compétences?)|maturité|délai)\\b',
        // Un examen réussi est une évaluation de ce qui a été appris, pas un décompte ; pas un examen d'entrée.
        '(?:ont|a|avaient|avait) (?:tous |toutes )?réussi (?:l[\'’]|les |leur |leurs |un |une |son |sa )?(?:examens?|épreuves?|tests?|certifications?)\\b(?! (?:d[\'’](?:entrée|admission|aptitude)|de (?:sélection|présélection|langue|niveau|recrutement))\\b)',
        // Une mesure dont il est rendu compte à échéance fixe : un indicateur (« rend compte chaque trimestre du nombre de dossiers »).
        `rend(?:ent|ra|ront|ait|aient)? compte (?:(?:chaque|tous les) (?:\\w+ )?(?:mois|trimestre|trimestres|semestre|semestres|année|ans)|mensuellement|trimestriellement|semestriellement|annuellement) (?:du nombre (?:de|d[\'’])(?! (?:participants|participantes|stagiaires|personnes|agents|délégués|étudiants|étudiantes)\\b)|du taux|de la part|de la proportion|du délai|des délais)`,
        // Un service que le travail a rétabli : « la paie a pu être versée de nouveau », « le registre a été rétabli ».
        '(?:a|ont|avait|avaient) pu être (?:\\w+ ){1,2}?(?:de nouveau|à nouveau)\\b', '(?:a|ont|avait|avaient) été (?:entièrement )?(?:rétabli|remis en service|remis en ligne)e?s?\\b',
        // Round 25 et 26. Un service revenu, dit sans « rétabli » : « la paie était de nouveau en ligne », « le portail est
        // revenu en service » ; pas une équipe revenue, ni une sauvegarde.
        '(?:est|sont|était|étaient|fut|furent|a été|ont été) (?:de nouveau|à nouveau) (?:en ligne|en service|opérationnel(?:le)?s?|accessibles?|disponibles?|fonctionnel(?:le)?s?)\\b', '(?:est|sont|était|étaient) (?:revenue?s?|repassée?s?) en (?:ligne|service)\\b', '(?:a|ont|avait|avaient) retrouvé (?:un|son|leur) fonctionnement normal\\b',
        // Round 25 et 26. Une part des failles relevées, ou des recommandations, traitée : « 71 % des vulnérabilités critiques
        // corrigées dans les délais », « les deux tiers des recommandations ont été mises en œuvre » ; pas une part des
        // participants, ni une statistique générale au présent (« la moitié des failles sont corrigées en un mois »).
        `(?:\\d+(?:[.,]\\d+)? ?(?:%|pour ?cent)|la moitié|(?:le|un|les deux) tiers|(?:les trois|un) quarts?|la plupart|la totalité|l[\'’]ensemble) (?:des|de leurs|de ses|de ces) (?:(?:\\w|-)+ ){0,2}?(?:${gapsFr}|recommandations|mesures correctives|actions correctives) (?:(?!(?:sont|est|seront|sera|soient|ne|n[\'’]|restent|reste|doivent|doit|peuvent|devraient|être|généralement|souvent|rarement|jamais)(?![\\p{L}\\p{N}]))(?:\\w|[\'’-])+ ){0,5}?(?:(?:ont été|a été|avaient été|avait été|étaient|était|sont désormais|sont aujourd[\'’]hui|sont maintenant) )?(?:corrigée?s?|résolue?s?|levée?s?|comblée?s?|mise?s? en œuvre|closes?|clôturée?s?|réglée?s?|suivie?s? d[\'’]effet)(?![\\p{L}\\p{N}])`,
        // Round 25 et 26. Ce qu'une adhésion, une accréditation ou une certification que le travail prépare doit apporter :
        // « l'adhésion doit donner à l'équipe un accès direct aux alertes » ; pas « donnera lieu à un audit ».
        `(?:adhésion|accréditation|certification|affiliation)(?: (?:à|au|aux|de|du|des|d[\'’]) [^.;,]{1,60}?)? (?:(?:doit|doivent|devrait|devraient|devra|devront|va|vont) (?:aussi |notamment |également |ensuite )?(?:donner|apporter|offrir|ouvrir|procurer|permettre)|donnera|donneront|apportera|apporteront|offrira|offriront|ouvrira|ouvriront|procurera|procureront)\\b(?! lieu\\b)`,
      ],
    },
    examples: {
      en: ['aims to', 'objective', 'results', 'indicators', 'evaluation'],
      fr: ['vise à', 'objectif', 'résultats', 'indicateurs', 'évaluation'],
    },
  },
  {
    id: 'without-conditions',
    principleId: 'evidence-based-neutral-unconditional',
    label: { en: 'without conditions', fr: 'sans condition' },
    nothingContraryFound: { en: 'no condition found', fr: 'aucune condition relevée' },
    evidence: { en: ['without (?:any )?conditions?', 'unconditional\\w*', 'no strings attached'], fr: ['sans (?:aucune )?conditions?', 'inconditionnel\\w*'] },
    examples: {
      en: ['provided that the beneficiary adopts', 'on condition that', "subject to the partner's acceptance of"],
      fr: ['à condition que', 'sous réserve que', 'subordonné à'],
    },
    contrary: {
      en: [
        // "provided that" lays a condition on whoever follows, unless it is the donor's own means.
        'provided that (?!(?:the )?(?:funding|funds|budget|resources|security|circumstances|time|conditions|situation|weather|health)\\b)', 'on (?:the )?condition that',
        `subject to (?:(?:\\w|[\'’-])+ ){0,3}(?:prior |formal |prompt )?(?:accession|adoption|acceptance|ratification|signature|signing|implementation|endorsement|designation|enactment|entry into force|transposition|commitment)\\b`, 'on condition of',
        // Round 23 and 24: "subject to the passage of the bill", "subject to the promulgation of the decree"; the donor's budget
        // passed is set aside by donorMeans ("subject to the passage of the annual budget by the French Parliament").
        `subject to (?:(?:\\w|[\'’-])+ ){0,3}(?:passage|promulgation) of (?:the |a |an |its |their )?(?:(?:\\w|[\'’-])+ ){0,3}?(?:bill|law|act|legislation|code|decree|ordinance|amendments?|budget|finance (?:act|law|bill))s?\\b`, 'conditional (?:up)?on', 'conditioned (?:up)?on', 'contingent (?:up)?on',
        `subject to ${partner}(?:'s|’s)?\\s+(?:accept|adopt|agree|commit|complian|ratif|approv|implement|access)\\w*`,
        'subject to (?:the )?(?:prior )?(?:adoption|acceptance|ratification|signature|implementation) (?:of|by)',
        'in exchange for', 'in return for',
        // Support made to wait on a legal or political act of the partner, without the word "condition".
        '(?:is|are|was|were|remains?) (?:tied|linked) to (?:the )?(?:\\w+(?:\'s|’s)? ){0,2}(?:prior |prompt |formal )?(?:adoption|designation|signature|signing|ratification|approval|acceptance|entry into force|enactment|passage|endorsement)',
        'will (?:only )?be (?:released|disbursed|delivered|provided|granted|paid|made available|unlocked|extended|renewed)[^.]{0,40}? (?:once|when|after|as soon as|upon) (?:the )?(?:partner|beneficiar|government|recipient|authorit|countr|state|ministr|parliament)\\w*',
 'as a (?:pre-?)?condition (?:of|for)', `only if ${partner}`,
        // Round 23 and 24: "only if their government has first adopted a strategy": the partner named by a possessive, its act after.
        `only if (?:their|its|each|every) (?:own )?(?:(?:\\w|-)+ )?${partnerServiceEn} (?:has|have|had) (?:(?:first|already|formally|previously) )?${partnerActEn}`, `on the understanding that ${partner}`,
        // Support that starts, or is paid, only after a partner's act: "the second phase starts once
        // Cabinet has endorsed the strategy", "funds are released after the law is adopted".
        `(?:starts?|begins?|(?:move|moves|moved|proceed|proceeds|advance|advances|progress|progresses|go|goes) on to|(?:is|are) admitted to|qualif(?:y|ies) for|will (?:start|begin|follow|proceed|resume)|(?:is|are|will be) (?:released|disbursed|paid|unlocked|granted|provided|delivered|funded|extended|renewed|shipped|installed|handed over|supplied|transferred|financed|committed|launched|offered|opened))[^.;]{0,30}? (?:only )?(?:once|after|when|as soon as|until) [^.;]{0,60}?(?:(?:has|have|had) (?:\\w+ )?(?:been )?|(?:is|are) (?:formally )?)${partnerActEn}`,
        // Support held back until the act: "will not be installed until the decree has been published", "will not begin before…".
        `will not (?:(?:\\w|[\'’-])+ ){0,6}(?:until|before) [^.;]{0,60}?(?:(?:has|have|had) (?:\\w+ )?(?:been )?|(?:is|are) (?:formally )?)${partnerActEn}`,
        `(?:held back|withheld|kept in reserve|on hold)[^.;]{0,40}? until [^.;]{0,60}?(?:(?:has|have|had) (?:\\w+ )?(?:been )?|(?:is|are) (?:formally )?)${partnerActEn}`,
        `will (?:stay|remain|be kept|be held|be stored)[^.;]{0,40}? until [^.;]{0,60}?(?:(?:has|have|had) (?:\\w+ )?(?:been )?|(?:is|are) (?:formally )?)${partnerActEn}`,
        // Support kept for those who met a prerequisite: "only for commands that have first connected…".
        // "only to forces whose governments had already designated…": the prerequisite may be met by the body's State.
        `only (?:for|to) (?:\\w+ ){1,4}(?:that |which |who |whose (?:\\w+ ){1,2}?)(?:have|has|had) (?:(?:first|already|previously|formally) \\w+ed|${partnerActEn})`,
        // A counterpart the partner must put in first: "each proposal must be matched by a national contribution".
        // Support that waits for the act, named as a noun: "the equipment will follow the publication of the decree".
        `will (?:only )?(?:follow|come after|await|depend on|be subject to) (?:the |its |their )?(?:\\w+ ){0,2}${partnerActNounEn}\\b`,
        // Support kept for those who acted: "only ministries that have designated a contact point may…".
        `only (?:the )?(?:\\w+ ){1,3}(?:that |which |who |whose (?:\\w+ ){1,2}?)(?:have|has|had) (?:(?:first|already|previously|formally) )?${partnerActEn}`,
        // Support reserved for those that already meet a prerequisite: "reserved for governments that had first
        // endorsed the norms", "delivered only to States whose law already requires…".
        `(?:(?:reserved|restricted|limited) (?:only |solely |exclusively )?|only |solely |exclusively )(?:for|to) (?:\\w+ ){1,4}(?:that|which|who|whose) (?:(?:\\w|[\'’-])+ ){0,6}?(?:already|first|previously)\\b`,
        // … or that have done the act, said without "already": "seats are kept for ministries that have named a focal
        // point", "scholarships are reserved for universities that have written four modules into a degree".
        `(?:reserved|restricted|limited|kept) (?:only |solely |exclusively )?(?:for|to) (?:\\w+ ){1,3}(?:that |which |whose (?:\\w+ ){1,2}?)(?:have |has |had )(?:(?:formally|officially) )?(?:${partnerActEn}|(?:written|built|integrated|incorporated) (?:(?:\\w|-)+ ){0,8}(?:into|in) )`,
        'must (?:first )?be (?:matched|co-?financed) by', '(?:matching|counterpart) (?:funds|funding|contribution)s? (?:is |are )?required',
        `(?:requires?|required) (?:the |each |every )?(?:partner|beneficiar|recipient|government|countr|state|ministr|authorit)\\w* to (?:first )?(?:adopt|sign|ratify|designate|commit|contribute|match|connect|join|accede|endorse|transpose|pass|enact|accept)\\b`,
        'before (?:the |a |any )?(?:board|fund|donor|committee|disbursement|funding|support)\\b[^.;]{0,30}? (?:will|can|may) (?:look at|consider|approve|release|fund|be released|be considered)',
        // Support paid for the partners that had already acted, without "only": "paid travel for the delegations of
        // governments that had already put a bill before their parliament", "offered seats to ministries that had first…".
        `(?:paid|pays|pay|paying|covered|covers|cover|funded|funds|fund|financed|finances|finance|offered|offers|offer|granted|grants|awarded|awards|provided|provides) (?:(?:\\w|[\'’-])+ ){0,6}?(?:for|to) (?:the |those |all )?(?:(?:\\w|[\'’-])+ (?:of|from) (?:the |their |its )?)?${partnerBodyEn} (?:that |which |whose (?:\\w+ ){1,2}?)(?:had|have|has) (?:already|first|previously) (?:${partnerActEn}|${partnerSendsEn})`,
        // A document the partner must send first: "only States that have notified a contact point may…".
        `only (?:the |those )?(?:(?:\\w|[\'’-])+ ){0,2}?${partnerBodyEn} (?:that |which |whose (?:\\w+ ){1,2}?)(?:have|has|had) (?:(?:first|already|previously|formally) )?${partnerSendsEn}`,
        // Taking part waits on a step of the partner: "a ministry can nominate officials once its government has sent the survey".
        `${partnerBodyEn}(?: (?:\\w|[\'’-])+){0,2}? (?:can|may|will be able to|(?:is|are) (?:able|allowed|eligible|invited) to) (?:nominate|propose|enrol|enroll|register|send|apply|put|join|take part|participate)\\b[^.;]{0,40}? (?:only )?(?:once|after|when|as soon as) (?:its |their |the |each |every )?(?:(?:\\w|[\'’-])+ ){0,2}?${partnerBodyEn}(?: (?:\\w|[\'’-])+){0,3}? (?:has|have|had) (?:(?:first|already|formally|duly) )?(?:been )?(?:${partnerActEn}|${partnerSendsEn})`,
        // A partner that falls short loses its support: "a university below the target loses its grant the next year".
        `${partnerBodyEn}(?: (?:\\w|[\'’-])+){0,6}? (?:loses|lose|will lose|would lose|forfeits|forfeit|will forfeit|would forfeit) (?:its|their|the) (?:(?:\\w|[\'’-])+ ){0,2}?(?:grant|funding|allocation|tranche|financing|subsidy|eligibility)s?\\b`,
        // The donor ties its support to a commitment of the partner: "tied its offer to a commitment from the Ministry to…".
        `(?:tied|ties|tie|tying|linked|links|link|linking) (?:its|their|the|this|that|each|every|any|all|our) (?:(?:\\w|[\'’-])+ ){0,2}?${supportNounEn} to (?:${partnerCommitmentEn}|(?:the )?(?:\\w+(?:'s|’s)? ){0,2}(?:prior |prompt |formal )?${partnerActNounEn}\\b)`,
        `${supportNounEn} (?:(?:\\w|[\'’-])+ ){0,4}?(?:is|are|was|were|remains?|will be) tied to ${partnerCommitmentEn}`,
        // Support kept for the partners that commit to an act: "support is available to countries that commit to align their legislation".
        `(?:available|open|offered|granted|provided|reserved|restricted|limited|given|extended) (?:only |solely |exclusively )?(?:to|for) (?:the |those )?(?:(?:\\w|[\'’-])+ ){0,2}?${partnerBodyEn} (?:that|which|who) (?:(?:formally|publicly|first|explicitly) )?(?:commit|undertake|agree|pledge)s? to\\b`,
        // Round 21 and 22. Only those that took two steps, the partner's act the second: "only teams that had filled in their contact
        // sheet and signed the charter had their costs covered". What they then receive must follow.
        `only (?:the )?(?:(?:\\w|[\'’-])+ ){1,3}?(?:that|which|whose (?:\\w+ ){1,2}?)(?: (?:have|has|had))? (?:(?:\\w|[\'’-])+ ){1,10}?and (?:(?:have|has|had) )?(?:(?:first|already|formally) )?${partnerActEn}\\b[^.;]{0,80}? (?:receive|received|receives|get|got|gets|had (?:their|its) (?:\\w+ ){0,3}?(?:covered|paid|funded|reimbursed)|(?:are|were|was|is) (?:covered|paid|funded|reimbursed|admitted)|could|can|may|qualif(?:y|ied|ies))\\b`,
        // Round 21 and 22. Support that goes only to the bodies that take a step as a standing rule, said in the present:
        // "places go only to services that undertake to keep…", "grants are awarded solely to universities that recognise the credits".
        `(?:go|goes|went|awarded|allocated|paid|given|offered|granted|open|available|reserved|restricted|limited|provided|extended) (?:only|solely|exclusively) (?:to|for) (?:the |those )?(?:(?:\\w|[\'’-])+ ){0,2}?${partnerServiceEn} (?:that|which) (?:(?:formally|publicly|first|explicitly|in writing) )?${partnerRuleActEn}`,
        // Support paid for those whose government acted first, whoever the antecedent: "travel grants were paid to those delegations
        // whose government had first named a coordinator". Not the donor's own staff, nor people.
        `(?:paid|pays|pay|covered|covers|cover|funded|funds|fund|financed|finances|offered|offers|granted|grants|awarded|awards|provided|provides) (?:(?:\\w|[\'’-])+ ){0,6}?(?:for|to) (?:the |those |all )?(?!(?:(?:\\w|[\'’-])+ )?(?:experts?|trainers?|consultants?|${individuals.en})\\b)(?:(?:\\w|[\'’-])+ ){1,2}?whose (?:own )?(?:government|ministry|parliament|authorities|legislature|cabinet)s? (?:had|have|has) (?:already|first|previously) (?:${partnerActEn}|${partnerSendsEn}|registered)\\b(?! (?:the |a |an |its |their )?(?:(?:\\w|-)+ )?(?:agreement|memorandum|MoU|contract)s?\\b)`,
        // "Subject to" a partner taking a step, in the -ing form: "subject to each of them sending its draft beforehand",
        // "subject to all delegations returning the questionnaire". Not people or the donor's staff ("subject to each trainer…"), nor another financier or a supplier.
        `subject to (?:(?:each|every|all|both) (?:of (?:them|the (?:(?:\\w|[\'’-])+ ){0,2}?(?!(?:${individuals.en}|experts?|trainers?|consultants?|instructors?)\\b)(?:\\w|[\'’-])+)|(?!(?:${individuals.en}|experts?|trainers?|consultants?|instructors?)\\b)(?:(?:\\w|[\'’-])+ ){0,1}?(?!(?:${individuals.en}|experts?|trainers?|consultants?|instructors?)\\b)(?:\\w|[\'’-])+)|(?:the |its |their )?(?:(?:\\w|[\'’-])+ ){0,2}?${partnerServiceEn}(?:'s|’s)?) (?:first )?(?:sending|submitting|returning|filing|notifying|transmitting|lodging|naming|designating|appointing|nominating|adopting|signing|ratifying|publishing|enacting|endorsing|connecting|joining|assigning|seconding|recruiting|creating|establishing|registering|committing|matching|contributing|co-?financing|keeping|retaining)\\b`,
        // An offer or a grant that "came with a requirement": what the partner must first do, said after it. The support must be
        // named first: a law, a strategy or a report that "came with a requirement" is no condition on the support.
        // Rounds 27 and 28: a bursary is support as well ("each bursary comes with one requirement: …"); named here only, as a
        // word the combined scan must try at every "b" costs every keystroke.
        `(?:${supportNounEn}|bursar(?:y|ies))(?:'s|’s)?(?: (?:\\w|[\'’-])+){0,6}? (?:came|comes|come|was|were|is|are|will come) with (?:(?:one|a|an|the|two|a single|one single|this) )?(?:(?:single|formal|firm|strict|clear|main|key|further) )?(?:requirement|condition|precondition|pre-condition|prerequisite|proviso)s?(?: attached)?(?: that|:|,| [-–—])\\s*(?:(?:the|each|every|all|its|their|both) )?(?:(?:\\w|[\'’-])+ ){0,2}?${partnerServiceEn}(?: (?:\\w|[\'’-])+){0,3}? (?:(?:had|has|have|must|would have|was|were|would|should|needed|need|needs) )?(?:to )?(?:first )?(?:(?:submit|send|adopt|sign|ratif|designate|appoint|name|pass|enact|publish|endorse|join|accede|transpose|commit|contribute|match|co-?financ|assign|second|create|establish|register|notif)\\w*|${partnerStatementEn})\\b`,
        // Support kept only if the partner keeps or assigns the staff it trained: "continues only if the ministry keeps the trained analysts in post".
        `only if [^.;]{0,60}? (?:keeps?|retains?|assigns?|maintains?|posts?|deploys?) (?:(?:\\w|[\'’-])+ ){0,3}?${trainedStaffEn}\\b`,
      ],
      fr: [
        'à (?:la )?condition (?:que|qu\'|de)', 'sous réserve (?:que|qu\'|de l\'adoption|de l\'acceptation|de la ratification|de la mise en œuvre)', 'subordonn\\w+ à',
        'sous réserve (?:de|d[\'’]|du|des) (?:la |l[\'’]|le |les )?(?:(?:\\w|[\'’-])+ ){0,3}(?:adhésion|adoption|acceptation|ratification|signature|mise en œuvre|désignation|entrée en vigueur|transposition|engagement|promulgation)',
        // Round 23 and 24 : « sous réserve du vote de la loi par l'Assemblée nationale » ; le budget du donateur voté est écarté par donorMeans.
        'sous réserve (?:du|d[\'’]un) vote (?:(?:\\w|[\'’-])+ ){0,2}?(?:de la loi|du projet de loi|des? (?:projets? de )?(?:lois?|textes?|codes?|ordonnances?))\\b',
        'conditionn\\w+ (?:à|par)', 'en échange de', 'en contrepartie (?:de|d\')', 'seulement si', 'uniquement si',
        // « est lié à l'entrée en vigueur d'une loi », « interviendra dès que l'État aura signé ».
        '(?:est|sont|sera|seront|reste|restent) (?:lié|liée|liés|liées) (?:à|au|aux) (?:l[\'’]|la |le |les )?(?:\\w+ ){0,2}(?:adoption|entrée en vigueur|signature|ratification|désignation|approbation|acceptation|promulgation|vote)',
        '(?:dès que|une fois que|lorsque|quand|après que) (?:l[\'’]|le |la |les )?(?:État|pays|partenaire|gouvernement|autorités?|bénéficiaire|parlement)\\w*(?: \\w+){0,2} (?:aura|auront) (?:signé|adopté|ratifié|accepté|approuvé|désigné|mis en œuvre|transposé|voté|promulgué)',
        // « ne démarrera qu'une fois promulguée la loi », « ne sera versé qu'après l'adoption de… ».
        `n(?:e |[\'’])\\w+(?: (?:\\w|[\'’-])+){0,8} (?:qu[\'’](?:une fois|après|à partir du moment où)|que (?:si|lorsque|quand|dès que|dès lors que))[^.;]{0,60}?(?:${partnerActFr}|${partnerActNounFr})`,
        // « la prise en charge suppose que chaque État ait auparavant désigné… ».
        `(?:suppose|supposent|présuppose|présupposent|exige|exigent|requiert|requièrent|impose|imposent|nécessite|nécessitent) (?:que|qu[\'’])[^.;]{0,60}? (?:ait|aient|soit|soient|a|ont) (?:\\w+ )?${partnerActFr}`,
        // A counterpart: « moyennant l'engagement du ministère », « à charge pour l'État de… ».
        'moyennant (?:l[\'’]|la |le |une |un |leur |son |sa )?(?:engagement|adoption|signature|ratification|contrepartie|contribution|cofinancement|participation financière|désignation|versement)',
        `(?:à charge pour|pour autant que|pourvu que) ${beneficiaryFr}`,
        // « ne sera versée qu'aux États ayant publié… », « seuls les ministères qui ont désigné… ».
        `qu[\'’](?:aux|à) (?:\\w+ ){0,3}(?:(?:qui|dont (?:le |la |l[\'’]|les )?(?:\\w+ ){0,2}) ?(?:ont|auront|aura|a) |ayant )(?:préalablement |déjà |au préalable |d'abord )?${partnerActFr}`,
        `seul(?:e|s|es) (?:les |la |le |l[\'’])?(?:\\w+ ){0,3}(?:qui (?:ont|auront|a) |ayant )(?:préalablement |déjà |au préalable |d'abord )?${partnerActFr}`,
        `(?:suivra|suivront|interviendra|interviendront|dépendra|dépendront) (?:de )?(?:la |l[\'’]|le )?(?:\\w+ ){0,2}${partnerActNounFr}`,
        `(?:réservée?s?|limitée?s?|ouverte?s?) (?:uniquement |seulement )?aux (?:\\w+ ){0,3}(?:qui (?:ont|auront|a) |ayant )(?:préalablement |déjà |au préalable |d'abord )?${partnerActFr}`,
        // « livrés aux seuls États dont la législation impose déjà… », « réservé aux pays qui ont déjà… ».
        `(?:aux seul(?:e)?s|qu[\'’]aux|(?:uniquement|seulement|exclusivement|réservée?s?|limitée?s?) aux) (?:\\w+ ){1,3}?(?:dont|qui|ayant) (?:(?:\\w|[\'’-])+ ){0,6}?(?:déjà|préalablement|au préalable|d[\'’]abord)\\b`,
        `(?:sera|seront) (?:débloquée?s?|versée?s?|engagée?s?|financée?s?|libérée?s?|accordée?s?|livrée?s?|installée?s?|lancée?s?|ouverte?s?)[^.;]{0,40}? (?:une fois que|une fois|dès que|lorsque|quand|après que) [^.;]{0,120}?(?:aura|auront) (?:été )?${partnerActFr}`,
        `jusqu[\'’]à ce que (?:le |la |l[\'’]|les )?(?:État|gouvernement|partenaire|pays|bénéficiaire|autorités?|ministère|parlement|assemblée)\\w*(?: (?:\\w|[\'’-])+){0,3} (?:ait|aient) (?:\\w+ )?${partnerActFr}`,
        `${beneficiaryFr}(?: \\w+){0,3} (?:adopte|adoptent|désigne|désignent|signe|signent|ratifie|ratifient|verse|versent|transpose|transposent|promulgue|promulguent) (?:au préalable|d[\'’]abord|préalablement)\\b`,
        `${beneficiaryFr}(?: \\w+){0,3} (?:doit|doivent|devra|devront) (?:au préalable |d'abord |préalablement )?(?:adopter|signer|ratifier|désigner|s[\'’]engager|verser|cofinancer|contribuer|transposer|adhérer|raccorder|se raccorder)\\b`,
        // Un appui payé pour les partenaires qui avaient déjà agi, sans « seulement » : « finance le voyage pour les délégations des États qui avaient déjà déposé un projet de loi ».
        `(?:(?:pris|prise|prises|prend|prennent|prendra|prendront) en charge|financ(?:e|ent|era|eront|ait|aient|é|ée|és|ées)|pa(?:y|i)(?:e|ent|era|eront|ait|aient|é|ée|és|ées)|offr(?:e|ent|ira|iront|ait|aient)|offerte?s?|accord(?:e|ent|era|eront|ait|aient|é|ée|és|ées)|attribu(?:e|ent|era|eront|ait|aient|é|ée|és|ées))\\b (?:(?:\\w|[\'’-])+ ){0,6}?(?:pour (?:les |des )?|aux |à (?:la |l[\'’])?)(?:(?:\\w|[\'’-])+ (?:des|de la|du|de l[\'’]|de) ?)?${partnerBodyFr} (?:qui (?:avaient|avait|ont|a|auront) |ayant |dont (?:\\w+ ){1,2}?(?:avaient|avait|ont|a) )(?:déjà|préalablement|au préalable|d[\'’]abord) (?:${partnerActFr}|${partnerSendsFr})`,
        // Un document que le partenaire doit d'abord envoyer : « seuls les États ayant déjà notifié leur point de contact ».
        `seul(?:e|s|es) (?:les |la |le |l[\'’])?(?:(?:\\w|[\'’-])+ ){0,2}?${partnerBodyFr} (?:qui (?:ont|auront|a|avaient|avait) |ayant |dont (?:\\w+ ){1,2}?(?:a|ont) )(?:préalablement |déjà |au préalable |d[\'’]abord )?${partnerSendsFr}`,
        // Participer attend un acte du partenaire : « un ministère ne peut présenter de candidats qu'une fois que son gouvernement a transmis l'enquête ».
        `${partnerBodyFr}(?: (?:\\w|[\'’-])+){0,2}? (?:ne |n[\'’])?(?:peut|peuvent|pourra|pourront|pourrait|pourraient) (?:y |en )?(?:présenter|proposer|inscrire|désigner|envoyer|candidater|participer|s[\'’]inscrire|rejoindre)\\b[^.;]{0,40}? (?:qu[\'’])?(?:une fois que|dès que|lorsque|quand|après que) (?:son |sa |leur |ses |leurs )?${beneficiaryFr}(?: (?:\\w|[\'’-])+){0,3}? (?:aura|auront|a|ont|avait|avaient) (?:(?:déjà|préalablement|formellement|dûment) )?(?:${partnerActFr}|${partnerSendsFr})`,
        // Le partenaire qui n'atteint pas la cible perd son appui : « en deçà, l'université perd sa dotation ».
        `(?:l[\'’]|le |la |les |chaque |cet |cette )?${partnerBodyFr}(?: (?:\\w|[\'’-])+){0,6}? (?:perd|perdent|perdra|perdront|perdrait|perdraient|(?:se voit|se voient|se verra|se verront) retirer) (?:sa|son|ses|leur|leurs|la|le|les|l[\'’]) ?(?:(?:\\w|[\'’-])+ ){0,2}?(?:dotation|subvention|financement|allocation|tranche|bourse|crédits|éligibilité)s?\\b`,
        // Le donateur lie son appui à un engagement du partenaire : « a lié son offre à un engagement du ministère ».
        `(?:lie|lient|liait|liaient|liera|lieront|lié|lier) (?:son|sa|ses|leur|leurs|cet|cette|ce|l[\'’]|le|la|les) ?(?:(?:\\w|[\'’-])+ ){0,2}?${supportNounFr} (?:à|au|aux) (?:${partnerCommitmentFr}|(?:l[\'’]|la |le )?(?:\\w+ ){0,2}${partnerActNounFr}\\b)`,
        // L'appui réservé aux partenaires qui s'engagent à un acte : « ouvert aux pays qui s'engagent à aligner leur législation ».
        `(?:ouverte?s?|accessibles?|offerte?s?|accordée?s?|réservée?s?|proposée?s?|destinée?s?|apportée?s?) (?:uniquement |seulement |exclusivement )?(?:aux|à l[\'’]|aux seul(?:e)?s) (?:(?:\\w|[\'’-])+ ){0,2}?${partnerBodyFr} qui (?:(?:formellement|publiquement|d[\'’]abord|expressément) )?(?:s[\'’]engag(?:e|ent)|accept(?:e|ent)|consent(?:ent)?) (?:à|de)\\b`,
        // Round 21 and 22. Seuls ceux qui ont fait deux pas, l'acte du partenaire le second : « seules les équipes qui ont rempli leur fiche
        // et signé la charte voient leurs frais pris en charge ». Ce qu'ils reçoivent alors doit suivre.
        `seul(?:e|s|es) (?:les |la |le |l[\'’])?(?:(?:\\w|[\'’-])+ ){0,3}?(?:qui (?:ont|auront|a|avaient|avait) |ayant )(?:(?:\\w|[\'’-])+ ){1,10}?et (?:(?:ont|a|auront|avaient|avait) )?(?:(?:préalablement|déjà|d[\'’]abord) )?${partnerActFr}[^.;]{0,80}?(?:pris(?:es)? en charge|reç\\w+|recev\\w+|bénéfici\\w+|peuvent|pourront|ont pu|admis(?:es)?)\\b`,
        // Round 21 and 22. L'appui donné aux seuls organes qui font un pas, en règle au présent : « les bourses ne sont accordées
        // qu'aux universités qui reconnaissent les crédits », « réservées aux seuls services qui s'engagent à… ».
        `(?:qu[\'’]aux|aux seul(?:e)?s|(?:uniquement|seulement|exclusivement) aux) (?:(?:\\w|[\'’-])+ ){0,2}?${partnerServiceFr} qui (?:(?:formellement|publiquement|d[\'’]abord|expressément|par écrit) )?${partnerRuleActFr}`,
        // Pris en charge pour ceux dont le gouvernement a d'abord agi : « pour les délégations dont le gouvernement avait déjà désigné… ».
        `(?:(?:pris|prise|prises|prend|prennent|prendra|prendront) en charge|financ(?:e|ent|era|eront|ait|aient|é|ée|és|ées)|pa(?:y|i)(?:e|ent|era|eront|ait|aient|é|ée|és|ées)|offert(?:e|s|es)?|accord(?:é|ée|és|ées)|attribu(?:é|ée|és|ées))\\b (?:(?:\\w|[\'’-])+ ){0,6}?(?:pour (?:les |des |ceux |celles )?|aux |à (?:la |l[\'’])?)(?!(?:(?:\\w|[\'’-])+ )?(?:experts?|formateurs?|${individuals.fr})\\b)(?:(?:\\w|[\'’-])+ ){1,2}?dont (?:le |la |l[\'’]|les )(?:gouvernement|ministère|parlement|autorités)s? (?:avait|avaient|a|ont|aura|auront) (?:déjà|préalablement|au préalable|d[\'’]abord) (?:${partnerActFr}|${partnerSendsFr}|enregistr\\w+)(?! (?:la |le |l[\'’]|une |un |leur |son |sa )?(?:accord|convention|protocole|contrat|mémorandum)s?\\b)`,
        // « ne … qu'après avoir transmis » : le sujet envoie d'abord un document avant d'avoir accès à l'appui ou de le recevoir
        // (« n'y a accès », « ne reçoit ») ; un sujet qui n'est pas le partenaire est écarté
        // par ownStepsOfOthers (« un prestataire n'est payé qu'après avoir transmis sa facture »).
        `n(?:e |[\'’])(?:(?:y|en) )?(?:(?:a|ont|aura|auront) accès|(?:(?:\\w|[\'’-])+ ){0,2}?(?:reç|recev|bénéfici|obti|obten|accèd|accéd|particip|inscri|versé|livré|accordé|financé|admis|attribué|offert|ouvert|remis|débloqué|décaissé|raccordé|relié)\\w*)(?: (?:\\w|[\'’-])+){0,8}? qu[\'’]après (?:avoir|d[\'’]avoir) (?:d[\'’]abord |préalablement |formellement )?(?:${partnerSendsFr}|soumis|déposé)\\b`,
        // « ne … que si » le partenaire garde ou affecte les agents qu'il a fait former : « n'est maintenu que si les services affectent au laboratoire les enquêteurs formés ».
        `n(?:e |[\'’])\\w+(?: (?:\\w|[\'’-])+){0,8} que (?:si|s[\'’]ils?)[^.;]{0,60}? (?:affect|maintien|maintienn|conserv|gard|pérennis)\\w* (?:(?:\\w|[\'’-])+ ){0,4}?${trainedStaffFr}`,
        // Une offre assortie d'une exigence : ce que le partenaire doit faire d'abord, dit après elle ; l'appui nommé d'abord, pas une loi ni un plan.
        `${supportNounFr}(?: (?:\\w|[\'’-])+){0,6}? (?:(?:était|est|sera|seront|étaient|sont|a été|ont été|fut) )?(?:assortie?s?|accompagnée?s?) d[\'’](?:une|un) (?:seule? )?(?:condition|exigence|obligation|préalable)(?: unique)?(?: :|,| que| qu[\'’])\\s*(?:(?:le|la|les|chaque) |l[\'’])?(?:(?:\\w|[\'’-])+ ){0,2}?${partnerServiceFr}(?: (?:\\w|[\'’-])+){0,3}? (?:(?:devait|devaient|doit|doivent|devra|devront) )?(?:d[\'’]abord )?(?:(?:transmet|soumet|envoi|envoy|adopt|sign|ratifi|désign|nomm|crée|créer|affect|transpos)\\w*|${partnerStatementFr})\\b`,
      ],
    },
    notContrary: {
      en: [
        'without (?:any )?conditions?', 'unconditional\\w*',
        // Found by probing with lines of real drafts: a source heard "on condition of anonymity" and
        // support that goes on as long as the partners want it are no condition on the partner.
        'on (?:the )?condition of (?:anonymity|non-attribution)',
        `(?:only if|provided (?:that )?|on (?:the )?condition that|as long as) ${partner} (?:(?:still|so|really|continue to|continues to) )?(?:wish(?:es)?|want(?:s)?|ask(?:s)? for|request(?:s)?) (?:it|them|so|more|to (?:continue|go on|take part|participate|stay|remain))\\b`,
        `(?:only if|provided (?:that )?|as long as) ${partner} so (?:wish(?:es)?|decides?|requests?)\\b`,
        // Round 23 and 24: unless the condition's subject is the people's own body ("pays the trainees' travel provided that their
        // ministry undertakes to keep them in post"): then it is laid on the partner.
        `${individuals.en}\\b[^.;:]{0,80}?(?:provided (?:that|they)|on condition that|only if|as long as)(?! (?:the |their |his |her |its |each |every )?(?:own )?(?:(?:\\w|-)+ )?${partnerServiceEn}\\b)`,
        // Round 21 and 22: "subject to each of them…" after people, or the donor's own staff, is their own step ("trainees are certified subject to each of them sending a report").
        `(?:${individuals.en}|experts?|trainers?|consultants?|instructors?)\\b[^.;:]{0,80}?subject to (?:each|every|all|both) of them\\b`,
        `(?:once|after|when|as soon as|until|only (?:for|to)) (?:\\w+ ){0,3}${individuals.en}\\b`, `only (?:the )?(?:\\w+ ){0,2}${individuals.en}\\b`,
        // Private parties admitted after a pledge: "private operators were let in only after signing…".
        `${privateParties.en} (?:are|were|will be|can|could|may|is|was) [^.;:]{0,50}? (?:only (?:after|once|if|when)|provided (?:that|they)|on condition that)`,
        `(?:reserved|restricted|limited) (?:only |solely |exclusively )?(?:for|to) (?:\\w+ ){0,3}${individuals.en}\\b`,
        // A step the people trained take themselves: "trainees move on to the advanced course once they have passed…".
        `${individuals.en}\\b[^.;]{0,60}? (?:once|after|when|as soon as) (?:they|he|she|he or she) `,
        // A measure of the investigation made to wait on a judge: a safeguard, not a condition on the support.
        'subject to (?:a |an |the |prior |written )*(?:(?:judicial|court|judge(?:\'s|’s)?|prosecutor(?:\'s|’s)?|magistrate(?:\'s|’s)?) )(?:prior |written )?(?:authori[sz]ation|approval|order|warrant|review)',
        // … said with any gate, or with the judge after: "access is contingent upon a warrant from a judge".
        '(?:subject to|contingent (?:up)?on|conditional (?:up)?on|conditioned (?:up)?on|dependent on|only (?:with|on|after)) (?:a |an |the |prior |written |specific )*(?:warrants?|court orders?|(?:authori[sz]ation|approval|order|review)s? (?:from|by|of) (?:a |an |the )?(?:judges?|courts?|magistrates?|prosecutors?))\\b',
        // The donor's own schedule: "the contribution was contingent upon both sessions being delivered before October".
        `${ownStepGateEn} (?:the |both |all |each |every |its |their |these |those |two |three )?(?:(?:\\w|[\'’-])+ ){0,2}?${ownActivityEn} (?:being |having been |be |are |were )?(?:delivered|held|completed|run|given|organi[sz]ed|conducted|carried out|finished)\\b`,
        // The programme's own agreement, which the donor signs too: "subject to the signing of the delegation agreement".
        `${ownStepGateEn} (?:the )?(?:prior )?(?:signature|signing|conclusion) of (?:the |a |an |its |their )?(?:(?:\\w|[\'’-])+ ){0,3}?(?:agreements?|contracts?|memorand(?:um|a)|MoUs?)\\b`,
        // A step of the donor's side, not the partner's: another financier signs, approves or confirms first ("will not be paid
        // out before the European Investment Bank has signed", "once the other donors have confirmed their share").
        `(?:until|before|once|after|when|as soon as|pending|unless) (?:the |its |their |each |every |all |other |both )*(?:(?:\\w|[\'’-])+ ){0,3}?(?:${donorSideEn})(?:'s|’s|s'|s’)? (?:(?:\\w|[\'’-])+ ){0,2}?(?:has|have|had|is|are|will have|gives?|signs?|approves?|confirms?|agrees?)\\b`,
        // Round 21 and 22: "subject to" another financier's or a supplier's own step in the -ing form ("subject to the World Bank
        // signing its part", "subject to the supplier signing the maintenance contract") lays nothing on the partner.
        `subject to (?:the |its |their |each |a |an )?(?:(?:\\w|[\'’-])+ ){0,2}?(?:${donorSideEn}|${privateParties.en}|supplier|vendor|contractor|manufacturer)(?:'s|’s|s'|s’)? (?:first )?\\w+ing\\b`,
        // A private party's own terms: "the supplier's maintenance contract is conditional on…", "vendors lent a copy only in exchange for…".
        `(?:${privateParties.en}|(?:the |a |an |each |its |their )(?:private |software |equipment |maintenance |cloud )?(?:supplier|vendor|contractor|company|firm|manufacturer|publisher|service provider)s?)(?:'s|’s|s'|s’)?(?: (?:\\w|[\'’-])+){0,3}? (?:is|are|was|were|will be|remains?|lent|loaned|gave|give|shared|share|provided|provide)\\b[^.;:]{0,50}?(?:conditional|contingent|conditioned|dependent|in exchange for|in return for)\\b`,
      ],
      fr: [
        'sans (?:aucune )?conditions?',
        // « à condition de garder l'anonymat » ; « seulement si les partenaires le souhaitent » : ni l'un ni l'autre ne pèse sur le partenaire.
        'à (?:la )?condition (?:de|d[\'’]) (?:garder|conserver|préserver|rester) (?:l[\'’]anonymat|anonymes?)',
        `(?:seulement si|uniquement si|à (?:la )?condition (?:que|qu[\'’])|pourvu que|pour autant que|tant que) ?${beneficiaryFr}(?: (?:\\w|[\'’-])+){0,2}? (?:le |en )?(?:souhaite|souhaitent|demande|demandent|fait la demande|font la demande|fasse la demande|fassent la demande|veut|veulent|désire|désirent)\\b`,
        // Round 23 et 24 : sauf quand le sujet de la condition est l'organe des personnes (« à condition que leur administration s'engage à les maintenir en poste »).
        `${individuals.fr}\\b[^.;:]{0,80}?(?:à condition (?:de|d[\'’]|que|qu[\'’])|seulement si|uniquement si|sous réserve (?:de|d[\'’]|que|qu[\'’])|pour autant qu)(?! ?(?:leur |leurs |son |sa |ses |le |la |les |l[\'’]|chaque )?${partnerServiceFr}\\b)`,
        `(?:suppose|supposent|présuppose|présupposent|exige|exigent|requiert|requièrent|impose|imposent|nécessite|nécessitent) (?:que|qu[\'’]) ?(?:\\w+ ){0,2}${individuals.fr}\\b`,
        `(?:réservée?s?|limitée?s?|ouverte?s?) (?:uniquement |seulement )?aux (?:\\w+ ){0,2}${individuals.fr}\\b`,
        `(?:seul(?:e|s|es) (?:les |la |le |l[\'’])?|qu[\'’](?:aux|à) )(?:\\w+ ){0,2}${individuals.fr}\\b`,
        // Des parties privées admises après un engagement : « les opérateurs privés n'ont été admis qu'après avoir signé… ».
        `${privateParties.fr} (?:ne |n[\'’]|sont |seront |ont été |étaient |sera |est )[^.;:]{0,50}? (?:qu[\'’](?:après|une fois)|à condition (?:de|d[\'’]|que|qu[\'’])|sous réserve (?:de|d[\'’]|que|qu[\'’]))`,
        // Une mesure d'enquête soumise au juge : une garantie, pas une condition mise à l'appui.
        '(?:subordonn|conditionn|soumis)\\w* (?:à|au) (?:l[\'’]|la |le |une |un )?(?:autorisation|accord|contrôle|mandat|décision|réquisition|validation|avis)s? (?:(?:écrite|préalable|expresse|motivée) )*(?:du|d[\'’]un|d[\'’]une|de la|de l[\'’]) ?(?:juge|procureur|magistrat|parquet|tribunal|juridiction|autorité judiciaire)',
        // Le calendrier du donateur lui-même : « subordonné à la tenue des deux sessions avant la fin d'octobre ».
        `${ownStepGateFr} (?:la |l[\'’]|le |les )?(?:tenue|réalisation|livraison|organisation|achèvement|exécution)s? (?:de la |du |des |de l[\'’]|de |d[\'’])(?:(?:\\w|[\'’-])+ ){0,2}?${ownActivityFr}`,
        // La convention du programme lui-même, que le donateur signe aussi : « subordonné à la signature de la convention de délégation ».
        `${ownStepGateFr} (?:la |l[\'’]|le |les )?(?:signature|conclusion) (?:de la |du |d[\'’]un |d[\'’]une |de l[\'’]|des )(?:conventions? (?:de |d[\'’])(?:délégation|financement|subvention|prêt|partenariat|partage|contribution|cofinancement|crédit|objectifs|mise en œuvre|coopération|exécution)|(?:accord|contrat|protocole|mémorandum)s?\\b)`,
        // Une étape du côté des donateurs, pas du partenaire : « avant que la Banque européenne d'investissement ait signé », « tant que les autres bailleurs n'ont pas confirmé ».
        `(?:avant que|avant qu[\'’]|une fois que|dès que|lorsque|tant que|jusqu[\'’]à ce que|après que) ?(?:la |le |les |l[\'’]|chaque |tous les |les autres )?(?:(?:\\w|[\'’-])+ ){0,3}?(?:${donorSideFr})(?: (?:\\w|[\'’-])+){0,3}? (?:ait|aient|a|ont|aura|auront|n[\'’]a|n[\'’]ont|n[\'’]aura|n[\'’]auront|ne l[\'’]a|signe|signent|approuve|approuvent|confirme|confirment)\\b`,
        // Les conditions propres d'une partie privée : « les éditeurs n'ont prêté une copie qu'en échange de… », « le contrat du prestataire est subordonné à… ».
        `(?:${privateParties.fr}|éditeurs?)(?: (?:\\w|[\'’-])+){0,3}? (?:ne |n[\'’]|sont |seront |ont |est |sera |était |étaient )[^.;:]{0,50}?(?:qu[\'’])?(?:en échange (?:de|d[\'’]|du|des)|en contrepartie (?:de|d[\'’]|du|des))`,
        `(?:contrat|marché|licence|offre)s? (?:(?:de |d[\'’])(?:\\w+ ){0,2}?)?(?:du |des |de l[\'’]|de la )(?:${privateParties.fr}|éditeurs?|prestataire|fournisseur)(?: (?:\\w|[\'’-])+){0,2}? (?:est|sont|sera|seront|reste|restent) (?:subordonn|conditionn)\\w*`,
      ],
    },
    approvalOf: {
      en: ['(?:(?:subject|conditional|contingent|conditioned|dependent) (?:up)?(?:to|on) (?:the )?)?(?:prior |formal |written )?(?:approval|agreement|consent|clearance|sign-off|decision) (?:of|by|from) (?:the |its )?(?:(?:\\w|[\'’-])+ ){0,6}(?:\\w|[\'’-])+'],
      fr: ['(?:(?:subordonn|conditionn|soumis)\\w* (?:à|au) (?:l[\'’]|la |le |un |une )?)?(?:accord|avis|approbation|autorisation|validation|décision|feu vert)s? (?:(?:préalable|exprès|formel|écrit)e?s? )?(?:du|de la|de l[\'’]|des) ?(?:(?:\\w|[\'’-])+ ){0,6}(?:\\w|[\'’-])+'],
    },
    // The donor's budget vote, with what follows it (a year, whose budget: « française », "by the French Parliament",
    // « du Sénégal »), so that the checklist can tell the donor's own budget from the partner's.
    donorMeans: {
      en: [
        '(?:vote|adoption|approval|passage|enactment) (?:of|on) (?:the )?(?:(?:annual|yearly|next|following|coming|\\d{4}|donor(?:\'s|’s)?) )*(?:budget|finance (?:act|law|bill)|appropriations?)(?: (?:act|bill|law))?(?: for \\d{4})?(?: (?:by|of|in) (?:the )?(?:(?:\\w|[\'’-])+ ){0,2}(?:\\w|[\'’-])+)?',
        '(?:annual |parliamentary |budget(?:ary)? )+appropriations?', 'availability of (?:the )?(?:funds|appropriations|budget|credits)',
        '(?:vote|approval) (?:of|on) (?:the )?(?:\\w+ ){0,2}(?:credits|funds) (?:\\w+ ){0,2}(?:in|under) (?:the |its )?(?:(?:annual|next|\\d{4}) )?(?:budget|finance (?:act|law|bill))(?: (?:\\w|[\'’-])+)?',
        // The budget named first, then voted ("released only after the French finance law for 2023 had been voted"), or funds
        // entered in a budget ("subject to the inclusion of the funds in the Agency's 2026 budget").
        '(?:the )?(?:(?:\\w|[\'’-])+ ){0,2}?(?:budget|finance (?:act|law|bill)|appropriations? (?:act|bill))(?: (?:for|of) \\d{4})? (?:(?:has|have|had|is|was|were|will have|will be) )?(?:been )?(?:voted|adopted|passed|approved|enacted)(?: (?:by|in) (?:the )?(?:(?:\\w|[\'’-])+ ){0,2}(?:\\w|[\'’-])+)?',
        '(?:inclusion|entry|inscription) of (?:the )?(?:\\w+ ){0,2}(?:funds|credits|appropriations|amounts?) in (?:the |its )?(?:(?:\\w|[\'’-])+ ){0,2}?budget(?: (?:for|of) (?:the )?(?:\\d{4}|(?:\\w|[\'’-])+))?',
      ],
      fr: [
        '(?:vote|adoption|promulgation|approbation) (?:de la |du )(?:loi de finances|budget)(?: (?:annuel|initial|initiale|rectificative|rectificatif|de l[\'’]année|de l[\'’]exercice|pour \\d{4}|\\d{4}|suivante?|prochaine?))*(?: (?:(?:du |de la |de l[\'’]|des |par (?:le |la |l[\'’]))(?:(?:\\w|[\'’-])+ ){0,2})?(?:\\w|[\'’-])+)?',
        'disponibilité des (?:crédits|fonds|financements)',
        // « sous réserve du vote des crédits correspondants en loi de finances française ».
        '(?:vote|ouverture|inscription) (?:des|de ses) crédits (?:\\w+ ){0,2}(?:en|dans la|par la) loi de finances(?: (?:\\w|[\'’-])+)?',
        // « sous réserve de l'inscription des crédits au budget 2026 de l'Agence » ; « une fois la loi de finances pour 2024 votée ».
        '(?:vote|ouverture|inscription) (?:des|de ses) crédits (?:\\w+ ){0,2}(?:au|dans le|sur le) budget(?: (?:\\w|[\'’-])+){0,3}',
        'loi de finances(?: (?:pour |de )?(?:l[\'’]année )?\\d{4})?(?: (?:\\w|[\'’-])+)? (?:(?:a|aura|ait|avait) été |est |sera )?(?:votée|adoptée|promulguée)',
      ],
    },
  },
  {
    id: 'state-sovereignty',
    principleId: 'state-sovereignty',
    label: { en: 'State sovereignty', fr: 'souveraineté des États' },
    evidence: { en: ['sovereign\\w*'], fr: ['souverain\\w*'] },
    examples: { en: ['sovereignty'], fr: ['souveraineté'] },
  },
  {
    id: 'access-to-technologies',
    principleId: 'access-to-technologies',
    label: { en: 'access to technologies', fr: 'accès aux technologies' },
    evidence: {
      en: ['access to (?:relevant |modern |new )?(?:technolog|tools|equipment|software|hardware|infrastructure)\\w*', 'technology transfer', 'equipment (?:was |were )?(?:provided|donated|supplied)', 'donat\\w+ (?:of )?(?:equipment|hardware|software|servers)'],
      fr: ['accès aux (?:technologies|outils|équipements)', 'transfert de technolog\\w*', 'don (?:de|d\')\\s?(?:équipements|matériel)', 'fourniture (?:de|d\')\\s?(?:équipements|matériel|logiciels)'],
    },
    examples: { en: ['access to technologies', 'technology transfer'], fr: ['accès aux technologies', 'transfert de technologies'] },
  },
  {
    id: 'demand-driven',
    principleId: 'demand-driven',
    label: { en: 'demand-driven, national ownership', fr: 'axé sur la demande, appropriation nationale' },
    evidence: {
      en: [
        'at (?:the |their |its )?(?:specific |express |explicit |official |formal )?requests? of', `${notPermitBeforeEn}requested by${notSupplierAfterEn}`, 'upon (?:the )?request', 'on request\\b', 'at (?:their|its) request',
        `${notCaseRequestEn}requests? (?:from|by|of) ${partner}`, `${notCaseRequestEn}requests? (?:made|expressed|submitted|received) (?:by|from)`, `(?:${partner}) (?:asked|requested|sought)`, 'demand[- ](?:driven|led|based)', 'needs?[- ](?:assessment|analysis|analyses|mapping)',
        'needs (?:identified|expressed|defined) by',
        // Found by probing: one need, or a need said in the passive, identified by the partner ("a need expressed by
        // the Ministry of Justice", "the need was voiced by the national authorities"); not by the donor's experts.
        `(?:need (?:identified|expressed|defined)|needs? (?:was|were|has been|have been|had been) (?:identified|expressed|defined|raised|voiced)) by (?:the |its |their )?(?:(?:\\w|[\'’-])+ ){0,2}?${partnerBodyEn}`, '(?:nationally|locally|jointly) (?:identified|defined|determined)', 'identified (?:needs|priorities|gaps)', 'national(?:ly)?[- ]owned',
        'national ownership', 'owned by', 'ownership', 'co-?design\\w*', 'designed (?:together|jointly|in (?:close )?(?:cooperation|consultation|partnership)) with', 'jointly (?:designed|developed|defined)',
        'co-?develop\\w*', 'co-?construct\\w*', `in (?:close )?(?:consultation|coordination|cooperation) with ${partner}`, 'tailored to (?:the |their |its |national |local )?(?:specific )?(?:needs|priorities|context|requirements)',
        'based on (?:the |their |its |national )?(?:needs|priorities|demand|requests)', `respond(?:s|ed|ing)? to (?:the |their |its |a |an )?(?:\\w+ ){0,2}(?:needs|requests?|${partnersDemandEn}|priorities)`, 'in response to (?:the |their |its |a |an )?(?:\\w+ ){0,2}requests?',
        'expressed (?:needs|interest|wish)', 'partner[- ]led', 'at the initiative of', 'national priorities', 'priorities (?:set|defined|identified) by',
        'on the basis of (?:the |their |its )?(?:needs|priorities|requests?|demand)', 'needs (?:they|it|partners|beneficiaries|countries|States) (?:identif|express|defin)\\w*',
        '(?:States|countries|partners|members|governments|authorities|institutions) (?:that|which|who) (?:request|ask)', `${partner} (?:asks?|asked|requests?|requested) (?:for|it|them)`,
        // Not "the three agencies chose": a number may count the donor's (the structural reader weighs it).
        // Round 19 and 20: "set up" with the donor's help ("advisers help the partner governments set up an
        // agency") is the donor's work on the partner's institution; set up alone, or "set", still counts.
        `(?<!(?:two|three|four|five|six|seven|eight|nine|ten|\\d+) )${partner} (?:decides?|decided|chooses?|chose|sets?(?! up(?![\\p{L}\\p{N}]))|sets? up(?![\\p{L}\\p{N}])(?<!(?<![\\p{L}\\p{N}])(?:help|helps|helped|helping|assist|assists|assisted|assisting|enable|enables|enabled|enabling)(?: [\\p{L}'’-]+){1,5} sets? up)|defines?|defined|selects?|selected|picks?|picked)${notReducedRelativeEn}`, 'self-?assessments?', 'identif\\w+ (?:the |their |its )?(?:priorities|needs|gaps)',
        'agreed (?:\\w+ ){0,3}with (?:the )?(?:beneficiar|partner|national)\\w*', 'set jointly', 'jointly (?:set|agreed|chosen|organi[sz]ed)',
        'priorities (?:that |which )?(?:\\w+ ){0,5}(?:sets?|puts? forward|express(?:es)?|expressed|identif(?:y|ies|ied)|defines?|defined)', 'needs (?:that |which )?(?:\\w+ ){0,4}(?:identify|identified|express|expressed|define|defined|report|reported|raise|raised|submit|submitted|voice|voiced|signal|signalled|signaled|put forward|bring forward)\\b',
        // Round 27 and 28. Priorities or needs a body of the partners agreed on, in a relative clause: "the course list
        // follows the priorities that the member States' police chiefs agreed at their conference", "the needs the
        // partner ministries ranked"; not what the trainers or experts agreed.
        `(?:priorities|needs) (?:that |which )?(?:the |their |its )?(?:(?!${donorRolesEn}(?![\\p{L}\\p{N}]))(?:\\w|[\'’-])+ ){0,4}?${requesterEn}(?:[\'’]s?)?(?: (?!${donorRolesEn}(?![\\p{L}\\p{N}]))(?:\\w|[\'’-])+){0,3}? (?:had |have |has )?(?:agreed|ranked|settled on|adopted|drew up)(?![\\p{L}\\p{N}])`,
        'following (?:a |the |their )?requests? (?:from|by|of)', // Not "regional": it says where, not whose ("chosen by the regional office" of the implementer).
        '(?:chosen|selected|defined|designed|drawn up|developed|planned|decided|set) (?:\\w+ ){0,2}(?:with|by) (?:the )?(?:national|local|partner|beneficiar|host|participating)\\w*',
        '(?:set|chosen|decided|defined|drawn up|designed) by (?:the )?(?:\\w+ ){0,3}themselves',
        // The partners steer the content: they set the work plan, pick the topics, send in the questions.
        '(?:chooses?|chose|sets?|defines?|decides?|selects?) (?:its|their) own', `(?:members|participants|partners|beneficiaries|delegations) (?:set|sets|propose|proposed|choose|chose|decide|decided|define|defined|select|selected)${notReducedRelativeEn}`,
        '(?:questions|topics|themes|subjects|priorities|requests) (?:that |which )?(?:the )?(?:\\w+ ){0,3}(?:had )?(?:sent in|submitted|proposed|put forward|raised)',
        '(?:drawn up|designed|developed|planned|agreed|prepared|defined|set) (?:\\w+ ){0,2}with (?:each|every|the) (?:\\w+(?:\'s|’s) )?(?:\\w+ ){0,2}(?:beneficiar|partner|national|authorit|government|ministr)\\w*',
        'co-?chair(?:s|ed|ing)? (?:the )?(?:\\w+ ){0,2}(?:committee|board|group)',
        // Made together, or asked for: "drew up together the requirements", "designed with the associations",
        // "the director asked for a course", "countries apply with proposals of their own".
        '(?:drew|drawn|draw|draws|drawing|designed|design|designs|developed|built|wrote|write|writes|written|prepared|planned|plan|plans|defined|shaped|choose|chooses|chose) (?:up )?(?:(?:\\w|[\'’-])+ ){0,4}together',
        // The work shaped by a body of the partners: "drafted by a planning cell made up of the participating CERTs".
        '(?:drafted|written|designed|chosen|selected|set|prepared|drawn up|planned|defined|decided) (?:jointly |together )?by (?:(?:\\w|[\'’-])+ ){0,8}(?:participating|member|partner|beneficiary) (?:\\w+ )?(?:CERTs?|CSIRTs?|teams|agencies|States|countries|governments|services|administrations|authorities|ministries)\\b',
        // The partners say what they lack: "which tell the school each year which skills they lack".
        '(?:skills|capacities|capabilities|expertise|competences|competencies|training) (?:that |which )?(?:they|it|the partners?|the countries|the agencies) (?:lack|lacks|lacked|need|needs|needed|want|wants|miss|are missing)\\b',
        '(?:designed|drawn up|co-written|planned|shaped|prepared|written) with (?:the |its |their |each |every |local |national )?(?:(?:\\w|[\'’-])+ ){0,3}(?:partner|beneficiar|authorit|government|ministr|agenc|association|institut|organi[sz]ation|communit|stakeholder|civil society|member|countr|state|users|team|office|directorate|department|council|commission|regulator|operator|universit|academ|police|judicia|court)\\w*',
        '(?:asked|asks|ask|applied|apply|applies) for (?:a |an |the |this |these |our |such |its |their )?(?:\\w+ ){0,2}(?:course|training|support|help|assistance|advice|programme|project|mission|workshop|review|expertise|funding|grant|study|assessment|analysis|look|evaluation|audit|seminar|dialogue|exercise)s?\\b',
        '(?:apply|applies|applied) with (?:\\w+ ){0,3}(?:proposals|projects|requests|applications)', '(?:proposals|projects|requests|plans|priorities) of (?:their|its) own', `${partnerPossessorEn} own (?:proposals|projects|requests|priorities|needs|plans)\\b`,
        '(?:run|runs|manage|manages|operate|operates|lead|leads|own|owns|steer|steers) (?:\\w+ ){0,2}(?:themselves|itself)',
        // The partner's institution now does it alone: "the academy now runs the course on its own".
        '(?:runs|teaches|delivers|gives|organi[sz]es|manages) (?:the |this |its |these )?(?:\\w+ ){0,2}(?:alone|on its own|unaided)\\b',
        // The donor teaches what the partner picks: "instructors teach the modules it selects".
        '(?:modules|topics|themes|subjects|courses|sessions|case studies|scenarios) (?:that |which )?(?:it|they|the (?:\\w+ ){0,2}(?:school|academy|college|institute|partners?|host|beneficiar\\w*|participants|ministry|agency|agencies)) (?:selects|select|selected|chooses|choose|chose|picks|pick|picked|asks for|asked for|requests|requested|wants|wanted)\\b',
        // The partners named the subject as their priority: "the five participating States named incident classification as a shared priority".
        `${namedAsNeedEn}\\b(?<=(?<![\\p{L}\\p{N}])${requesterEn} (?:(?!(?:${clauseOpenersEn})\\b)(?:\\w|[\'’-])+,? ){0,10}${namedAsNeedEn}) (?:(?:\\w|[\'’-])+ ){1,5}as (?:a |an |their |its |the )?(?:(?:shared|common|national|top|key|first|joint|main|most|pressing|urgent|regional|high|biggest|greatest) )*(?:priorit(?:y|ies)|needs?|gaps?|weak(?:est|er)? (?:points?|spots?|links?)|weakness(?:es)?|(?:main |chief |first )?concerns?)\\b`,
        // A body of the partner, named in full, asks: "the State Law Office of Vanuatu requested assistance",
        // "the ministry asked ITU for help"; or invites: "at the invitation of the Government".
        // (Matched from the verb, which is rare, looking back for the body: far cheaper than the other way.)
        // The words between stay in the body's clause: in "its review of the country portfolio, after a
        // test it had commissioned", the one who commissioned is "it", not the country.
        `${notPassiveEn}${requestVerbEn}\\b(?<=(?<![\\p{L}\\p{N}])${requesterEn} (?:(?!(?:${clauseOpenersEn})\\b)(?:(?:\\w|[\'’-])+,?|${acronymInBrackets}) ){0,10}${requestVerbEn})`, 'at the invitation of', `${notPassiveEn}${requestVerbEn} (?:(?:\\w|[\'’-])+ ){1,4}(?:for|to provide|to help|to support) (?:\\w+ )?(?:help|assistance|support|advice|expertise|training)`,
        // Round 25 and 26. The invitation said by a possessive, like "at their request": "ran the exercise with the
        // port authority, at their invitation"; not "at our invitation" (the donor's).
        'at (?:their|its) (?:own |express |formal |official )?invitation',
        // Round 25 and 26. A body of the partner got in touch with the donor ("the national team contacted us",
        // "reached out to us", "came to us"), as "approached" already reads, or raised the need itself ("the
        // agency raised the need at a bilateral meeting"); not reporters, nor the donor's embassy (askedByDonor).
        `${notPassiveEn}${partnerTurnedToUsEn}\\b(?<=(?<![\\p{L}\\p{N}])${requesterEn} (?:(?!(?:${clauseOpenersEn})\\b)(?:(?:\\w|[\'’-])+,?|${acronymInBrackets}) ){0,10}${partnerTurnedToUsEn})`,
        // Round 25 and 26. A board or committee made up of the partners' representatives: "its board is made up of
        // representatives of the five governments", "a steering committee composed of the participating States'
        // representatives"; not one made up of experts or of the donors' representatives.
        '(?:board|committee|council|steering group|governing body)(?: [\\p{L}\'’-]+){0,2},? (?:is |are |was |were |will be |is to be )?(?:made up|composed|formed|consisting) (?:entirely |solely |only |mainly )?of (?:the )?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|all|each) )?(?:partner |beneficiary |participating |member |national )?(?:States|countries|governments|ministries|agencies|authorities|partners|beneficiaries|members)(?:\'|’)? (?:own )?representatives\\b',
        '(?:board|committee|council|steering group|governing body)(?: [\\p{L}\'’-]+){0,2},? (?:is |are |was |were |will be |is to be )?(?:made up|composed|formed|consisting) (?:entirely |solely |only |mainly )?of (?:the )?representatives (?:of|from) (?:the |each |every |all )?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\\d+) )?(?:partner |beneficiary |participating |member |national )?(?:States|countries|governments|ministries|agencies|authorities|partners|beneficiaries|members)\\b',
        // Round 25 and 26. The content settled or worked out with the partners' focal points: "the syllabus is settled
        // with the focal points of the four beneficiary States"; not with the trainers or the hotel.
        '(?:settled|worked out|agreed|set|drawn up|defined|planned|chosen|decided) (?:\\w+ ){0,2}with (?:the |each |every |their |its )?(?:national )?(?:focal points?|points? of contact|contact points?|liaison officers?) (?:of|from|in) (?:the |each |every )?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\\d+) )?(?:beneficiary|partner|participating|member) (?:\\w+ )?(?:States|countries|governments|ministries|agencies|authorities|teams|CERTs|CSIRTs)\\b',
        `${madeEn} (?:\\w+ ){0,3}with (?:each|every|the|its|their|a|an) (?:\\w+ ){0,4}(?:partner|beneficiar|authorit|government|ministr|countr|state|agenc|institut|head|director|chief|leader|representative|official|unit|service)\\w*`,
        // The partners' needs are asked for or answered: "a survey of the governments on their needs", "built from their answers".
        // The partners' own needs, gaps or priorities: "identified … as their most pressing gap".
        '(?:their|its) (?:\\w+ ){0,2}(?:needs|gaps?|priorit(?:y|ies))\\b', 'gaps? (?:analysis|analyses|assessments?)',
        // The partners decide, chair or write it: "set up by decision of the member States", "a rotating
        // chair", "drafted by national experts".
        'by (?:a |the )?decision of (?:the |its )?(?:member States|members|governments|ministers|partners|participating States)', 'rotating (?:chair|presiden)\\w*',
        '(?:written|drafted|designed|prepared|developed) by (?:the |their |its )?(?:\\w+ ){0,2}(?:national|local) (?:\\w+ ){0,2}(?:experts|engineers|trainers|teachers|staff|officials|analysts|officers|services|authorities|agencies|teams|ministries|institutions|prosecutors)\\b',
        // The partners proposed it, chair it in turn, approve its plan, or it carries out a strategy
        // they adopted: "grew out of a proposal made by the agencies", "approved by their chief information officers".
        `${notCaseRequestEn}(?:proposals?|initiative|idea|requests?|lists?|plans?|priorities|specifications|requirements) (?:(?:made|put forward|submitted|tabled|sent|drawn up) )?(?:by|from) (?:the )?(?:(?:\\w|[\'’-])+ ){0,6}${requesterEn}`,
        // Round 19 and 20: not hosting in turn ("hosted in turn by each partner", "held in turn in each
        // capital"): lending the venue is taking part, not asking for, shaping or owning the work.
        '(?:chaired|led|run|organi[sz]ed) in turn', '(?<!(?<![\\p{L}\\p{N}])(?:hosted|held|housed|staged|accommodated) )in turn by (?:each|one of the|every)', '(?:chair|chairs|lead|leads|run|runs) (?:\\w+ ){0,3}in turn',
        'needs? (?:survey|questionnaire|study|review|scan)s?\\b', `${partnerPossessorEn} own (?:\\w+ )?(?:assessment|analysis|review|plan|strategy|roadmap|diagnosis|records|incidents|priorities)\\b`,
        'by mutual agreement', '(?:agreed|set|decided|chosen) (?:jointly )?by (?:both|the two) (?:delegations|sides|parties|governments|countries)', 'co-?chair\\w* (?:the )?(?:\\w+ )?(?:session|meeting|dialogue|conference)s?\\b',
        // A body of the partner that chose or wrote it, in a relative clause: "the academies of the beneficiaries, which chose the case studies".
        '(?:beneficiar\\w*|partners?|national|local|regional)(?![\\p{L}\\p{N}])[^.;,]{0,60}?, (?:which|who) (?:also )?(?:chose|choose|chooses|selected|selects|set|sets|proposed|proposes|wrote|writes|decided|decides|defined|defines|picked|picks|drafted|drafts)\\b',
        '(?:roadmap|strategy|plan|programme|agenda) (?:\\w+ ){0,4}(?:adopted|drawn up|set|defined|approved) (?:in \\d{4} )?(?:by (?:the |their |its )(?:council|ministers|governments?|member States|heads|ministr\\w+|agenc\\w+|authorit\\w+)|in (?:the )?(?:Council of Ministers|Cabinet)\\b)',
        '(?:approved|adopted|set|decided|chosen|endorsed|validated|steered|chaired) by (?:their|its own|each) (?:\\w+ ){0,3}(?:officers|officials|ministers|governments|ministries|agencies|teams|authorities|board|committee|representatives|heads|directors)\\b',
        '(?:strateg\\w+|plans?|roadmaps?|polic\\w+|priorities) (?:that |which )?(?:the |their |its )?(?:\\w+ ){0,3}(?:governments?|ministr\\w+|authorit\\w+|States|countries|agenc\\w+|it|they) (?:had |have |has )?(?:adopted|drew up|drawn up|set|defined|approved|endorsed|presented|published)',
        // Built around what the partners send in: "ministries send a note on the issues they want covered, and the programme is built around those notes".
        '(?:built|organi[sz]ed|structured|shaped|planned|designed|tailored) around (?:the |those |these |their |the partners(?:\'|’) |the participants(?:\'|’) )(?:notes|answers|replies|input|proposals|requests|submissions|questions|wishes|priorities)\\b',
        '(?:issues|topics|subjects|questions|themes|areas) (?:that |which )?(?:they|the partners|the participants|the ministries|the agencies|the countries) (?:want|wish|would like|wanted|wished) (?:to see )?(?:covered|addressed|discussed|treated|included)\\b',
        `(?:its|their) (?:formal |written |official |own )?requests?(?![\\p{L}\\p{N}])${notStatusRequestEn}`, '(?:built|drawn up|based|set) (?:from|on) (?:their|the partners(?:\'|’)|the participants(?:\'|’)) (?:answers|replies|input|proposals|requests)',
        // Round 15. The partner wrote or picked what is taught: "the heads of the units wrote the course
        // outline themselves", "the partner services drafted the syllabus with the donor's school";
        // not the donor's trainers or experts ("the French trainers wrote the scenarios themselves").
        `(?<!(?<![\\p{L}\\p{N}])(?:${donorRolesEn}|${individuals.en})(?: (?:\\w|[\'’-])+){0,6} )${authoredEn} (?=(?:(?:\\w|[\'’-])+ ){0,4}${programmeContentEn})(?:(?:\\w|[\'’-])+ ){1,6}(?:themselves|itself)\\b`,
        `(?:partners?|beneficiar\\w*|participating|recipients?)\\b (?:(?!${individuals.en}\\b|${donorRolesEn}\\b|with\\b|to\\b|and\\b)\\w+ ){0,3}${authoredEn} (?:up )?(?:the |its |their |a |an |this )?(?:\\w+ ){0,2}${programmeContentEn}`,
        // The need or the request came from the partner: "the need came from the Ministry of Justice".
        `(?:needs? (?:for (?:\\w+ ){1,4})?|${notCaseRequestEn}requests? |demand )(?:came|comes|originated|originates|arose|arises|stemmed|stems) (?:from|with) (?:the |its |their )?(?:(?:\\w|[\'’-])+ ){0,3}${requesterEn}`,
        // A cleft sentence that stresses the partner: "it was the regulator itself that asked for the review".
        `(?<!(?<![\\p{L}\\p{N}])${donorRolesEn}(?: (?:\\w|[\'’-])+){0,3} )(?:itself|themselves) (?:that|who|which) (?:\\w+ )?(?:asked|requested|sought|chose|selected|wrote|drafted|drew up|designed|set|defined|identified|proposed)\\b`,
        // The programme follows a decision of the partners: "it grew out of a decision of the ministers of the region".
        '(?:grew out of|grows out of|arose from|arises from|stems from|stemmed from|born of|follows|followed|following|implements|implementing|set up under|created under|established under) (?:a |the )?decisions? (?:taken )?(?:of|by) (?:the |its |their )?(?:member States|governments|ministers|heads of State|participating States|States parties)\\b',
        // Measures the partner wrote into its own strategy: "the measures that the government included in its national strategy".
        '(?:measures|actions|priorities|objectives|projects|workstreams) (?:that |which )?(?:the )?(?:\\w+ ){0,2}(?:governments?|ministr\\w+|authorit\\w+|States?|countr\\w+|agenc\\w+) (?:had |has |have )?(?:included|set out|listed|written|put|laid down) in (?:its|their) (?:own )?(?:\\w+ ){0,2}(?:strategy|plan|roadmap|programme)\\b',
        // Round 17. The work answers a partner's letter: "the mission answered a letter from the Minister of Justice".
        `(?:answered|answers|answer|answering|replied to|replies to|responded to|responds to|in (?:reply|answer|response) to) (?:a |an |the |their |its )?(?:(?:formal|written|official|joint|personal) )?(?:letter|note verbale|note|memo|written request|appeal) (?:(?:\\w|[\'’-])+ ){0,2}(?:from|by|of) (?:the |its |their )?(?:(?:\\w|[\'’-])+ ){0,3}(?:minister|${requesterEn})`,
        // The partner brought its project to the lender or donor: "the Government brought those two lines … to the Development Bank".
        '(?:government|ministry|ministries|authorities|department|directorate)(?:\\s+(?:itself|themselves))? (?:brought|took|presented|submitted|carried) (?:(?:\\w|[\'’-])+,? ){1,14}to (?:the |its |their )?(?:(?:\\w|[\'’-])+ ){0,3}(?:Bank|Fund|donors?|lenders?|funders?)(?![\\p{L}\\p{N}\'’])',
        // The partners settle what is done, each year or once: "is settled each year by the member teams".
        '(?:settled|decided|agreed|fixed|determined|set|chosen|selected) (?:(?:each|every) year |annually |jointly )?by (?:the )?(?:(?:\\w|[\'’-])+ ){0,2}(?:member|participating|partner|beneficiary|national) (?:\\w+ )?(?:CERTs?|CSIRTs?|teams|agencies|States|countries|governments|services|administrations|authorities|ministries|regulators|units)\\b',
        // A committee on which the partners sit: "a steering committee on which six of the beneficiary ministries sit".
        '(?:committee|board|council) (?:on which|where|in which)\\b(?:[^.;:*\\n]|\\n(?![ \\t]*(?:[-*+#|]|\\n))){0,100}?(?<![\\p{L}\\p{N}])(?:beneficiary|partner|recipient|participating) (?:(?:\\w|[\'’-])+ ){0,3}?(?:ministries|governments|agencies|authorities|States|countries) (?:sit|sat|are represented)\\b',
        // Round 18. The partner's body alone writes or decides: "it is the committee, and it alone, that writes the answers".
        `(?<!(?<![\\p{L}\\p{N}])(?:${donorRolesEn})(?: (?:\\w|[\'’-])+){0,3},? (?:and )?)(?:it|they) alone,? (?:that |who |which )?(?:writes|write|wrote|decides|decide|decided|chooses|choose|chose|sets|set|drafts|draft|drafted|selects|select|selected)\\b`,
        // What the partners lack, in their words: "listed what their ministries lacked most".
        'what (?:their|its) (?:(?:\\w|[\'’-])+ ){0,2}(?:ministries|ministry|governments?|agenc(?:y|ies)|authorit(?:y|ies)|services|institutions|teams|units|administrations?) (?:lack|lacks|lacked|need|needs|needed|miss|missed)\\b',
        // Gaps the partners reported themselves: "the gaps that the ministries had themselves reported".
        '(?:gaps|shortcomings|weaknesses|needs) (?:that |which )?(?:the |these |those |their )?(?:(?:\\w|[\'’-])+ ){0,2}(?:ministries|governments|agencies|authorities|States|countries|administrations) (?:had |have |has )?(?:themselves |itself )?(?:reported|flagged|identified|signalled|signaled|raised|listed)\\b',
        // The partners' bodies decide alone: "the national drafting groups decide alone between the options".
        '(?:national|beneficiary|partner)(?![\\p{L}\\p{N}])(?:[^.;:*\\n]|\\n(?![ \\t]*(?:[-*+#|]|\\n))){0,100}?(?<![\\p{L}\\p{N}])(?:decide|decides|decided|settle|settles|settled|choose|chooses|chose|rule|rules|ruled) (?:alone|on (?:their|its) own|by themselves|by itself)\\b',
        // Round 21 and 22. The work answers a request said before, by a demonstrative or possessive:
        // "the circle answers that request", "in answer to their request". Not a request in a case
        // ("answers mutual legal assistance requests"): the request stands alone after its determiner.
        '(?:answers|answer|answered|answering|meets|met|meeting|fulfils|fulfills|fulfilled) (?:that|this|their|its|the partners(?:\'|’)) (?:(?:initial|original|first|formal|written|joint) )?requests?(?![\\p{L}\\p{N}])(?! (?:for|of|from) (?:mutual|legal|extradition|data|information|preservation)\\b)',
        '(?:in answer to|as an answer to|is an answer to) (?:a |the |that |this |their |its )?(?:(?:\\w|[\'’-])+ ){0,2}requests?(?![\\p{L}\\p{N}])',
        // Round 21 and 22. An assessment made jointly with the partner: "a diagnosis carried out jointly by the
        // general staff and a French team", "a jointly conducted assessment". (The madeWithDonor reader drops
        // one made jointly with the donor's own bodies only.)
        '(?:assessment|diagnosis|diagnostic|gap analysis|review of needs|baseline study) (?:was |were )?(?:carried out|conducted|made|done|undertaken|performed|led) (?:jointly|together)\\b', 'jointly (?:conducted|carried out|undertaken|performed|led) (?:\\w+ ){0,2}(?:assessment|diagnosis|diagnostic|gap analysis)s?\\b',
        // Round 21 and 22. Each partner chose for itself: "each of the four regulators chose the two instruments it
        // wanted to revise first". The choice is said to be the chooser's own wish ("it wanted", "they needed");
        // not a donor's trainer or expert choosing.
        `(?<!(?<![\\p{L}\\p{N}])${donorRolesEn}(?: (?:\\w|[\'’-])+){0,3} )each (?:of (?:the|these|those|its|their) )?(?:(?!${donorRolesEn}\\b)(?:\\w|[\'’-])+ ){0,2}(?:chose|chooses|selected|selects|picked|picks|named|names|set|sets|decided|decides|identified|identifies) (?=[^.;]{0,60}? (?:it|they) (?:wanted|wants|wished|wishes|needed|needs|preferred|prefers|would like|most wanted|considered|considers) )`,
        // Round 23 and 24. An inventory of the needs or gaps, like a needs assessment: "the inventory of gaps that the
        // agency compiled", "a stocktaking of needs". (Compiled by the donor's own experts, askedByDonor drops it.)
        '(?:inventor(?:y|ies)|stock-?taking|stocktake|census) of (?:the |their |its )?(?:(?:\\w|[\'’-])+ ){0,2}?(?:needs|gaps|shortcomings)\\b', '(?:needs|gaps) inventor(?:y|ies)\\b',
        // Round 23 and 24. The partners wrote or adopted it themselves, one act or two: "its charter was drafted and
        // adopted by the member teams themselves"; not the donor's people ("drafted by the French experts themselves").
        `(?:drafted|written|adopted|approved|agreed|prepared|drawn up|set|chosen|decided|defined|designed)(?: and (?:drafted|written|adopted|approved|agreed|prepared|drawn up|signed|endorsed|validated))? by (?:the |their |its )?(?:(?!${donorRolesEn}\\b)(?:\\w|[\'’-])+ ){1,3}(?:themselves|itself)\\b`,
        // Round 23 and 24. A committee that both sides' ministries chair, or chaired by both: "a joint committee
        // co-chaired by the two ministries of justice", "both ministries chair the committee"; not two of the
        // donor's own ministries ("the two French ministries").
        '(?:chaired|co-?chaired|presided over) (?:jointly )?by (?:both|the two) (?:ministries|ministers|governments|sides|parties|countries|administrations|agencies)\\b', '(?:both|the two) (?:ministries|ministers|governments|sides|parties|countries|administrations|agencies) (?:jointly )?(?:co-?chair|chair|preside over)s?\\b',
      ],
      fr: [
        // Support for those who ask for it (the English "States that request it"): « une assistance aux
        // États qui en font la demande » (the Secretariat's report), « aux pays qui le demandent ».
        '(?:États|Etats|pays|partenaires|membres|gouvernements|autorités|institutions|administrations|bénéficiaires|agences) qui (?:en (?:font|ont fait|feront|faisaient|avaient fait) la demande|(?:le|la|les|l[\'’]) ?(?:demandent|ont demandée?s?|sollicitent|ont sollicitée?s?))',
        'à (?:leur|sa) demande', '(?:dès|sur) (?:leur|sa) demande', 'à la demande (?:de |du |des |d[\'’])(?!(?:assistance|aide|appui|entraide|informations?|renseignements?|données|accès|extradition|coopération|preuves?)\\b)', 'sur (?:la )?demande', `${notPermitBeforeFr}demandée?s? par${notSupplierAfterFr}`, 'sollicit[ée]\\w* par', 'appropriation', 'besoins (?:identifiés|exprimés|recensés|définis)',
        // Found by probing: un besoin, ou un besoin dit au passif, que le partenaire a exprimé (« un besoin exprimé par
        // le ministère de la Justice », « le besoin a été exprimé par les autorités nationales ») ; pas les experts du donateur.
        `(?:besoin (?:identifié|exprimé|recensé|défini|formulé)|besoins? (?:a|ont|avait|avaient) été (?:identifiés?|exprimés?|recensés?|définis?|formulés?)) par (?:les |le |la |l[\'’]|ses |leurs |son |sa )?(?:[\\p{L}\'’-]+ ){0,2}?${partnerBodyFr}`,
        '(?:évaluation|analyse|diagnostic|recensement) des besoins', 'co-?constru\\w*', 'co-?con[çc]\\w*', 'con[çc]u\\w* (?:conjointement|avec|en lien avec|en concertation avec)',
        'en (?:étroite )?(?:concertation|coordination|consultation) avec', 'adapt[ée]\\w* aux (?:besoins|priorités|contextes?)', `répond\\w* (?:aux|à la) (?:besoins|demandes?${notMarketDemandFr}|priorités)`,
        'axée?s? sur la demande', 'priorités nationales', 'à l\'initiative (?:de|du|des)', 'fondée?s? sur (?:la demande|les besoins)',
        `répond\\w* à (?:une|la|leur|sa) demande${notMarketDemandFr}`, 'exprim\\w+ (?:leurs|ses|des|les) besoins', 'à partir des besoins', 'besoins (?:qu\'|que )\\w+ (?:ont|a) (?:eux-mêmes |elles-mêmes |lui-même )?(?:identifi|exprim|défini)\\w*',
        // Needs the partners state in the present: « à partir des besoins que les administrations partenaires signalent ».
        'besoins (?:qu[\'’]|que )(?:\\w+ ){0,4}(?:expriment|exprime|signalent|signale|remontent|font remonter|identifient|identifie|définissent|définit|déclarent|déclare|formulent|formule)\\b',
        '(?:construit|élaboré|défini|conçu|choisi|arrêté|retenu)e?s? (?:avec|conjointement)', 'auto-?évaluation', 'fixée?s? (?:conjointement|avec)',
        'demandes? exprimées? par', 'à partir des (?:demandes|besoins|priorités)', 'en fonction des (?:priorités|besoins|demandes)',
        'priorités (?:qu\'|que )(?:\\w+ ){0,4}(?:expriment|fixent|définissent|identifient|ont (?:exprimées|fixées|définies|identifiées))',
        // Round 27 and 28. Les priorités ou besoins qu'un organe des partenaires a arrêtés : « les priorités que les chefs de
        // police des États membres ont arrêtées » ; pas celles que les formateurs ou les experts ont retenues.
        `(?:priorités|besoins) (?:que |qu[\'’])(?:les |ces |leurs |ses |chaque |l[\'’]|le |la )?(?:(?!${donorRolesFr}(?![\\p{L}\\p{N}]))[\\p{L}\'’-]+ ){0,4}?${requesterFr}(?: (?!${donorRolesFr}(?![\\p{L}\\p{N}]))[\\p{L}\'’-]+){0,3}? (?:avaient|ont|a|avait) (?:arrêté|retenu|adopté|classé|convenu|établi)e?s?(?![\\p{L}\\p{N}])`,
        // The partners asked, chose or steer: « à la suite d'une demande », « une demande écrite », « chaque pays décide ».
        `(?:à la suite|suite) (?:d'une|de la|de leur|de sa) demande${notStatusRequestFr}`, '(?:faisant|fait|font|donnant|donne) suite à (?:une|la|leur|sa|sa propre) demande', 'demandes? (?:adressée|présentée|formulée|transmise|exprimée|soumise)s? (?:\\w+ ){0,3}par\\b', `(?:adress|présent|formul|dépos|transmis|soumis)\\w* (?:une|leur|sa) demande${notStatusRequestFr}`, 'demandes? (?:écrite|officielle|formelle|conjointe)s?',
        '(?:diagnostic|évaluation|analyse) (?:conjoint|partagé)e?', '(?:adopté|élaboré|défini|conçu|choisi|fixé|arrêté)e?s? par (?:\\w+ ){0,4}(?:eux|elles)-mêmes',
        `${notComplementFr}(?:chaque|les) (?:pays|États?|partenaires?|bénéficiaires?|membres?|autorités?) (?:\\w+ ){0,2}(?:décident|décide|choisissent|choisit|fixent|fixe|définissent|définit|déterminent|détermine|arrêtent|arrête)\\b`,
        '(?:désign|choisi|retenu|proposé|sélectionn)\\w* par les (?:autorités|gouvernements|ministères|administrations|points de contact) (?:nationa|partenaires|bénéficiaires)\\w*',
        '(?:choisi|retenu|fixé|défini|proposé)\\w* (?:les|leurs|ses) (?:thèmes|sujets|priorités|questions)', 'copr[ée]sid\\w* (?:le )?comité',
        // Asked for, made together or run by the partners: « le Conseil a lui-même demandé », « les équipes
        // fixent elles-mêmes », « élaboré ensemble », « leurs propres projets ».
        '(?:a|ont|avait|avaient) (?:(?:lui|elle|eux|elles)-mêmes? )?(?:demandé|sollicité|réclamé)(?! (?:à|aux|au)\\b)',
        `${notAfterChoosingPartnersFr}(?:fixent|fixe|décident|décide|choisissent|choisit|définissent|définit|arrêtent|arrête|établissent|établit|pilotent|pilote|gèrent|gère|animent|anime|proposent|propose|rédigent|rédige|conçoivent|conçoit|préparent|prépare|organisent|organise)(?: \\w+)?,? (?:eux|elles|lui|elle)-mêmes?`,
        '(?:élaboré|rédigé|construit|préparé|conçu|défini)e?s? ensemble', '(?:leurs|ses) propres (?:projets|propositions|demandes|priorités|besoins)',
        // Round 25 et 26. Comme en anglais "the modules it selects" : ce qu'on enseigne ou publie est ce que le partenaire
        // choisit ou demande : « les textes qu'elle choisit de rendre publics », « les modules que chaque pays retient » ;
        // pas « les modules que les formateurs choisissent », ni « que la France choisit » (le donateur).
        `(?:modules|thèmes|sujets|cas|scénarios|textes|documents|cours|sessions|ateliers|chapitres|secteurs) (?:que |qu[\'’])(?:il|elle|ils|elles|(?:le |la |les |l[\'’]|chaque |ce |cet |cette |ces )(?:pays|État|États|partenaires?|bénéficiaires?|gouvernements?|ministères?|administrations?|autorités?))(?: (?:lui|elle|eux|elles)-mêmes?)? (?:choisit|choisissent|retient|retiennent|sélectionne|sélectionnent|demande|demandent|souhaite|souhaitent|désigne|désignent|(?:a|ont|avait|avaient) (?:choisi|retenu|sélectionné|demandé|souhaité|désigné)e?s?)(?![\\p{L}\\p{N}])`,
        // Round 25 et 26. L'invitation dite par un possessif, comme « à leur demande » : « à leur invitation », « sur son
        // invitation » ; pas « à notre invitation » (celle du donateur).
        '(?:à|sur) (?:leur|son|sa) (?:propre )?invitation',
        // Round 25 et 26. Un organe du partenaire s'est adressé au donateur : « l'équipe nationale nous a approchés », « le
        // ministère nous avait contactés », « se sont tournées vers nous » ; pas des journalistes, ni l'ambassade de France
        // (askedByDonor).
        // Not « cours » (courses, « en cours »), which requesterFr reads as the plural of « cour ».
        `(?<![\\p{L}\\p{N}])(?!cours(?![\\p{L}\\p{N}]))${requesterFr}(?: (?!(?:nous|qui|que|qu[\'’]|dont|et|mais|puis|après|avant|lorsque|quand)(?![\\p{L}\\p{N}]))[\\p{L}\'’-]+){0,8} (?:nous (?:a|ont|avait|avaient) (?:approché|contacté|sollicité|saisi)e?s?|${wroteAskingFr}|(?:s[\'’]est|se sont|s[\'’]était|s[\'’]étaient) (?:adressée?s?|tournée?s?) (?:à|vers) nous)(?![\\p{L}\\p{N}])`,
        // Une institution du partenaire demande ou invite : « à l'invitation du gouvernement », « a fait appel à ».
        'à l[\'’]invitation (?:de|du|des|d[\'’])', '(?:a|ont|avait|avaient) fait appel (?:à|au|aux)', 'command[ée]\\w* par (?:le |la |les |l[\'’])?(?:ministère|gouvernement|autorités?|agence|direction|office)',
        '(?:rédigé|élaboré|préparé|conçu|adapté|construit|défini)e?s? (?:\\w+ ){0,2}avec (?:chaque|le|la|les|l[\'’]|son|ses|leur|leurs) (?:\\w+ ){0,2}(?:gouvernement|ministère|autorité|administration|partenaire|bénéficiaire|État|pays|agence|institution)s?',
        // Les besoins du partenaire sont demandés ou servis : « un questionnaire sur leurs besoins ».
        '(?:leurs|ses) (?:propres )?(?:besoins|priorités|lacunes)\\b', '(?:analyse|diagnostic|évaluation) des (?:écarts|lacunes)',
        // Les partenaires décident, président ou rédigent : « constitué par décision des États membres »,
        // « présidence tournante », « rédigés par les ingénieurs de l'équipe nationale », « en assure seule l'organisation ».
        'par décision (?:des|de ses) (?:États membres|membres|gouvernements|ministres|États parties)', 'présidence (?:tournante|à tour de rôle)',
        'en réponse (?:à|aux) (?:une |la |leur |sa |des |ses |leurs )?(?:\\w+ )?demandes?', '(?:animée?s?|présidée?s?|organisée?s?) à tour de rôle',
        'comité (?:où siègent|composé|réunissant|des) (?:\\w+ ){0,4}(?:bénéficiaires|partenaires|nationa\\w*)',
        // Écrit, choisi ou arrêté par un organe national ou un comité des partenaires, ou qu'il conduira seul.
        // … ou avec lui : « rédigé conjointement avec les points de contact des équipes nationales ».
        '(?:écrit|rédigé|conçu|élaboré|préparé|choisi|arrêté|fixé|défini|retenu|dressé)e?s? (?:(?:[\\p{L}\'’-]+ ){0,3}par|(?:conjointement |ensemble )?avec) (?:l[\'’]|le |la |les )(?:équipe|agence|autorité|administration|direction|inspection|comité|ministère|gouvernement|cellule|centre|conseil|groupe|réseau|points? de contact|points? focaux|correspondant)s?[^.;]{0,80}?(?<![\\p{L}\\p{N}])nationa\\w*',
        // … pourvu que l'organe soit celui du partenaire (« l'inspection régionale …, qui choisit », pas « un jury du ministère, qui fixe »).
        '(?:bénéficiaires?|partenaires?|nationa\\w*|régiona\\w*|loca(?:l|le|les|ux))(?![\\p{L}\\p{N}])[^.;,]{0,80}?, qui (?:\\w+ ){0,2}(?:choisit|choisissent|fixe|fixent|arrête|arrêtent|définit|définissent|propose|proposent|rédige|rédigent|sélectionne|sélectionnent|décide|décident)\\b',
        '(?:conduira|conduit|conduiront|conduisent|assurera|assureront|pilotera|piloteront|organisera|organiseront|animera|animeront) seule?s?\\b',
        '(?:feuille de route|stratégie|plan|programme) (?:\\w+ ){0,4}(?:adoptée?|arrêtée?|définie?|fixée?)s? (?:en \\d{4} )?(?:par (?:le |la |les |l[\'’])(?:conseil|ministres?|gouvernements?|États|comité|chefs)|en conseil des ministres)',
        '(?:solliciter|demander|requérir) (?:un |une |leur |son |sa |l[\'’])?(?:appui|aide|assistance|soutien|accompagnement|expertise)', 'priorités? de (?:sa|son|leur) (?:propre )?(?:stratégie|plan|feuille de route|programme)',
        // Née d'une demande ou d'une saisine : « né d'une sollicitation du ministère », « saisi par le ministère de la justice ».
        '(?:né|née|nés|nées|issue?s?|naît|naissent) d[\'’](?:une|un) (?:sollicitation|demande|requête|saisine)', 'sollicitation (?:du|de la|de l[\'’]|des|d[\'’]un|d[\'’]une)(?! (?:presse|médias|journalistes|public|grand public)\\b)',
        // Round 27 and 28: a date may come between (« saisie le 6 novembre 2023 par »), and the partner's national
        // team or centre may be the one (« par l'équipe nationale libanaise », « par le CERT national »); not a
        // team alone (« les disques saisis par l'équipe » were seized by it).
        `(?:saisie?s?|sur (?:la )?saisine) (?:${dateSaidFr} )?(?:par |du |de la |de l[\'’]|des )(?:le |la |l[\'’]|les )?(?:ministère|gouvernement|autorités?|agence|direction|présidence|parlement|commission|conseil|État|office|(?:équipe|centre|cellule|CERT|CSIRT)s? (?:nationale?s?|gouvernementale?s?)(?![\\p{L}\\p{N}]))`,
        '(?:arrêté|défini|fixé|choisi|établi)e?s? (?:les |ses |leurs )(?:axes|thèmes|priorités|orientations|sujets|contenus)(?: (?:\\w|[\'’-])+){0,3} (?:avec|conjointement)',
        // L'institution du partenaire fait seule : « l'Académie dispense seule le module ».
        '(?:dispense|dispensent|dispensera|dispenseront|enseigne|enseignent|donne|donnent|organise|organisent|gère|gèrent|anime|animent) (?:désormais |aujourd[\'’]hui )?seule?s?\\b',
        'd[\'’]un commun accord', '(?:arrêté|fixé|défini|établi|choisi)e?s? (?:\\w+ ){0,3}par les deux (?:délégations|parties|pays|gouvernements)',
        '(?:écrit|rédigé|conçu|élaboré|préparé|construit)e?s? par (?:les |des )(?:\\w+ ){1,3}(?:nationaux|nationales|locaux|locales|de l[\'’]équipe nationale|de la direction nationale)\\b',
        '(?:assure|assurent|prend|prennent) (?:désormais )?seule?s? (?:l[\'’]organisation|la conduite|le pilotage|la gestion|l[\'’]animation|la charge)',
        `${notAfterChoosingPartnersFr}(?:a|ont|avait|avaient) (?:\\w+ )?(?:arrêté|fixé|choisi|défini|décidé|établi|déterminé|retenu|sélectionné|élaboré|rédigé|conçu|dressé)e?s? (?:lui|elle|eux|elles)-mêmes?`,
        `${notAfterChoosingPartnersFr}(?:a|ont|avait|avaient) (?:lui|elle|eux|elles)-mêmes? (?:\\w+ )?(?:arrêté|fixé|choisi|défini|décidé|établi|déterminé|retenu|sélectionné|élaboré|rédigé|conçu|dressé|préparé)`, '(?:à partir|sur la base) (?:de leurs|des) (?:réponses|contributions|propositions)',
        // Round 15. Le partenaire a écrit ou choisi ce qui est enseigné : « ont rédigé le plan de cours
        // eux-mêmes », « chaque autorité nationale a désigné les secteurs ».
        `(?<!(?<![\\p{L}\\p{N}])(?:${donorRolesFr}|${individuals.fr})(?: [\\p{L}\'’-]+){0,6} )${authoredFr} (?=(?:[\\p{L}\'’-]+ ){0,4}${programmeContentFr})(?:[\\p{L}\'’-]+ ){1,6}(?:eux|elles|lui|elle)-mêmes?`,
        `(?:chaque|les) (?:pays|États?|partenaires?|bénéficiaires?|membres?|autorités?|administrations?) (?:[\\p{L}\'’-]+ ){0,3}(?:a|ont|avait|avaient) (?:choisi|fixé|défini|déterminé|arrêté|retenu|sélectionné|désigné|proposé|identifié)e?s? (?:les |le |la |l[\'’]|ses |leurs |son |sa )(?:[\\p{L}\'’-]+ ){0,2}?${programmeContentFr}`,
        // Le besoin ou la demande est venu du partenaire : « le besoin est venu du ministère de la Justice ».
        `(?:besoins?|demandes?(?! ${caseRequestFr})) (?:[\\p{L}\'’-]+ ){0,3}?(?:est venue?|sont venue?s|vient|viennent|provient|proviennent|émane|émanent|est née?|est issue?) (?:de la |du |des |de l[\'’]|d[\'’])(?:[\\p{L}\'’-]+ ){0,3}?${requesterFr}(?![\\p{L}\\p{N}])`,
        // Une phrase clivée qui insiste sur le partenaire : « c'est l'office lui-même qui a dressé l'inventaire ».
        `(?<!(?<![\\p{L}\\p{N}])${donorRolesFr}(?: [\\p{L}\'’-]+){0,3} )(?:lui|elle|eux|elles)-mêmes? qui (?:a|ont|avait|avaient) (?:\\w+ )?(?:arrêté|fixé|choisi|défini|décidé|établi|déterminé|retenu|sélectionné|élaboré|rédigé|conçu|dressé|préparé|demandé|sollicité|identifié|proposé)`,
        // Le programme naît d'une décision des partenaires : « issu d'une décision des ministres de la région ».
        '(?:(?:issue?s?|née?s?|naît|naissent|découle|découlent) d[\'’]une|(?:fait|faisant|font|donne|donnant) suite à une|(?:à la suite|en application|en exécution) d[\'’]une) décisions? (?:prises? )?(?:des|de ses|de leurs|par les) (?:États membres|gouvernements|ministres|chefs d[\'’]État|États parties)\\b',
        // Ce que le partenaire a inscrit dans sa propre stratégie : « les mesures que le gouvernement a inscrites dans sa stratégie ».
        '(?:mesures|actions|priorités|objectifs|chantiers|projets) (?:que |qu[\'’])(?:le |la |les |l[\'’]|chaque )?(?:[\\p{L}\'’-]+ ){0,2}(?:gouvernements?|ministères?|autorités?|États?|pays|administrations?|agences?)(?: [\\p{L}\'’-]+){0,2} (?:a|ont|avait|avaient) (?:inscrite?s?|retenue?s?|arrêtée?s?|fixée?s?|définie?s?) dans (?:sa|son|leur|leurs) (?:propres? )?(?:stratégie|plan|feuille de route|programme|politique)',
        '(?:stratégies?|plans?|feuilles? de route|politiques?) (?:que |qu[\'’])(?:le |la |les |l[\'’]|chaque )?(?:[\\p{L}\'’-]+ ){0,2}(?:gouvernements?|ministères?|autorités?|États?|pays|administrations?|agences?)(?: [\\p{L}\'’-]+){0,2} (?:a|ont|avait|avaient) (?:adoptée?s?|arrêtée?s?|élaborée?s?|approuvée?s?|validée?s?|définie?s?)',
        // Un partenaire désigne un sujet comme sa priorité : « chaque gouvernement avait désigné son centre de données comme priorité ».
        `${namedAsNeedFr}(?<=(?<![\\p{L}\\p{N}])${requesterFr} (?:[\\p{L}\'’-]+,? ){0,8}${namedAsNeedFr}) (?:[\\p{L}\'’-]+ ){1,5}comme (?:une |la |sa |leur |l[\'’])?(?:(?:première|principale|grande|nationale|commune|seule) )?(?:priorité|besoin|urgence)s?(?![\\p{L}\\p{N}])`,
        '(?:leur|sa|son) propre (?:stratégie|feuille de route|plan|diagnostic|évaluation|analyse|bilan)(?![\\p{L}\\p{N}])',
        // Round 17. Le travail répond à une lettre du partenaire : « la mission répondait à une lettre de la ministre de la Justice ».
        `(?:répond|répondent|répondait|répondaient|répondant|a répondu|ont répondu|en réponse|faisant suite|fait suite|font suite|donnant suite|donne suite) (?:à|aux) (?:une |la |leur |sa |des )?(?:lettres?|courriers?|notes? verbales?|saisines?|appels?) (?:[\\p{L}'’-]+ ){0,2}?(?:du |de la |de l[\'’]|des |d[\'’])(?:[\\p{L}'’-]+ ){0,3}?(?:ministre|${requesterFr})(?![\\p{L}\\p{N}])`,
        // Un comité où siègent les partenaires : « un comité de pilotage où siègent, aux côtés de la Commission, six des huit ministères bénéficiaires ».
        'comité (?:[\\p{L}\'’-]+ ){0,2}(?:où siègent|où siège|composé|réunissant)(?:[^.;:*\\n]|\\n(?![ \\t]*(?:[-*+#|]|\\n))){0,120}?(?<![\\p{L}\\p{N}])(?:bénéficiaires|partenaires|(?:pays|États) participants)(?![\\p{L}\\p{N}])',
        // Les manques dits par les partenaires : « ce qui leur manque », « ce dont leurs ministères ont besoin ».
        'ce (?:qui|dont) (?:leur|leurs (?:[\\p{L}\'’-]+ ){1,2}) ?(?:manqu\\w*|fai\\w* défaut|(?:ont|avaient|a|avait) (?:le plus )?besoin)',
        // Les lacunes que les partenaires ont signalées : « les lacunes que ces ministères avaient eux-mêmes signalées ».
        'à partir des (?:lacunes|manques|faiblesses|difficultés)', `(?:besoins|lacunes|manques|faiblesses|priorités|difficultés) (?:que |qu[\'’])(?:les |ces |leurs |ses |chaque |l[\'’]|le |la )?(?:[\\p{L}'’-]+ ){0,2}?${partnerBodyFr}(?: [\\p{L}'’-]+){0,2}? (?:avaient|ont|a|avait) (?:(?:eux|elles|lui|elle)-mêmes? )?(?:signalé|identifié|exprimé|recensé|relevé|décrit|défini|remonté|fait remonter)e?s?(?![\\p{L}\\p{N}])`,
        // Les organes nationaux tranchent seuls : « les groupes de rédaction nationaux … tranchent seuls entre les options ».
        '(?:nationa(?:l|le|les|ux)|bénéficiaires?|partenaires?)(?![\\p{L}\\p{N}])(?:[^.;:*\\n]|\\n(?![ \\t]*(?:[-*+#|]|\\n))){0,100}?(?<![\\p{L}\\p{N}])(?:tranche|tranchent|décide|décident|arbitre|arbitrent|choisit|choisissent|fixe|fixent) seule?s?(?![\\p{L}\\p{N}])',
        // Round 18. L'organe du partenaire, et lui seul, écrit ou décide : « c'est ce comité, et lui seul, qui écrit les réponses ».
        `(?<!(?<![\\p{L}\\p{N}])(?:${donorRolesFr})(?: [\\p{L}\'’-]+){0,3},? (?:et )?)(?:lui|elle|eux|elles) seule?s?,? qui (?:écrit|écrivent|rédige|rédigent|décide|décident|choisit|choisissent|fixe|fixent|arrête|arrêtent|définit|définissent|(?:a|ont) (?:écrit|rédigé|décidé|choisi|fixé|arrêté|défini)e?s?)(?![\\p{L}\\p{N}])`,
        // Round 21 and 22. Le travail répond à une demande dite auparavant : « le cercle répond à cette demande ».
        `(?:répond|répondent|répondait|répondaient|répondra|répondront|a répondu|ont répondu|répondant) à (?:cette|ces) (?:demandes?|requêtes?|sollicitations?)(?![\\p{L}\\p{N}])(?! ${caseRequestFr})`,
        // Round 21 and 22. Un diagnostic fait avec le partenaire : « un diagnostic mené conjointement par l'état-major et
        // une équipe française ». (Fait avec les seuls organes du donateur, il ne compte pas : madeWithDonor.ts.)
        '(?:diagnostic|évaluation|analyse|état des lieux|bilan) (?:des (?:besoins|lacunes|capacités) )?(?:(?:a|ont) été )?(?:mené|réalisé|conduit|effectué|établi|dressé)e?s? (?:conjointement|en commun|ensemble)(?![\\p{L}\\p{N}])',
        // Round 21 and 22. Un groupe où siègent les équipes participantes : « proposés par un groupe de travail où
        // siègent des représentants des équipes participantes ». Pas « où siègent les formateurs ».
        '(?:comité|groupe(?: de travail| de pilotage| de rédaction)?|conseil|cellule|jury)(?: [\\p{L}\'’-]+){0,2},? (?:où (?:siègent|siège|sont représentée?s)|composée? (?:de|des)|réunissant)(?:[^.;:*\\n]|\\n(?![ \\t]*(?:[-*+#|]|\\n))){0,100}?(?<![\\p{L}\\p{N}])(?:équipes|délégations|administrations|agences|autorités|ministères|services|États|pays) (?:participant(?:e)?s|bénéficiaires|partenaires|nationa(?:les|ux))(?![\\p{L}\\p{N}])',
        // Round 21 and 22. « Sur sollicitation de », comme « à la demande de » : « sur sollicitation de N'Djamena ».
        'sur (?:la )?sollicitation (?:de|du|des|d[\'’])(?! (?:la |les |l[\'’])?(?:presse|médias|journalistes|public|grand public)(?![\\p{L}\\p{N}]))',
        // Round 23 et 24. Un inventaire des besoins ou des lacunes, comme une évaluation des besoins : « l'inventaire des
        // lacunes que l'agence a dressé ». (Dressé par les experts du donateur, askedByDonor l'écarte.)
        '(?:inventaire|état) des (?:besoins|lacunes|manques|carences)(?![\\p{L}\\p{N}])',
        // Round 23 et 24. Rédigé puis adopté par les partenaires eux-mêmes : « sa charte a été rédigée et adoptée par les
        // équipes membres elles-mêmes » ; pas par les formateurs du donateur.
        `(?:rédigé|écrit|approuvé|validé|signé|adopté|élaboré)e?s? (?:et (?:adopté|approuvé|validé|signé|rédigé)e?s? )?par (?:les |le |la |l[\'’]|leurs |ses )?(?:(?!${donorRolesFr}(?![\\p{L}\\p{N}]))[\\p{L}\'’-]+ ){1,3}(?:eux|elles|lui|elle)-mêmes?`,
        // Round 23 et 24. Un comité que président les deux ministères, ou présidé par les deux : « un comité mixte que
        // président les deux ministères de la justice » ; pas deux ministères du donateur (« les deux ministères français »).
        '(?:présidée?s?|coprésidée?s?) (?:conjointement )?par les deux (?:ministères|ministres|gouvernements|parties|pays|administrations|délégations)(?! (?:français|françaises|de la France))(?![\\p{L}\\p{N}])',
        '(?:que|qu[\'’]) (?:président|coprésident) (?:conjointement )?les deux (?:ministères|ministres|gouvernements|parties|pays|administrations|délégations)(?! (?:français|françaises))(?![\\p{L}\\p{N}])',
      ],
    },
    examples: {
      en: ['at the request of', 'requested by', 'designed together with', 'needs assessment', 'national ownership'],
      fr: ['à la demande de', 'demandé par', 'conçu avec', 'évaluation des besoins', 'appropriation nationale'],
    },
  },
  {
    id: 'shared-responsibility',
    principleId: 'shared-responsibility',
    label: { en: 'shared responsibility in design, execution, monitoring', fr: 'responsabilité partagée' },
    evidence: {
      en: ['co-?design\\w*', 'jointly (?:designed|implemented|managed|monitored|evaluated|steered)', 'steering (?:committee|board|group)', 'joint (?:monitoring|evaluation|management|committee)', 'monitoring and evaluation', 'co-?(?:chair|lead|implement|financ|fund)\\w*'],
      fr: ['co-?con[çc]\\w*', 'comité de pilotage', 'conjointement', 'suivi et (?:l\')?évaluation', 'gouvernance (?:partagée|conjointe)', '(?:suivi|évaluation|gestion|comité|pilotage)s? (?:conjointe?|partagée?)s?\\b', 'co-?constru\\w*', 'co-?(?:présid|pilot|financ|organis)\\w*'],
    },
    examples: { en: ['co-designed', 'steering committee', 'joint monitoring'], fr: ['co-construit', 'comité de pilotage', 'suivi conjoint'] },
  },
  {
    id: 'confidentiality-of-national-policies',
    principleId: 'confidentiality-of-national-policies',
    label: { en: 'confidentiality of national policies', fr: 'confidentialité des politiques nationales' },
    evidence: { en: ['confidential\\w*', 'non-disclosure'], fr: ['confidential\\w*'] },
    examples: { en: ['confidentiality'], fr: ['confidentialité'] },
  },
  {
    id: 'gender',
    principleId: 'human-rights-gender-inclusion',
    label: { en: 'gender sensitive and inclusive', fr: 'sensible au genre et inclusif' },
    evidence: {
      en: [
        'gender\\w*', 'wom[ae]n\\b', 'girls?\\b', 'female\\b',
        // Round 21 and 22: the inclusion of a body, a system or a topic in the work ("the inclusion of the electricity
        // regulator", "inclusion of the new module in the syllabus") is no inclusion of people.
        `inclusivity\\b`, `inclusion\\b(?! (?:of|in) (?:the |a |an |its |their )?(?:(?:\\w|[\'’-])+ ){0,3}?(?:regulators?|ministr(?:y|ies)|agenc(?:y|ies)|authorit(?:y|ies)|operators?|compan(?:y|ies)|firms?|banks?|providers?|utilit(?:y|ies)|institutions?|bodies|body|departments?|services?|units?|teams?|CERTs?|CSIRTs?|systems?|modules?|items?|topics?|chapters?|sections?|clauses?|provisions?|articles?|data|datasets?|sectors?|scenarios?|networks?|servers?)\\b)`,
        // Round 19: "inclusive" that closes a range of dates or numbers ("6 to 10 November inclusive") or says
        // what a price covers ("inclusive of travel", "all-inclusive") is no inclusion of people; "inclusive of civil society" is.
        `(?<!(?:\\d+|${monthNamesEn}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|all|VAT|tax|fees?|costs?)[- ])inclusive\\b(?! of (?:(?:\\w|-)+ ){0,2}?(?:travel|accommodation|lodging|board|interpretation|translation|costs?|expenses|VAT|tax(?:es)?|fees?|meals|per diems?|flights?|air ?fares?|transport|insurance|shipping|materials|equipment|overheads?|salaries)\\b)`, 'diversity', 'under-?represented', 'persons? with disabilit\\w+', 'disabilit\\w+',
        '\\w+wom[ae]n\\b',
        // Rounds 27 and 28: non-discrimination between firms or in a market ("non-discriminatory access to cable
        // landing stations", "non-discriminatory treatment of incumbent and new operators", "fair, reasonable and
        // non-discriminatory terms") is a rule of competition, not the inclusion of people.
        `(?<!reasonable,? and )non-discriminat\\w*\\b(?! (?:access|treatment|terms|conditions|pricing|prices|tariffs?|rates|interconnection|licensing|basis) (?:to|of|for|between|among|on) (?:the |all |their |its |a |an )?(?:(?:\\w|[\'’-])+ ){0,3}?(?:${marketPartiesEn})\\b)`, '(?:blind|deaf|visually impaired|hearing[- ]impaired|partially sighted)\\b',
        // Round 19: a disability said by the impairment or by what serves it ("two technicians with visual
        // impairments", "wheelchair users", "sign-language interpretation", "a screen-reader version").
        '(?:visual|hearing|sight|mobility|physical|sensory|cognitive|intellectual|speech) impairments?\\b', 'impaired (?:vision|hearing|sight|mobility)\\b', 'wheelchairs?\\b', 'sign[- ]language', 'screen[- ]readers?\\b',
        // Round 20: parity of a currency, a price or a feature, and a parity bit or disk, are not gender parity
        // ("the fixed parity with the euro", "purchasing power parity", "RAID parity").
        // Rounds 27 and 28: parity between languages or between States and their delegations ("full language parity",
        // "parity between the Russian and English versions", "parity among the participating States") is not gender parity.
        '(?<!(?:fixed|currency|exchange[- ]rate|purchasing[- ]power|price|feature|functional|RAID|monetary|language|linguistic) )parity\\b(?! (?:with|against|to)\\b)(?! (?:of|between|among|across) (?:the |all |its |their |both |each )?(?:(?:\\w|-)+ ){0,3}?(?:languages?|language versions|versions|translations|delegations|States|countries|members|parties|sides|capitals)\\b)(?! (?:bits?|checks?|checking|drives?|disks?|blocks?|data|errors?)\\b)', `equal (?:participation|representation|opportunit)\\w*(?! (?:of|for|between|among) (?:the |all |its |their |both |each |every )?(?:(?:\\w|-)+ ){0,2}?(?:States|countries|delegations|members|parties|sides|capitals|governments|ministries|agencies|regions|languages|${marketPartiesEn})\\b)`, 'Women in (?:Cyber|International Security)',
      ],
      fr: [
        // « ce genre d'incident » is a kind, not gender.
        '(?<!(?:ce|un|même|tout|quel|autre|seul) )genre\\b', 'femmes?\\b', 'filles?\\b', 'féminin\\w*', 'égalité (?:femmes|entre les femmes|des sexes|hommes)', 'inclusi(?:f|ve|vité)s?\\b',
        // Round 21 et 22 : l'inclusion d'un organisme, d'un système ou d'un thème (« l'inclusion du régulateur de l'électricité »)
        // n'est pas celle des personnes.
        `inclusions?\\b(?! (?:de l[\'’]|du |de la |des |d[\'’]une? |de |dans )(?:(?:\\w|[\'’-])+ ){0,3}?(?:régulateur|ministère|agence|autorité|opérateur|entreprise|société|banque|fournisseur|établissement|institution|organisme|direction|service|unité|équipe|CERT|CSIRT|système|module|thème|chapitre|section|clause|disposition|article|donnée|secteur|scénario|réseau|serveur)s?\\b)`,
        // Round 20 : la parité d'une monnaie n'est pas celle des femmes et des hommes (« la parité fixe avec l'euro »),
        // ni une composition « à parité de juristes et d'ingénieurs » (des professions ; « à parité de femmes et
        // d'hommes » est trouvé par « femmes »).
        // Rounds 27 and 28 : la parité des langues ou entre États (« parité linguistique », « à parité entre le russe et
        // l'anglais », « parité entre les délégations ») n'est pas celle des femmes et des hommes.
        '(?<!à )parité\\b(?! linguistique\\b)(?! (?:des|entre (?:les |le |la |l[\'’])?)(?:(?:\\w|-)+ ){0,2}?(?:langues|versions|traductions|délégations|États|pays|membres|parties|russe|anglais|français|espagnol|arabe|chinois)\\b)(?! (?:fixe|de change|monétaire|de pouvoir d[\'’]achat|du franc|de l[\'’]euro|du dollar|avec (?:l[\'’]|le |la )?(?:euro|dollar|franc|monnaie|devise|yen|livre))\\b)', // Round 21 et 22 : « financés à parité » (par moitié) ou « à parité entre les deux ministères » est un partage à parts égales.
        '(?<!(?:financ|cofinanc|partag|répart|pris en charge|assum|support)\\w* à )(?<=à )parité\\b(?! (?:linguistique|en (?:russe|anglais|français|espagnol|arabe|chinois|langues?))\\b)(?! (?:de|d[\'’]|entre (?:les |la |le |l[\'’])?(?:(?:\\w|-)+ )?(?:deux|trois|pays|États|partenaires|ministères|gouvernements|institutions|parties|bailleurs|donateurs|agences|organismes)\\b))', 'paritaire', 'mixité', 'diversité',
        'handicap\\w*',
        // Round 19 : un handicap dit par la déficience ou par ce qui y répond (« deux techniciens malvoyants »,
        // « une interprétation en langue des signes », « une version pour lecteur d'écran »).
        'déficiences? (?:visuel|auditi|motri|intellectuel|sensoriel)\\w*', '(?:mal|non-?)voyante?s?\\b', 'malentendante?s?\\b', 'mobilité réduite', 'langue des signes', 'fauteuils? roulants?', 'lecteurs? d[\'’]écran',
        // Rounds 27 and 28 : un accès, un traitement ou des conditions non discriminatoires entre opérateurs ou sur un marché
        // (« un accès non discriminatoire aux stations d'atterrissage des câbles », « des tarifs non discriminatoires »)
        // sont une règle de concurrence, pas l'inclusion des personnes.
        `(?<!(?:accès|traitement|conditions|modalités|tarifs|tarification|prix|termes|interconnexion) )non discriminat\\w*`,
        `(?<=(?:accès|traitement|conditions|modalités|tarifs|tarification|prix|termes|interconnexion) )non discriminat\\w*\\b(?! (?:(?:\\w|[\'’-])+ ){0,5}?(?:${marketPartiesFr})\\b)`, 'sous-représent\\w*',
        // Women named by the feminine form of their role: « composée à majorité de chercheuses ». Only
        // nouns: feminine adjectives agree with any feminine noun (« équipes participantes »,
        // « unités policières », « lignes directrices »).
        // Round 21 et 22 : au pluriel seulement ; une seule femme désignée par son titre (« Mme X, cheffe de projet »,
        // « magistrate de liaison ») est un contact, pas une mention du genre.
        '(?:chercheuse|formatrice|enquêtrice|ingénieure|auditrice|lauréate|négociatrice|administratrice|inspectrice|magistrate|cheffe)s\\b',
        // Women counted: a number, then a feminine plural noun of a role (« dont 139 commerçantes et
        // artisanes », « 12 techniciennes »); not « les 10 premières sessions ».
        '\\d+ (?!premières|dernières|anciennes)\\w+(?:antes|trices|euses|ières|iciennes)\\b',
        // … or their share: « la part des étudiantes parmi les inscrits ».
        '(?:part|proportion|pourcentage|taux|quota|nombre) (?:des|de|d[\'’]) ?(?!premières|dernières|anciennes)\\w+(?:antes|trices|euses|ières|iciennes)\\b',
        // Round 23 et 24 : des places, des bourses ou une part de l'appui réservées à des femmes nommées par le
        // féminin pluriel de leur rôle (« dont un tiers revient à des étudiantes », « réservées aux doctorantes »,
        // « la moitié au moins d'enseignantes »). Un nom juste après « à des », « aux » ou « de » : un adjectif
        // (« aux équipes participantes ») ne suit pas l'article ; ni les ventes, les dates ou les attentes.
        `(?:revien(?:t|nent|dra|dront)|réservée?s?|attribuée?s?|destinée?s?|accordée?s?|allouée?s?|ouverte?s?|offerte?s?|consacrée?s?|octroyée?s?) (?:en priorité |exclusivement |uniquement |prioritairement |d[\'’]abord )?(?:à des|aux|à de jeunes|pour des|pour les) (?:jeunes )?${feminineRolePluralFr}`,
        `(?:moitié|tiers|quart|majorité|\\d+ ?%|\\d+ pour cent)(?: au moins| environ| au minimum)? (?:de |d[\'’]|sont des |seront des |étaient des )${feminineRolePluralFr}`,
      ],
    },
    examples: {
      en: ["women's participation", 'gender-sensitive design', 'inclusion'],
      fr: ['participation des femmes', 'genre', 'parité', 'inclusion'],
    },
  },
  {
    id: 'human-rights',
    principleId: 'human-rights-gender-inclusion',
    label: { en: 'human rights and fundamental freedoms', fr: 'droits humains et libertés fondamentales' },
    evidence: {
      en: [
        // Round 25 and 26: "a human-rights review", "a human-rights-based approach": the compound adjective is hyphenated.
        'human[- ]rights?', 'fundamental (?:rights|freedoms)', 'due process', 'rule of law', '(?:legal |procedural |human rights )?safeguards?(?! cop(?:y|ies)\\b)', 'proportionality', 'proportionate(?<!(?:budgets?|funding|resources|equipment|staffing|grants?|allocations?|spending|costs?|contributions?|fees?|salar(?:y|ies)) (?:(?:is|are|was|were|will be|remains?|stays?) )?(?:(?:\\w+ly|broadly|fully) )?proportionate)(?! to (?:the |its |their |an? )?(?:(?:\\w|[\'’-])+ ){0,2}?(?:caseload|workload|demand|size|budget|volume|number|needs|criticality|impact|severity(?! of (?:the |an? )?(?:\\w+ )?(?:offen[cs]es?|crimes?|charges?)))\\b)', 'guard-?rails',
        // Round 21 and 22: a platform's privacy settings or tools, taught or used by suspects, are a topic, not a safeguard.
        '(?<!(?:suspects?|offenders?|criminals?|users?)(?:\'s|’s|s\'|s’)? )privacy(?! (?:coins?|tokens?|settings?|features?|tools?|browsers?|apps?|applications?|modes?|options?|preferences?|extensions?)\\b)(?!-(?:focused|oriented)\\b)', 'data protection', 'protection of (?:personal )?data', 'fair[- ]trials?', 'civil liberties', '(?:judicial|independent|parliamentary) oversight', 'freedom of expression', 'rights of (?:the )?(?:accused|defen[cs]e|victims|persons?|suspects?|people)\\b', '(?:prosecutorial|judicial|court|prior) authori[sz]ation', 'authori[sz](?:ing|ation of|es|ed) (?:the )?(?:seizures?|search(?:es)?|interceptions?|access)', '(?:authori[sz]ed|ordered|approved|overseen|reviewed|supervised|checked|scrutini[sz]ed) by (?:a |the |an )?(?:trial |investigating |independent |competent )?(?:judge|court|prosecutor|magistrate)', '(?:least|less) intrusive', 'for a limited (?:period|duration|time)', 'warrants?\\b',
        // The defence can contest the evidence; data unrelated to the case is not kept; collection is bounded.
        '(?:challenged|contested|disputed|questioned) (?:\\w+ ){0,2}by (?:the )?defen[cs]e', 'data minimi[sz]ation',
        // A judge signs first; copies are deleted when the case closes.
        '(?:judge|court|magistrate)s? (?:must|has to|shall|needs? to|will) (?:first )?(?:sign|approve|authori[sz]e|order|review)\\b',
        '(?:delet|eras|destroy|purg)\\w* (?:(?:\\w|[\'’-])+ ){0,3}(?:copies|data|records|images|extractions?) (?:once|when|after) (?:the |a |each )?(?:case|investigation|proceedings?|trial) (?:is |has been |was )?(?:closed|over|ended|concluded|finished)',
        '(?:unrelated|not related|irrelevant) to the (?:case|investigation|offen[cs]e|inquiry|proceedings)[^.;]{0,30}? (?:is|are|will be|must be|gets?) (?:not kept|not retained|not stored|deleted|destroyed|erased|discarded|purged)',
        '(?:collection|collecting|retention|monitoring|interception|access) (?:\\w+ ){0,3}(?:is|are|will be|remains?) (?:strictly )?(?:limited|restricted|confined) to',
        // A judge's signature before any request; the defence can see or challenge the evidence; data kept no
        // longer than the case needs; data on people outside the case; a search justified before the court.
        '(?:without|needs|requires|required|with|after) (?:the |a |an |prior )?(?:written )?(?:signature|signed order|authori[sz]ation|approval|consent|agreement|go-ahead|warrant|order) (?:of|from) (?:the |a |an )?(?:investigating |trial |competent )?(?:judge|magistrate|court|prosecutor)',
        '(?:judge|magistrate|court)s? (?:who |that )?(?:signs?|signed|issues?|issued) (?:a |the |each )?(?:production |preservation |search |interception )?(?:order|warrant)s? (?:\\w+ ){0,2}(?:checks?|verif(?:y|ies)|ensures?|confirms?)\\b',
        '(?:defen[cs]e|defending) (?:counsel|lawyers?|attorneys?|teams?) (?:can|could|may|will|receives?|received|gets?|is given|are given|has access|have access)\\b',
        '(?:no|not any) longer than (?:the |its |their )?(?:case|proceedings|investigation|trial|inquiry|prosecution)s? (?:needs?|requires?)\\b', 'no longer than (?:necessary|needed|required|strictly necessary)\\b',
        '(?:people|persons|individuals|third parties) (?:who are )?(?:outside|unrelated to|not involved in|not concerned by|the (?:order|warrant) does not cover)\\b', '(?:limited|restricted|confined) to what the (?:case|investigation|offen[cs]e|inquiry) (?:needs|requires)\\b',
        '(?:justified|justifiable|accounted for|explained) (?:before|to|in) (?:a |the )?(?:court|judge|tribunal)\\b', '(?:data (?:protection )?|privacy )(?:commission|commissioner|authority|regulator)s? (?:\\w+ ){0,2}(?:checks?|audits?|reviews?|inspects?|oversees?|supervises?)\\b',
        // Round 25 and 26: a judge's authorisation said with the possessive ("without a judge's authorisation", "needs a
        // court's warrant"), or obtained, sought or secured first ("investigators obtain the written approval of a
        // judge"); a measure done under a judge's or a court's order, said as a noun group ("an order from the court").
        `(?:without|needs?|requires?|required|with|after|under|on|upon|${seekingEn}) (?:a |an |the |prior |written )*(?:(?:trial|investigating|competent|independent|duty) )?(?:judge|magistrate|court|prosecutor)(?:\'s|’s|s\'|s’) (?:(?:prior|written|express|signed|formal) )?(?:signature|authori[sz]ation|approval|consent|agreement|go-ahead|warrant|order|permission|sign-off|leave)s?\\b`,
        `(?:${seekingEn}) (?:the |a |an |prior )?(?:(?:written|prior|express|formal) )?(?:signature|signed order|authori[sz]ation|approval|consent|agreement|go-ahead|warrant|order|permission) (?:of|from) (?:the |a |an )?(?:(?:investigating|trial|competent|independent|duty) )?(?:judge|magistrate|court|prosecutor)s?\\b`,
        '(?:court|judicial|judge(?:\'s|’s)) (?:orders?|warrants?)\\b', 'orders? (?:of|from|issued by|signed by) (?:a |an |the )?(?:(?:investigating|trial|competent|independent|duty) )?(?:judge|court|magistrate)s?\\b',
        // Round 25 and 26: the limits a judge, a court or the warrant itself sets, like those the law sets; what the law
        // allows and forbids investigators to do.
        '(?:limits|bounds|constraints|boundaries) (?:that |which )?(?:a |an |the )?(?:(?:investigating|trial|competent) )?(?:judge|court|magistrate|warrant|order) (?:sets|set|places|placed|puts|imposes|imposed|lays down|laid down|draws|drew)\\b',
        '(?:limits|bounds) (?:set|placed|imposed|laid down|drawn) by (?:a |an |the )?(?:(?:investigating|trial|competent) )?(?:judge|court|magistrate|warrant|order)\\b',
        'what the law (?:allows|permits|forbids|prohibits|does not allow|does not permit)\\b',
        // Fair-trial principles by name.
        'equality of arms', 'presumption of innocence',
        // The application to a judge for an order, or the measure taken only on a judge's or a court's decision.
        '(?:written )?applications? (?:for (?:an? |the )?(?:(?:\\w|[\'’-])+ )?(?:order|warrant|authori[sz]ation) )?(?:to|before) (?:a |an |the )?(?:(?:high|supreme|district|circuit|federal|regional|trial|investigating|duty|competent|independent) )?(?:court )?(?:judge|magistrate)s?\\b',
        '(?:on|upon|under) (?:a |the )?(?:(?:written|prior|reasoned) )?(?:decision|order|authori[sz]ation|ruling) (?:of|from|by|issued by) (?:a |an |the )?(?:(?:investigating|trial|competent|independent) )?(?:judge|court|magistrate)s?\\b',
        '(?:on|upon|under|by) (?:a |the )?(?:(?:written|prior) )?(?:court|judicial) (?:order|decision|authori[sz]ation|ruling)s?\\b',
        // Found by probing: the work done under a judge's or a prosecutor's supervision ("under the supervision of a
        // judge", "under judicial control").
        '(?:under|subject to) (?:the )?(?:supervision|control|oversight|authority) of (?:a |an |the )?(?:(?:investigating|trial|competent|independent|public) )?(?:judge|court|magistrate|prosecutor)s?\\b',
        '(?:under|subject to) (?:judicial|independent|court) (?:supervision|control|oversight|review)\\b',
        // The limits the law sets on the work ("the legal limits on seizing phones", "the limits the law places on
        // their powers").
        'legal (?:limits|bounds|constraints) (?:on|of|to)\\b', '(?:limits|bounds|constraints) (?:that |which )?the law (?:places|sets|puts|imposes|lays down)\\b', '(?:limits|bounds) (?:set|placed|imposed|laid down) by (?:the )?law\\b',
        // Material unrelated to the offence destroyed (said as a noun or an act); no more seized than the case needs;
        // nothing kept past the period the law sets.
        '(?:destruction|deletion|erasure|purging|destroy(?:ing|s)?|delet(?:e|es|ing)|eras(?:e|es|ing)|discard(?:s|ing)?|purg(?:e|es|ing)) (?:of )?(?:(?:\\w|[\'’-])+ ){0,3}?(?:recordings|data|records|logs|copies|material|communications|images|files|messages|content|intercepts|calls) (?:(?:that|which) (?:is |are )?)?(?:unrelated|not related|irrelevant) to (?:the |an? )?(?:(?:\\w|[\'’-])+ )?(?:case|investigation|offen[cs]e|inquiry|proceedings|crime)\\b',
        'no more (?:data|material|information|content|devices|items|files|accounts|records|messages)(?: (?:\\w|[\'’-])+){0,2}? than the (?:case|investigation|offen[cs]e|inquiry|proceedings) (?:needs|requires|justifies|calls for)\\b',
        '(?:kept|retained|stored|keeps?|retains?|stores?|cop(?:y|ies)) (?:(?:\\w|[\'’-])+ ){0,4}?(?:beyond|past|longer than) the (?:period|time|term|limit|duration) (?:set|fixed|allowed|laid down|prescribed|provided for) (?:by|in) (?:the )?law\\b',
        // The defence can see or challenge the evidence (not a ministry or a cyber defence).
        '(?<!(?:of|cyber|national|network|active|collective|civil|missile|air|territorial) )(?<!(?:cyber|self)-)(?:the )?defen[cs]e (?:can|could|may|will|is able to|will be able to) (?:later )?(?:see|read|inspect|challenge|contest|examine|obtain|consult|retrace|check|question|review)\\b',
        // A measure bounded by the case: nothing further than the offence justifies, only what the case needs, data for that case alone.
        '(?:further|wider|more widely|more broadly|beyond) (?:than )?(?:what )?the (?:offen[cs]e|case|investigation|inquiry|charges?) (?:justif(?:y|ies)|requires?|needs?|warrants?|calls? for)\\b',
        'only (?:for |to )?what the (?:case|investigation|offen[cs]e|inquiry|proceedings) (?:needs|requires|justifies|calls for)\\b',
        '(?:serve[sd]? (?:only )?|(?:used|kept) (?:only |solely |exclusively )?(?:for|in) )(?:that|this|the same) (?:case|investigation|inquiry|proceedings) (?:alone|only)\\b', '(?:used|kept|processed) (?:only|solely|exclusively) (?:for|in) (?:that|this|the same) (?:case|investigation|inquiry|proceedings)\\b(?! of)',
      ],
      fr: [
        'droits (?:de l\'homme|humains|fondamentaux|de la défense)', 'libertés? fondamentales?', 'État de droit', 'procès équitable', 'garanties (?:procédurales|juridiques|légales)?',
        'proportionnalité', 'proportionnée?s?\\b(?! (?:à|aux) (?:la |l[\'’])?(?:gravité(?! (?:des |de l[\'’]|du |de la )(?:(?:\\w|[\'’-])+ )?(?:faits|infractions?|crimes?|délits?|actes|charges|atteintes?)\\b)|taille|ampleur|criticité|menace|charge|volume|besoins?)\\b)', 'vie privée', 'protection des données', 'contrôle (?:juridictionnel|judiciaire|indépendant)',
        // Found by probing: les limites que la loi fixe, les droits des personnes mises en cause, les « conditions et
        // sauvegardes » de la Convention de Budapest (pas les sauvegardes de données, qui sont des copies).
        'limites? (?:légales?|fixées? par la loi|posées? par la loi)', 'limites? (?:que|qu[\'’]) (?:la loi|le code|le législateur) (?:fixe|pose|impose|trace|assigne)\\b',
        'droits des (?:personnes (?:mises en cause|poursuivies|soupçonnées|suspectées|gardées à vue|concernées|visées)|suspects|prévenus|mis en cause|justiciables)', 'conditions et sauvegardes', 'sous (?:le |la |l[\'’])(?:contrôle|supervision|autorité) (?:d[\'’]un |d[\'’]une |du |de la |de l[\'’]|des )(?:juges?|magistrats?|procureurs?|parquet|autorité judiciaire|juridictions?|tribunal|tribunaux)\\b', 'liberté d\'expression', 'autorisation (?:(?:préalable|écrite|expresse|motivée) )*(?:du|d[\'’]un|de la) (?:juge|procureur|magistrat|parquet|juridiction)',
        '(?:autorisée?s?|ordonnée?s?|contrôlée?s?|validée?s?) (?:que |qu[\'’]|uniquement |seulement |exclusivement )?par (?:un|le|une|la) (?:juge|magistrat|procureur|tribunal|juridiction|autorité judiciaire)', 'garde-fous?\\b',
        '(?:données|journaux|enregistrements|copies)[^.;]{0,40}? (?:sont|seront|est|sera) (?:effacée?s?|supprimée?s?|détruite?s?) (?:au bout d(?:e |[\'’])|après |à l[\'’]issue d|dès la clôture)', 'moins intrusi\\w+', 'pour une durée limitée', 'droits de la personne', 'mandat judiciaire',
        // La défense peut contester ; les données sans lien avec l'affaire sont détruites ; la collecte est bornée.
        '(?:contestée?s?|discutée?s?) par la défense', 'minimisation des données',
        '(?:données|informations|contenus|éléments) (?:(?:\\w|[\'’-])+ ){0,4}?sans (?:rapport|lien) avec (?:l[\'’]|la |le )(?:enquête|infraction|affaire|procédure|dossier)[^.;]{0,30}? (?:sont|est|seront|sera) (?:immédiatement )?(?:détruite?s?|effacée?s?|supprimée?s?|écartée?s?)',
        '(?:collecte|conservation|surveillance|interception|accès) (?:(?:\\w|[\'’-])+ ){0,3}(?:est|sont|sera|seront|reste|restent) (?:strictement )?(?:limitée?s?|restreinte?s?|bornée?s?|cantonnée?s?) (?:aux|à la|à l[\'’]|au)',
        // La réquisition d'un magistrat exigée d'abord ; la recherche justifiée devant le tribunal ; les personnes étrangères à l'affaire.
        // Round 25 et 26 : l'accord du juge obtenu, demandé ou sollicité d'abord (« obtenir l'accord écrit du magistrat
        // avant de cibler une personne »).
        '(?:exige|exigent|requiert|requièrent|suppose|supposent|nécessite|nécessitent|sans|obtenir|obtient|obtiennent|obtenu|obtenue|solliciter|sollicite|sollicitent|demander|demande|demandent|recueillir|recueille|recueillent) (?:la |une |le |un |l[\'’])?(?:réquisition|autorisation|décision|ordonnance|signature|accord|aval|feu vert|visa) (?:(?:écrite?|préalable|motivée?) )?(?:d[\'’]un|du|de la|d[\'’]une) (?:juge|magistrat|procureur|parquet|juridiction)',
        'réquisitions? (?:(?:écrite|préalable|motivée)s? )?(?:signées?|délivrées?|visées?) par (?:le |la |un |une )?(?:parquet|procureur|juge|magistrat|juridiction)',
        '(?:justifiée?s?|motivée?s?) devant (?:le |la |un |une )?(?:tribunal|juge|juridiction|magistrat)', 'personnes étrangères (?:à l[\'’]affaire|aux faits|à l[\'’]enquête|au dossier|à la procédure)',
        '(?:ne )?(?:garder|conserver|retenir) que (?:les )?(?:éléments|données|informations|pièces) (?:utiles|nécessaires)',
        // Round 25 et 26 : l'ordonnance du juge, comme le « warrant » anglais (pas le « mandat » d'un juge, qui est aussi la
        // durée de sa charge) ; les limites que fixe le juge ou l'ordonnance, comme celles de la loi ; ce que la loi permet
        // et ce qu'elle interdit.
        'ordonnances? (?:(?:écrite|préalable|motivée|expresse)s? )?(?:du|d[\'’]un|de la|d[\'’]une) (?:juges?|magistrats?|juridictions?|tribunal)\\b', 'ordonnances? (?:judiciaires?|de justice)\\b',
        'limites? (?:que|qu[\'’]) (?:le |la |l[\'’])?(?:juge|magistrat|tribunal|juridiction|ordonnance|réquisition) (?:fixe|pose|impose|trace|assigne)\\b', 'limites? (?:que|qu[\'’]) (?:fixe|pose|impose|trace|assigne) (?:le |la |l[\'’])?(?:juge|magistrat|tribunal|juridiction|ordonnance|réquisition|loi|code|législateur)\\b', 'limites? (?:fixées?|posées?|imposées?|tracées?) par (?:le |la |l[\'’]|un |une )?(?:juge|magistrat|tribunal|juridiction|ordonnance)\\b',
        'ce que la loi (?:permet|autorise|interdit|n[\'’]autorise pas|ne permet pas)\\b',
        // Les principes du procès équitable par leur nom.
        'égalité des armes', 'présomption d[\'’]innocence',
        // La mesure prise sur la décision d'un juge ; rien de plus que l'enquête n'exige ; rien gardé au-delà de la durée légale.
        'sur (?:la |une )?(?:décision|autorisation|ordonnance|réquisition|mandat) (?:(?:écrite|préalable|motivée|expresse) )?(?:d[\'’]un|du|de la|d[\'’]une) (?:juge|magistrat|procureur|parquet|juridiction|tribunal)',
        '(?:pas|jamais|rien) (?:(?:\\w|[\'’-])+ )?(?:plus|davantage) (?:de |d[\'’])(?:données|éléments|informations|contenus|pièces|supports|fichiers|comptes|messages)(?: (?:\\w|[\'’-])+){0,2}? que (?:l[\'’]|la |le )(?:enquête|affaire|procédure|dossier|infraction|instruction) (?:n[\'’](?:en )?|en )?(?:exige|requiert|demande|nécessite|justifie|impose)',
        '(?:garde|gardent|garder|conserve|conservent|conserver|conservée?s?|gardée?s?) (?:(?:\\w|[\'’-])+ ){0,4}?au-delà (?:de la durée|du délai|de la période) (?:fixée?|prévue?|légale|autorisée?|nécessaire)',
        // Les tiers étrangers à l'affaire ; la défense qui voit ou conteste les éléments (pas un ministère ni la cyberdéfense).
        '(?:tiers|proches|personnes) (?:(?:\\w|[\'’-])+ ){0,2}?sans (?:lien|rapport) avec (?:l[\'’]|la |le )(?:affaire|enquête|infraction|procédure|dossier)',
        '(?<!(?:ministère|ministre|ministres|ministères|forces|armées?|armée|industrie|politique|secrétariat général|zone|état-major|conseil|institut|cyber) (?:de la |de )?)(?<!cyber-)(?:la |une |l[\'’])?défense (?:qui )?(?:peut|pourra|pourrait|puisse|reçoit|recevra|a accès|aura accès|obtient|obtiendra|consulte|consultera)\\b',
        // La mesure bornée par l'affaire : rien au-delà de ce que l'infraction justifie, les données pour cette seule affaire.
        '(?:au-delà de|plus loin que) ce que (?:l[\'’]|la |le )(?:infraction|affaire|enquête|procédure|dossier|instruction) (?:justifie|exige|requiert|nécessite)\\b',
        '(?:utilisée?s?|exploitée?s?|conservée?s?|servir|servent|sert|servira|serviront) (?:qu[\'’]|(?:uniquement|seulement|exclusivement) )?(?:pour|dans|à) (?:cette seule|cette|la seule) (?:affaire|enquête|procédure)\\b(?! (?:de|d[\'’]))',
      ],
    },
    examples: {
      en: ['human rights', 'fundamental freedoms', 'due process', 'safeguards'],
      fr: ['droits humains', 'libertés fondamentales', 'garanties procédurales', 'protection des données'],
    },
    appliesTo: {
      en: [
        'cyber-?crim\\w*', 'criminal (?:investigation|justice|matters|proceedings)', 'investigators?', '(?:cyber|online|financial|criminal) investigations?', 'digital forensic\\w*', 'forensics?', '(?:electronic|digital) evidence', 'e-evidence',
        // Round 25 and 26: the police to whom the public reports a scam ("how to file a complaint with the police"), or to
        // whom nothing is passed, is not an investigation the programme does.
        'law[- ]enforcement', 'magistrates?', 'detectives?', 'police(?<!(?:ministry|minister|ministries|department) of (?:\\w+ ){0,3}police)(?<!(?:complaints?|report(?:s|ed|ing)?|report (?:it|them|scams?|frauds?|crimes?|incidents?|abuse)) (?:(?:\\w|[\'’-])+ ){0,3}?(?:with|to) (?:the |their |your |a )?(?:local |national |nearest )?police)(?<!(?:nothing|no (?:(?:\\w|[\'’-])+ ){1,3}?)(?:is|are|was|were|will be|gets?) (?:ever )?(?:passed|sent|shared|handed|forwarded|given|transmitted|reported) (?:on )?(?:to|with) (?:the |any )?police)', 'policing', 'prosecut\\w*',
        // Round 25 and 26: "judge" as a verb ("no one could judge whether…", "the Commission judges the course by one
        // figure") is no judge.
        'judges?\\b(?<!(?:to|can|could|cannot|can[\'’]t|will|would|should|must|may|might|help|helps|helped|better|us|them|you) judge)(?! (?:whether|if|how|what|which|when)\\b)(?! (?:the|its|their|each|every|a|an|this|that) (?:(?:\\w|[\'’-])+ ){0,3}?(?:by|on|against) (?:(?:\\w|[\'’-])+ )?(?:one|its|their|the|a|how|whether|what|results?|figures?|criteria|standards?|indicators?)\\b)', 'judicial', 'intercept\\w*',
        // Round 25 and 26: a regulator's surveillance of operators' cybersecurity, compliance or risk is supervision of firms.
        'surveillance(?! of (?:the )?(?:(?:\\w|-)+(?:\'s|’s|s\'|s’) )?(?:cyber ?security|(?:information |IT |digital )?security (?:posture|practices|measures|controls|compliance)|compliance|resilience|(?:cyber|IT|operational|technology) risks?)\\b)(?! of (?:the )?(?:payment systems?|markets?|banks|financial (?:sector|system|institutions)|prices|diseases?|epidemics?|(?:industrial )?control systems?|information systems?|SCADA|(?:the )?(?:power|electricity) grid)\\b)(?! (?:(?:\\w|-)+ )?(?:centre|center|unit|room|desk)\\b[^.;]{0,100}?(?<!\\w)(?:CSIRTs?|CERTs?|SOCs?|firewalls?|servers|intrusions?|malware|cyber ?security|cyber-?attacks?|security (?:incidents?|alerts?|events?)|telemetry|SCADA|PLCs?|(?:programmable |industrial )(?:logic )?controllers|substations)\\b)', 'monitoring of (?:communications|networks|the internet|social media|online)',
        // What a network's users do, gathered for analysis: "records of connections", "workstation activity".
        // The same in the passive: "connection logs … are centralised and kept twelve months".
        '(?:connection logs|access logs|traffic|metadata|connection data|browsing data|network flows)(?:,? (?:\\w|[\'’-])+){0,14} (?:are|is|were|will be) (?:continuously |permanently )?(?:centrali[sz]ed|collected|retained|recorded|captured|forwarded|archived|mirrored|copied|tapped)\\b',
        // Round 20: a centre that receives or pools the records of people's connections ("the centre receives the
        // connection logs of every bank's customers") gathers them as surely as one that collects them; not a
        // guide or a course "on" such logs, nor the connection logs of firewalls or servers (security monitoring).
        '(?:receiv|centrali[sz]|aggregat|ingest|pool|concentrat)\\w* (?:(?!(?:on|about|concerning|for|to|in|into|with)\\b)(?:\\w|[\'’-])+ ){0,2}(?:connection logs|connection data|connection records|login records|browsing (?:data|histor(?:y|ies)))\\b(?! (?:of|from) (?:the |its |their |all |every )?(?:(?:\\w|[\'’-])+ ){0,2}(?:firewalls?|servers?|routers?|switches|sensors?|appliances?|VPN gateways?)\\b)',
        // Traffic copied off the wire to sensors: "sensors mirror the ministries' traffic".
        '(?:mirror(?:s|ed|ing)?|tap(?:s|ped|ping)?|span(?:s|ned|ning)?) (?:(?:\\w|[\'’-])+ ){0,3}traffic\\b',
        'records? of (?:connections|calls|communications|e-?mail traffic|browsing)', '(?:workstation|user|employee|staff) activity',
        // Round 25 and 26: data gathered for a study through interviews, questionnaires or surveys of institutions is research, not
        // people's data collected.
        'data (?:collection|gathering)(?! (?:through|via|by means of|by|from|in|with) (?:a |an |the )?(?:(?:\\w|[\'’-])+ ){0,2}?(?:interviews?|questionnaires?|surveys?|focus groups?|consultations?|self-assessments?)\\b)', 'data retention',
        'collect(?:ion|ing)? (?:of )?(?:personal )?data(?! (?:through|via|by means of|by|from|in|with) (?:a |an |the )?(?:(?:\\w|[\'’-])+ ){0,2}?(?:interviews?|questionnaires?|surveys?|focus groups?|consultations?|self-assessments?)\\b)', 'lawful access',
        // Round 25 and 26: the services that investigate, and what they seized ("investigative agencies", "seized phones").
        'investigative (?:services|units?|agencies|agency|bodies|authorities|teams?|powers|measures|techniques)\\b', 'seized (?:data|devices?|phones?|handsets?|computers?|laptops?|hard drives?|media|material|storage|accounts?)\\b',
        // People's bodies recorded in a register: "the enrolment of fingerprints and facial images".
        'biometric (?:enrol?ment|registration|data|capture|identification)', '(?:enrol?(?:ment|ling|led|s)?|captur\\w*|collect\\w*|record\\w*) (?:of )?(?:(?:\\w|[\'’-])+ ){0,2}(?:fingerprints|facial images|iris scans)\\b',
        // Traffic or logs gathered about people's use of networks.
        '(?:captur|collect|record|retain|stor|gather|harvest)\\w* (?:(?:\\w|[\'’-])+ ){0,3}(?:traffic|(?<!(?:firewall|server|router|switch|antivirus|sensor|appliance|equipment)s? )logs(?! (?:of|from) (?:the |its |their )?(?:\\w+ )?(?:firewalls|servers|routers|switches|sensors|appliances)\\b)|metadata|browsing data|connection data|authentication data|communications data|network flows|flow data|flow records|netflow|(?:connection|call|communication|access) records|(?:DNS|domain[- ]name) (?:lookups|queries|requests))\\b',
        // Watching what people do online: "an activity-logging service records the sites visited".
        '(?:activity|user|browsing|keystroke)[- ]logging', '(?:records?|recorded|recording|logs|logged|tracks|tracked|tracking|monitors|monitored) (?:(?:\\w|[\'’-])+ ){0,3}(?:sites visited|websites visited|browsing|web activity|online activity|keystrokes|searches)\\b', 'packet capture', 'deep packet inspection',
      ],
      fr: [
        'cybercrimin\\w*', 'cyber-crimin\\w*', 'enquêteurs?', 'enquêtes? (?:judiciaires?|pénales?|numériques?|criminelles?)', 'criminalistique', 'preuves? (?:électronique|numérique)s?', 'forces de l\'ordre',
        // Round 25 et 26 : la police auprès de qui le public porte plainte ou signale une arnaque, ou à qui rien n'est transmis, ne
        // mène pas d'enquête du programme.
        'police(?<!(?:plaintes?|signaler|signalent|signale|signalement|signalements|dénoncer) (?:(?:\\w|[\'’-])+ ){0,3}?(?:à la|auprès de la|aux services de|au commissariat de|aux services de la) police)(?<!n[\'’](?:est|sont|a été|ont été|sera|seront) (?:jamais |pas )?(?:transmis|communiqué|remis|envoyé|partagé|signalé)e?s? (?:aux? |à la )(?:services (?:de )?(?:la )?|forces de )?police)', 'policiers?',
        // Les services qui enquêtent, et ce qu'ils ont saisi (« les services d'enquête », « les téléphones saisis ») ; pas les
        // données « saisies » au clavier ou dans un formulaire (« les données saisies dans le registre »).
        '(?:services?|unités?|offices?|brigades?) (?:spécialisée?s? )?d[\'’](?:enquête|investigation)s?\\b', '(?:données|supports|appareils|téléphones|ordinateurs|disques durs|équipements|terminaux|comptes) (?:numériques )?saisi(?:e|s|es)?\\b(?! (?:dans|sur|en ligne|au clavier|à la main|manuellement|par (?:les |l[\'’]|un |une )?(?:utilisat(?:eur|rice)s?|usagers?|agents? de saisie|opérat(?:eur|rice)s? de saisie|candidat(?:e)?s?|élèves|déclarants?))\\b)',
        'gendarmerie', 'magistrats?', 'procureurs?', 'poursuites', 'judiciaire', 'intercept\\w*',
        // L'analyse forensique (le mot anglais francisé), les pièces mises sous scellés ou remises au parquet.
        'forensiques?', 'éléments de preuve', 'sous scellés', '(?:transmise?s?|remise?s?|envoyée?s?|adressée?s?|saisi) (?:(?:\\w|[\'’-])+ ){0,2}?(?:au|le) parquet',
        // Round 20 : un centre qui reçoit ou rassemble les traces des connexions des personnes (« le centre reçoit les
        // journaux de connexion des clients de chaque banque ») les collecte autant que celui qui les « collecte » ; pas un
        // guide ou un cours « sur » ces journaux, ni les journaux de connexion des pare-feux ou des serveurs.
        '(?:reçoi|reçu|recev|centralis|agrèg|agrég|rassembl|concentr|récupèr|récupér)\\w* (?:(?!(?:sur|concernant|pour|à|au|aux|avec|en)\\b)(?:\\w|[\'’-])+ ){0,3}(?:journaux de connexion|données de connexion|données de navigation|historiques? de (?:connexion|navigation))\\b(?! (?:des |du |de l[\'’]|de la |de ses |de leurs )(?:(?:\\w|[\'’-])+ ){0,2}(?:pare-feux?|serveurs?|routeurs?|commutateurs|sondes?|équipements)\\b)',
        // La surveillance d'un marché ou d'un système de paiement est une supervision, pas une surveillance des personnes.
        // Round 25 et 26 : la surveillance par un régulateur de la cybersécurité ou de la conformité des opérateurs est une supervision.
        'surveillance(?! (?:de la (?:cyber ?sécurité|sécurité (?:numérique|informatique|des systèmes)|conformité|résilience)|des risques? (?:cyber|informatiques?|opérationnels?)|du risque (?:cyber|informatique|opérationnel))\\b)(?! (?:prudentielle|bancaire|macroprudentielle|microprudentielle|épidémiologique|financière|des (?:systèmes de paiement|marchés|banques|prix|établissements (?:bancaires|financiers)|épidémies|systèmes (?:de contrôle|industriels|d[\'’]information|informatiques|SCADA))|du (?:secteur (?:bancaire|financier)|système (?:bancaire|financier)|marché)|de la (?:place financière|stabilité financière))\\b)(?!(?<=(?:centre|cellule|plateforme|salle|service|poste|unité)s? (?:(?:\\w|-)+ ){0,2}?de surveillance)[^.;]{0,100}?(?<!\\w)(?:CSIRTs?|CERTs?|SOCs?|pare-feux?|serveurs|intrusions?|logiciels malveillants|cybersécurité|sécurité (?:informatique|des systèmes|des réseaux)|cyberattaques?|incidents? de sécurité|alertes? de sécurité|télémétrie|SCADA|automates?|postes électriques|sous-stations?)\\b)',
        // Round 25 et 26 : les données d'une étude recueillies par entretiens ou questionnaires sont une recherche.
        'collecte (?:de|des) données(?! (?:par|au moyen d[\'’]|via|lors d[\'’]|à partir d[\'’]|auprès d[\'’]|auprès des) (?:des |d[\'’]|un |une |les |la |le )?(?:(?:\\w|[\'’-])+ ){0,2}?(?:entretiens?|questionnaires?|sondages?|consultations?|auto-évaluations?|institutions|ministères|administrations)\\b)', 'enrôlement biométrique', '(?:données|empreintes|relevés?) biométriques?',
        // Le même, au passif : « les journaux de connexion … sont centralisés en continu ».
        '(?:journaux de connexion|journaux d[\'’]accès|trafic|métadonnées|données de connexion|données de navigation|flux réseaux?)(?:,? (?:\\w|[\'’-])+){0,14} (?:sont|seront|est|sera) (?:centralisé|collecté|conservé|enregistré|capturé|archivé|transmis|remonté)e?s?\\b', 'conservation des données',
        '(?:collect|captur|enregistr|conserv|recueill)\\w* (?:(?:\\w|[\'’-])+ ){0,4}(?:journaux(?! (?:des |de |d[\'’])(?:(?:\\w|[\'’-])+ )?(?:pare-feux?|serveurs|routeurs|commutateurs|sondes|antivirus|équipements (?:réseau|de sécurité))\\b)|trafic|métadonnées|données de connexion|données de navigation|flux (?:réseaux?|de données|IP)|requêtes (?:DNS|de noms? de domaine)|historiques? de (?:connexion|navigation))\\b',
      ],
    },
  },
  {
    id: 'confidentiality-of-sensitive-information',
    principleId: 'confidentiality-of-sensitive-information',
    label: { en: 'confidentiality of sensitive information', fr: 'confidentialité des informations sensibles' },
    evidence: { en: ['confidential\\w*', 'classified', 'need-to-know', 'Traffic Light Protocol', 'TLP\\b'], fr: ['confidential\\w*', 'classifié\\w*', 'besoin d\'en connaître', 'TLP\\b'] },
    examples: { en: ['confidentiality', 'Traffic Light Protocol'], fr: ['confidentialité', 'protocole TLP'] },
  },
] as const satisfies readonly PrincipleCheck[];

export type PrincipleCheckId = (typeof principleChecks)[number]['id'];
