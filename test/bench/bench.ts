/**
 * `npm run bench`: the performance figures of DESIGN.md ("Performance"), measured in one run and
 * printed as one table of medians, beside the targets.
 *
 * For generated submissions of 10 KB, 100 KB, 1 MB and 10 MB it measures:
 * - cold full validation: a new `SubmissionAnalyzer` analyzing the whole text;
 * - per-keystroke re-validation: one character inserted in a prose line in the middle of the
 *   document and then deleted again, alternately, through the server's document layer (the change
 *   applied to the document, then the new version analyzed), with "\n" and with CRLF line ends;
 * - remark-parse alone on the same text (what the peers pay on every keystroke);
 * - markdownlint (sync API, default configuration) re-linting the same text;
 * - for 10 MB, the heap the document and its analysis retain, as a multiple of its size;
 * - hover, completion and quick fixes on the 1 MB document (test/bench/interactive.ts).
 *
 * Run it with `--expose-gc` (the npm script does) so that runs start from a collected heap and
 * the memory figure is meaningful. Timings are medians; the per-edit worst case is reported too.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lint as markdownlint } from 'markdownlint/sync';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SubmissionAnalyzer } from '../../server/src/core/analyzer';
import { unchangedByEdit } from '../../server/src/core/editedSections';
import { allRules } from '../../server/src/core/rules';
import { DocumentAnalyses } from '../../server/src/features/documentAnalyses';
import { editTrackingDocuments } from '../../server/src/features/editTracking';
import { findPackageRoot } from '../../server/src/features/ruleDocumentation';
import { LibraryStore } from '../../server/src/library/libraryStore';
import { measureInteractive } from './interactive';

let store: LibraryStore | undefined;
/** The library the server reads (server/library): citations are checked against it, as in use. */
const library = () => (store ??= new LibraryStore(findPackageRoot())).library;
const newAnalyzer = () => new SubmissionAnalyzer(allRules, undefined, library);

// ---------------------------------------------------------------------------------------------
// Input: realistic submissions of a given size.

/** A small deterministic random generator (mulberry32), so every run measures the same text. */
function randomGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const countries = [
  'Albania', 'Bosnia and Herzegovina', 'Montenegro', 'North Macedonia', 'Serbia', 'Senegal', 'Benin',
  "Côte d'Ivoire", 'Ghana', 'Kenya', 'Morocco', 'Tunisia', 'Viet Nam', 'Indonesia', 'Philippines',
  'Fiji', 'Papua New Guinea', 'Dominican Republic', 'Costa Rica', 'Colombia', 'Mauritania', 'Niger',
];
const leads = ['France', 'France, Slovenia', 'Expertise France', 'France, Germany', 'France, Estonia, Finland'];
const englishThemes = [
  'technical training', 'cybercrime', 'cyber diplomacy', 'international law', 'critical infrastructure protection',
  'policy and national strategies', 'norms and confidence-building measures', 'gender', 'youth and awareness',
];
const frenchThemes = [
  'formation technique', 'cybercriminalité', 'cyberdiplomatie', 'droit international',
  'protection des infrastructures critiques', 'normes et mesures de confiance', 'sensibilisation',
];
const programmeNames: readonly (readonly [string, string])[] = [
  ['Western Balkans Cyber Capacity Centre', 'WBCC'],
  ['Enhancing Security Cooperation In and With Asia', 'ESIWA'],
  ['Cyber Resilience for Development', 'CRD'],
  ['Regional Cybersecurity Training Initiative', 'RCTI'],
  ['Digital Diplomacy Fellowship', 'DDF'],
];
const frenchProgrammeNames: readonly (readonly [string, string])[] = [
  ['École nationale à vocation régionale en cybersécurité', 'ENVR'],
  ['Programme de renforcement des capacités contre la cybercriminalité', 'PRCC'],
  ['Initiative francophone de formation des CERT', 'IFFC'],
];

