import { z } from 'zod';
import type { LabelLanguage } from './vocabulary';

/**
 * Programme dates may be as precise as the drafter knows them: a year, a month or a day.
 * The front matter's `date` is always a full day (it is the document's own date).
 */
const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A date written as YYYY, YYYY-MM or YYYY-MM-DD, with the span of days it can stand for. */
export interface PartialDate {
  readonly written: string;
  readonly precision: 'year' | 'month' | 'day';
  /** First day the date can mean, as YYYY-MM-DD (comparable as a string). */
  readonly earliest: string;
  /** Last day the date can mean, as YYYY-MM-DD. */
  readonly latest: string;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** Reads a YYYY / YYYY-MM / YYYY-MM-DD date, or returns undefined when it is not a real date. */
export function parsePartialDate(written: string): PartialDate | undefined {
  const match = partialDatePattern.exec(written.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) {
    return { written, precision: 'year', earliest: `${year}-01-01`, latest: `${year}-12-31` };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  const lastDay = daysInMonth(year, month);
  if (match[3] === undefined) {
    return {
      written,
      precision: 'month',
      earliest: `${year}-${pad(month)}-01`,
      latest: `${year}-${pad(month)}-${pad(lastDay)}`,
    };
  }
  const day = Number(match[3]);
  if (day < 1 || day > lastDay) return undefined;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return { written, precision: 'day', earliest: iso, latest: iso };
}

/**
 * Why a date is refused, in each label language. The schemas say it in English (their issues'
 * message); a French draft's finding finds the French by it (schemaWords.ts).
 */
export const dateProblems = {
  partialFormat: { en: 'Expected a date written YYYY, YYYY-MM or YYYY-MM-DD', fr: 'Date attendue sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ' },
  noSuchDayOrMonth: { en: 'This day or month does not exist', fr: 'Ce jour ou ce mois n’existe pas' },
  fullFormat: { en: 'Expected a date written YYYY-MM-DD', fr: 'Date attendue sous la forme AAAA-MM-JJ' },
  noSuchDay: { en: 'This day does not exist', fr: 'Ce jour n’existe pas' },
} as const satisfies Record<string, Readonly<Record<LabelLanguage, string>>>;

/** A programme date as it appears in the normalized record. */
export const partialDateSchema = z
  .string()
  .regex(partialDatePattern, dateProblems.partialFormat.en)
  .refine(
    // Only judged once the format is right: one finding per value, not two.
    (value) => !partialDatePattern.test(value) || parsePartialDate(value) !== undefined,
    dateProblems.noSuchDayOrMonth.en,
  );

/** A full calendar day, YYYY-MM-DD. */
export const fullDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, dateProblems.fullFormat.en)
  .refine((value) => !/^\d{4}-\d{2}-\d{2}$/.test(value) || parsePartialDate(value) !== undefined, dateProblems.noSuchDay.en);
