/**
 * The submission as HTML: the preview's body ('fragment') and the standalone export ('standalone').
 * Everything from the draft goes through `escapeHtml`; the only markup is written here, with no
 * inline script, style or event handler, so a strict Content-Security-Policy holds.
 *
 * Classes, for the preview's stylesheet: `un-document`, `un-title`, `un-title-block`, `un-heading`,
 * `un-paragraph` (with `un-number`), `un-list`, `un-quote`, `un-code`, `un-programme` (a `table`),
 * `un-checklist` (items `un-status-<status>`, with `un-status-nothing-contrary` for "no condition found"), `un-findings`, `un-citation`, `un-footnotes`. Every
 * block, programme heading and checklist item has `data-line` (0-based line of the draft).
 */
import type { Analysis } from '../analyzer';
import { countedEnglish, countedFrench } from '../countsAndLists';
import type { ReferenceLibrary } from '../library/library';
import { renderModel, shownStatus, shownStatusWords, type Block, type FindingCounts, type Inline, type ProgrammeTable, type RenderedSubmission } from './renderModel';

export interface HtmlOptions {
  readonly mode: 'fragment' | 'standalone';
  /** Number the body's paragraphs 1, 2, 3… as UN documents do. */
  readonly numberParagraphs?: boolean;
}

const escapes: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for an HTML element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

function inlinesHtml(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.kind) {
        case 'text':
          return escapeHtml(inline.text);
        case 'strong':
          return `<strong>${inlinesHtml(inline.children)}</strong>`;
        case 'emphasis':
          return `<em>${inlinesHtml(inline.children)}</em>`;
        case 'delete':
          return `<del>${inlinesHtml(inline.children)}</del>`;
        case 'code':
          return `<code>${escapeHtml(inline.text)}</code>`;
        case 'break':
          return '<br>';
        case 'link':
          return inline.href ? `<a href="${escapeHtml(inline.href)}" rel="noopener noreferrer">${inlinesHtml(inline.children)}</a>` : inlinesHtml(inline.children);
        case 'citation':
          return `<span class="un-citation">${escapeHtml(inline.text)}</span><sup class="un-footnote-ref"><a href="#fn-${inline.footnote}">${inline.footnote}</a></sup>`;
      }
    })
    .join('');
}

/** A programme's counts of findings: each noun in the singular and the plural ("1 warning", « 1 avertissement »). */
const severityWords = {
  en: { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['note', 'notes'], none: 'No findings' },
  fr: { error: ['erreur', 'erreurs'], warning: ['avertissement', 'avertissements'], info: ['remarque', 'remarques'], none: 'Aucune remarque' },
} as const;

function findingsHtml(counts: FindingCounts, language: 'en' | 'fr', line?: number): string {
  const words = severityWords[language];
  const parts = (['error', 'warning', 'info'] as const)
    .filter((severity) => counts[severity] > 0)
    .map((severity) => {
      const [one, many] = words[severity];
      return (language === 'fr' ? countedFrench : countedEnglish)(counts[severity], one, many);
    });
  const attribute = line === undefined ? '' : ` data-line="${line}"`;
  return `<p class="un-findings"${attribute}>${escapeHtml(parts.length > 0 ? parts.join(', ') : words.none)}</p>`;
}

/** Why an item with no evidence to point at reads "likely addressed" (README, "The second reading"). */
const likelyAddressedNote = {
  en: 'No wording the checker knows was found, but a second reading of the entry\'s words judges that it addresses this principle.',
  fr: 'Aucune formulation connue du vérificateur n\'a été trouvée, mais une seconde lecture des mots de l\'entrée juge qu\'elle traite ce principe.',
};

/**
 * A programme's table; in the preview ('fragment') also its checklist and findings, which are the
 * drafter's working notes: the standalone file is the document handed over, without them.
 */