const englishSentences = [
  'In line with paragraph 46 of the annex of A/78/265, the programme responds to requests made by the beneficiary States at the fifth session of the Open-ended Working Group.',
  'It follows the capacity-building principles agreed in 2021 (A/75/816, annex I, para. 56) and the framework endorsed by resolution 76/19.',
  'The curriculum was co-designed with the national CERT and the ministry in charge of digital affairs of each partner, which own the programme and will carry it on once external funding ends.',
  'Sessions cover incident handling, the sharing of threat information and the implementation of the norms of responsible State behaviour recalled in A/76/135.',
  'Particular attention is paid to gender balance: 42 per cent of the participants in 2023 were women, and a mentoring scheme supports women analysts.',
  'Results are measured against indicators agreed with the partners, including the number of incidents handled and the adoption of a national cybersecurity strategy.',
  'Human rights safeguards are part of every module on cybercrime investigations, in keeping with paragraph 56 of A/75/816.',
  'The programme also prepares the transition to the Global Mechanism envisaged in A/79/214 and reports to the Secretariat as requested in A/C.1/78/L.60/Rev.1.',
];
const frenchSentences = [
  "Conformément au paragraphe 46 de l'annexe du document A/78/265, ce programme répond à une demande exprimée par les États bénéficiaires.",
  "Il s'appuie sur les principes de renforcement des capacités adoptés en 2021 (A/75/816, annexe I, par. 56) et sur la résolution 76/19.",
  'Les formations, conçues avec les autorités nationales qui en assurent la maîtrise, portent sur la lutte contre la cybercriminalité et la protection des infrastructures critiques.',
  'Une attention particulière est portée à la participation des femmes, qui représentaient 38 % des stagiaires en 2023.',
  "Les résultats sont mesurés au moyen d'indicateurs définis avec les partenaires et publiés chaque année, conformément au document A/76/135.",
];

/**
 * A mapping-exercise submission of about `targetBytes` bytes: front matter, then programme entries
 * (`### Name (ACRONYM)`, a `- **Label:** value` field list, prose paragraphs citing UN symbols),
 * one in four in French, grouped under `##` regional headings. Like real drafts, a few entries have
 * mistakes (a missing field, an unknown status) so the rules have something to report.
 */
export function generateSubmission(targetBytes: number, seed = 46): string {
  const random = randomGenerator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const some = <T>(items: readonly T[], count: number): T[] => {
    const chosen = new Set<T>();
    while (chosen.size < Math.min(count, items.length)) chosen.add(pick(items));
    return [...chosen];
  };
  const parts: string[] = [
    [
      '---',
      'kind: mapping-exercise',
      'submitter: France',
      'submitter-type: state',
      'date: 2023-11-16',
      'language: en',
      'responds-to: A/78/265, annex, para. 46',
      '---',
      '',
      '# France contribution to the OEWG capacity-building mapping exercise',
      '',
      'This contribution responds to the invitation in paragraph 46 of the annex of A/78/265 to map capacity-building programmes. It follows the structure of the mapping report (A/AC.292/2024/1).',
      '',
      '',
    ].join('\n'),
  ];
  let size = parts[0]?.length ?? 0;
  const regions = ['Africa', 'Asia-Pacific', 'Eastern Europe', 'Latin America and the Caribbean', 'Global'];
  for (let index = 0; size < targetBytes; index++) {
    const entry: string[] = [];
    if (index % 40 === 0) entry.push(`## Programmes: ${regions[(index / 40) % regions.length]}`, '');
    const french = index % 4 === 3;
    const [name, acronym] = pick(french ? frenchProgrammeNames : programmeNames);
    const startYear = 2018 + Math.floor(random() * 6);
    const completed = random() < 0.3;
    const fields: string[] = french
      ? [
          `- **Niveau :** ${pick(['régional', 'bilatéral', 'mondial'])}`,
          `- **Chef de file :** ${pick(leads)}`,
          `- **Partenaires :** ${some(countries, 2).join(', ')}`,
          `- **Bénéficiaires :** ${some(countries, 4).join(', ')}`,
          `- **Thèmes :** ${some(frenchThemes, 3).join(' ; ')}`,
          `- **Début :** ${startYear}-0${1 + Math.floor(random() * 9)}`,
          completed ? `- **Fin :** ${startYear + 1}-12` : `- **Fin :** ${2025 + Math.floor(random() * 3)}`,
          `- **Statut :** ${completed ? 'terminé' : 'en cours'}`,
          '- **Financement :** ministère de l’Europe et des Affaires étrangères',
          '- **Principes :** fondé sur la demande ; appropriation nationale ; sensible au genre',
        ]
      : [
          `- **Level:** ${pick(['regional', 'bilateral', 'global', 'interregional'])}`,
          `- **Lead:** ${pick(leads)}`,
          `- **Partners:** ${some(countries, 2).join(', ')}`,
          `- **Beneficiaries:** ${some(countries, 4).join(', ')}`,
          `- **Themes:** ${some(englishThemes, 3).join('; ')}`,
          `- **Start:** ${startYear}-0${1 + Math.floor(random() * 9)}`,
          completed ? `- **End:** ${startYear + 1}-12` : `- **End:** ${2025 + Math.floor(random() * 3)}`,
          `- **Status:** ${completed ? 'completed' : 'ongoing'}`,
          '- **Funding:** Ministry for Europe and Foreign Affairs (EUR 1.2 million)',
          '- **Principles:** demand-driven; national ownership; gender-sensitive',
        ];
    // Real drafts: now and then a required field is left out or a status is misspelled.
    if (index % 10 === 7) fields.splice(3, 1);
    if (index % 17 === 5) fields[7] = french ? '- **Statut :** fini' : '- **Status:** finished';
    entry.push(`### ${name} ${index + 1} (${acronym}${index + 1})`, '', ...fields, '');
    const sentences = french ? frenchSentences : englishSentences;
    const paragraphs = 2 + Math.floor(random() * 3);
    for (let paragraph = 0; paragraph < paragraphs; paragraph++) {
      entry.push(some(sentences, 2 + Math.floor(random() * 3)).join(' '), '');
    }
    const text = entry.join('\n') + '\n';
    parts.push(text);
    size += text.length;
  }
  return parts.join('');
}

