import { normalizeTerm } from '../../../../schemas/vocabulary';
import { shiftRange, type Range } from '../text';
import { duplicateWords, type SharedIdentity } from './duplicateWords';
import type { DocumentRule } from './rule';

/**
 * The same programme described twice in one document: the same title, or the same acronym in
 * parentheses ("Western Balkans Cyber Capacity Centre (WB3C)" and "WB3C (Western Balkans…)" under
 * two headings). The finding is on the second entry and points at the first, since compilations
 * would otherwise count the programme twice. A French draft is told in French (duplicateWords.ts).
 */
export const duplicateProgramme: DocumentRule = {
  meta: {
    id: 'duplicate/programme',
    defaultSeverity: 'warning',
    summary: 'The same programme (same title or same acronym) is described twice in the document.',
  },
  scope: 'document',
  check(document, report) {
    const seen = new Map<string, FirstEntry>();
    for (const section of document.sections) {
      const programme = section.model.programme;
      if (!programme) continue;
      const identity = identityOf(programme);
      let earlier: FirstEntry | undefined;
      for (const key of identity.keys) earlier ??= seen.get(key);
      if (earlier) {
        const say = duplicateWords(document.context.labelLanguage);
        const shared: SharedIdentity =
          earlier.titleKey === identity.titleKey ? { kind: 'title' } : { kind: 'acronym', acronym: programme.acronym ?? '' };
        report({
          message: say.describedTwice(programme.title, shared),
          range: shiftRange(programme.titleRange, section.startLine),
          related: [{ range: shiftRange(earlier.range, earlier.startLine), message: say.firstEntry(earlier.title) }],
        });
        continue;
      }
      const first: FirstEntry = { title: programme.title, titleKey: identity.titleKey, range: programme.titleRange, startLine: section.startLine };
      for (const key of identity.keys) seen.set(key, first);
    }
  },
};

/** The first entry seen with a title or acronym, and where it is. */
interface FirstEntry {
  readonly title: string;
  readonly titleKey: string;
  readonly range: Range;
  readonly startLine: number;
}

/** What identifies a programme: its title without acronym, accents or case, and the keys it is looked up by. */
interface Identity {
  readonly titleKey: string;
  readonly keys: readonly string[];
}

const identities = new WeakMap<object, Identity>();

/** The title without its acronym, accents or case: "École … de Dakar (ENVR)" = "Ecole … de Dakar". */
function titleKey(title: string): string {
  return normalizeTerm(title.replace(/\s*\([^()]*\)\s*$/, ''));
}

/**
 * The identity of a programme (its title, its acronym), remembered per programme: cached sections
 * keep their programme objects across edits, so this runs once per changed programme.
 */
function identityOf(programme: { readonly title: string; readonly acronym?: string }): Identity {
  let identity = identities.get(programme);
  if (identity === undefined) {
    const key = titleKey(programme.title);
    const keys = [`title:${key}`];
    if (programme.acronym) keys.push(`acronym:${programme.acronym.toUpperCase()}`);
    identity = { titleKey: key, keys };
    identities.set(programme, identity);
  }
  return identity;
}
