import { principles, type Principle } from '../../../../schemas/principles';
import type { RuleOptions } from '../../../../schemas/ruleOptions';
import { confidentialityWords, type SensitiveKind } from './confidentialityWords';
import { isPersonalAddress } from './mailboxOwner';
import { principleRelated } from './principleRules';
import type { ReportedFinding, SectionRule } from './rule';

const principle = principles.find((candidate: Principle) => candidate.id === 'confidentiality-of-sensitive-information') as Principle;


const email = /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]{1,64})@([\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8})(?![\p{L}\p{N}-])/gu;
const ipv4 = /(?<![\p{L}\p{N}.])((?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})(?![\p{L}\p{N}]|\.\d)/gu;
const ipv6 = /(?<![\p{L}\p{N}:])((?:[0-9a-f]{1,4}:){2,7}(?::|[0-9a-f]{1,4})(?:::?[0-9a-f]{1,4}){0,5})(?![\p{L}\p{N}:])/giu;
/**
 * Words just before a dotted number that make it the number of a part of a text ("point 4.2.1.3 du
 * référentiel", "sections 1.2.3.4 and 1.2.3.5"), not an address: a part's name, maybe "no." or
 * « n° », then maybe earlier numbers of a list. The numbered items of a meeting's or a plan's text
 * are parts too: "recommendation 4.2.1.3", « l'action 2.1.3.4 du plan », "activity 1.2.1.1".
 */
const sectionNumber =
  /(?<![\p{L}])(?:(?<!access\s)points?|sections?|sous-sections?|sub-?sections?|§§?|articles?|art\.|paragraphs?|paragraphes?|paras?\.?|chapters?|chapitres?|clauses?|annex(?:es)?|annexes?|items?|rubriques?|requirements?|exigences?|dimensions?|factors?|facteurs?|indicators?|indicateurs?|aspects?|objectives?|objectifs?|measures?|mesures?|tables?|tableaux?|figures?|recommendations?|recommandations?|resolutions?|résolutions?|decisions?|décisions?|actions?|activit(?:y|ies|é|és)|outputs?|outcomes?|steps?|étapes?|tasks?|tâches?|components?|composantes?|volets?)\s*(?:(?:n[°o]|no\.)\s*)?(?:[\d.]+\s*(?:,|;|et|and|or|ou|to|à|-|–)\s*)*$/iu;
/**
 * Rounds 25 and 26: a dotted reference of a document that sets rules (a standard, a guide, a
 * reference framework) names one of its parts, not an address: "technical standard 4.2.1.7",
 * « le référentiel technique 4.2.1.7 », « la norme 1.3.2.4 », "guideline 2.1.4.3". The document's
 * noun may be followed by one qualifier, as French puts it after the noun (« référentiel
 * technique »), but not by a word of a network ("the reference server 10.0.0.1" is a machine), nor
 * qualify a machine (« le serveur de référence »).
 */
