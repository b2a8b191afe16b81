import { commonAcronyms, frenchCommonAcronyms } from '../../../../schemas/acronyms';
import { isStateName } from '../countries';
import { shiftRange, type Range } from '../text';
import { acronymWords } from './acronymWords';
import type { DocumentRule, PlacedSection, ReportedFinding, SectionModel } from './rule';

/** Where an acronym is used or spelled out in a section (offsets in the section's text). */
interface AcronymEvent {
  readonly acronym: string;
  readonly kind: 'use' | 'definition';
  readonly start: number;
  readonly end: number;
}

/**
 * Spans that hold no prose: code, HTML comments (notes and suppression directives), tags, link
 * targets and web addresses. Each kind is looked for only when its marker is in the text: tried at
 * every character, the patterns cost more than the rest of the rule.
 */
const notProseKinds: readonly { readonly marker: string; readonly source: string }[] = [
  { marker: '```', source: '```[\\s\\S]*?(?:```|$)' },
  { marker: '~~~', source: '~~~[\\s\\S]*?(?:~~~|$)' },
  { marker: '<!--', source: '<!--[\\s\\S]*?(?:-->|$)' },
  { marker: '`', source: '`[^`\\n]*`' },
  { marker: '](', source: '\\]\\([^)\\n]*\\)' },
  { marker: '<', source: '<[^>\\n]*>' },
  { marker: '://', source: 'https?:\\/\\/\\S+' },
  { marker: 'www.', source: 'www\\.\\S+' },
];
const notProsePatterns = new Map<string, RegExp>();

/** The pattern for the kinds whose markers `text` holds, compiled once per combination. */
function notProseIn(text: string): RegExp | undefined {
  const kinds = notProseKinds.filter((kind) => text.includes(kind.marker));
  if (kinds.length === 0) return undefined;
  const key = kinds.map((kind) => kind.marker).join(' ');
  let pattern = notProsePatterns.get(key);
  if (!pattern) {
    pattern = new RegExp(kinds.map((kind) => kind.source).join('|'), 'g');
    notProsePatterns.set(key, pattern);
  }
  return pattern;
}

const wordCharacter = /[\p{L}\p{N}._%+-]/u;
const symbolCharacter = /[\p{L}\p{N}._/-]/u;

/**
 * `text` with its e-mail addresses and UN symbols or paths ("A/RES/76/19": their capitals are no
 * acronyms) blanked, found from their "@" and "/" rather than by a pattern tried everywhere.
 * "OAS/CICTE" joins two acronyms: only a sequence with a digit is a symbol.
 */
