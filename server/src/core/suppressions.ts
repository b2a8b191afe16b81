/**
 * Inline suppression: HTML comments in a submission that hide some findings, for the cases where a
 * drafter has decided a finding does not apply (a programme that is gender-neutral on purpose…).
 *
 * - `<!-- oewg-disable-next-line principle/gender -->` hides the findings that start on the next
 *   non-blank line (lines holding only directives are skipped, so directives can be stacked);
 * - `<!-- oewg-disable principle/gender -->` … `<!-- oewg-enable principle/gender -->` hides the
 *   findings that start between the two; a disable never closed runs to the end of the document.
 *
 * Rule ids are separated by spaces or commas; none means every rule. A reason may follow ` -- `:
 * `<!-- oewg-disable-next-line principle/gender -- a training for judges -->`. In the front matter,
 * which is YAML, the same directives are YAML comments (`# oewg-disable-next-line
 * country/unknown-name`), found with the YAML lexer so that a "#" in a quoted or block value is not
 * taken for one. In the body, a directive is a comment the Markdown tree reads as HTML: one in code
 * of any kind (fenced or indented, in a quote or a list item, inline code of any number of
 * backticks) is an example, not a directive, since a drafter who quotes the syntax in a note must
 * not turn checks off. A directive with an unknown rule id or name is itself reported (as
 * `schema/invalid-value`), so a typo does not silently disable nothing; in French in a French draft
 * (suppressionWords.ts).
 *
 * Directives are written in lower case, rule ids too, as in the settings. One written otherwise
 * (`OEWG-disable`, `principle/GENDER`) hides nothing and is reported, with a fix that writes it in
 * lower case: accepting it would make the same comment work here and not in another tool, and
 * ignoring it silently would leave the drafter wondering. "OEWG-" in capitals, though, is also how
 * a note names the working group (`<!-- OEWG-II: check para. 12 -->`): such a comment is read as a
 * directive only when its name, case aside, is close to a directive's.
 *
 * This runs on every keystroke: the analyzer calls it only when the front matter may hold a
 * directive or a section holds one (`directiveCommentOffsets`, read once per section from its tree
 * and cached with it).
 */
import { closest } from 'fastest-levenshtein';
import type { Nodes, Root } from 'mdast';
import { CST, Lexer } from 'yaml';
import { ruleIds } from '../../../schemas/settings';
import { labelLanguageOf, type LabelLanguage } from '../../../schemas/vocabulary';
import { sortFindings, type Finding } from './findings';
import { readFrontMatter } from './frontMatter';
import { parseMarkdown } from './markdown';
import { suppressionWords, type SuppressionWords } from './suppressionWords';
import { closestWithin } from './suggestions';
import { offsetOfLine, range, splitLines, type Position } from './text';

export const directiveNames = ['disable-next-line', 'disable', 'enable'] as const;
export type DirectiveName = (typeof directiveNames)[number];

/** Where a directive is written: an HTML comment in the body, a YAML comment in the front matter. */
export type DirectiveSyntax = 'html' | 'yaml';

/** The marker as directives are written; a comment may start with it in another case. */
export const marker = 'oewg-';

/**
 * A comment's opening followed by the marker in any case: the whole text is searched for it on
 * every keystroke, as fast as a plain `includes` (a literal with the case ignored).
 */
