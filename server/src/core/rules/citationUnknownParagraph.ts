import type { Root } from 'mdast';
import { findCitations, mayCiteParagraphs, type ParagraphCitation } from '../library/citations';
import type { ReferenceLibrary } from '../library/library';
import { skippedSpans } from '../symbols';
import { citationWords, type ParagraphSpan } from './citationWords';
import type { SectionRule } from './rule';

/**
 * A cited paragraph that the cited document does not have: "paragraph 98 of A/AC.292/2024/1"
 * when the report has 88 paragraphs. Raised only when the library holds the document in full
 * (`held: full`): of a document held in part, a paragraph not found may simply not be held, and
 * the library never states as fact what it does not hold. Only citations that name their
 * document ("paragraph 46 of A/78/265", "A/75/816, para. 56") are checked, not paragraphs read
 * from the context. Example: "see paragraph 120 of the Secretariat's report (A/AC.292/2024/1)".
 * A French draft is told in French (citationWords.ts).
 */
export const citationUnknownParagraph: SectionRule = {
  meta: {
    id: 'citation/unknown-paragraph',
    defaultSeverity: 'warning',
    summary: 'A cited paragraph that the cited document, held in full by the reference library, does not have.',
  },
  scope: 'section',
  check(section, context, report) {
    if (!section.root || !mayCiteParagraphs(section.text)) return;
    const date = context.documentDate;
    const citations = findCitations(section.text, context.library, { draftYear: date ? Number(date.slice(0, 4)) : undefined });
    for (const citation of inProse(citations.paragraphs, section.text, section.root)) {
      const document = citation.document?.document;
      if (!document || document.held !== 'full' || citation.resolvedBy !== 'explicit') continue;
      for (const cited of citation.numbers) {
        const lookup = context.library.findUnit(document, { kind: 'paragraph', number: cited.number, annex: citation.annex });
        if (!('missing' in lookup)) continue;
        const name = document.symbol ?? document.title;
        report({
          message: citationWords(context.labelLanguage).noSuchParagraph(name, cited.number, citation.annex, paragraphSpan(document.units, citation.annex)),
          range: section.lines.rangeAt(cited.start, cited.end),
        });
      }
    }
  },
};

function inProse(citations: readonly ParagraphCitation[], text: string, root: Root): ParagraphCitation[] {
  const skipped = skippedSpans(text, root);
  return citations.filter((citation) => !skipped.some((span) => span.start < citation.end && citation.start < span.end));
}

/** The first and last paragraph numbers of the units the library holds ("from 1 to 88"), if any. */
function paragraphSpan(units: ReferenceLibrary['documents'][number]['units'], annex: string | undefined): ParagraphSpan {
  const numbers = units
    .filter((unit) => unit.kind === 'paragraph' && unit.annex === annex)
    .map((unit) => Number(unit.number))
    .filter((number) => Number.isFinite(number));
  if (numbers.length === 0) return undefined;
  return { first: Math.min(...numbers), last: Math.max(...numbers) };
}