/** The offset of the middle of a prose line after `from` (by default, near the middle of the text: an edit in a paragraph). */
function proseEditOffset(text: string, from = Math.floor(text.length / 2)): number {
  let lineStart = text.indexOf('\n', from) + 1;
  while (lineStart > 0 && lineStart < text.length) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (line.length > 80 && /^[A-Z]/.test(line)) return lineStart + Math.floor(line.length / 2);
    lineStart = lineEnd + 1;
  }
  throw new Error('no prose line found in the second half of the generated text');
}

// ---------------------------------------------------------------------------------------------
// Measuring.

const collectGarbage: () => void = typeof global.gc === 'function' ? global.gc : () => undefined;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/**
 * Times `run` up to `maxRuns` times, stopping early once `budgetMs` is spent (at least once).
 * The heap is collected before the series, not before each run: a forced full collection also
 * discards V8's compiled regular expressions and inline caches, which would make every run of a
 * small document several times slower than it is in an editor.
 */
function timeRuns(run: () => unknown, maxRuns: number, budgetMs: number, untimedFirstRun = true): number[] {
  collectGarbage();
  if (untimedFirstRun) run();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < maxRuns && (times.length === 0 || performance.now() - started < budgetMs)) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times;
}

/**
 * One character inserted into, then deleted from, a prose line mid-document, through the server's
 * own document layer: the change applied to the document (and, for a CRLF draft, its "\n" twin),
 * told what it left unchanged, then the analysis of the new version; the JSON-RPC round trip aside.
 * `lineEnding` "\r\n" is the same text saved as VS Code saves it on Windows.
 */
function timeEdits(text: string, lineEnding: '\n' | '\r\n', count: number, budgetMs: number): number[] {
  const offset = proseEditOffset(text);
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const character = offset - (before.lastIndexOf('\n') + 1);
  const uri = 'file:///bench.md';
  const analyses = new DocumentAnalyses(() => undefined, library);
  const documents = editTrackingDocuments((edited, unchanged) => analyses.noteEdit(edited, unchanged));
  const document = documents.create(uri, 'markdown', 1, lineEnding === '\n' ? text : text.replace(/\n/g, lineEnding));
  collectGarbage();
  analyses.get(document);
  const times: number[] = [];
  const started = performance.now();
  while (times.length < count && (times.length < 10 || performance.now() - started < budgetMs)) {
    const inserting = times.length % 2 === 0;
    const range = { start: { line, character }, end: { line, character: inserting ? character : character + 1 } };
    const start = performance.now();
    documents.update(document, [{ range, text: inserting ? 'x' : '' }], times.length + 2);
    analyses.get(document);
    times.push(performance.now() - start);
  }
  return times;
}

