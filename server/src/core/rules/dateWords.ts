/**
 * The words of `date/order` findings, in English and French: a French draft is told in French which
 * dates contradict each other or the status; a draft in any other language is told in English.
 * Titles, dates and statuses are quoted as written.
 */
import type { LabelLanguage } from '../../../../schemas/vocabulary';
import { fr } from '../frenchTypography';

const english = {
  endsBeforeStart: (title: string, end: string, start: string) => `"${title}" ends (${end}) before it starts (${start}).`,
  /** "ongoing" (`status`, as written) with an end before the document's date. */
  ongoingButEnded: (title: string, status: string, end: string, documentDate: string) =>
    `"${title}" is "${status}" but ended on ${end}, before the document's date (${documentDate}): is it completed?`,
  /** "completed" (`status`, as written) with a start or end (`what`) after the document's date. */
  completedButLater: (title: string, status: string, what: 'starts' | 'ends', date: string, documentDate: string) =>
    `"${title}" is "${status}" but ${what} on ${date}, after the document's date (${documentDate}).`,
  /** The related information, at the other date. */
  startDate: 'The start date',
  endDate: 'The end date',
};

const french: typeof english = {
  endsBeforeStart: (title, end, start) => fr`« ${title} » se termine (${end}) avant de commencer (${start}).`,
  ongoingButEnded: (title, status, end, documentDate) =>
    fr`« ${title} » est « ${status} », mais a pris fin (${end}) avant la date du document (${documentDate}) : le programme est-il terminé ?`,
  completedButLater: (title, status, what, date, documentDate) =>
    fr`« ${title} » est « ${status} », mais ${what === 'ends' ? 'se termine' : 'commence'} (${date}) après la date du document (${documentDate}).`,
  startDate: 'La date de début',
  endDate: 'La date de fin',
};

/** The finding's words in a draft's language (French for a French draft, English otherwise). */
export function dateWords(language: LabelLanguage): typeof english {
  return language === 'fr' ? french : english;
}