const anyDirectiveOpening = /(?:<!--|#)[ \t]*oewg-/i;

/** Whether `text` may hold a directive: false means `applySuppressions` would change nothing. */
export function mayHoldDirectives(text: string): boolean {
  return anyDirectiveOpening.test(text);
}

/** A directive's name as written: letters, words joined by "-". */
const namePattern = '[A-Za-z]+(?:-[A-Za-z]+)*';

/** An HTML comment's opening followed (spaces aside) by the marker in any case (1), then a name (2). */
const directiveOpening = new RegExp(`<!--[ \\t]*(oewg-)(${namePattern})?`, 'gi');

/** The directive a name stands for, case aside or misspelt; undefined when it is too far from every one. */
export function meantDirective(name: string): DirectiveName | undefined {
  const lower = name.toLowerCase();
  return directiveNames.find((directive) => directive === lower) ?? (closestWithin(name, directiveNames) as DirectiveName | undefined);
}

/**
 * Whether a comment that starts with `writtenMarker` (the marker in any case), then `name`, is read
 * as a directive: always with the marker in lower case (a wrong name is reported), otherwise when
 * the name reads as a directive's, since "OEWG-" in capitals is also how a note names the group.
 */
export function readsAsDirective(writtenMarker: string, name: string): boolean {
  return writtenMarker === marker || meantDirective(name) !== undefined;
}

/** The directive comments that an opening match (`directiveOpening`) in `text` starts, by offset. */
function directiveMatches(text: string): number[] {
  const offsets: number[] = [];
  for (const found of text.matchAll(directiveOpening)) {
    if (readsAsDirective(found[1] ?? '', found[2] ?? '')) offsets.push(found.index);
  }
  return offsets;
}

/** The opening of a YAML comment that may be a directive: the marker in any case (1), then a name (2). */
const yamlDirectiveOpening = new RegExp(`^[ \\t]*#[ \\t]*(oewg-)(${namePattern})?`, 'i');

/**
 * Whether a line holds a directive comment (read as `applySuppressions` reads one), as HTML in the
 * body or as a YAML comment that opens the line in the front matter: a finding there is the
 * directive's own problem, fixed in the comment rather than hidden.
 */
export function holdsDirective(lineText: string, syntax: DirectiveSyntax): boolean {
  if (!anyDirectiveOpening.test(lineText)) return false;
  if (syntax === 'html') return directiveMatches(lineText).length > 0;
  const found = yamlDirectiveOpening.exec(lineText);
  return found !== null && readsAsDirective(found[1] ?? '', found[2] ?? '');
}

/**
 * The offsets in `text` of the `<!--` of each directive comment (`readsAsDirective`) that `root`,
 * the tree of `text`, reads as HTML (block or inline): the body's directives. Comments in code are
 * not HTML nodes, so they are left out whatever the code's form. Without a tree (a text too nested
 * for `parseMarkdown` to parse, which is then not read as Markdown at all), each directive comment
 * counts, rather than a drafter's directive be lost.
 */
export function directiveCommentOffsets(root: Root | undefined, text: string): number[] {
  if (!root) return directiveMatches(text);
  const offsets: number[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'html') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      for (const offset of directiveMatches(text.slice(start, end))) offsets.push(start + offset);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return offsets;
}

/** The body's directives when no tree is at hand (a fix checked on the text it would make, a test). */
function bodyDirectiveOffsets(text: string, bodyOffset: number): number[] {
  const body = text.slice(bodyOffset);
  if (!mayHoldDirectives(body)) return [];
  const parsed = parseMarkdown(body);
  return directiveCommentOffsets(parsed.kind === 'parsed' ? parsed.root : undefined, body).map((offset) => bodyOffset + offset);
}

/**
 * A whole directive comment, from its `<!--` or `#`: the marker as written (1), the name (2), then
 * ids (and a reason) up to its end (3). The case is checked after the match, to be reported.
 */
const directivePatterns: Record<DirectiveSyntax, RegExp> = {
  html: new RegExp(`^<!--[ \\t]*(oewg-)((?:${namePattern})?)(.*?)-->`, 'i'),
  yaml: new RegExp(`^#[ \\t]*(oewg-)((?:${namePattern})?)(.*)$`, 'i'),
};
/** A line that holds nothing but directives: a disable-next-line looks past it. */
const directivesOnlyLines: Record<DirectiveSyntax, RegExp> = {
  html: /^[ \t]*(?:<!--[ \t]*oewg-.*?-->[ \t]*)+$/i,
  yaml: /^[ \t]*#[ \t]*oewg-/i,
};
/**
 * The block quote markers that open a line ("> ", ">> ", "> > "): a line of a quote that holds
 * only directives, or nothing (a lone ">"), is skipped like a line outside one.
 */
const quoteMarkers = /^(?: {0,3}> ?)+/;

/**
 * What comes before a directive's reason: "--", "—" or "–", spaced (any kind of space) or at an
 * end. The quick fixes and completion read a directive's ids up to it too.
 */
export const reasonSeparator = /(?:^|\s)(?:--|—|–)(?:\s|$)/;

/** What a directive turns off: every rule, or the listed ids. */
type Scope = { readonly all: true } | { readonly all: false; readonly ids: ReadonlySet<string> };

interface RangeEvent {
  /** Where the directive takes effect: after a disable comment, at the start of an enable comment. */
  readonly position: Position;
  readonly name: 'disable' | 'enable';
  readonly scope: Scope;
}

/** A comment that starts with the marker, found in the text, not yet read. */
interface Candidate {
  /** Offset of its `<!--` or `#`. */
  readonly offset: number;
  readonly syntax: DirectiveSyntax;
}

/** A candidate placed on its line. */
interface PlacedCandidate {
  readonly offset: number;
  readonly syntax: DirectiveSyntax;
  readonly line: number;
  readonly lineOffset: number;
  readonly lineText: string;
}

/**
 * Removes the findings that the document's directives hide, and adds one finding per directive
 * problem (unknown rule id or directive name, a comment not closed on its line). `text` has "\n"
 * line terminators (as the analyzer normalizes it) and `findings` are document positions.
 * `bodyStartLine` is the front matter's (0: none): the lines above it are YAML, between the two
 * "---" lines. `bodyDirectives`, in order, are the offsets of the body's directive comments, as the
 * analyzer read them from each section's tree (`directiveCommentOffsets`); without them, the body
 * is parsed here to find them.
 */
export function applySuppressions(
  text: string,
  findings: readonly Finding[],
  bodyStartLine = 0,
  bodyDirectives?: readonly number[],
  /** The draft's language, which a directive's problem is told in; read from the front matter when not given. */
  language?: LabelLanguage,
): readonly Finding[] {
  const bodyOffset = offsetOfLine(text, bodyStartLine);
  const body = (bodyDirectives ?? bodyDirectiveOffsets(text, bodyOffset)).map((offset): Candidate => ({ offset, syntax: 'html' }));
  const candidates = [...frontMatterCandidates(text, bodyOffset), ...body];
  if (candidates.length === 0) return findings;

  const problems: Finding[] = [];
  const nextLineScopes = new Map<number, Scope[]>();
  const rangeEvents: RangeEvent[] = [];
  const pendingNextLine: { line: number; scope: Scope }[] = [];

  const placed = placeCandidates(text, candidates, bodyStartLine);
  // A directive's problem is told in the draft's language, read only when there is one to tell.
  let words: SuppressionWords | undefined;
  const say = () => (words ??= suppressionWords(language ?? draftLanguage(text, bodyOffset)));
  for (const candidate of placed.candidates) {
    const read = readDirective(candidate, problems, say);
    if (!read) continue;
    if (read.name === 'disable-next-line') {
      pendingNextLine.push({ line: candidate.line, scope: read.scope });
    } else {
      const character = candidate.offset - candidate.lineOffset;
      rangeEvents.push({
        position: { line: candidate.line, character: read.name === 'disable' ? character + read.length : character },
        name: read.name,
        scope: read.scope,
      });
    }
  }
  for (const pending of pendingNextLine) {
    const target = placed.nextContentLine.get(pending.line);
    if (target === undefined) continue;
    const scopes = nextLineScopes.get(target) ?? [];
    scopes.push(pending.scope);
    nextLineScopes.set(target, scopes);
  }

  const kept = findings.filter((finding) => !hiddenByNextLine(finding, nextLineScopes));
  const visible = rangeEvents.length === 0 ? kept : filterByRanges(kept, rangeEvents);
  if (problems.length === 0 && visible.length === findings.length) return findings;
  return problems.length === 0 ? visible : sortFindings([...visible, ...problems]);
}

/**
 * The YAML comments of the front matter (the text before `bodyOffset`, between its "---" lines)
 * that start with the marker. The YAML lexer tells a comment from a "#" inside a quoted or block
 * value.
 */
function frontMatterCandidates(text: string, bodyOffset: number): Candidate[] {
  // The front matter alone: a search of the whole text would run through a long body.
  if (!mayHoldDirectives(text.slice(0, bodyOffset))) return [];
  const yamlStart = text.indexOf('\n') + 1;
  // Up to the line break before the closing "---" line.
  const yamlEnd = Math.max(yamlStart, text.lastIndexOf('\n', bodyOffset - 2));
  const yaml = text.slice(yamlStart, yamlEnd);
  const candidates: Candidate[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(yaml)) {
    if (CST.tokenType(token) === 'comment' && holdsDirective(token, 'yaml')) {
      candidates.push({ offset: yamlStart + offset, syntax: 'yaml' });
    }
    // The lexer's markers of a document, a scalar and the end of a flow collection are not in the text.
    if (token !== CST.DOCUMENT && token !== CST.SCALAR && token !== CST.FLOW_END) offset += token.length;
  }
  return candidates;
}

/**
 * One pass over the lines up to the last candidate's (and on to the next line with content): each
 * candidate's line, and for each line holding candidates, the next line that is neither blank nor
 * only directives (what a disable-next-line there points at), block quote markers aside. Only the
 * lines that hold a candidate or end a wait are looked at.
 */
function placeCandidates(
  text: string,
  candidates: readonly Candidate[],
  bodyStartLine: number,
): { candidates: PlacedCandidate[]; nextContentLine: Map<number, number> } {
  const placed: PlacedCandidate[] = [];
  const nextContentLine = new Map<number, number>();
  const waiting: number[] = [];
  let candidateIndex = 0;
  let line = 0;
  for (let offset = 0; offset <= text.length; line++) {
    let end = text.indexOf('\n', offset);
    if (end < 0) end = text.length;
    const hasCandidate = (candidates[candidateIndex]?.offset ?? Infinity) <= end;
    if (hasCandidate || waiting.length > 0) {
      const lineText = text.slice(offset, end);
      const syntax: DirectiveSyntax = line >= bodyStartLine ? 'html' : 'yaml';
      if (waiting.length > 0) {
        // A comment in code on a line of directives is no directive: the line is content.
        const content = syntax === 'html' ? lineText.replace(quoteMarkers, '') : lineText;
        const skipped = content.trim() === '' || (hasCandidate && directivesOnlyLines[syntax].test(content));
        if (!skipped) {
          for (const from of waiting) nextContentLine.set(from, line);
          waiting.length = 0;
        }
      }
      while (candidateIndex < candidates.length && (candidates[candidateIndex]?.offset ?? Infinity) <= end) {
        const candidate = candidates[candidateIndex++] as Candidate;
        placed.push({ offset: candidate.offset, syntax: candidate.syntax, line, lineOffset: offset, lineText });
      }
      if (hasCandidate) waiting.push(line);
    }
    if (candidateIndex >= candidates.length && waiting.length === 0) break;
    offset = end + 1;
  }
  return { candidates: placed, nextContentLine };
}

/**
 * Reads one directive comment; reports what is wrong with it into `problems`. Returns undefined
 * when the comment does nothing (not closed on its line, unknown name, only unknown ids).
 */
function readDirective(
  candidate: PlacedCandidate,
  problems: Finding[],
  say: () => SuppressionWords,
): { name: DirectiveName; scope: Scope; length: number } | undefined {
  const startCharacter = candidate.offset - candidate.lineOffset;
  const rest = candidate.lineText.slice(startCharacter);
  const report = (message: string, from: number, to: number, replacement?: string) => {
    const where = range(candidate.line, startCharacter + from, candidate.line, startCharacter + to);
    problems.push({
      ruleId: 'schema/invalid-value',
      severity: 'warning',
      message,
      range: where,
      fixes: replacement === undefined ? undefined : [{ title: say().replaceWith(replacement), edits: [{ range: where, newText: replacement }] }],
    });
  };

  const match = directivePatterns[candidate.syntax].exec(rest);
  if (!match) {
    report(say().notClosed, 0, rest.length);
    return undefined;
  }
  const writtenMarker = match[1] ?? '';
  const written = match[2] ?? '';
  // The opening ("<!--" or "#", spaces) holds no marker: the first one is the directive's.
  const nameStart = match[0].search(/oewg-/i);
  const nameEnd = nameStart + writtenMarker.length + written.length;
  if (writtenMarker !== marker || !(directiveNames as readonly string[]).includes(written)) {
    const meant = meantDirective(written);
    if (meant === written.toLowerCase()) {
      report(
        say().directiveInCapitals(`${writtenMarker}${written}`, `oewg-${meant}`),
        nameStart,
        nameEnd,
        `oewg-${meant}`,
      );
    } else {
      report(
        say().unknownDirective(`${writtenMarker}${written}`, `oewg-${meant ?? closest(written.toLowerCase(), [...directiveNames])}`),
        nameStart,
        nameEnd,
        meant === undefined ? undefined : `oewg-${meant}`,
      );
    }
    return undefined;
  }
  const name = written as DirectiveName;

  // The ids, up to an optional " -- reason". A dash typed as such ("—", "–"), or spaces that a
  // French text puts as no-break ones, mark the reason too: its words are no ids to report.
  const argumentsStart = nameEnd;
  const argumentsText = (match[3] ?? '').split(reasonSeparator)[0] ?? '';
  const ids: string[] = [];
  for (const found of argumentsText.matchAll(/[^\s,]+/g)) {
    const id = found[0];
    if ((ruleIds as readonly string[]).includes(id)) {
      ids.push(id);
      continue;
    }
    const from = argumentsStart + (found.index ?? 0);
    const lower = id.toLowerCase();
    if ((ruleIds as readonly string[]).includes(lower)) {
      report(
        say().idInCapitals(id, lower),
        from,
        from + id.length,
        lower,
      );
      continue;
    }
    // The fix only when the id is close enough to be a typo (or the rule's name without its
    // group, "gender"); the message names the closest anyway.
    const near = ruleIds.find((known) => known.endsWith(`/${lower}`)) ?? closestWithin(id, ruleIds);
    report(
      say().unknownId(id, near ?? closest(lower, [...ruleIds])),
      from,
      from + id.length,
      near,
    );
  }
  const anyWritten = /[^\s,]/.test(argumentsText);
  // Only unknown ids: the directive must not fall back to "every rule".
  if (anyWritten && ids.length === 0) return undefined;
  return { name, scope: anyWritten ? { all: false, ids: new Set(ids) } : { all: true }, length: match[0].length };
}

/** The front matter last read for its language, and that language: a fix's check reads the same again. */
let lastLanguage: { readonly frontMatter: string; readonly language: LabelLanguage } | undefined;

/**
 * The draft's language, as the analyzer reads it from the front matter (`text` up to `bodyOffset`),
 * for a caller that does not give it (the analyzer does): read only when a directive's problem is
 * to be told.
 */
function draftLanguage(text: string, bodyOffset: number): LabelLanguage {
  const frontMatter = text.slice(0, bodyOffset);
  if (lastLanguage?.frontMatter !== frontMatter) {
    const { language } = readFrontMatter(splitLines(frontMatter)).raw;
    lastLanguage = { frontMatter, language: labelLanguageOf(typeof language === 'string' ? language : undefined) };
  }
  return lastLanguage.language;
}

function covers(scope: Scope, ruleId: string): boolean {
  return scope.all || scope.ids.has(ruleId);
}

function hiddenByNextLine(finding: Finding, scopes: ReadonlyMap<number, Scope[]>): boolean {
  const onLine = scopes.get(finding.range.start.line);
  return onLine !== undefined && onLine.some((scope) => covers(scope, finding.ruleId));
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/**
 * Walks the findings (sorted by start) and the disable/enable events (in document order) together,
 * keeping the set of rules disabled at each finding's start.
 */
function filterByRanges(findings: readonly Finding[], events: readonly RangeEvent[]): Finding[] {
  let allDisabled = false;
  /** Disabled one by one. */
  const disabled = new Set<string>();
  /** Enabled one by one while every rule is disabled. */
  const enabledAnyway = new Set<string>();
  let eventIndex = 0;
  const sorted = [...findings].sort((a, b) => (before(a.range.start, b.range.start) ? -1 : before(b.range.start, a.range.start) ? 1 : 0));
  const kept: Finding[] = [];
  for (const finding of sorted) {
    for (let event = events[eventIndex]; event && !before(finding.range.start, event.position); event = events[++eventIndex]) {
      const { scope } = event;
      if (event.name === 'disable') {
        if (scope.all) {
          allDisabled = true;
          enabledAnyway.clear();
        } else {
          for (const id of scope.ids) {
            disabled.add(id);
            enabledAnyway.delete(id);
          }
        }
      } else if (scope.all) {
        allDisabled = false;
        disabled.clear();
        enabledAnyway.clear();
      } else {
        for (const id of scope.ids) {
          disabled.delete(id);
          if (allDisabled) enabledAnyway.add(id);
        }
      }
    }
    const hidden = (allDisabled && !enabledAnyway.has(finding.ruleId)) || disabled.has(finding.ruleId);
    if (!hidden) kept.push(finding);
  }
  return kept;
}