const parser = unified().use(remarkParse);
const parseWithRemark = (text: string) => parser.parse(text);
const lintWithMarkdownlint = (text: string) => markdownlint({ strings: { submission: text } });

interface SizeResult {
  readonly label: string;
  readonly bytes: number;
  readonly cold: number;
  readonly remark: number;
  readonly markdownlint: number;
  readonly perEdit: number;
  readonly perEditMax: number;
  readonly edits: number;
  /** Per-edit in the same text saved with CRLF, through the server's document layer. */
  readonly perEditCrlf: number;
  readonly heapMultiple?: number;
  /** The same, after edits in `spreadEdits` places (each in a different section). */
  readonly heapMultipleAfterEdits?: number;
  readonly runs: string;
}

/** How many runs each measurement gets, and how long it may take, by document size. */
const plans = [
  { label: '10 KB', bytes: 10_000, runs: 30, budgetMs: 1_500 },
  { label: '100 KB', bytes: 100_000, runs: 15, budgetMs: 3_000 },
  { label: '1 MB', bytes: 1_000_000, runs: 5, budgetMs: 8_000 },
  // markdownlint runs once at 10 MB: with micromark 4.0.3 it takes over a minute.
  { label: '10 MB', bytes: 10_000_000, runs: 2, budgetMs: 15_000 },
];

/** How many places of the 10 MB document are edited before memory is measured again. */
const spreadEdits = 20;

/** Holds what the memory figure measures until it is measured. */
const retained: unknown[] = [];

function measureSize(plan: (typeof plans)[number]): SizeResult {
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const text = generateSubmission(plan.bytes);
  const bytes = Buffer.byteLength(text);
  const huge = plan.bytes >= 10_000_000;
  const cold: number[] = [];
  let heapMultiple: number | undefined;
  let heapMultipleAfterEdits: number | undefined;
  if (huge && typeof global.gc === 'function') {
    // What an open document costs: its text, its parsed sections, its findings, the cache. The
    // analysis is a cold validation too, and is timed as one.
    progress(`${plan.label}: memory`);
    const analyzer = newAnalyzer();
    const start = performance.now();
    retained.push(analyzer, analyzer.analyze(text));
    cold.push(performance.now() - start);
    collectGarbage();
    heapMultiple = (process.memoryUsage().heapUsed - heapBefore) / bytes;
    // A session edits the draft in many places: what stays cached must not keep the versions it was cut from.
    progress(`${plan.label}: memory after edits in ${spreadEdits} places`);
    let current = text;
    for (let index = spreadEdits - 1; index >= 0; index--) {
      const offset = proseEditOffset(current, Math.floor((current.length * index) / spreadEdits));
      const unchanged = unchangedByEdit(offset, offset, current.length);
      current = current.slice(0, offset) + 'x' + current.slice(offset);
      analyzer.analyze(current, unchanged);
    }
    retained.push(current);
    collectGarbage();
    heapMultipleAfterEdits = (process.memoryUsage().heapUsed - heapBefore) / bytes;
    retained.length = 0;
  }
  progress(`${plan.label}: cold validation`);
  // A 10 MB run takes seconds: no untimed run first (the warm-up has optimized the code paths).
  cold.push(...timeRuns(() => newAnalyzer().analyze(text), plan.runs - cold.length, plan.budgetMs, !huge));
  progress(`${plan.label}: remark-parse`);
  const remark = timeRuns(() => parseWithRemark(text), plan.runs, plan.budgetMs, !huge);
  progress(`${plan.label}: markdownlint`);
  const lint = timeRuns(() => lintWithMarkdownlint(text), huge ? 1 : plan.runs, plan.budgetMs, !huge);
  progress(`${plan.label}: per-edit re-validation`);
  const edits = timeEdits(text, '\n', 50, plan.budgetMs);
  progress(`${plan.label}: per-edit re-validation, CRLF`);
  const crlfEdits = timeEdits(text, '\r\n', 50, plan.budgetMs);
  return {
    label: plan.label,
    bytes,
    cold: median(cold),
    remark: median(remark),
    markdownlint: median(lint),
    perEdit: median(edits),
    perEditMax: Math.max(...edits),
    edits: edits.length,
    perEditCrlf: median(crlfEdits),
    heapMultiple,
    heapMultipleAfterEdits,
    runs: `${cold.length}/${remark.length}/${lint.length}`,
  };
}

