/**
 * Skeletons of new submissions. Their text is the snippets file's (snippets/markdown.json), the
 * single source: "New mapping-exercise submission" inserts exactly what typing the snippet's
 * prefix inserts, placeholders and choices included.
 */
import snippets from '../../snippets/markdown.json';

export type SkeletonPrefix = 'oewg-mapping-exercise' | 'oewg-statement';

/** The snippet body (TextMate snippet syntax) of the snippet with this prefix. */
export function skeletonSnippet(prefix: SkeletonPrefix): string {
  const snippet = Object.values(snippets).find((candidate) => candidate.prefix === prefix);
  if (!snippet) throw new Error(`snippets/markdown.json has no "${prefix}" snippet`);
  return snippet.body.join('\n');
}