const documentReference =
  /(?<![\p{L}])(?<!(?:serveurs?|machines?|hôtes?|postes?|adresses?|passerelles?|nœuds?|résolveurs?)\s+(?:de|d['’])\s*)(?:standards?|normes?|référentiels?|references?|références?|réf\.|ref\.|guides?|guidelines?|lignes? directrices?|specifications?|spécifications?|controls?|directives?|procedures?|procédures?|circulaires?)(?:\s+(?!(?:servers?|serveurs?|hosts?|hôtes?|machines?|address(?:es)?|adresses?|ip|nodes?|nœuds?|gateways?|passerelles?|resolvers?|résolveurs?|proxys?|proxies|dns|range|plage|network|réseau)\b)[\p{L}-]{2,20})?\s*(?:(?:n[°o]|no\.)\s*)?$/iu;
/** Phone numbers: an international prefix, or a French-style 0X XX XX XX XX. */
const phone = /(?<![\p{L}\p{N}+])((?:\+|00)\d{1,3}(?:[ .\u00a0-]?(?:\(\d{1,4}\)|\d{1,4})){3,6}|0[1-9](?:[ .\u00a0-]?\d{2}){4})(?![\p{N}])/gu;
/** Words just before a number that make it an institution's line, not a person's. */
const switchboard = /(?:switchboard|main (?:line|number)|reception|hotline|standard|accueil|permanence)\b[^\n]{0,12}$/iu;
/** The same words right after it, in a parenthesis or after a dash: "01 53 59 35 00 (standard de l'ANSSI)". */
const switchboardAfter = /^\s*[(\u2013\u2014-]?\s*(?:switchboard|main (?:line|number)|reception|hotline|standard|accueil|permanence)\b/iu;
/** Words just before a dotted number that make it a version: "v1.2.3.4", "version 2.0.1.3", "release 10.4.0.1". */
const versionBefore = /(?:(?<![\p{L}])v\.?|(?<![\p{L}])(?:versions?|releases?|builds?|firmware|update|mise à jour)\s*(?:n[°o]\.?\s*)?)$/iu;
const internalHost =
  /(?<![\p{L}\p{N}.-])((?:[a-z0-9][a-z0-9-]{0,62}\.)+(?:local|lan|internal|intra|intranet|corp|home|localdomain))(?![\p{L}\p{N}-])/giu;
/**
 * A password, key or token: the word, then within a few words a value that looks like a secret
 * (eight characters or more mixing letters and digits): "password: …", "with password Cyb3r!…",
 * "the API key … is pk_live_7f3a…", "mot de passe : …".
 */
const secret =
  /(?<![\p{L}\p{N}])(?:password|passwd|pwd|passcode|passphrase|mot de passe|api[_ -]?key|secret key|token|access[_ -]?key|clé(?: d['’]API| secrète)?)\b[^.\n]{0,40}?(?<![\p{L}\p{N}!@#$%^&*_-])((?=[^\s]*\p{L})(?=[^\s]*\p{N})[\p{L}\p{N}!@#$%^&*_\-]{8,})/giu;
/**
 * Rounds 27 and 28. An account's credentials written as a pair, user name then password, without the word
 * "password": "admin account handed over: admin / Harbour#2024", « identifiants : analyste / Kp7!rade2023 ».
 * The second value must look like a secret: eight characters or more, letters and digits, and a symbol
 * or both cases (no "i" flag: under it \p{Lu} matches lower case too); "CSIRT2024", a date range "2023/2024"
 * or a path ("portal.example/Reports2023Final", no spaces around its slash) are not. The pair may follow
 * its word on the next line of a hard-wrapped paragraph, not in the next paragraph.
 */
const credentialPair =
  /(?<![\p{L}\p{N}])(?:[Aa]ccounts?|[Ll]og-?ins?|[Cc]redentials|[Uu]ser ?names?|[Cc]omptes?|[Ii]dentifiants?)\b(?:[^.\n]|\n(?![ \t]*\n)){0,50}?(?<![\p{L}\p{N}._-])[\p{L}\p{N}._-]{2,30}(?:\s[/|]\s|:\s?)((?=[^\s]*\p{L})(?=[^\s]*\p{N})(?=[^\s]*(?:[!@#$%^&*]|\p{Lu}[^\s]*\p{Ll}|\p{Ll}[^\s]*\p{Lu}))[\p{L}\p{N}!@#$%^&*_\-]{8,})(?![/@\p{L}\p{N}]|\.[\p{L}\p{N}])/gu;
const privateKey = /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/g;
/** A run of 20 or more letters, digits and the characters keys are made of: a candidate token. */
const longRun = /(?<![A-Za-z0-9_+=-])[A-Za-z0-9_+=-]{20,}/g;
/** Characters that, next to a run, make it part of a path, a link or an address rather than a value of its own. */
const partOfLarger = /[/\\.@:#?&%A-Za-z0-9_+=-]/;

/**
 * A key or token pasted without its name ("through the interface with the key 5f2b8e1c…"): a run
 * of 20 or more characters standing alone, at least 4 of them digits and 4 letters, that switches
 * between letters and digits at least 8 times, as generated values do. Words, dates, document
 * symbols ("A/78/265"), project codes ("GLACY-plus-2023-2026") and anything inside a link or path
 * switch far less often or are not alone.
 */
function looksGenerated(text: string, start: number, value: string): boolean {
  const after = start + value.length;
  // A full stop, colon or question mark ends a sentence when a space or the end follows it.
  const endsSentence = /[.:?]/.test(text.charAt(after)) && !/\S/.test(text.charAt(after + 1));
  if (partOfLarger.test(text.charAt(start - 1)) || (!endsSentence && partOfLarger.test(text.charAt(after)))) return false;
  let digits = 0;
  let letters = 0;
  let switches = 0;
  let previous: 'digit' | 'letter' | undefined;
  for (const char of value) {
    const kind = char >= '0' && char <= '9' ? 'digit' : /[A-Za-z]/.test(char) ? 'letter' : undefined;
    if (kind === 'digit') digits++;
    if (kind === 'letter') letters++;
    if (kind !== undefined && previous !== undefined && kind !== previous) switches++;
    if (kind !== undefined) previous = kind;
  }
  return digits >= 4 && letters >= 4 && switches >= 8;
}

/**
 * Cheap tests that the text may hold what a pattern above looks for. The patterns try a match at
 * every character (their look-behinds and Unicode classes make each try costly); most sections
 * hold no address, host name or secret at all, and these plain scans say so several times faster.
 */
const mayHold = {
  email: (text: string) => text.includes('@'),
  ipv6: (text: string) => /[0-9a-f]{0,4}:[0-9a-f]{0,4}:/i.test(text),
  internalHost: (text: string) => /\.(?:local|lan|internal|intra|intranet|corp|home|localdomain)(?![a-z0-9-])/i.test(text),
  credentialPair: (text: string) => /account|log-?in|credential|user ?name|compte|identifiant/i.test(text),
  secret: (text: string) => /password|passwd|pwd|passcode|passphrase|mot de passe|api[_ -]?key|secret key|token|access[_ -]?key|cl[ée]/i.test(text),
};

interface Found {
  readonly start: number;
  readonly end: number;
  readonly kind: SensitiveKind;
}

/** Whether an address (or its domain) is one the team allows (`confidentiality.allowedAddresses`). */
function allowed(address: string, options: RuleOptions): boolean {
  const lower = address.toLowerCase();
  const domain = lower.slice(lower.indexOf('@'));
  return options.confidentiality.allowedAddresses.some((entry) => {
    const wanted = entry.trim().toLowerCase();
    return wanted === lower || (wanted.startsWith('@') && (domain === wanted || domain.endsWith(`.${wanted.slice(1)}`)));
  });
}

function findSensitive(text: string, options: RuleOptions): Found[] {
  const found: Found[] = [];
  for (const match of mayHold.email(text) ? text.matchAll(email) : []) {
    const local = match[1] ?? '';
    const domain = match[2] ?? '';
    if (allowed(match[0], options)) continue;
    if (isPersonalAddress(text, local, domain)) found.push({ start: match.index, end: match.index + match[0].length, kind: 'personal-email' });
  }
  for (const match of text.matchAll(ipv4)) {
    // "1.2.3.4" in prose is an address; a dotted version number has fewer parts, or says it is one.
    if (versionBefore.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    if (sectionNumber.test(text.slice(Math.max(0, match.index - 60), match.index))) continue;
    if (documentReference.test(text.slice(Math.max(0, match.index - 50), match.index))) continue;
    found.push({ start: match.index, end: match.index + match[0].length, kind: 'ip-address' });
  }
  for (const match of mayHold.ipv6(text) ? text.matchAll(ipv6) : []) {
    if (!match[0].includes('::') && match[0].split(':').length < 6) continue;
    found.push({ start: match.index, end: match.index + match[0].length, kind: 'ip-address' });
  }
  for (const match of text.matchAll(phone)) {
    // An office's switchboard is published for the public to call: "standard +33 1 …".
    if (switchboard.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    const end = match.index + match[0].length;
    if (switchboardAfter.test(text.slice(end, end + 30))) continue;
    found.push({ start: match.index, end, kind: 'phone' });
  }
  for (const match of mayHold.internalHost(text) ? text.matchAll(internalHost) : []) {
    found.push({ start: match.index, end: match.index + match[0].length, kind: 'internal-host' });
  }
  for (const match of mayHold.secret(text) ? text.matchAll(secret) : []) {
    const value = match[1] ?? '';
    const start = match.index + match[0].length - value.length;
    found.push({ start, end: start + value.length, kind: 'password' });
  }
  for (const match of mayHold.credentialPair(text) ? text.matchAll(credentialPair) : []) {
    const value = match[1] ?? '';
    const start = match.index + match[0].length - value.length;
    // Already reported with its name ("password: …").
    if (found.some((earlier) => earlier.start <= start && start < earlier.end)) continue;
    found.push({ start, end: start + value.length, kind: 'password' });
  }
  for (const match of text.matchAll(longRun)) {
    if (!looksGenerated(text, match.index, match[0])) continue;
    // Already reported with its name ("API key: …").
    if (found.some((earlier) => earlier.start <= match.index && match.index < earlier.end)) continue;
    found.push({ start: match.index, end: match.index + match[0].length, kind: 'key-or-token' });
  }
  for (const match of text.matchAll(privateKey)) {
    found.push({ start: match.index, end: match.index + match[0].length, kind: 'private-key' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Personal data and secrets in a submission, which the UN publishes: personal e-mail addresses
 * (at a webmail provider, or "firstname.lastname@" anywhere), phone numbers, IP addresses, internal
 * host names (`*.local`, `*.intra`…), passwords, keys and tokens. Institutional, functional
 * addresses (`contact@`, `cyber@`, `secretariat@`…) are not reported, nor the addresses and
 * domains listed in `oewgDrafter.confidentiality.allowedAddresses`. Everything in the body is read,
 * code included: a password in a code block is still a leak. Example: "Contact: jean.dupont@gmail.com".
 * The message is in French in a French draft (confidentialityWords.ts).
 */
export const confidentialitySensitiveData: SectionRule = {
  meta: {
    id: 'confidentiality/sensitive-data',
    defaultSeverity: 'warning',
    summary: 'Personal e-mail addresses, phone numbers, IP addresses, internal host names, passwords or keys in a submission.',
  },
  scope: 'section',
  check(section, context, report) {
    const words = confidentialityWords(context.labelLanguage);
    for (const found of findSensitive(section.text, context.options)) {
      const range = section.lines.rangeAt(found.start, found.end);
      const finding: ReportedFinding = {
        message: words.message(found.kind, section.text.slice(found.start, found.end), principle),
        range,
        related: [principleRelated(principle, range, context.labelLanguage)],
      };
      report(finding);
    }
  },
};