/**
 * Runs every measured path until V8 has optimized it: small documents are measured in
 * milliseconds, where an unoptimized first few hundred runs would dominate the median.
 */
function warmUp(): void {
  progress('warming up');
  const small = generateSubmission(10_000, 7);
  const medium = generateSubmission(100_000, 7);
  const untilSpent = (budgetMs: number, run: () => unknown) => {
    const started = performance.now();
    while (performance.now() - started < budgetMs) run();
  };
  untilSpent(1_500, () => newAnalyzer().analyze(small));
  untilSpent(1_000, () => parseWithRemark(small));
  untilSpent(1_000, () => lintWithMarkdownlint(small));
  for (let run = 0; run < 2; run++) {
    newAnalyzer().analyze(medium);
    parseWithRemark(medium);
    lintWithMarkdownlint(medium);
  }
  timeEdits(small, '\n', 200, 1_000);
  timeEdits(medium, '\n', 100, 1_000);
}

// ---------------------------------------------------------------------------------------------
// Reporting.

function progress(message: string): void {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${message}…`);
}

function milliseconds(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value < 10) return `${value.toFixed(2)} ms`;
  if (value < 1000) return `${value.toFixed(1)} ms`;
  return `${(value / 1000).toFixed(2)} s`;
}

function times(value: number | undefined, digits = 2): string {
  return value === undefined || !Number.isFinite(value) ? 'n/a' : `${value.toFixed(digits)}×`;
}

/** "✓" or "✗" beside a figure that has a target; nothing for a figure not measured or not covered. */
function verdict(value: number, meetsTarget: ((value: number) => boolean) | undefined): string {
  if (!meetsTarget || !Number.isFinite(value)) return '';
  return meetsTarget(value) ? ' ✓' : ' ✗';
}

/** The version of a package as installed for `dependent` (nested under it, as overrides install it) or at the top. */
function installedVersion(name: string, dependent?: string): string {
  const candidates = [
    ...(dependent ? [path.join('node_modules', dependent, 'node_modules', name)] : []),
    path.join('node_modules', name),
  ];
  for (const candidate of candidates) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(process.cwd(), candidate, 'package.json'), 'utf8')) as { version?: string };
      if (manifest.version) return manifest.version;
    } catch {
      // not installed there
    }
  }
  return '?';
}

/** A per-edit time with its verdict against DESIGN.md (< 5 ms at 100 KB, < 10 ms at 1 MB; no target elsewhere). */
function perEditCell(label: string, time: number): string {
  const limit = label === '100 KB' ? 5 : label === '1 MB' ? 10 : undefined;
  return milliseconds(time) + verdict(time, limit === undefined ? undefined : (measured) => measured < limit);
}

function printTable(results: readonly SizeResult[]): void {
  const bySize = (label: string) => results.find((result) => result.label === label);
  const rows: { metric: string; cells: string[]; target: string }[] = [
    { metric: 'document size (bytes)', cells: results.map((r) => r.bytes.toLocaleString('en')), target: '' },
    { metric: 'cold full validation', cells: results.map((r) => milliseconds(r.cold)), target: '' },
    { metric: 'remark-parse alone', cells: results.map((r) => milliseconds(r.remark)), target: '' },
    {
      metric: 'cold / remark',
      cells: results.map((r) => times(r.cold / r.remark) + verdict(r.cold / r.remark, (ratio) => ratio <= 1.3)),
      target: '≤ 1.3×',
    },
    {
      metric: 'per-edit re-validation',
      cells: results.map((r) => perEditCell(r.label, r.perEdit)),
      target: '< 5 ms at 100 KB, < 10 ms at 1 MB',
    },
    {
      metric: '… the same draft saved with CRLF',
      cells: results.map((r) => perEditCell(r.label, r.perEditCrlf)),
      target: 'the same',
    },
    { metric: 'per-edit worst case', cells: results.map((r) => `${milliseconds(r.perEditMax)} (of ${r.edits})`), target: 'bounded' },
    { metric: 'markdownlint re-lint', cells: results.map((r) => milliseconds(r.markdownlint)), target: '' },
    {
      metric: 'markdownlint / per-edit',
      cells: results.map((r) => times(r.markdownlint / r.perEdit, 0) + verdict(r.markdownlint / r.perEdit, (ratio) => ratio >= 50)),
      target: '≥ 50×',
    },
    {
      metric: 'heap retained / size',
      cells: results.map((r) => (r.heapMultiple === undefined ? '' : times(r.heapMultiple, 1) + verdict(r.heapMultiple, (multiple) => multiple < 10))),
      target: '< 10× at 10 MB',
    },
    {
      metric: `… after ${spreadEdits} edits`,
      cells: results.map((r) => (r.heapMultipleAfterEdits === undefined ? '' : times(r.heapMultipleAfterEdits, 1) + verdict(r.heapMultipleAfterEdits, (multiple) => multiple < 10))),
      target: 'the same, edited in different places',
    },
    { metric: 'runs (cold/remark/lint)', cells: results.map((r) => r.runs), target: '' },
  ];
  const header = ['median', ...results.map((r) => r.label), 'target (DESIGN.md)'];
  const table = [header, ...rows.map((row) => [row.metric, ...row.cells, row.target])];
  const widths = header.map((_, column) => Math.max(...table.map((row) => [...(row[column] ?? '')].length)));
  const line = (row: readonly string[]) =>
    row.map((cell, column) => (column === 0 || column === row.length - 1 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '─'.repeat(width)).join('  '));
  for (const row of table.slice(1)) console.log(line(row));
  if (!bySize('10 MB')?.heapMultiple) console.log('(heap figure needs node --expose-gc)');
}

function main(): void {
  const started = performance.now();
  console.log(
    `OEWG Submission Drafter benchmark: Node ${process.versions.node}, ${os.cpus()[0]?.model ?? 'unknown CPU'} ×${os.cpus().length}, ` +
      `remark-parse ${installedVersion('remark-parse')}, micromark ${installedVersion('micromark', 'mdast-util-from-markdown')}, markdownlint ${installedVersion('markdownlint')}`,
  );
  warmUp();
  const results = plans.map(measureSize);
  progress('');
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  console.log('');
  printTable(results);
  progress('1 MB: hover, completion and quick fixes');
  const interactive = measureInteractive(generateSubmission(1_000_000), library(), 40);
  progress('');
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  const under5 = (value: number) => value < 5;
  const hover = median(interactive.hover);
  const completion = median(interactive.completion);
  console.log(
    `\nOn the 1 MB document (target < 5 ms median): hover ${milliseconds(hover)}${verdict(hover, under5)} (worst ${milliseconds(Math.max(...interactive.hover))} of ${interactive.hover.length}), ` +
      `completion ${milliseconds(completion)}${verdict(completion, under5)} (worst ${milliseconds(Math.max(...interactive.completion))} of ${interactive.completion.length}).`,
  );
  const fixes = median(interactive.quickFixes);
  console.log(
    `Quick fixes at a programme title, every finding there, first request (no target): ${milliseconds(fixes)} (worst ${milliseconds(Math.max(...interactive.quickFixes))} of ${interactive.quickFixes.length}).`,
  );
  console.log(`\nPer-edit: one character inserted into, then deleted from, a prose line mid-document, through the server's document layer (the change applied to the document, then the analysis).`);
  console.log(`Total time: ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

// The benchmark runs when executed (dist/bench.js), not when a script imports its generator.
if (require.main === module) main();
