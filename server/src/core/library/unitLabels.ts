/**
 * How units are named to a reader, in the document's language where the library has the words
 * (English and French; other languages fall back to English).
 */
import type { UnitKind, UnitReference } from './types';

const words: Readonly<Record<'en' | 'fr', Readonly<Record<UnitKind, string>>>> = {
  en: {
    paragraph: 'paragraph',
    part: 'part',
    pillar: 'pillar',
    objective: 'objective',
    section: 'section',
    chapter: 'chapter',
    annex: 'annex',
    footnote: 'footnote',
  },
  fr: {
    paragraph: 'paragraphe',
    part: 'partie',
    pillar: 'pilier',
    objective: 'objectif',
    section: 'section',
    chapter: 'chapitre',
    annex: 'annexe',
    footnote: 'note',
  },
};

/** The word for a kind of unit in a language: "paragraph", "paragraphe". */
export function unitWord(kind: UnitKind, language: string | undefined): string {
  return (language === 'fr' ? words.fr : words.en)[kind];
}

/** "paragraph 56", "annex I, paragraph 56", "annexe I, paragraphe 56", "objectif 3". */
export function unitLabel(reference: UnitReference, language: string | undefined): string {
  const own = `${unitWord(reference.kind, language)} ${reference.number}`;
  return reference.annex === undefined ? own : `${unitWord('annex', language)} ${reference.annex}, ${own}`;
}
