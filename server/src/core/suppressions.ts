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
 * `schema/invalid-value`), so a typo does not silently disable nothing.
 *
 * This runs on every keystroke: the analyzer calls it only when the front matter may hold a
 * directive or a section holds one (`directiveCommentOffsets`, read once per section from its tree
 * and cached with it).
 */
import { closest } from 'fastest-levenshtein';
import type { Nodes, Root } from 'mdast';
import { CST, Lexer } from 'yaml';
import { ruleIds } from '../../../schemas/settings';
import { sortFindings, type Finding } from './findings';
import { parseMarkdown } from './markdown';
import { closestWithin } from './suggestions';
import { offsetOfLine, range, type Position } from './text';

const marker = 'oewg-';

/** Whether `text` may hold a directive: false means `applySuppressions` would change nothing. */
export function mayHoldDirectives(text: string): boolean {
  return text.includes(marker);
}

/** A comment's opening followed (spaces aside) by the marker. */
const directiveOpening = /<!--[ \t]*oewg-/g;

/**
 * The offsets in `text` of the `<!--` of each comment starting with the marker that `root`, the
 * tree of `text`, reads as HTML (block or inline): the body's directives. Comments in code are not
 * HTML nodes, so they are left out whatever the code's form. Without a tree (a text too nested for
 * `parseMarkdown` to parse, which is then not read as Markdown at all), each comment starting with
 * the marker counts, rather than a drafter's directive be lost.
 */
export function directiveCommentOffsets(root: Root | undefined, text: string): number[] {
  if (!root) return [...text.matchAll(directiveOpening)].map((found) => found.index);
  const offsets: number[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'html') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      for (const found of text.slice(start, end).matchAll(directiveOpening)) offsets.push(start + found.index);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return offsets;
}

/** The body's directives when no tree is at hand (a fix checked on the text it would make, a test). */
function bodyDirectiveOffsets(text: string, bodyOffset: number): number[] {
  if (text.indexOf(marker, bodyOffset) < 0) return [];
  const body = text.slice(bodyOffset);
  const parsed = parseMarkdown(body);
  return directiveCommentOffsets(parsed.kind === 'parsed' ? parsed.root : undefined, body).map((offset) => bodyOffset + offset);
}

export const directiveNames = ['disable-next-line', 'disable', 'enable'] as const;
export type DirectiveName = (typeof directiveNames)[number];

/** Where a directive is written: an HTML comment in the body, a YAML comment in the front matter. */
export type DirectiveSyntax = 'html' | 'yaml';

/** A whole directive comment, from its `<!--` or `#`: name, then ids (and a reason) up to its end. */
const directivePatterns: Record<DirectiveSyntax, RegExp> = {
  html: /^<!--[ \t]*oewg-((?:[A-Za-z]+(?:-[A-Za-z]+)*)?)(.*?)-->/,
  yaml: /^#[ \t]*oewg-((?:[A-Za-z]+(?:-[A-Za-z]+)*)?)(.*)$/,
};
/** A line that holds nothing but directives: a disable-next-line looks past it. */
const directivesOnlyLines: Record<DirectiveSyntax, RegExp> = {
  html: /^[ \t]*(?:<!--[ \t]*oewg-.*?-->[ \t]*)+$/,
  yaml: /^[ \t]*#[ \t]*oewg-/,
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
  for (const candidate of placed.candidates) {
    const read = readDirective(candidate, problems);
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
  // Searched backwards from the body's start: a search forwards would run through a long body.
  if (bodyOffset < marker.length || text.lastIndexOf(marker, bodyOffset - marker.length) < 0) return [];
  const yamlStart = text.indexOf('\n') + 1;
  // Up to the line break before the closing "---" line.
  const yamlEnd = Math.max(yamlStart, text.lastIndexOf('\n', bodyOffset - 2));
  const yaml = text.slice(yamlStart, yamlEnd);
  const candidates: Candidate[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(yaml)) {
    if (CST.tokenType(token) === 'comment' && /^#[ \t]*oewg-/.test(token)) {
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
      fixes: replacement === undefined ? undefined : [{ title: `Replace with "${replacement}"`, edits: [{ range: where, newText: replacement }] }],
    });
  };

  const match = directivePatterns[candidate.syntax].exec(rest);
  if (!match) {
    report('This oewg directive is ignored: it must end with "-->" on the same line.', 0, rest.length);
    return undefined;
  }
  const written = match[1] ?? '';
  const nameStart = match[0].indexOf(marker);
  if (!(directiveNames as readonly string[]).includes(written)) {
    const near = closestWithin(written, directiveNames);
    const suggestion = near ?? closest(written, [...directiveNames]);
    report(
      `"oewg-${written}" is not a directive, so it hides nothing: use oewg-disable-next-line, oewg-disable or oewg-enable. Did you mean "oewg-${suggestion}"?`,
      nameStart,
      nameStart + marker.length + written.length,
      near === undefined ? undefined : `oewg-${near}`,
    );
    return undefined;
  }
  const name = written as DirectiveName;

  // The ids, up to an optional " -- reason". A dash typed as such ("—", "–"), or spaces that a
  // French text puts as no-break ones, mark the reason too: its words are no ids to report.
  const argumentsStart = nameStart + marker.length + written.length;
  const argumentsText = (match[2] ?? '').split(reasonSeparator)[0] ?? '';
  const ids: string[] = [];
  for (const found of argumentsText.matchAll(/[^\s,]+/g)) {
    const id = found[0];
    if ((ruleIds as readonly string[]).includes(id)) {
      ids.push(id);
      continue;
    }
    const from = argumentsStart + (found.index ?? 0);
    // The fix only when the id is close enough to be a typo (or the rule's name without its
    // group, "gender"); the message names the closest anyway.
    const near = ruleIds.find((known) => known.endsWith(`/${id}`)) ?? closestWithin(id, ruleIds);
    report(
      `"${id}" is not a rule id, so this directive hides nothing for it. Did you mean "${near ?? closest(id, [...ruleIds])}"?`,
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
