/**
 * How an agreed principle is shown, in a hover and in completion's documentation. The agreed text
 * is quoted as held: in English, the only version the library has. A French draft also gets the
 * catalogue's French summary, above the quote and labelled as an unofficial summary, so that it is
 * never taken for the official French text.
 */
import type { Principle } from '../../../../schemas/principles';
import { escapeMarkdown } from './citationHover';
import { words, type HoverLanguage } from './hoverWords';

/** The Markdown of a principle: its number, the French summary in a French draft, the agreed text and its source. */
export function principleMarkdown(principle: Principle, language: HoverLanguage): string {
  const say = words(language);
  const heading = `**${say.agreedText} (${principle.number}/10)**`;
  const quoted = `> ${principle.text}`;
  const source = `*${say.principleSource}*`;
  if (language !== 'fr') return [heading, quoted, source].join('\n\n');
  return [heading, `${say.principleSummary} ${escapeMarkdown(principle.summaryFr)}`, say.principleAgreedInEnglish, quoted, source].join('\n\n');
}