function blankAddressesAndSymbols(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  for (let at = nextMarker(text, 0); at >= 0; at = nextMarker(text, at + 1)) {
    let start = at;
    let end = at + 1;
    const inside = text[at] === '@' ? wordCharacter : symbolCharacter;
    while (start > copied && wordCharacter.test(text[start - 1] ?? '')) start--;
    while (end < text.length && inside.test(text[end] ?? '')) end++;
    if (text[at] === '/' && !/\d/.test(text.slice(start, end))) continue;
    parts.push(text.slice(copied, start), ' '.repeat(end - start));
    copied = end;
    at = end - 1;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** The next "@" or "/" from `from`, or -1. */
function nextMarker(text: string, from: number): number {
  const slash = text.indexOf('/', from);
  const at = text.indexOf('@', from);
  if (slash < 0) return at;
  return at < 0 ? slash : Math.min(slash, at);
}

/**
 * A token with two capitals or more, hyphenated parts included ("CERT-In", "EU-funded", "WB3C"):
 * ordinary capitalised words ("France") do not even match, which keeps the scan cheap. A token may
 * follow a hyphen after a name ("Centre Oman-UIT" uses UIT), not after a lower-case prefix ("e-").
 */
const token = /(?<![\p{L}\p{N}_&]|(?<![\p{L}\p{N}])\p{Ll}+-)\p{Lu}[\p{Ll}\p{N}&]*\p{Lu}[\p{L}\p{N}&]*(?:-[\p{L}\p{N}]+)*/gu;
/**
 * The same for text in the Latin-1 letters only (English, French): Unicode property classes make
 * the scan some twenty times slower, and most sections need none.
 */
const latinToken = /(?<![A-Za-zÀ-ÖØ-öø-ÿ0-9_&]|(?<![A-Za-zÀ-ÖØ-öø-ÿ0-9])[a-zß-öø-ÿ]+-)[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ0-9&]*[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ0-9&]*(?:-[A-Za-zÀ-ÖØ-öø-ÿ0-9]+)*/g;
/** Letters beyond Latin-1 (Latin Extended, Greek, Cyrillic…), which need the Unicode pattern. */
const beyondLatin1 = /[\u0100-\u024F\u0370-\u052F\u1E00-\u1FFF\u2C00-\uFFFF]/;

/**
 * The standards bodies and series whose names open a standard's reference: international (ISO, IEC,
 * in French CEI, IEEE), European (CEN, CENELEC, ETSI, and their EN series) and French (NF). Rounds
 * 25 and 26: the national and Internet series a cyber programme cites as often ("FIPS 203", "NIST
 * SP 800-61", "NISTIR 8286", "RFC 2350", "IETF RFC 9116", "BS 7799", "DIN 66399"): followed
 * by its number, the series names one document, as "ISO 27001" does; named in prose ("the NIST
 * framework", "an RFC") it is still an acronym.
 */
const standardsBodies = 'CENELEC|CEN|CEI|ETSI|IEC|IEEE|ISO|EN|NF|FIPS|NISTIR|NIST|SP|RFC|IETF|ANSI|BS|DIN';
/** A standards body's name as a token, perhaps with the number joined to it ("ISO27001", "IEC-62443"). */
const standardsBodyToken = new RegExp(`^(?:${standardsBodies})(-?\\d[\\d.:-]*)?$`);
/** What follows a body's name in a reference: other bodies ("/IEC", " EN ISO"), then the number. */
const standardNumberAfter = new RegExp(`^(?:[/\\s](?:${standardsBodies})(?![\\p{L}\\p{N}]))*\\s?\\d`, 'u');

/**
 * Whether a token, written at `end` of `text`, is (part of) a standard's reference: "ISO/IEC 27001",
 * « NF EN ISO/CEI 27001 », "IEC 62443-3-3", "IEEE 802.1X". The reference names one standard, which a
 * reader looks up whole, as a UN symbol; a body named in prose ("the ISO committee") is an acronym.
 */
function isStandardReference(written: string, text: string, end: number): boolean {
  const body = standardsBodyToken.exec(written);
  if (!body) return false;
  return body[1] !== undefined || standardNumberAfter.test(text.slice(end, end + 40));
}

/** A parenthesis of a few words, where an acronym is introduced: "(ANSSI)", "(hereafter “RIA”)". */
const parenthesis = /\(([^()\n]{1,80})\)/g;

/**
 * Roman numerals up to 39 ("Phase II", "Chapter IV", "XXI") are written in capitals but are no
 * acronyms; larger ones would swallow real acronyms ("CMM", "MDC").
 */
const romanNumeral = /^X{0,3}(?:IX|IV|VI{0,3}|I{1,3})$|^X{1,3}$/;

/**
 * The hyphenated words that end a token without being part of its acronym: lower-case words
 * ("EU-funded", "ANSSI-led") and capitalised ones, names joined to it ("ONU-Singapour",
 * "NDICI-Global Europe", "ASCCE-Japan"), which would otherwise hide an acronym spelled out earlier
 * and be quoted as if they were one. A short part stays ("CERT-In"), as do capitals ("EU-LAC").
 */
const joinedWords = /(?:-(?:\p{Ll}+|\p{Lu}\p{Ll}{2,}))+$/u;

/**
 * A catalogue number: capitals, then two numbers or more joined by hyphens ("CVE-2023-23397",
 * "EUVD-2025-12345", "ISO-8859-1"). It names one entry of a register, which a reader looks up
 * whole; its capitals are the register's prefix, not prose. A single number ("COVID-19") is not one.
 */
const catalogueNumber = /^[\p{Lu}\p{N}]+(?:-\p{N}+){2,}$/u;

/**
 * Rounds 27 and 28. A number joined to an acronym by a hyphen ("OSINT-2023", a folder or an edition;
 * "CSIRT-2024", an exercise) names one thing built on the acronym: the acronym is what the reader must
 * decode, and once "open-source intelligence (OSINT)" is written, "OSINT-2023" needs nothing more. Two
 * numbers or more make a catalogue number (`catalogueNumber`), read before.
 */
const joinedNumber = /(?:-\p{N}+)$/u;

/**
 * Rounds 27 and 28. An acronym written in mixed case, "PaCSON" (Pacific Cyber Security Operational
 * Network), "WiIC", "DDoS", "MoU": capitals with one lower-case letter among them, as the README's
 * definition (two capitals or more) counts "PhD". Names that merely join capitalised words ("Cyber4Dev",
 * "GitHub", "LinkedIn", "GovCERT") have two lower-case letters or more, and units ("GHz", "MWh", "GiB")
 * are measures, not acronyms.
 */
function isMixedCaseAcronym(word: string): boolean {
  if (!/^\p{Lu}[\p{L}\p{N}&]*$/u.test(word) || unit.test(word)) return false;
  const lower = word.match(/\p{Ll}/gu)?.length ?? 0;
  const upper = word.match(/\p{Lu}/gu)?.length ?? 0;
  return lower === 1 && upper >= 2 && !/\p{Ll}$/u.test(word.replace(/\p{N}+$/u, ''));
}
/** A measure's unit with a prefix, written with capitals: "GHz", "MWh", "kWh", "GiB", "Mbps", "MBq". */
const unit = /^[kKMGTPE]?i?(?:Hz|Wh|B|b|Bq|W)(?:ps|\/s)?$/u;

/**
 * The acronym a token writes, or undefined: two capitals or more, with digits or "&" allowed
 * ("WB3C", "D4D", "R&D"); a plural "s" ("CSIRTs") and hyphenated words (`joinedWords`) are not
 * part of it. "Cyber4Dev" or "Expertise" are names, and "CVE-2023-23397" a catalogue number, not
 * acronyms.
 */
export function acronymOf(written: string): string | undefined {
  if (catalogueNumber.test(written)) return undefined;
  let text = written.replace(joinedWords, '').replace(joinedNumber, '');
  const parts = text.split('-');
  const [core] = parts;
  if (!core) return undefined;
  const singular = core.replace(/(?<=\p{Lu})s$/u, '');
  if (!/^[\p{Lu}\p{N}&]+$/u.test(singular) && !isMixedCaseAcronym(singular)) return undefined;
  if ((singular.match(/\p{Lu}/gu)?.length ?? 0) < 2 || romanNumeral.test(singular)) return undefined;
  // The revision or addendum of a UN symbol written loosely ("78/L.60 REV1"): the symbol's, not an acronym.
  if (/^(?:REV|ADD|CORR)\d*$/.test(singular)) return undefined;
  text = [singular, ...parts.slice(1)].join('-');
  return text;
}

/**
 * A parenthesis segment that introduces an acronym: the acronym first ("(ANSSI)", "(ANSSI, France)",
 * "(ENVR cyber)"), perhaps quoted or after "hereafter", "ci-après", "or"…; not one that merely
 * mentions it ("(exact date TBC)"). The lead-in words are matched apart, without case: under the "i"
 * flag "\p{Lu}" also matches lower-case letters, and "exact date TBC" would pass for an acronym.
 */
const introductionLeadIn =
  /^\s*(?:hereafter|hereinafter|henceforth|known as|or|in short|ci-après|ci-dessous|dite?s?|ou|en abrégé|sigle|acronym|abbreviated)(?![\p{L}\p{N}])\s*:?\s*/iu;
/**
 * The acronym group, then at most two lower-case words that belong to the short name ("(ENVR
 * cyber)", the "ENVR cyber" school); an acronym after other words ("exact date TBC") is a mention.
 */
const introducedAcronym =
  /^\s*[«“"'‘]?\s*(\p{Lu}[\p{L}\p{N}&]*(?:-[\p{L}\p{N}]+)*(?:\s+\p{Lu}[\p{Lu}\p{N}&]+(?:-[\p{L}\p{N}]+)*)*)(?:\s+\p{Ll}[\p{L}-]*){0,2}\s*[»”"'’]?\s*$/u;

/**
 * The acronym group a parenthesis segment introduces ("DG INTPA" in "hereafter “DG INTPA”"), or
 * undefined. Without a lead-in word, a parenthesis right after a State's name alone does not spell
 * anything out: "France (ANSSI)", a common way to write a Lead field, names the country, not the
 * agency. (Any other name may introduce it, in any language: "Forum mondial sur la cyberexpertise
 * (GFCE)".)
 */
function introducedIn(segment: string, wordsBefore: string): string | undefined {
  const leadIn = introductionLeadIn.exec(segment)?.[0] ?? '';
  // "(DITE)" is an acronym that happens to spell a lead-in word: tried whole when the rest is no acronym.
  const introduced = introducedAcronym.exec(segment.slice(leadIn.length))?.[1] ?? introducedAcronym.exec(segment)?.[1];
  if (introduced && leadIn === '' && endsWithStateAlone(wordsBefore)) return undefined;
  return introduced;
}

/** Words after which a State's name stands alone: "led by France (ANSSI)". */
const beforeAStateAlone = new Set(['by', 'with', 'from', 'and', 'par', 'avec', 'et']);

/**
 * Whether `words` (markup aside) end with the name of a State, in English or French, standing
 * alone: nothing before it, or a word that introduces it ("by", "avec"). "Expertise France" and
 * "the Ministry of Foreign Affairs of Spain" are the names of bodies.
 */
function endsWithStateAlone(words: string): boolean {
  const parts = words.replace(/[*_]/g, ' ').trim().split(/\s+/).filter((part) => part !== '');
  for (let length = 1; length <= Math.min(4, parts.length); length++) {
    const previous = parts[parts.length - length - 1];
    if (previous !== undefined && !beforeAStateAlone.has(previous.toLowerCase())) continue;
    if (isStateName(parts.slice(-length).join(' '))) return true;
  }
  return false;
}

/** The clause before `offset` on its line (back to a colon, a full stop or a semicolon), at most 12 words. */
function clauseBefore(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, offset);
  const clause = line.slice(Math.max(line.lastIndexOf(':'), line.lastIndexOf(';'), line.search(/\.\s[^.]*$/)) + 1);
  return clause.split(/\s+/).slice(-12).join(' ');
}

/** Whether what follows an acronym spells it out: "ANSSI (Agence nationale …)", two words or more. */
function spelledOutAfter(content: string): boolean {
  return /^\s*[\p{L}][\p{L}'’-]*\s+[\p{L}\p{N}]/u.test(content) && acronymOf(content.trim().split(/\s+/)[0] ?? '') === undefined;
}

/** An event and the section it is in. */
interface PlacedEvent {
  readonly section: PlacedSection;
  readonly event: AcronymEvent;
}

const eventsBySection = new WeakMap<SectionModel, readonly AcronymEvent[]>();

/**
 * The first use and the first definition of each acronym in a section, in text order. Computed
 * once per section version (section models are kept while their text does not change), so the
 * rule's work on a keystroke is the edited section plus a walk over short lists.
 */
function acronymEvents(section: SectionModel): readonly AcronymEvent[] {
  const cached = eventsBySection.get(section);
  if (cached) return cached;
  // Blanked, not removed, so that offsets stay those of the section's text.
  const pattern = notProseIn(section.text);
  const prose = pattern ? section.text.replace(pattern, (match) => ' '.repeat(match.length)) : section.text;
  const text = prose.includes('@') || prose.includes('/') ? blankAddressesAndSymbols(prose) : prose;
  const definedAt = new Map<string, number>();
  const definitions: AcronymEvent[] = [];
  const define = (acronym: string, start: number, end: number) => {
    if (definedAt.has(acronym)) return;
    definedAt.set(acronym, start);
    definitions.push({ acronym, kind: 'definition', start, end });
  };
  for (const group of text.matchAll(parenthesis)) {
    const content = group[1] ?? '';
    const contentStart = group.index + 1;
    let segmentStart = 0;
    const before = clauseBefore(text, group.index);
    for (const segment of content.split(/[,;]/)) {
      // "(DG INTPA)": each acronym of the group is introduced. In "(Ministry for Europe and Foreign
      // Affairs, MEAE)", the segments before the acronym are part of what comes before it.
      const introduced = introducedIn(segment, `${before} ${content.slice(0, segmentStart)}`);
      const groupStart = introduced ? contentStart + segmentStart + segment.indexOf(introduced) : 0;
      for (const match of introduced?.matchAll(token) ?? []) {
        const acronym = acronymOf(match[0]);
        if (acronym) define(acronym, groupStart + match.index, groupStart + match.index + match[0].length);
      }
      segmentStart += segment.length + 1;
    }
    // "ACR (Long name)": the acronym just before the parenthesis is spelled out by it.
    const windowStart = Math.max(0, group.index - 40);
    // "DG INTPA (Directorate-General …)": each acronym of the group is.
    // Rounds 27 and 28: mixed-case acronyms ("DDoS (distributed denial of service)") too; the capitalised words a
    // group may then take in ("Network DDoS") write no acronym (`acronymOf`) and define nothing.
    const acronymBefore = /(?<![\p{L}\p{N}_&-])(\p{Lu}[\p{L}\p{N}&]*(?:-[\p{L}\p{N}]+)*(?:\s+\p{Lu}[\p{L}\p{N}&]*(?:-[\p{L}\p{N}]+)*)*)\s*$/u.exec(text.slice(windowStart, group.index));
    if (acronymBefore?.[1] && spelledOutAfter(content)) {
      const groupStart = windowStart + acronymBefore.index;
      for (const match of acronymBefore[1].matchAll(token)) {
        const acronym = acronymOf(match[0]);
        if (acronym) define(acronym, groupStart + match.index, groupStart + match.index + match[0].length);
      }
    }
  }
  // Definitions are disjoint tokens and the scan goes forward: one pointer walks them, so that a
  // section with many acronyms stays linear (the rule runs on every keystroke).
  const spans = [...definitions].sort((a, b) => a.start - b.start);
  let next = 0;
  const inDefinition = (offset: number) => {
    while (next < spans.length && (spans[next]?.end ?? 0) <= offset) next++;
    const span = spans[next];
    return span !== undefined && span.start <= offset;
  };
  const used = new Set<string>();
  // Common acronyms (ICT, UN…) need no definition: left out here, once per section version.
  const events: AcronymEvent[] = definitions.filter((definition) => !isIn(builtIn, definition.acronym));
  for (const match of text.matchAll(beyondLatin1.test(text) ? token : latinToken)) {
    const acronym = acronymOf(match[0]);
    if (!acronym || used.has(acronym) || isIn(builtIn, acronym) || inDefinition(match.index)) continue;
    if (isStandardReference(match[0], text, match.index + match[0].length)) continue;
    // A line without a lower-case letter is shouted (a title in capitals): its words are no acronyms.
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const lineEnd = text.indexOf('\n', match.index);
    if (!/\p{Ll}/u.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) continue;
    used.add(acronym);
    events.push({ acronym, kind: 'use', start: match.index, end: match.index + match[0].length });
  }
  events.sort((a, b) => a.start - b.start);
  eventsBySection.set(section, events);
  return events;
}

const builtIn = new Set(commonAcronyms);
/**
 * The French forms of the common acronyms (ONU, UE, OTAN…), known in a French draft only. Left to
 * `check`, not to the cached events: the language can change while a section's text does not.
 */
const frenchBuiltIn = new Set(frenchCommonAcronyms);

/** Whether `acronym`, or its first part ("CERT" of "CERT-In"), is in `known`. */
function isIn(known: ReadonlySet<string>, acronym: string): boolean {
  const hyphen = acronym.indexOf('-');
  return known.has(acronym) || (hyphen > 0 && known.has(acronym.slice(0, hyphen)));
}

/**
 * An acronym used before the submission spells it out: "OCLCTIC" in a paragraph, with no "Office
 * central … (OCLCTIC)" before it. A reader outside the drafting team (another delegation, the
 * Secretariat, a translator) cannot decode it. Reported once per acronym, at its first use; when
 * the acronym is spelled out further down, the finding says where. Common acronyms (ICT, UN, EU,
 * CERT…: schemas/acronyms.ts), in a French draft their French forms (ONU, UE, OTAN…), and those of
 * `oewgDrafter.acronyms.known` need no definition. Spelling out is "Long name (ACR)", "ACR (Long
 * name)", or a short parenthesis ("(hereafter ACR)"); a programme heading "Title (ACR)" spells its
 * acronym out. Identifiers are no acronyms: a catalogue number ("CVE-2023-23397") or a standard's
 * reference ("ISO/IEC 27001"). Example: "The OCLCTIC trained 40 investigators" before any "(OCLCTIC)".
 * The message is in French in a French draft (acronymWords.ts).
 *
 * Performance: the rule runs on every keystroke over the whole document (npm run bench measures
 * it). Keep it linear: one regex pass per section, cached per section model, then a walk over each
 * section's few first uses and definitions; no pattern tried at every character, no re-parsing.
 */
export const styleUndefinedAcronym: DocumentRule = {
  meta: {
    id: 'style/undefined-acronym',
    defaultSeverity: 'info',
    summary: 'An acronym used before the submission spells it out ("Long name (ACR)"), other than common ones (ICT, UN, EU, CERT…).',
  },
  scope: 'document',
  check(document, report) {
    // The common acronyms are left out of each section's events already (see `acronymEvents`); their
    // French forms are not, since they depend on the draft's language.
    const known = new Set(document.context.options.acronyms.known);
    const french = document.context.language === 'fr';
    const isKnown = (acronym: string) => (known.size > 0 && isIn(known, acronym)) || (french && isIn(frenchBuiltIn, acronym));
    const defined = new Set<string>();
    // Positions are made only for what is reported: most events are a definition with no use before it.
    const rangeOf = ({ section, event }: PlacedEvent) => shiftRange(section.model.lines.rangeAt(event.start, event.end), section.startLine);
    /** First uses not yet spelled out. */
    const pending = new Map<string, PlacedEvent>();
    const findings: { acronym: string; use: Range; definition?: Range }[] = [];
    for (const section of document.sections) {
      const events = acronymEvents(section.model);
      for (const event of events) {
        if (defined.has(event.acronym) || isKnown(event.acronym)) continue;
        if (event.kind === 'definition') {
          defined.add(event.acronym);
          const use = pending.get(event.acronym);
          if (use) {
            findings.push({ acronym: event.acronym, use: rangeOf(use), definition: rangeOf({ section, event }) });
            pending.delete(event.acronym);
          }
        } else if (!pending.has(event.acronym)) {
          pending.set(event.acronym, { section, event });
        }
      }
    }
    // "DG INTPA", never spelled out: one finding for the group, not one per word. A slash separates
    // acronyms ("ABC/DEF" names two bodies): only a space joins them into one group.
    let previous: { acronym: string; use: Range } | undefined;
    for (const [acronym, placed] of pending) {
      const use = rangeOf(placed);
      const separator = placed.section.model.text[placed.event.start - 1] ?? '';
      if (previous && previous.use.end.line === use.start.line && previous.use.end.character + 1 === use.start.character && /[ \t\u00a0]/.test(separator)) {
        previous.acronym = `${previous.acronym} ${acronym}`;
        previous.use = { start: previous.use.start, end: use.end };
        continue;
      }
      previous = { acronym, use };
      findings.push(previous);
    }
    const words = acronymWords(document.context.labelLanguage);
    for (const { acronym, use, definition } of findings) {
      const finding: ReportedFinding = definition
        ? {
            message: words.spelledOutLater(acronym, definition.start.line + 1),
            range: use,
            related: [{ range: definition, message: words.spelledOutHere(acronym) }],
          }
        : { message: words.neverSpelledOut(acronym), range: use };
      report(finding);
    }
  },
};