function programmeHtml(programme: ProgrammeTable, line: number, language: 'en' | 'fr', withReview: boolean): string {
  const rows = programme.rows.map((row) => `<tr><th scope="row">${escapeHtml(row.label)}</th><td>${escapeHtml(row.value)}</td></tr>`).join('');
  const caption = language === 'fr' ? 'Principes de renforcement des capacités' : 'Capacity-building principles';
  const checklist = withReview && programme.checklist
    ? `<ul class="un-checklist" aria-label="${escapeHtml(caption)}">${programme.checklist.items
        .map((item) => {
          const evidence = item.evidence[0] ?? item.claim ?? item.contrary[0];
          const itemLine = evidence ? evidence.range.start.line : line;
          const explained = item.status === 'likely-addressed' ? ` title="${escapeHtml(likelyAddressedNote[language])}"` : '';
          return `<li class="un-status-${shownStatus(item)}" data-line="${itemLine}"${explained}><span class="un-status">${escapeHtml(shownStatusWords(item, language))}</span> ${item.principleNumber}. ${escapeHtml(item.label)}</li>`;
        })
        .join('')}</ul>`
    : '';
  const findings = withReview ? findingsHtml(programme.findings, language, line) : '';
  return `<div class="un-programme-block" data-line="${line}"><table class="un-programme">${rows}</table>${checklist}${findings}</div>`;
}

function blocksHtml(blocks: readonly Block[], numbered: boolean, language: 'en' | 'fr', withReview: boolean): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'heading': {
          const depth = Math.min(6, block.depth + 1);
          return `<h${depth} class="un-heading" data-line="${block.line}">${inlinesHtml(block.inlines)}</h${depth}>`;
        }
        case 'paragraph': {
          const number = numbered && block.number !== undefined ? `<span class="un-number">${block.number}.</span> ` : '';
          return `<p class="un-paragraph" data-line="${block.line}">${number}${inlinesHtml(block.inlines)}</p>`;
        }
        case 'list': {
          const tag = block.ordered ? 'ol' : 'ul';
          return `<${tag} class="un-list" data-line="${block.line}">${block.items.map((item) => `<li>${blocksHtml(item, false, language, withReview)}</li>`).join('')}</${tag}>`;
        }
        case 'quote':
          return `<blockquote class="un-quote" data-line="${block.line}">${blocksHtml(block.blocks, false, language, withReview)}</blockquote>`;
        case 'code':
          return `<pre class="un-code" data-line="${block.line}"><code>${escapeHtml(block.text)}</code></pre>`;
        case 'rule':
          return `<hr data-line="${block.line}">`;
        case 'programme':
          return programmeHtml(block.programme, block.line, language, withReview);
      }
    })
    .join('\n');
}

function bodyHtml(document: RenderedSubmission, options: HtmlOptions): string {
  const language = document.language;
  const titleBlock = document.titleBlock.map((entry) => `<div><dt>${escapeHtml(entry.label)}</dt><dd>${escapeHtml(entry.value)}</dd></div>`).join('');
  const footnotes =
    document.footnotes.length > 0
      ? `<ol class="un-footnotes">${document.footnotes.map((note) => `<li id="fn-${note.number}">${escapeHtml(note.text)}</li>`).join('')}</ol>`
      : '';
  return [
    `<article class="un-document" lang="${escapeHtml(language)}">`,
    `<header><h1 class="un-title" data-line="0">${escapeHtml(document.title)}</h1><dl class="un-title-block">${titleBlock}</dl></header>`,
    blocksHtml(document.blocks, options.numberParagraphs === true, language, options.mode === 'fragment'),
    footnotes,
    '</article>',
  ].join('\n');
}

/** A printable, self-contained stylesheet for the standalone export: A4, a UN-like serif page. */
const standaloneStyle = `
@page { size: A4; margin: 2.5cm 2cm; }
body { font-family: "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.4; max-width: 17cm; margin: 2em auto; color: #111; }
.un-title { font-size: 16pt; text-align: center; }
.un-title-block { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; }
.un-title-block div { display: contents; }
.un-title-block dt { font-weight: bold; }
.un-title-block dd { margin: 0; }
.un-number { display: inline-block; min-width: 2.5em; }
.un-programme { border-collapse: collapse; width: 100%; margin: 0.5em 0; }
.un-programme th, .un-programme td { border: 1px solid #777; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
.un-programme th { width: 25%; background: #eee; }
.un-footnotes { font-size: 10pt; border-top: 1px solid #777; padding-top: 0.5em; }
`;

/** The HTML of a submission; see the module's comment for the two modes. */
export function renderSubmissionHtml(analysis: Analysis, library: ReferenceLibrary, options: HtmlOptions): string {
  const document = renderModel(analysis, library);
  const body = bodyHtml(document, options);
  if (options.mode === 'fragment') return body;
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(document.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    // No script may run, nothing may load: the file is a document, nothing more.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${standaloneStyle}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

