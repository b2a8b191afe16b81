import { normalizeTerm } from '../../../../schemas/vocabulary';
import { shiftRange, type Range } from '../text';
import type { DocumentRule } from './rule';

/**
 * The same programme described twice in one document: the same title, or the same acronym in
 * parentheses ("Western Balkans Cyber Capacity Centre (WB3C)" and "WB3C (Western Balkans…)" under
 * two headings). The finding is on the second entry and points at the first, since compilations
 * would otherwise count the programme twice.
 */
export const duplicateProgramme: DocumentRule = {
  meta: {
    id: 'duplicate/programme',
    defaultSeverity: 'warning',
    summary: 'The same programme (same title or same acronym) is described twice in the document.',
  },
  scope: 'document',
  check(document, report) {
    const seen = new Map<string, { title: string; range: Range; startLine: number }>();
    for (const section of document.sections) {
      const programme = section.model.programme;
      if (!programme) continue;
      const keys = identityKeys(programme);
      const earlier = keys.map((key) => seen.get(key)).find((entry) => entry !== undefined);
      if (earlier) {
        const same = titleKey(earlier.title) === titleKey(programme.title) ? 'the same title' : `the same acronym (${programme.acronym})`;
        report({
          message: `"${programme.title}" is described twice: an earlier entry has ${same}. Merge the two entries.`,
          range: shiftRange(programme.titleRange, section.startLine),
          related: [{ range: shiftRange(earlier.range, earlier.startLine), message: `First entry: "${earlier.title}"` }],
        });
        continue;
      }
      for (const key of keys) seen.set(key, { title: programme.title, range: programme.titleRange, startLine: section.startLine });
    }
  },
};

const identities = new WeakMap<object, readonly string[]>();

/** The title without its acronym, accents or case: "École … de Dakar (ENVR)" = "Ecole … de Dakar". */
function titleKey(title: string): string {
  return normalizeTerm(title.replace(/\s*\([^()]*\)\s*$/, ''));
}

/**
 * The keys that identify a programme (its title, its acronym), remembered per programme: cached
 * sections keep their programme objects across edits, so this runs once per changed programme.
 */
function identityKeys(programme: { readonly title: string; readonly acronym?: string }): readonly string[] {
  let keys = identities.get(programme);
  if (keys === undefined) {
    keys = [`title:${titleKey(programme.title)}`];
    if (programme.acronym) keys = [...keys, `acronym:${programme.acronym.toUpperCase()}`];
    identities.set(programme, keys);
  }
  return keys;
}
